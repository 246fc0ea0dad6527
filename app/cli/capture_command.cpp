// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor capture FILE`: writes what this system (a remote one with
// --host, or a snapshot) shows
// into a snapshot file, optionally redacted. From --snapshot/--demo it keeps
// the recorded evidence, origin and capture time and re-derives the facts
// with this version's collectors: that is how the demo snapshots' "facts"
// sections are regenerated.

#include <QCoreApplication>
#include "cli_target.h"
#include "cli_text.h"
#include "collect/live_source.h"
#include "commands.h"
#include "remote/host_spec.h"
#include "snapshot/redact.h"

namespace zd::cli {

namespace {

QString captureHelp() {
    return Text::tr(
               "Usage: zfs-doctor capture FILE [--redact] [--force] [--origin TEXT] [GLOBAL "
               "OPTIONS]\n"
               "\n"
               "Saves the raw evidence ZFS Doctor reads on this machine (files, directory\n"
               "listings and command outputs) and the facts derived from it into FILE, a\n"
               "snapshot that `zfs-doctor --snapshot FILE` analyses anywhere. Nothing is\n"
               "changed on the system. With --snapshot/--demo, re-captures that snapshot:\n"
               "same evidence, origin and time, facts re-derived by this version.\n"
               "With --host [user@]HOST[:port], captures that machine over SSH instead: the\n"
               "same snapshot a capture run there would write, read-only, nothing left\n"
               "behind; its origin says \"captured over ssh HOST\".\n"
               "\n"
               "  --redact       replace host, pool, dataset, user, mount point, loop backing\n"
               "                 file and sysext image names with neutral ones (pool1, fs1,\n"
               "                 user1...); versions, properties and messages are kept\n"
               "  --force        replace FILE if it exists (it is written atomically)\n"
               "  --origin TEXT  say where this capture comes from (stored in the file)\n"
               "\n") +
           globalOptionsHelp() + QStringLiteral("\n") + exitCodeHelp();
}

// Where a fresh capture came from, in the words --snapshot shows later. The
// host is the canonical spelling the remote journal uses too.
QString defaultOrigin(const GlobalOptions& options) {
    const QString version = QLatin1String(ZD_VERSION);
    if (options.host.isEmpty()) {
        return QStringLiteral("captured live by zfs-doctor %1 capture").arg(version);
    }
    const std::optional<HostSpec> host = HostSpec::parse(options.host, nullptr);
    return QStringLiteral("captured over ssh %1 by zfs-doctor %2")
        .arg(host ? host->toString() : options.host, version);
}

}  // namespace

int captureCommand(const QStringList& arguments, const GlobalOptions& options) {
    QString path;
    QString origin;
    bool redact = false;
    bool force = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            printOut(captureHelp());
            return kExitHealthy;
        }
        if (argument == QLatin1String("--redact")) {
            redact = true;
        } else if (argument == QLatin1String("--force")) {
            force = true;
        } else if (argument == QLatin1String("--origin")) {
            if (i + 1 >= arguments.size()) {
                printError(Text::tr("capture: --origin needs a text"));
                return kExitUsage;
            }
            origin = arguments.at(++i);
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            printError(Text::tr("capture: unknown option '%1' (see zfs-doctor capture --help)")
                           .arg(argument));
            return kExitUsage;
        } else if (path.isEmpty()) {
            path = argument;
        } else {
            printError(
                Text::tr("capture: expected one FILE, got '%1' and '%2'").arg(path, argument));
            return kExitUsage;
        }
    }
    if (path.isEmpty()) {
        printError(Text::tr("capture: which file? (zfs-doctor capture FILE)"));
        return kExitUsage;
    }

    const auto target = loadTarget(options);
    if (!target) {
        return kExitError;
    }

    Snapshot snapshot;
    if (target->snapshot) {
        snapshot = recapturedSnapshot(*target->snapshot, origin);
    } else {
        snapshot = snapshotFromSource(*target->source, target->facts,
                                      origin.isEmpty() ? defaultOrigin(options) : origin);
    }
    if (redact) {
        snapshot = redactSnapshot(snapshot);
    }

    QString error;
    if (!writeSnapshot(snapshot, path, force, &error)) {
        printError(Text::tr("capture: %1").arg(error));
        return kExitError;
    }
    printErr(Text::tr("wrote %1 (%2 evidence records%3)\n")
                 .arg(path)
                 .arg(snapshot.evidence.items().size())
                 .arg(snapshot.redacted ? Text::tr(", redacted") : QString()));
    return kExitHealthy;
}

}  // namespace zd::cli
