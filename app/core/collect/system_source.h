// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Where collectors get their raw input from.
//
// Collectors never touch the file system or start processes themselves: they
// ask a SystemSource, which records every answer as Evidence. Three sources
// exist or are planned behind this one interface:
//   - LiveSource: this machine (files, QProcess, libudev for loop devices);
//   - ReplaySource: a captured snapshot, answering from its recorded evidence;
//   - a remote source over SSH (reading the same kernel files).
// Because the parsers only ever see Evidence, all of them produce identical
// facts from identical input.

#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>

#include "collect/source_requests.h"
#include "model/evidence.h"

namespace zd {

struct LoopAttributes;

// One process a source started on this machine, for `scan -vv` and the
// benchmarks: a scan's cost is mostly the processes it starts.
struct StartedProcess {
    QStringList argv;
    // From its start until it was seen to have exited (or its time limit
    // ran out). Commands started together are waited for in order, so a
    // later one's time can include waiting for an earlier one.
    qint64 elapsedMs = 0;
};

class SystemSource {
  public:
    virtual ~SystemSource() = default;

    // Reads a (small, text) file. Failure is reported in the returned record.
    virtual Evidence readFile(const QString& path) = 0;
    // Lists a directory: `output` holds one entry name per line, sorted.
    virtual Evidence listDirectory(const QString& path) = 0;
    // Runs argv[0] (looked up in PATH when not absolute) with a clean, C-locale
    // environment and no stdin. Never through a shell.
    virtual Evidence run(const QStringList& argv,
                         std::chrono::milliseconds timeout = std::chrono::seconds(20)) = 0;
    // Runs independent commands, each as run() would, and answers (and
    // records) them in the order given. A source may start them all before
    // waiting for the first, so their times overlap; this default runs them
    // one after the other.
    virtual QList<Evidence> runTogether(
        const QList<QStringList>& commands,
        std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        QList<Evidence> answers;
        for (const QStringList& argv : commands) {
            answers.append(run(argv, timeout));
        }
        return answers;
    }
    // A hint that these commands will be asked for soon, by run() or
    // runTogether() with the same argv and timeout. A source that can overlap
    // their times starts them now and answers the later call from them; an
    // answer is recorded only when it is asked for. This default does nothing.
    virtual void startEarly(const QList<QStringList>& commands,
                            std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        Q_UNUSED(commands);
        Q_UNUSED(timeout);
    }
    // Lists the loop block devices ("loop0", "loop7"...), sorted by number.
    // The live source uses libudev; the result is recorded as a Directory
    // evidence for "/sys/block" filtered to loop devices, so it replays.
    virtual Evidence listLoopDevices() = 0;
    // Reads one sysfs attribute of a block device, e.g. ("loop0", "loop/dio").
    // Recorded as File evidence under /sys/block/<device>/<attribute>.
    virtual Evidence readBlockAttribute(const QString& device, const QString& attribute) = 0;
    // Lists a directory like listDirectory(), but every entry that is a
    // directory (after following symlinks) carries a trailing "/", e.g.
    // "debug.raw\ndevel/\n". Collectors use it to tell directory-style sysext
    // extensions from image files without stat()ing through the source.
    // Recorded as Directory evidence under the key "<path>/" (the path with one
    // trailing slash), so it never collides with a plain listDirectory() record.
    // Sources that cannot tell files from directories keep this default, which
    // answers with Failure::Error.
    virtual Evidence listDirectoryTyped(const QString& path) {
        Evidence evidence;
        evidence.kind = Evidence::Kind::Directory;
        evidence.key = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("this source cannot tell files from directories");
        return evidence;
    }

    // The kernel's log buffer read from /dev/kmsg: its records as the kernel
    // hands them out (see collect/parsers/kmsg_records.h), without starting
    // `dmesg`. Recorded as File evidence under "/dev/kmsg". Sources that
    // cannot read it keep this default, which answers with Failure::Error
    // (the collector then runs `dmesg`).
    virtual Evidence readKernelRingBuffer() {
        Evidence evidence;
        evidence.kind = Evidence::Kind::File;
        evidence.key = kernelRingBufferEvidenceKey();
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("this source does not read /dev/kmsg");
        return evidence;
    }

    // The processes this source started on this machine so far, in order.
    // A replayed snapshot starts none; a command whose tool is not installed
    // is answered without starting anything and is not listed.
    virtual QList<StartedProcess> startedProcesses() const { return {}; }

    // Everything this source has answered so far.
    virtual const EvidenceLog& log() const = 0;
    // Describes the system being looked at, for reports ("this machine",
    // "snapshot demo-fedora.json", "ssh root@nas").
    virtual QString description() const = 0;
    // True when this is the machine we run on (fixes are only offered there).
    virtual bool isLive() const = 0;
};

}  // namespace zd
