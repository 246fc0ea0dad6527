// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor scan`: collect (or load) the facts, evaluate the knowledge base
// and report like `zpool status -x`: one quiet line when nothing needs
// attention, status/why/action/see per finding otherwise.

#include <QCoreApplication>
#include <QJsonDocument>

#include "cli_target.h"
#include "cli_text.h"
#include "collect/system_source.h"
#include "commands.h"
#include "report/scan_report.h"

namespace zd::cli {

namespace {

QString scanHelp() {
    return Text::tr(
               "Usage: zfs-doctor scan [--format text|json|markdown|html] [GLOBAL OPTIONS]\n"
               "\n"
               "Checks this machine (or the snapshot given with --snapshot/--demo) for the known\n"
               "OpenZFS compatibility problems. Prints one line when none is affected or at risk\n"
               "(plus one quiet \"latent\" line when this ZFS has a bug nothing here triggers);\n"
               "otherwise, per problem: its id, status (an at-risk one names its next step), why\n"
               "(the facts of this system that decided it), action (the safest remedies with\n"
               "their exact commands) and see (upstream reports). Problems that could not be\n"
               "decided are listed with the fact that is missing.\n"
               "\n"
               "  --format FORMAT  text (default), json (same as --json: facts, findings and\n"
               "                   collector notes), markdown or html (a report to share)\n"
               "  -v               also list the problems that do not apply, all remedies\n"
               "  -vv              also the collected facts, all evidence, collector notes and\n"
               "                   the processes a scan of this machine started\n"
               "\n") +
           globalOptionsHelp() + QStringLiteral("\n") + exitCodeHelp() +
           Text::tr(
               "For scan, 3 also means: the snapshot lacks the kernel and ZFS records every\n"
               "verdict needs (incomplete), or no problem is affected or at risk but one could\n"
               "not be decided (a deciding fact was not readable). Latent problems exit 0.\n");
}

// The processes a live scan started, one line each: what the scan's time
// went into. A snapshot or demo starts none and prints nothing.
QString startedProcessesText(const SystemSource& source) {
    const QList<StartedProcess> started = source.startedProcesses();
    QString text = QStringLiteral("processes started: %1\n").arg(started.size());
    for (const StartedProcess& process : started) {
        text += QStringLiteral("  %1 ms  %2\n")
                    .arg(process.elapsedMs, 5)
                    .arg(process.argv.join(QLatin1Char(' ')));
    }
    return text;
}

}  // namespace

int scanCommand(const QStringList& arguments, const GlobalOptions& options) {
    QString format = options.json ? QStringLiteral("json") : QStringLiteral("text");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            printOut(scanHelp());
            return kExitHealthy;
        }
        if (argument == QLatin1String("--format") ||
            argument.startsWith(QLatin1String("--format="))) {
            if (argument == QLatin1String("--format")) {
                if (i + 1 >= arguments.size()) {
                    printError(
                        Text::tr("scan: --format needs a value (text, json, markdown, html)"));
                    return kExitUsage;
                }
                format = arguments.at(++i);
            } else {
                format = argument.mid(9);
            }
            static const QStringList known{QStringLiteral("text"), QStringLiteral("json"),
                                           QStringLiteral("markdown"), QStringLiteral("html")};
            if (!known.contains(format)) {
                printError(
                    Text::tr("scan: unknown format '%1' (text, json, markdown, html)").arg(format));
                return kExitUsage;
            }
            continue;
        }
        printError(
            Text::tr("scan: unexpected argument '%1' (see zfs-doctor scan --help)").arg(argument));
        return kExitUsage;
    }

    KnowledgeLoad knowledgeLoad;
    const auto target = loadTarget(options);
    const auto knowledge = knowledgeLoad.finish();
    if (!knowledge || !target) {
        return kExitError;
    }

    ScanResult result;
    result.facts = target->facts;
    result.probes = target->probes;
    result.source = target->description;
    result.findings = evaluate(result.facts, *knowledge, result.probes);

    if (format == QLatin1String("json")) {
        printOut(
            QString::fromUtf8(QJsonDocument(jsonReport(result)).toJson(QJsonDocument::Indented)));
    } else if (format == QLatin1String("markdown")) {
        printOut(markdownReport(result));
    } else if (format == QLatin1String("html")) {
        printOut(htmlReport(result));
    } else {
        printOut(textReport(result, options.verbosity));
        if (options.verbosity >= 2 && target->origin == SystemOrigin::Live && target->source) {
            printOut(QLatin1Char('\n') + startedProcessesText(*target->source));
        }
    }
    switch (scanOutcome(result)) {
        case ScanOutcome::Healthy:
            return kExitHealthy;
        case ScanOutcome::Attention:
            return kExitFindings;
        case ScanOutcome::Incomplete:
        case ScanOutcome::Undecided:
            break;
    }
    return kExitError;
}

}  // namespace zd::cli
