// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_commands.h"
#include <QCoreApplication>

#include <QTextStream>

#include <unistd.h>
#include <algorithm>

#include "../../helper/contract.h"
#include "cli_target.h"
#include "cli_text.h"
#include "commands.h"
#include "helper_client/blocking_helper_client.h"
#include "helper_client/helper_records.h"
#include "model/probe_result.h"
#include "remedy/remedy_text.h"
#include "remote_fix_command.h"

namespace zd::cli {

namespace {

QTextStream& out() {
    return standardOutput();
}

QTextStream& err() {
    return standardError();
}

int helperFailed(const HelperReply& reply) {
    err() << "zfs-doctor: " << reply.displayMessage() << '\n';
    err().flush();
    return kExitError;
}

int usage(const QString& message, const char* synopsis) {
    err() << "zfs-doctor: " << message << "\nusage: zfs-doctor " << synopsis << '\n';
    err().flush();
    return kExitUsage;
}

// Changes are made on this machine only.
bool refuseForSnapshot(const GlobalOptions& options, const char* command) {
    if (options.snapshotPath.isEmpty()) {
        return false;
    }
    err() << "zfs-doctor: " << command
          << " acts on this machine, but --snapshot/--demo names another system (a captured "
             "snapshot is not this machine). Nothing was changed.\n";
    err().flush();
    return true;
}

// The helper sends the step's English name; the command line stays verbatim.
void printProgress(const QString&, const QString& step, const QString& message) {
    err() << "  ... " << displayRemedyStepName(step) << ": " << message << '\n';
    err().flush();
}

// "key=value, key=value" on one line; a file's content shows as its line count.
void printState(const QString& label, const QJsonObject& state) {
    QStringList parts;
    for (auto [key, value] : stateEntries(state)) {
        if (value.contains(QLatin1Char('\n'))) {
            value = Text::tr("(%1 lines)").arg(value.count(QLatin1Char('\n')));
        }
        parts.append(key + QLatin1Char('=') + (value.isEmpty() ? QStringLiteral("\"\"") : value));
    }
    out() << "  " << label << ": " << parts.join(QStringLiteral(", ")) << '\n';
}

void printRecord(const ChangeRecord& record) {
    const QString remedy =
        record.target.isEmpty() ? record.verb : record.verb + QLatin1Char(' ') + record.target;
    out() << Text::tr("Change %1 (%2): %3").arg(record.id, remedy, changeStatusText(record.status))
          << '\n';
    for (const ChangeStep& step : record.steps) {
        out() << "  [" << changeStepStatusText(step.status) << "] " << step.command;
        if (!step.detail.isEmpty() && step.status == QLatin1String("failed")) {
            out() << " -- " << step.detail;
        }
        out() << '\n';
    }
    for (const ChangeStep& step : record.undoSteps) {
        out() << "  "
              << Text::tr("undo [%1] %2").arg(changeStepStatusText(step.status), step.command)
              << '\n';
    }
    // The helper's sentence in the user's language where its codes allow.
    if (const QString message = record.displayMessage(); !message.isEmpty()) {
        out() << "  " << message << '\n';
    }
    out().flush();
}

// The JSON answer as it came (--json), or the record in words.
int reportRecord(const HelperReply& reply, bool json) {
    const ChangeRecord record = ChangeRecord::fromHelperAnswer(reply.result);
    if (json) {
        printJson(reply.result);
    } else {
        printRecord(record);
    }
    return record.succeeded() ? kExitHealthy : kExitError;
}

QString fixHelp() {
    return Text::tr(
               "Usage: zfs-doctor fix REMEDY [TARGET] [--target T] [--option O] [--yes] [--json]\n"
               "\n"
               "Applies one remedy on this machine through the privileged helper\n"
               "(zfs-doctor-helper, authorized by polkit): shows what will change and the\n"
               "equivalent commands, asks (unless --yes), applies, verifies and journals it;\n"
               "`zfs-doctor undo CHANGE` reverts it. REMEDY is one of:\n"
               "  %1\n"
               "\n"
               "With --host [user@]HOST[:port], changes another machine over SSH instead, and\n"
               "only a dataset property: dataset-direct-standard or dataset-direct-disabled\n"
               "with --target POOL/DATASET, run there as `zfs set direct=VALUE DATASET` (as\n"
               "root, or through `sudo -n`). The exact remote command is shown first, the\n"
               "change is read back, and the journal entry is kept on THIS machine\n"
               "(~/.local/share/zfs-doctor/remote-journal/): `zfs-doctor --host HOST\n"
               "history` lists it, `zfs-doctor --host HOST undo CHANGE` reverts it. On\n"
               "TrueNAS SCALE the change bypasses the TrueNAS middleware; the warning is\n"
               "always printed and --yes (or answering y) accepts it. Other remedies are\n"
               "refused with --host: make them on that machine itself (on TrueNAS: update\n"
               "TrueNAS).\n"
               "\n"
               "  --target T   the dataset, loop device or kernel release the remedy acts on\n"
               "  --option O   a remedy's variant, where it has one\n"
               "  --yes, -y    do not ask (needed when standard input is not a terminal)\n"
               "  --json       print the resulting journal entry as JSON\n"
               "\n")
               .arg(helper::fixVerbs().join(QStringLiteral(", "))) +
           globalOptionsHelp() + QStringLiteral("\n") + exitCodeHelp();
}

}  // namespace

// `COMMAND --help`: the synopsis and what the command does.
bool printedHelp(const QStringList& arguments, const char* synopsis, const char* summary) {
    if (!arguments.contains(QLatin1String("--help")) && !arguments.contains(QLatin1String("-h"))) {
        return false;
    }
    out() << "usage: zfs-doctor " << synopsis << "\n\n" << summary << '\n';
    out().flush();
    return true;
}

int probeCommand(const QStringList& arguments, const GlobalOptions& options) {
    const char* synopsis =
        "probe PROBE DATASET   (PROBE: odirect-alignment, copy-file-range, "
        "copy-file-range-unaligned)";
    if (printedHelp(arguments, synopsis,
                    "Runs a safe compatibility probe on a mounted dataset through the privileged\n"
                    "helper (polkit asks for authorization) and prints the raw result and what it\n"
                    "means. Probes that could crash or hang the kernel here are refused.")) {
        return kExitHealthy;
    }
    if (refuseForSnapshot(options, "probe")) {
        return kExitUsage;
    }
    if (!options.host.isEmpty()) {
        return remoteProbeRefusal(options);
    }
    QStringList positional;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json")) {
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            return usage(Text::tr("unknown option '%1'").arg(argument), synopsis);
        }
        positional.append(argument);
    }
    if (positional.size() != 2) {
        return usage(Text::tr("probe needs a probe name and a dataset"), synopsis);
    }
    const bool json = options.json || arguments.contains(QStringLiteral("--json"));
    BlockingHelperClient helper;
    const HelperReply reply = helper.probe(positional.at(0), positional.at(1));
    if (!reply.ok) {
        return helperFailed(reply);
    }
    if (json) {
        printJson(reply.result);
        return kExitHealthy;
    }
    QString error;
    const std::optional<ProbeResult> result = ProbeResult::fromJson(reply.result, &error);
    if (!result) {
        err() << "zfs-doctor: the helper's probe answer could not be read: " << error << '\n';
        err().flush();
        return kExitError;
    }
    out() << "Probe " << result->probe << " on " << result->dataset << ":\n";
    if (!result->ran) {
        out() << "  not run: " << result->refusedReason << '\n';
        out().flush();
        return kExitHealthy;
    }
    out() << "  call:   " << result->detail << '\n';
    if (result->errorNumber == 0) {
        out() << "  result: success, " << result->bytes << " bytes\n";
    } else {
        out() << "  result: " << result->errorName << " (errno " << result->errorNumber << ")\n";
    }
    out() << "  Run `zfs-doctor scan` to see what this means for this system.\n";
    out().flush();
    return kExitHealthy;
}

