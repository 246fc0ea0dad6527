// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectFacts: one scan of a system, every collector in a fixed order.
//
// The mount table is read and parsed once here and handed to the collectors
// that place files on filesystems. No collector starts one process per
// dataset or per loop device, so the number of processes a scan starts does
// not grow with the size of the system.

#include <QDateTime>
#include <future>
#include <system_error>

#include "collect/collect.h"
#include "collect/mount_table.h"

namespace zd {

namespace {

void collectHostname(SystemSource& source, Facts& facts) {
    const Evidence evidence = source.readFile(QStringLiteral("/proc/sys/kernel/hostname"));
    const QString name = evidence.output.trimmed();
    if (!evidence.ok() || name.isEmpty()) {
        facts.notes.append(
            {QStringLiteral("host"), QStringLiteral("hostname-unreadable"),
             QStringLiteral("The host name could not be read (%1).")
                 .arg(evidence.ok() ? QStringLiteral("empty file") : evidence.message),
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
    collectKernel(source, facts);

    // On a large system the mount table and the dataset listing are the two
    // big pieces (a line per mounted dataset, a line per property per
    // dataset) and neither needs the other, so the mount table is parsed on
    // a second thread while the ZFS collector runs. Only the parsing moves:
    // every request still goes through `source` on this thread.
    const Evidence mountinfo = source.readFile(MountTable::mountinfoPath());
    QList<CollectorNote> mountNotes;
    const auto parseMounts = [&mountinfo, &mountNotes] {
        return MountTable::fromEvidence(mountinfo, &mountNotes);
    };
    std::future<MountTable> parsing;
    try {
        parsing = std::async(std::launch::async, parseMounts);
    } catch (const std::system_error&) {
        // No thread to be had: parse here once ZFS is done.
    }
    collectZfs(source, facts);
    const MountTable mounts = parsing.valid() ? parsing.get() : parseMounts();
    facts.notes += mountNotes;

    collectLoopDevices(source, facts, mounts);
    collectSystemd(source, facts, mounts);
    collectKernelLog(source, facts);
    return facts;
}

}  // namespace zd
