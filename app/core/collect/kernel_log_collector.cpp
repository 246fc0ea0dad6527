// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernelLog(): searches the current boot's kernel log for the lines of
// the known issues. The log is optional evidence: an unprivileged user often
// may not read it (kernel.dmesg_restrict=1, the default on Debian and Fedora),
// and that is recorded, not treated as an error.
//
// The log buffer is read from /dev/kmsg, which starts no process. Only when
// that fails: `dmesg` (unless /dev/kmsg refused permission, which refuses
// dmesg too: both are checked by check_syslog_permissions() in
// kernel/printk/printk.c), then, if that gave nothing usable, `journalctl -k
// -b` (readable by members of systemd-journal/adm/wheel). At most two
// processes, none where /dev/kmsg can be read.
//
// Snapshots taken before /dev/kmsg was read hold no record of it (not
// recorded): they replay through their `dmesg` record as before.

#include <QCoreApplication>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/parsers/kernel_log_parser.h"
#include "collect/parsers/kmsg_records.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::KernelLogCollector)
};

// journalctl succeeds with no entries when the user may not see the kernel's
// messages; it then says so on stderr ("No journal files were opened due to
// insufficient permissions." or a "Hint: You are currently not seeing
// messages from other users and the system." line).
bool journalHidesKernel(const Evidence& journal) {
    return journal.errorOutput.contains(QLatin1String("insufficient permissions")) ||
           journal.errorOutput.contains(QLatin1String("not seeing messages"));
}

}  // namespace

void collectKernelLog(SystemSource& source, Facts& facts) {
    KernelLogFacts& log = facts.kernelLog;
    const Evidence kmsg = source.readKernelRingBuffer();
    if (kmsg.ok()) {
        log.readable = true;
        log.hits = parseKernelLog(kmsgRecordsAsDmesgText(kmsg.output));
        return;
    }

    const bool refused = kmsg.failure == Evidence::Failure::PermissionDenied;
    const Evidence dmesg = refused ? kmsg : source.run({QStringLiteral("dmesg")});
    if (!refused && dmesg.ok()) {
        log.readable = true;
        log.hits = parseKernelLog(dmesg.output);
        return;
    }

    const Evidence journal = source.run({QStringLiteral("journalctl"), QStringLiteral("-k"),
                                         QStringLiteral("-b"), QStringLiteral("--no-pager"),
                                         QStringLiteral("-o"), QStringLiteral("short-monotonic")});
    if (journal.ok() && !journalHidesKernel(journal)) {
        log.readable = true;
        log.hits = parseKernelLog(journal.output);
        return;
    }

    log.readable = false;
    log.hits.clear();
    facts.notes.append(
        {QStringLiteral("kernel-log"), QStringLiteral("kernel-log-unreadable"),
         Text::tr("The kernel log could not be read (%1: %2; journalctl: %3); "
                  "run as root to include it.")
             .arg(refused ? kmsg.key : QStringLiteral("dmesg"), whyFailed(dmesg),
                  journalHidesKernel(journal) ? Text::tr("no permission to see kernel messages")
                                              : whyFailed(journal)),
         dmesg.key, FactArea::KernelLog});
}

}  // namespace zd