int fixCommand(const QStringList& arguments, const GlobalOptions& options) {
    const char* synopsis = "fix REMEDY [TARGET] [--target T] [--option O] [--yes]";
    if (refuseForSnapshot(options, "fix")) {
        return kExitUsage;
    }
    QString remedy, target, option;
    bool yes = false;
    bool json = options.json;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out() << fixHelp();
            out().flush();
            return kExitHealthy;
        }
        if (argument == QLatin1String("--yes") || argument == QLatin1String("-y")) {
            yes = true;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--target") || argument == QLatin1String("--option")) {
            if (i + 1 >= arguments.size()) {
                return usage(Text::tr("%1 needs a value").arg(argument), synopsis);
            }
            (argument == QLatin1String("--target") ? target : option) = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usage(Text::tr("unknown option '%1'").arg(argument), synopsis);
        } else if (remedy.isEmpty()) {
            remedy = argument;
        } else if (target.isEmpty()) {
            target = argument;
        } else {
            return usage(Text::tr("too many arguments"), synopsis);
        }
    }
    if (remedy.isEmpty()) {
        return usage(Text::tr("fix needs a remedy id (one of: %1)")
                         .arg(helper::fixVerbs().join(QStringLiteral(", "))),
                     synopsis);
    }
    if (!options.host.isEmpty()) {
        if (!option.isEmpty()) {
            return usage(Text::tr("--option is not used with --host"), synopsis);
        }
        return remoteFixCommand({remedy, target, yes, json}, options);
    }

    BlockingHelperClient helper;
    QObject::connect(&helper.client(), &HelperClient::progress, printProgress);
    const RemedyRequest request{remedy, target, option};
    const HelperReply answer = helper.previewRemedy(request);
    if (!answer.ok) {
        return helperFailed(answer);
    }
    const RemedyPreview preview = RemedyPreview::fromJson(answer.result);
    if (preview.noop) {
        if (json) {
            printJson(answer.result);
        } else {
            out() << preview.displayMessage() << '\n';
        }
        out().flush();
        return kExitHealthy;
    }
    if (!json) {
        out() << Text::tr("This will change the system (%1):")
                     .arg(target.isEmpty() ? remedy : remedy + QLatin1Char(' ') + target)
              << '\n';
        printState(Text::tr("now"), preview.current);
        printState(Text::tr("after"), preview.next);
        out() << "  " << Text::tr("equivalent commands:") << '\n';
        for (const QString& command : preview.commands) {
            out() << "    " << command << '\n';
        }
        for (const QString& warning : preview.displayWarnings()) {
            out() << "  " << Text::tr("warning: %1").arg(warning) << '\n';
        }
        out() << "  " << Text::tr("It can be undone with `zfs-doctor undo CHANGE`.") << '\n';
        out().flush();
    }
    if (!yes) {
        if (!::isatty(STDIN_FILENO)) {
            err() << "zfs-doctor: not applying without --yes when standard input is not a "
                     "terminal. Nothing was changed.\n";
            err().flush();
            return kExitUsage;
        }
        if (!askYesNo(Text::tr("Apply this change?"))) {
            out() << Text::tr("Nothing was changed.") << '\n';
            out().flush();
            return kExitHealthy;
        }
    }
    const HelperReply applied = helper.applyRemedy(request);
    if (!applied.ok) {
        return helperFailed(applied);
    }
    return reportRecord(applied, json);
}

