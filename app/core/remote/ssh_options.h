// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How ZFS Doctor runs the system's OpenSSH client.
//
// Authentication, host keys and ~/.ssh/config stay OpenSSH's business: we only
// add options that make a diagnostic run safe to leave unattended (never ask
// for a password, give up on a silent peer in bounded time, forward nothing).
// There is deliberately no way to pass arbitrary -o options: that is how
// host-key checking gets switched off.

#include <QString>

namespace zd {

struct SshOptions {
    QString sshProgram = QStringLiteral("ssh");  // looked up in PATH
    // -F FILE instead of ~/.ssh/config. Empty in production (the user's
    // configuration applies); tests point it at a throwaway file.
    QString configFile;
    int connectTimeoutSeconds = 15;      // TCP connect + SSH handshake
    int serverAliveIntervalSeconds = 5;  // probe a silent server this often...
    int serverAliveCountMax = 3;         // ...and give up after this many misses
    int controlPersistSeconds = 30;      // master exits by itself when idle this long
    // The remote PATH used to find zfs, zpool, systemctl... (the remote side
    // gets a clean environment). Tests prepend a directory with recording
    // scripts.
    QString remoteSearchPath =
        QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

    // How long a dead connection may take to be noticed, in milliseconds.
    int stallDetectionMs() const {
        return (serverAliveIntervalSeconds * serverAliveCountMax + 5) * 1000;
    }
};

}  // namespace zd
