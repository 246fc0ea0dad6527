// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernelLog(): searches the current boot's kernel log for the lines of
// the known issues. The log is optional evidence: an unprivileged user often
// may not read it (kernel.dmesg_restrict=1, the default on Debian and Fedora),
// and that is recorded, not treated as an error.
//
// At most two processes: `dmesg`, and only if it gave nothing usable,
// `journalctl -k -b` (readable by members of systemd-journal/adm/wheel).

#include "collect/collect.h"
#include "collect/parsers/kernel_log_parser.h"
#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

QString whyFailed(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None) {
        return evidence.message.isEmpty() ? failureName(evidence.failure) : evidence.message;
    }
    const QString stderrLine = firstLine(evidence.errorOutput);
    return stderrLine.isEmpty()
               ? QStringLiteral("exit status %1").arg(evidence.exitCode)
               : QStringLiteral("exit status %1: %2").arg(evidence.exitCode).arg(stderrLine);
}

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
    const Evidence dmesg = source.run({QStringLiteral("dmesg")});
    if (dmesg.ok()) {
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
         QStringLiteral("The kernel log could not be read (dmesg: %1; journalctl: %2); "
                        "run as root to include it.")
             .arg(whyFailed(dmesg), journalHidesKernel(journal)
                                        ? QStringLiteral("no permission to see kernel messages")
                                        : whyFailed(journal)),
         dmesg.key, FactArea::KernelLog});
}

}  // namespace zd