int undoCommand(const QStringList& arguments, const GlobalOptions& options) {
    const char* synopsis = "undo CHANGE | --all";
    if (printedHelp(arguments, synopsis,
                    "Reverts one journaled change (or all of them, newest first) through the\n"
                    "privileged helper and verifies the original state by reading it back.")) {
        return kExitHealthy;
    }
    if (refuseForSnapshot(options, "undo")) {
        return kExitUsage;
    }
    bool json = options.json;
    bool yes = false;
    QStringList rest;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (!options.host.isEmpty() &&
                   (argument == QLatin1String("--yes") || argument == QLatin1String("-y"))) {
            yes = true;  // acknowledges a remote undo's warnings (TrueNAS)
        } else {
            rest.append(argument);
        }
    }
    if (rest.size() != 1) {
        return usage(Text::tr("undo needs one change id, or --all"), synopsis);
    }
    if (!options.host.isEmpty()) {
        if (rest.first().startsWith(QLatin1Char('-'))) {
            return usage(Text::tr("with --host, undo takes one change id (zfs-doctor --host "
                                  "HOST history lists them); '%1' is not one")
                             .arg(rest.first()),
                         "--host HOST undo CHANGE [--yes]");
        }
        return remoteUndoCommand(rest.first(), yes, json, options);
    }
    BlockingHelperClient helper;
    QObject::connect(&helper.client(), &HelperClient::progress, printProgress);
    if (rest.first() == QLatin1String("--all")) {
        const HelperReply reply = helper.undoAll();
        if (!reply.ok) {
            return helperFailed(reply);
        }
        const ChangeHistory undone = ChangeHistory::fromJson(reply.result);
        if (json) {
            printJson(reply.result);
        } else {
            if (undone.changes.isEmpty()) {
                out() << Text::tr("There was nothing to undo.") << '\n';
            }
            for (const ChangeRecord& change : undone.changes) {
                printRecord(change);
            }
            for (const ChangeFailure& failure : undone.failures) {
                out() << Text::tr("Could not undo %1: %2").arg(failure.id, failure.displayMessage())
                      << '\n';
            }
            out().flush();
        }
        const bool allOk =
            undone.failures.isEmpty() &&
            std::all_of(undone.changes.cbegin(), undone.changes.cend(),
                        [](const ChangeRecord& change) { return change.succeeded(); });
        return allOk ? kExitHealthy : kExitError;
    }
    if (rest.first().startsWith(QLatin1Char('-'))) {
        return usage(Text::tr("unknown option '%1'").arg(rest.first()), synopsis);
    }
    const HelperReply reply = helper.undo(rest.first());
    if (!reply.ok) {
        return helperFailed(reply);
    }
    return reportRecord(reply, json);
}

