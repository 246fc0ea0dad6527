// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectFacts: one scan of a system, every collector in a fixed order.
//
// The mount table is read and parsed once here and handed to the collectors
// that place files on filesystems. No collector starts one process per
// dataset or per loop device, so the number of processes a scan starts does
// not grow with the size of the system.

#include <QCoreApplication>
#include <QDateTime>
#include <future>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/mount_table.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::HostCollector)
};

void collectHostname(SystemSource& source, Facts& facts) {
    const Evidence evidence = source.readFile(QStringLiteral("/proc/sys/kernel/hostname"));
    const QString name = evidence.output.trimmed();
    if (!evidence.ok() || name.isEmpty()) {
        facts.notes.append(
            {QStringLiteral("host"), QStringLiteral("hostname-unreadable"),
             Text::tr("The host name could not be read (%1).")
                 .arg(evidence.ok() ? Text::tr("empty file") : failureReason(evidence)),
             evidence.key});
        return;
    }
    facts.hostname = name;
}

}  // namespace

Facts collectFacts(SystemSource& source) {
    Facts facts;
    facts.collectedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    collectHostname(source, facts);
    collectDistro(source, facts);
    collectPackages(source, facts);
    collectKernel(source, facts);
    // The two largest texts of a scan are the `zfs get` listing and the mount
    // table (a line per dataset each). The mount table, once read, is parsed
    // on a second thread while the ZFS collector runs: the one place a scan
    // uses two threads. Only the parse runs there; the source is used from
    // this thread alone. On 10,000 datasets this takes about a fifth off the
    // scan's wall time (tests/bench/bench_scan).
    // The systemd commands start now and run while the ZFS collector's do:
    // a scan's processes take most of its time on a slow machine (issue 15:
    // three serial steps of 350-470 ms each in a TCG guest).
    const SystemdStart systemd = startSystemdCommands(source, facts);
    const Evidence mountinfo = source.readFile(MountTable::mountinfoPath());
    QList<CollectorNote> mountNotes;
    std::future<MountTable> parsedMounts = std::async(
        std::launch::async,
        [&mountinfo, &mountNotes] { return MountTable::fromEvidence(mountinfo, &mountNotes); });
    collectZfs(source, facts);
    const MountTable mounts = parsedMounts.get();
    facts.notes << mountNotes;
    collectLoopDevices(source, facts, mounts);
    collectConfiguredLoops(source, facts, mounts);
    collectSystemd(source, facts, mounts, systemd);
    collectKernelLog(source, facts);
    return facts;
}

}  // namespace zd
