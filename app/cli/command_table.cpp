// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include <QCoreApplication>
#include "commands.h"
// The helper client commands (probe, fix, undo, history) talk to
// zfs-doctor-helper over D-Bus.
#include "cli_text.h"
#include "helper_commands.h"

namespace zd::cli {

const QList<CliCommand>& commandTable() {
    static const QList<CliCommand> table{
        {"scan", "scan [--format text|json|markdown|html]",
         "check this system (or a snapshot) for the known problems", scanCommand},
        {"explain", "explain ID|NUMBER",
         "explain one problem and show this system's evidence for it", explainCommand},
        {"capture", "capture FILE [--redact] [--force] [--origin TEXT]",
         "save this system's evidence to a snapshot file", captureCommand},
        {"check-kernel", "check-kernel RELEASE",
         "warn when kernel RELEASE, booted next, would trigger a known problem",
         checkKernelCommand},
        {"probe", "probe PROBE DATASET",
         "confirm a problem's mechanism with a safe test (privileged helper)", probeCommand},
        {"fix", "fix REMEDY [TARGET] [--target T] [--option O] [--yes]",
         "apply a remedy through the privileged helper", fixCommand},
        {"undo", "undo CHANGE | --all", "undo a change made by fix", undoCommand},
        {"history", "history [--json]", "list the changes made by fix and undo", historyCommand},
    };
    return table;
}

const CliCommand* findCommand(const QString& name) {
    for (const CliCommand& command : commandTable()) {
        if (name == QLatin1String(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

QString exitCodeHelp() {
    return Text::tr(
        "Exit codes:\n"
        "  0  nothing applies: no known problem is affected or at risk; latent ones are\n"
        "     quiet (or the command succeeded)\n"
        "  1  at least one known problem is affected or at risk (scan)\n"
        "  2  bad command line (unknown command, option or problem id)\n"
        "  3  could not complete (unreadable, invalid or incomplete snapshot, a verdict that\n"
        "     could not be decided, knowledge base missing, file not writable, ...)\n");
}

QString globalOptionsHelp() {
    return Text::tr(
        "Global options (accepted by every command, before or after it):\n"
        "  --snapshot FILE  analyse a captured system instead of this machine\n"
        "  --demo NAME      analyse a bundled demo snapshot; --demo list lists them\n"
        "  --host [user@]HOST[:port]\n"
        "                   collect from another machine over SSH (your OpenSSH client,\n"
        "                   keys and ~/.ssh/config; key authentication only); nothing is\n"
        "                   installed or changed there. Not with --snapshot/--demo\n"
        "  --json           machine-readable output (JSON on stdout)\n"
        "  -v, -vv          more detail; log to stderr (info, debug)\n"
        "  -h, --help       show help (zfs-doctor COMMAND --help for one command)\n"
        "  --version        print the version\n");
}

QString mainHelp() {
    QString text = Text::tr(
        "Usage: zfs-doctor [GLOBAL OPTIONS] COMMAND [ARGUMENTS]\n"
        "\n"
        "Finds the known compatibility problems between OpenZFS, the Linux kernel, loop\n"
        "devices and systemd on this system, explains them and shows the remedies.\n"
        "\n"
        "Without a command, zfs-doctor opens its window when a display exists\n"
        "(DISPLAY or WAYLAND_DISPLAY); --snapshot FILE, --demo NAME and --host HOST\n"
        "open a captured, demo or remote system there. Without a display it prints\n"
        "this help.\n"
        "\n"
        "Commands:\n");
    for (const CliCommand& command : commandTable()) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QLatin1String(command.synopsis), QLatin1String(command.summary));
    }
    text += QStringLiteral("\n") + globalOptionsHelp() + QStringLiteral("\n") + exitCodeHelp();
    text += Text::tr(
        "\nExamples:\n"
        "  zfs-doctor scan\n"
        "  zfs-doctor --demo problem1-sysext-fedora41 scan\n"
        "  zfs-doctor explain 1\n"
        "  zfs-doctor capture /tmp/this-system.json --redact\n"
        "  zfs-doctor --host admin@nas scan\n"
        "  zfs-doctor --host admin@nas capture nas.json\n");
    return text;
}

}  // namespace zd::cli
