// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Child processes of a root process that must never hang it.
//
// runProgram() starts a program in its own process group with a given
// environment and /dev/null as stdin, reads its output up to a cap, and on
// its time limit (or past the cap) kills the whole group: `update-grub` or
// `dnf` grandchildren die with it. It always reaps what it started.
//
// The exit of a child is watched through a pidfd (pidfd_open(2), Linux 5.3),
// with a polling fallback where the kernel has none.

#include <QByteArray>
#include <QStringList>
#include <chrono>

#include <sys/types.h>

namespace zd::helper {

struct ProgramRun {
    bool started = false;
    bool timedOut = false;
    bool outputCapped = false;  // printed more than the cap: killed
    int exitCode = -1;          // -1 when killed by a signal
    QByteArray output;
    QByteArray errorOutput;
    QString message;  // why it did not start, for people
};

struct ProgramLimits {
    std::chrono::milliseconds timeout{60000};
    qsizetype maxOutput = 16 * 1024 * 1024;  // stdout and stderr together
};

// argv[0] is an absolute path; environment is "NAME=value" entries.
ProgramRun runProgram(const QStringList& argv, const QStringList& environment,
                      const ProgramLimits& limits);

// A pidfd for `pid`, or -1 where the kernel has none.
int openPidfd(pid_t pid);
// Waits until the child `pid` has exited and reaps it; false when it is
// still running after `timeout` (then it is left unreaped).
bool reapWithin(pid_t pid, int pidfd, std::chrono::milliseconds timeout);
// Reaps `pid` whenever it exits, from a thread of its own: a child stuck in
// uninterruptible I/O must neither block its caller nor stay a zombie.
void reapLater(pid_t pid);

}  // namespace zd::helper
