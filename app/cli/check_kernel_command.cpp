// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor check-kernel RELEASE`: would a known problem hit when the
// installed kernel RELEASE becomes the kernel the next boot starts? One line
// per problem that would; nothing otherwise. The kernel install hooks
// (resources/kernel-hooks/) run it right after a kernel is installed.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "cli_target.h"
#include "cli_text.h"
#include "commands.h"
#include "knowledge/kernel_check.h"
#include "remedy/validators.h"
#include "report/scan_report.h"

namespace zd::cli {

namespace {

QString checkKernelHelp() {
    return Text::tr(
               "Usage: zfs-doctor check-kernel RELEASE [GLOBAL OPTIONS]\n"
               "\n"
               "Answers: if the installed kernel RELEASE (as `uname -r` prints it) becomes the\n"
               "kernel the next boot starts, does a known problem that depends on that kernel\n"
               "hit this machine (or the snapshot)? Collects like scan, takes RELEASE as the\n"
               "default boot entry and prints one line per problem that would be affected or at\n"
               "risk, nothing otherwise (-v: one \"ok\" line). Read-only; no privileges needed.\n"
               "The kernel install hooks run it when a kernel is installed.\n"
               "Problems checked: %1\n"
               "\n")
               .arg(nextBootProblemIds().join(QStringLiteral(", "))) +
           globalOptionsHelp() + QStringLiteral("\n") +
           Text::tr(
               "Exit codes of check-kernel:\n"
               "  0  no checked problem would hit with RELEASE as the next boot's kernel\n"
               "  1  at least one would be affected or at risk (one line each)\n"
               "  2  bad command line (no RELEASE, or not a kernel release)\n"
               "  3  could not decide: RELEASE is not installed, the installed kernels could\n"
               "     not be read, a verdict could not be decided, or the snapshot or knowledge\n"
               "     base could not be read\n");
}

QStringList checkLines(const KernelCheck& check, int verbosity) {
    QStringList lines;
    if (!check.notChecked.isEmpty()) {
        lines
            << Text::tr("kernel %1 could not be checked: %2").arg(check.release, check.notChecked);
        return lines;
    }
    QStringList clear;
    for (const Finding& finding : check.findings) {
        if (needsAttention(finding)) {
            lines << Text::tr("kernel %1: %2 (problem %3 %4, %5) Run: zfs-doctor explain %4")
                         .arg(check.release, finding.summary, QString::number(finding.number),
                              finding.id, statusLabel(finding));
        } else if (finding.status == FindingStatus::Unknown) {
            lines << Text::tr("kernel %1: whether problem %2 %3 would hit could not be decided: %4")
                         .arg(check.release, QString::number(finding.number), finding.id,
                              finding.unknownReason.isEmpty() ? finding.summary
                                                              : finding.unknownReason);
        } else {
            clear << QStringLiteral("%1 %2").arg(finding.number).arg(finding.id);
        }
    }
    if (lines.isEmpty() && verbosity >= 1) {
        lines << Text::tr("kernel %1: ok, as the next boot's kernel it triggers none of: %2")
                     .arg(check.release, clear.join(QStringLiteral(", ")));
    }
    return lines;
}

}  // namespace

int checkKernelCommand(const QStringList& arguments, const GlobalOptions& options) {
    if (arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--help"))) {
        printOut(checkKernelHelp());
        return kExitHealthy;
    }
    if (arguments.size() != 1) {
        printError(arguments.isEmpty()
                       ? Text::tr("check-kernel: which kernel? give its release as `uname -r` "
                                  "prints it (see zfs-doctor check-kernel --help)")
                       : Text::tr("check-kernel: expected exactly one kernel release, got '%1'")
                             .arg(arguments.join(QLatin1Char(' '))));
        return kExitUsage;
    }
    const QString release = arguments.first();
    if (!validateKernelRelease(release, nullptr)) {
        printError(Text::tr("check-kernel: '%1' is not a kernel release (expected what `uname -r` "
                            "prints, for example 6.12.24-200.fc41.x86_64)")
                       .arg(release));
        return kExitUsage;
    }
    KnowledgeLoad knowledgeLoad;  // beside the collection, as scan does
    const auto target = loadTarget(options);
    const auto knowledge = knowledgeLoad.finish();
    if (!knowledge || !target) {
        return kExitError;
    }

    const KernelCheck check = checkKernel(target->facts, *knowledge, release);
    const QStringList lines = checkLines(check, options.verbosity);
    if (options.json) {
        QJsonArray findings;
        for (const Finding& finding : check.findings) {
            findings.append(toJson(finding));
        }
        QJsonObject object{
            {QStringLiteral("release"), release},
            {QStringLiteral("source"), target->description},
            {QStringLiteral("outcome"), kernelCheckOutcomeName(check.outcome)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(nextBootProblemIds())},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("lines"), QJsonArray::fromStringList(checkLines(check, 1))}};
        if (!check.notChecked.isEmpty()) {
            object.insert(QStringLiteral("not_checked"), check.notChecked);
        }
        printJson(object);
    } else if (!lines.isEmpty()) {
        printOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
    switch (check.outcome) {
        case KernelCheck::Outcome::Clear:
            return kExitHealthy;
        case KernelCheck::Outcome::Warning:
            return kExitFindings;
        case KernelCheck::Outcome::Undecided:
            break;
    }
    return kExitError;
}

}  // namespace zd::cli
