// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor explain ID|NUMBER`: the knowledge base's guided explanation of
// one problem, rendered for a terminal, followed by what this system's facts
// say about it (status, the evidence that decided it, remedies).

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_target.h"
#include "cli_text.h"
#include "commands.h"
#include "report/scan_report.h"
#include "report/terminal_markdown.h"

namespace zd::cli {

namespace {

QString explainHelp() {
    return Text::tr(
               "Usage: zfs-doctor explain ID|NUMBER [GLOBAL OPTIONS]\n"
               "\n"
               "Explains one known problem (by its id, e.g. sysext-odirect-einval, or its\n"
               "number, 1 to N): what goes wrong, why, which versions, how to fix it. Then shows\n"
               "this system's evidence for it (or the snapshot's, with --snapshot/--demo).\n"
               "With --json prints {\"problem\", \"explanation\" (Markdown), \"finding\"}.\n"
               "\n") +
           globalOptionsHelp() + QStringLiteral("\n") + exitCodeHelp();
}

QString knownProblemsList(const KnowledgeBase& knowledge) {
    QStringList items;
    for (const ProblemInfo& problem : knowledge.problems()) {
        items << QStringLiteral("%1 %2").arg(problem.number).arg(problem.id);
    }
    return items.join(QStringLiteral(", "));
}

}  // namespace

int explainCommand(const QStringList& arguments, const GlobalOptions& options) {
    if (arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--help"))) {
        printOut(explainHelp());
        return kExitHealthy;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        printError(arguments.isEmpty()
                       ? Text::tr("explain: which problem? give an id or a number (see "
                                  "zfs-doctor explain --help)")
                       : Text::tr("explain: expected exactly one problem id or number, got '%1'")
                             .arg(arguments.join(QLatin1Char(' '))));
        return kExitUsage;
    }
    const auto knowledge = loadKnowledge();
    if (!knowledge) {
        return kExitError;
    }
    const ProblemInfo* problem = knowledge->problem(arguments.first());
    if (!problem) {
        printError(Text::tr("explain: unknown problem '%1'; known problems: %2")
                       .arg(arguments.first(), knownProblemsList(*knowledge)));
        return kExitUsage;
    }
    const auto target = loadTarget(options);
    if (!target) {
        return kExitError;
    }

    const QList<Finding> findings = evaluate(target->facts, *knowledge, target->probes);
    const Finding* finding = nullptr;
    for (const Finding& candidate : findings) {
        if (candidate.id == problem->id) {
            finding = &candidate;
        }
    }
    const QString markdown = knowledge->explanation(problem->id);

    if (options.json) {
        QJsonObject object{{QStringLiteral("problem"), problem->id},
                           {QStringLiteral("number"), problem->number},
                           {QStringLiteral("source"), target->description},
                           {QStringLiteral("explanation"), markdown}};
        if (finding) {
            object.insert(QStringLiteral("finding"), toJson(*finding));
        }
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return kExitHealthy;
    }

    QString text = markdown.isEmpty() ? QStringLiteral("%1. %2\n\n%3\n")
                                            .arg(problem->number)
                                            .arg(problem->title, problem->summary)
                                      : renderMarkdownForTerminal(markdown);
    const QString heading = Text::tr("On %1").arg(target->description);
    text += QStringLiteral("\n%1\n%2\n").arg(heading, QString(heading.size(), QLatin1Char('-')));
    if (finding) {
        text += findingText(*finding, 0, true);
    } else {
        text += Text::tr("no detector result for %1\n").arg(problem->id);
    }
    if (options.verbosity >= 1) {
        text += QStringLiteral("\n") + factsSummaryText(target->facts);
    }
    printOut(text);
    return kExitHealthy;
}

}  // namespace zd::cli
