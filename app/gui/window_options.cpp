// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "window_options.h"

#include <QCoreApplication>

#include "remote/host_spec.h"

namespace zd::gui {
std::optional<WindowOptions> parseWindowOptions(const QStringList& arguments, QString* error) {
    WindowOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue =
            i + 1 < arguments.size() && !arguments[i + 1].startsWith(QLatin1Char('-'));
        if (argument == QLatin1String("--snapshot")) {
            if (!hasValue) {
                *error = QCoreApplication::translate("zd::gui::WindowOptions",
                                                     "--snapshot needs a file name");
                return std::nullopt;
            }
            options.snapshotPath = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--snapshot="))) {
            options.snapshotPath = argument.mid(11);
        } else if (argument == QLatin1String("--demo")) {
            options.demo = true;
            if (hasValue) {
                options.demoName = arguments[++i];
            }
        } else if (argument.startsWith(QLatin1String("--demo="))) {
            options.demo = true;
            options.demoName = argument.mid(7);
        } else if (argument == QLatin1String("--host") ||
                   argument.startsWith(QLatin1String("--host="))) {
            const bool withEquals = argument.startsWith(QLatin1String("--host="));
            if (!withEquals && !hasValue) {
                *error = QCoreApplication::translate("zd::gui::WindowOptions",
                                                     "--host needs [user@]HOST[:port]");
                return std::nullopt;
            }
            options.host = withEquals ? argument.mid(7) : arguments[++i];
            QString why;
            if (!HostSpec::parse(options.host, &why)) {
                *error = QCoreApplication::translate("zd::gui::WindowOptions", "--host %1: %2")
                             .arg(options.host, why);
                return std::nullopt;
            }
        } else if (argument == QLatin1String("--screenshot-tour")) {
            if (!hasValue) {
                *error = QCoreApplication::translate("zd::gui::WindowOptions",
                                                     "--screenshot-tour needs a directory");
                return std::nullopt;
            }
            options.screenshotDir = arguments[++i];
        } else if (argument == QLatin1String("--dark")) {
            options.dark = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
        } else if (argument == QLatin1String("-style") || argument == QLatin1String("-platform")) {
            ++i;  // Qt's own options, consumed by QApplication
        } else {
            *error = QCoreApplication::translate("zd::gui::WindowOptions", "unknown option: %1")
                         .arg(argument);
            return std::nullopt;
        }
    }
    const int sources =
        int(!options.snapshotPath.isEmpty()) + int(options.demo) + int(!options.host.isEmpty());
    if (sources > 1) {
        *error = QCoreApplication::translate("zd::gui::WindowOptions",
                                             "--snapshot, --demo and --host cannot be combined");
        return std::nullopt;
    }
    return options;
}

QString windowUsage() {
    return QCoreApplication::translate(
        "zd::gui::WindowOptions",
        "Usage: zfs-doctor [--snapshot FILE | --demo [NAME] | --host [user@]HOST[:port]] "
        "[--dark]\n"
        "Opens the ZFS Doctor window.\n"
        "  --snapshot FILE  show a captured snapshot instead of this machine\n"
        "  --demo [NAME]    show a bundled demo system (the first one without NAME)\n"
        "  --host [user@]HOST[:port]\n"
        "                   scan that machine over SSH (read only) instead of this one\n"
        "  --dark           use a dark colour palette\n");
}

}  // namespace zd::gui
