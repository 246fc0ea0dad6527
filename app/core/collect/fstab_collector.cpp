// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectConfiguredLoops(): loop devices /etc/fstab sets up (image files
// mounted at boot or by `mount -a`), whether attached now or not, and where
// each image file lives. One file read, no process.

#include <QCoreApplication>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/mount_table.h"
#include "collect/parsers/fstab_parser.h"

namespace zd {

namespace {
const QString kFstab = QStringLiteral("/etc/fstab");

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::FstabCollector)
};
}  // namespace

void collectConfiguredLoops(SystemSource& source, Facts& facts, const MountTable& mounts) {
    facts.configuredLoops.clear();
    const Evidence fstab = source.readFile(kFstab);
    if (fstab.absent()) {
        return;  // no fstab: nothing is configured there
    }
    if (!fstab.ok()) {
        facts.notes.append(
            {QStringLiteral("fstab"), QStringLiteral("fstab-unreadable"),
             Text::tr("%1 could not be read (%2), so loop devices it would set up are unknown.")
                 .arg(kFstab, failureReason(fstab)),
             fstab.key, FactArea::Fstab});
        return;
    }
    facts.configuredLoops = parseFstabLoops(fstab.output, kFstab);
    for (ConfiguredLoop& loop : facts.configuredLoops) {
        loop.backingLocation = mounts.locate(loop.backingFile);
    }
}

}  // namespace zd
