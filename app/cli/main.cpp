// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// zfs-doctor: the command-line front. Parses the global options (anywhere on
// the command line, before or after the command), sets up logging to stderr
// and runs one subcommand from the table in command_table.cpp.

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QRegularExpression>

#include "cli_target.h"
#include "cli_text.h"
#include "commands.h"
#include "i18n/ui_language.h"
#include "remote/host_spec.h"
#include "target/demo_catalogue.h"
#include "util/paths.h"
#include "window_dispatch.h"
#include "window_launch.h"

namespace zd::cli {

namespace {

// `--demo list`: each demo with the first sentence of its origin.
int listDemos() {
    const QList<DemoSnapshot> demos = demoCatalogue();
    if (demos.isEmpty()) {
        printError(Text::tr("no demo snapshots in %1").arg(demoDirectory()));
        return kExitError;
    }
    QString text;
    for (const DemoSnapshot& demo : demos) {
        text += QStringLiteral("%1\n    %2\n").arg(demo.name, demo.summary());
    }
    printOut(text);
    return kExitHealthy;
}

void setUpLogging(int verbosity) {
    // Logs go to stderr so that stdout stays clean for --json and reports.
    auto logger = spdlog::stderr_logger_mt("zfs-doctor");
    logger->set_pattern("zfs-doctor: [%l] %v");
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                      : verbosity == 1 ? spdlog::level::info
                                       : spdlog::level::warn);
}

// Takes the value of "--name VALUE" or "--name=VALUE" at arguments[*i].
bool takeValue(const QStringList& arguments, qsizetype* i, const QString& name, QString* value,
               bool* matched) {
    const QString& argument = arguments.at(*i);
    *matched = false;
    if (argument == name) {
        *matched = true;
        if (*i + 1 >= arguments.size()) {
            printError(Text::tr("%1 needs a value").arg(name));
            return false;
        }
        *value = arguments.at(++*i);
        return true;
    }
    if (argument.startsWith(name + QLatin1Char('='))) {
        *matched = true;
        *value = argument.mid(name.size() + 1);
        return true;
    }
    return true;
}

int run(const QStringList& arguments) {
    GlobalOptions options;
    QString demo;
    QString commandName;
    QStringList commandArguments;
    bool help = false;
    bool version = false;
    bool endOfOptions = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (endOfOptions) {
            commandArguments << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        // The options that name the system to look at. An empty file or host
        // is refused: it would silently mean "this machine".
        const struct {
            const char* name;
            QString* value;
            const char* whenEmpty;  // nullptr: empty is allowed
        } valueOptions[] = {
            {"--snapshot", &options.snapshotPath, "--snapshot needs a file name"},
            {"--demo", &demo, nullptr},
            {"--host", &options.host, "--host needs a machine: --host [user@]HOST[:port]"},
        };
        bool matched = false;
        for (const auto& option : valueOptions) {
            if (!takeValue(arguments, &i, QLatin1String(option.name), option.value, &matched)) {
                return kExitUsage;
            }
            if (matched) {
                if (option.whenEmpty != nullptr && option.value->isEmpty()) {
                    printError(QLatin1String(option.whenEmpty));
                    return kExitUsage;
                }
                break;
            }
        }
        if (matched) {
            continue;
        }
        static const QRegularExpression verbose(QStringLiteral("^-v+$"));
        if (verbose.match(argument).hasMatch()) {
            options.verbosity += static_cast<int>(argument.size()) - 1;
        } else if (argument == QLatin1String("--verbose")) {
            ++options.verbosity;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--version")) {
            version = true;
        } else if (commandName.isEmpty() &&
                   (argument == QLatin1String("-h") || argument == QLatin1String("--help"))) {
            help = true;
        } else if (commandName.isEmpty() && argument == QLatin1String("help")) {
            help = true;
            commandName = QStringLiteral("help");
        } else if (commandName.isEmpty() && !argument.startsWith(QLatin1Char('-'))) {
            commandName = argument;
        } else if (commandName.isEmpty()) {
            printError(Text::tr("unknown option '%1' (see zfs-doctor --help)").arg(argument));
            return kExitUsage;
        } else {
            commandArguments << argument;
        }
    }
    setUpLogging(options.verbosity);

    if (version) {
        printOut(Text::tr("zfs-doctor %1\n").arg(QLatin1String(ZD_VERSION)));
        return kExitHealthy;
    }
    if (commandName == QLatin1String("help")) {
        // "zfs-doctor help scan" is "zfs-doctor scan --help".
        if (commandArguments.isEmpty()) {
            printOut(mainHelp());
            return kExitHealthy;
        }
        commandName = commandArguments.takeFirst();
        commandArguments = {QStringLiteral("--help")};
        help = false;
    }
    if (demo == QLatin1String("list")) {
        return listDemos();
    }
    // --host collects from another machine now; a snapshot or demo is a system
    // captured earlier. Both at once would leave it unclear which one a
    // report (or a fix) is about.
    if (!options.host.isEmpty() && (!demo.isEmpty() || !options.snapshotPath.isEmpty())) {
        printError(
            Text::tr("--host and %1 both name a system; give one")
                .arg(demo.isEmpty() ? QStringLiteral("--snapshot") : QStringLiteral("--demo")));
        return kExitUsage;
    }
    if (!options.host.isEmpty()) {
        // Checked before anything reaches ssh: a "host" starting with '-'
        // would be read by ssh as an option.
        QString hostError;
        if (!HostSpec::parse(options.host, &hostError)) {
            printError(Text::tr("--host %1: %2").arg(options.host, hostError));
            return kExitUsage;
        }
    }
    if (!demo.isEmpty()) {
        if (!options.snapshotPath.isEmpty()) {
            printError(Text::tr("--demo and --snapshot both name a system; give one"));
            return kExitUsage;
        }
        const std::optional<DemoSnapshot> found = findDemo(demo);
        if (!found) {
            printError(Text::tr("unknown demo '%1'; available: %2")
                           .arg(demo, demoNames().join(QStringLiteral(", "))));
            return kExitUsage;
        }
        options.snapshotPath = found->path;
    }
    if (help || commandName.isEmpty()) {
        // Without a command and without a display (main() opened the window
        // otherwise): help.
        printOut(mainHelp());
        return kExitHealthy;
    }
    const CliCommand* command = findCommand(commandName);
    if (!command) {
        printError(Text::tr("unknown command '%1' (see zfs-doctor --help)").arg(commandName));
        return kExitUsage;
    }
    return command->run(commandArguments, options);
}

}  // namespace

}  // namespace zd::cli

int main(int argc, char** argv) {
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    if (zd::cli::shouldOpenWindow(rawArguments, zd::cli::displayAvailable())) {
        return zd::cli::execWindow(argv);
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zfs-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));
    // The same language as the window: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    zd::setUiLanguage(zd::chooseLanguage(QProcessEnvironment::systemEnvironment()));
    zd::installTranslators(app, zd::uiLanguage());
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return zd::cli::run(arguments);
}