int historyCommand(const QStringList& arguments, const GlobalOptions& options) {
    if (printedHelp(arguments, "history [--json]",
                    "Lists every change in the helper's journal: time, caller, verb, target,\n"
                    "before, after and status.")) {
        return kExitHealthy;
    }
    if (refuseForSnapshot(options, "history")) {
        return kExitUsage;
    }
    bool json = options.json;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else {
            return usage(Text::tr("unknown argument '%1'").arg(argument), "history [--json]");
        }
    }
    if (!options.host.isEmpty()) {
        return remoteHistoryCommand(json, options);
    }
    BlockingHelperClient helper;
    const HelperReply reply = helper.history();
    if (!reply.ok) {
        return helperFailed(reply);
    }
    if (json) {
        printJson(reply.result);
        return kExitHealthy;
    }
    const ChangeHistory history = ChangeHistory::fromJson(reply.result);
    if (history.changes.isEmpty()) {
        out() << Text::tr("ZFS Doctor has made no changes on this system.") << '\n';
    }
    // The status in words, in a column as wide as the widest one listed.
    qsizetype statusWidth = 0;
    for (const ChangeRecord& change : history.changes) {
        statusWidth = std::max(statusWidth, changeStatusText(change.status).size());
    }
    for (const ChangeRecord& change : history.changes) {
        out() << change.id << "  " << change.time.left(19) << "  "
              << changeStatusText(change.status).leftJustified(statusWidth) << "  " << change.verb;
        if (!change.target.isEmpty()) {
            out() << ' ' << change.target;
        }
        out() << "  (uid " << change.callerUid << ")\n";
        if (const QString message = change.displayMessage(); !message.isEmpty()) {
            out() << "    " << message << '\n';
        }
    }
    for (const QString& problem : history.problems) {
        out() << Text::tr("warning: unreadable journal entry: %1").arg(problem) << '\n';
    }
    out().flush();
    return kExitHealthy;
}

}  // namespace zd::cli
