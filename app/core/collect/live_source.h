// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// LiveSource: the SystemSource for the machine ZFS Doctor runs on.
//
// Files are read with plain POSIX calls so a failure can be classified from
// errno; commands run through QProcess without a shell, in a clean C-locale
// environment, with stdin on /dev/null and a hard time limit; loop devices and
// their sysfs attributes come from libudev. Every answer is appended to log().

#include <QStringList>
#include <vector>

#include "collect/system_source.h"

namespace zd {

class LiveSource : public SystemSource {
  public:
    // Larger files are refused (Failure::Error) rather than truncated: every
    // file collectors read is a few KiB, so a huge one is not what we expect.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    LiveSource();
    ~LiveSource() override;

    Evidence readFile(const QString& path) override;
    Evidence listDirectory(const QString& path) override;
    Evidence listDirectoryTyped(const QString& path) override;
    Evidence run(const QStringList& argv,
                 std::chrono::milliseconds timeout = std::chrono::seconds(20)) override;
    // Starts every command before waiting for the first: their times overlap.
    QList<Evidence> runTogether(
        const QList<QStringList>& commands,
        std::chrono::milliseconds timeout = std::chrono::seconds(20)) override;
    // Starts them now; run()/runTogether() with the same argv and timeout take
    // them over. Ones never asked for are killed and reaped when this source
    // ends (they are listed in startedProcesses(): they did start).
    void startEarly(const QList<QStringList>& commands,
                    std::chrono::milliseconds timeout = std::chrono::seconds(20)) override;
    // Only ATTACHED loop devices are listed: /sys/block/loopN exists for every
    // pre-created /dev/loopN node, but the kernel adds the loop/ attribute
    // directory (backing_file, dio...) only while a file is bound to it, so an
    // unattached node has nothing to report and would only be noise.
    Evidence listLoopDevices() override;
    Evidence readBlockAttribute(const QString& device, const QString& attribute) override;
    // Reads every record from /dev/kmsg without blocking; records the kernel
    // overwrote while they were read are skipped, as dmesg skips them.
    Evidence readKernelRingBuffer() override;

    QList<StartedProcess> startedProcesses() const override;
    const EvidenceLog& log() const override { return m_log; }
    QString description() const override;
    bool isLive() const override { return true; }

    // The directories searched for a command's argv[0]: $PATH of this process
    // followed by the system directories where zfs/zpool/losetup usually live.
    static QStringList executableSearchPath();
    // The complete environment a command gets: LC_ALL=C and a fixed PATH.
    static QStringList commandEnvironment();

  private:
    struct PendingCommand;
    PendingCommand start(const QStringList& argv, std::chrono::milliseconds timeout);
    // start(), or the same command started early.
    PendingCommand take(const QStringList& argv, std::chrono::milliseconds timeout);
    Evidence finish(PendingCommand pending);
    Evidence record(Evidence evidence);

    EvidenceLog m_log;
    QList<StartedProcess> m_started;
    std::vector<PendingCommand> m_early;  // started early, not yet asked for
};

}  // namespace zd
