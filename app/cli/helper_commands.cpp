// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>
#include <cstdio>

#include "../../helper/contract.h"
#include "commands.h"
#include "helper_client.h"
#include "remote_fix_command.h"

namespace zd::cli {

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject& object) {
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

int helperFailed(const HelperReply& reply) {
    err() << "zfs-doctor: " << HelperClient::describeError(reply) << '\n';
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

void printProgress(const QString&, const QString& step, const QString& message) {
    err() << "  ... " << step << ": " << message << '\n';
    err().flush();
}

QString field(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

void printState(const char* label, const QJsonObject& state) {
    QStringList parts;
    for (auto it = state.begin(); it != state.end(); ++it) {
        QString value = it.value().isBool()
                            ? (it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                            : it.value().toVariant().toString();
        if (value.contains(QLatin1Char('\n'))) {
            value = QStringLiteral("(%1 lines)").arg(value.count(QLatin1Char('\n')));
        }
        parts.append(it.key() + QLatin1Char('=') +
                     (value.isEmpty() ? QStringLiteral("\"\"") : value));
    }
    out() << "  " << label << ": " << parts.join(QStringLiteral(", ")) << '\n';
}

void printRecord(const QJsonObject& record) {
    out() << "Change " << field(record, "id") << " (" << field(record, "verb");
    if (!field(record, "target").isEmpty()) {
        out() << ' ' << field(record, "target");
    }
    out() << "): " << field(record, "status") << '\n';
    for (const QJsonValue& value : record.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        out() << "  [" << field(step, "status") << "] " << field(step, "command");
        if (!field(step, "detail").isEmpty() && field(step, "status") == QLatin1String("failed")) {
            out() << " -- " << field(step, "detail");
        }
        out() << '\n';
    }
    for (const QJsonValue& value : record.value(QStringLiteral("undoSteps")).toArray()) {
        const QJsonObject step = value.toObject();
        out() << "  undo [" << field(step, "status") << "] " << field(step, "command") << '\n';
    }
    if (!field(record, "message").isEmpty()) {
        out() << "  " << field(record, "message") << '\n';
    }
    out().flush();
}

bool statusIsSuccess(const QString& status) {
    return status == QLatin1String("verified") || status == QLatin1String("undone") ||
           status == QLatin1String("no-op");
}

bool askYesNo(const QString& question) {
    out() << question << " [y/N] ";
    out().flush();
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin)) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString fixHelp() {
    return QStringLiteral(
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
            return usage(QStringLiteral("unknown option '%1'").arg(argument), synopsis);
        }
        positional.append(argument);
    }
    if (positional.size() != 2) {
        return usage(QStringLiteral("probe needs a probe name and a dataset"), synopsis);
    }
    const bool json = options.json || arguments.contains(QStringLiteral("--json"));
    HelperClient client;
    const HelperReply reply = client.probe(positional.at(0), positional.at(1));
    if (!reply.ok) {
        return helperFailed(reply);
    }
    if (json) {
        printJson(reply.result);
        return kExitHealthy;
    }
    const QJsonObject& result = reply.result;
    out() << "Probe " << field(result, "probe") << " on " << field(result, "dataset") << ":\n";
    if (!result.value(QStringLiteral("ran")).toBool()) {
        out() << "  not run: " << field(result, "refusedReason") << '\n';
        out().flush();
        return kExitHealthy;
    }
    out() << "  call:   " << field(result, "detail") << '\n';
    const int errorNumber = result.value(QStringLiteral("errno")).toInt();
    if (errorNumber == 0) {
        out() << "  result: success, " << result.value(QStringLiteral("bytes")).toInteger()
              << " bytes\n";
    } else {
        out() << "  result: " << field(result, "errorName") << " (errno " << errorNumber << ")\n";
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
                return usage(QStringLiteral("%1 needs a value").arg(argument), synopsis);
            }
            (argument == QLatin1String("--target") ? target : option) = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option '%1'").arg(argument), synopsis);
        } else if (remedy.isEmpty()) {
            remedy = argument;
        } else if (target.isEmpty()) {
            target = argument;
        } else {
            return usage(QStringLiteral("too many arguments"), synopsis);
        }
    }
    if (remedy.isEmpty()) {
        return usage(QStringLiteral("fix needs a remedy id (one of: %1)")
                         .arg(helper::fixVerbs().join(QStringLiteral(", "))),
                     synopsis);
    }
    if (!options.host.isEmpty()) {
        if (!option.isEmpty()) {
            return usage(QStringLiteral("--option is not used with --host"), synopsis);
        }
        return remoteFixCommand({remedy, target, yes, json}, options);
    }

    HelperClient client;
    client.setProgressCallback(printProgress);
    const HelperReply preview = client.previewFix(remedy, target, option);
    if (!preview.ok) {
        return helperFailed(preview);
    }
    const QJsonObject& plan = preview.result;
    if (plan.value(QStringLiteral("noop")).toBool()) {
        if (json) {
            printJson(plan);
        } else {
            out() << field(plan, "message") << '\n';
        }
        out().flush();
        return kExitHealthy;
    }
    if (!json) {
        out() << "This will change the system (" << remedy
              << (target.isEmpty() ? QString() : QLatin1Char(' ') + target) << "):\n";
        printState("now", plan.value(QStringLiteral("current")).toObject());
        printState("after", plan.value(QStringLiteral("new")).toObject());
        out() << "  equivalent commands:\n";
        for (const QJsonValue& command : plan.value(QStringLiteral("commands")).toArray()) {
            out() << "    " << command.toString() << '\n';
        }
        for (const QJsonValue& warning : plan.value(QStringLiteral("warnings")).toArray()) {
            out() << "  warning: " << warning.toString() << '\n';
        }
        out() << "  It can be undone with `zfs-doctor undo CHANGE`.\n";
        out().flush();
    }
    if (!yes) {
        if (!::isatty(STDIN_FILENO)) {
            err() << "zfs-doctor: not applying without --yes when standard input is not a "
                     "terminal. Nothing was changed.\n";
            err().flush();
            return kExitUsage;
        }
        if (!askYesNo(QStringLiteral("Apply this change?"))) {
            out() << "Nothing was changed.\n";
            out().flush();
            return kExitHealthy;
        }
    }
    const HelperReply applied = client.applyFix(remedy, target, option);
    if (!applied.ok) {
        return helperFailed(applied);
    }
    if (json) {
        printJson(applied.result);
    } else {
        printRecord(applied.result);
    }
    return statusIsSuccess(field(applied.result, "status")) ? kExitHealthy : kExitError;
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
        return usage(QStringLiteral("undo needs one change id, or --all"), synopsis);
    }
    if (!options.host.isEmpty()) {
        if (rest.first().startsWith(QLatin1Char('-'))) {
            return usage(QStringLiteral("with --host, undo takes one change id (zfs-doctor --host "
                                        "HOST history lists them); '%1' is not one")
                             .arg(rest.first()),
                         "--host HOST undo CHANGE [--yes]");
        }
        return remoteUndoCommand(rest.first(), yes, json, options);
    }
    HelperClient client;
    client.setProgressCallback(printProgress);
    if (rest.first() == QLatin1String("--all")) {
        const HelperReply reply = client.undoAll();
        if (!reply.ok) {
            return helperFailed(reply);
        }
        if (json) {
            printJson(reply.result);
        } else {
            const QJsonArray changes = reply.result.value(QStringLiteral("changes")).toArray();
            if (changes.isEmpty()) {
                out() << "There was nothing to undo.\n";
            }
            for (const QJsonValue& change : changes) {
                printRecord(change.toObject());
            }
            for (const QJsonValue& failure :
                 reply.result.value(QStringLiteral("failures")).toArray()) {
                out() << "Could not undo " << field(failure.toObject(), "id") << ": "
                      << field(failure.toObject(), "message") << '\n';
            }
            out().flush();
        }
        bool allOk = reply.result.value(QStringLiteral("failures")).toArray().isEmpty();
        for (const QJsonValue& change : reply.result.value(QStringLiteral("changes")).toArray()) {
            allOk = allOk && statusIsSuccess(field(change.toObject(), "status"));
        }
        return allOk ? kExitHealthy : kExitError;
    }
    if (rest.first().startsWith(QLatin1Char('-'))) {
        return usage(QStringLiteral("unknown option '%1'").arg(rest.first()), synopsis);
    }
    const HelperReply reply = client.undo(rest.first());
    if (!reply.ok) {
        return helperFailed(reply);
    }
    if (json) {
        printJson(reply.result);
    } else {
        printRecord(reply.result);
    }
    return statusIsSuccess(field(reply.result, "status")) ? kExitHealthy : kExitError;
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
            return usage(QStringLiteral("unknown argument '%1'").arg(argument), "history [--json]");
        }
    }
    if (!options.host.isEmpty()) {
        return remoteHistoryCommand(json, options);
    }
    HelperClient client;
    const HelperReply reply = client.history();
    if (!reply.ok) {
        return helperFailed(reply);
    }
    if (json) {
        printJson(reply.result);
        return kExitHealthy;
    }
    const QJsonArray changes = reply.result.value(QStringLiteral("changes")).toArray();
    if (changes.isEmpty()) {
        out() << "ZFS Doctor has made no changes on this system.\n";
    }
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        out() << field(change, "id") << "  " << field(change, "time").left(19) << "  "
              << field(change, "status").leftJustified(11) << ' ' << field(change, "verb");
        if (!field(change, "target").isEmpty()) {
            out() << ' ' << field(change, "target");
        }
        out() << "  (uid " << change.value(QStringLiteral("callerUid")).toInteger() << ")\n";
    }
    for (const QJsonValue& problem : reply.result.value(QStringLiteral("problems")).toArray()) {
        out() << "warning: unreadable journal entry: " << problem.toString() << '\n';
    }
    out().flush();
    return kExitHealthy;
}

}  // namespace zd::cli
