// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "window_dispatch.h"

#include <QtGlobal>

namespace zd::cli {

bool shouldOpenWindow(const QStringList& arguments, bool haveDisplay) {
    if (!haveDisplay) {
        return false;
    }
    // --screenshot-tour DIR is the window's hidden option for tools/screenshots.sh.
    static const QStringList valueOptions = {QStringLiteral("--snapshot"), QStringLiteral("--demo"),
                                             QStringLiteral("--host"),
                                             QStringLiteral("--screenshot-tour")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            // `--demo list` prints the list; every other value names a system.
            if (argument == QLatin1String("--demo") && i + 1 < arguments.size() &&
                arguments.at(i + 1) == QLatin1String("list")) {
                return false;
            }
            ++i;
            continue;
        }
        if (argument == QLatin1String("--demo=list")) {
            return false;
        }
        if (argument == QLatin1String("--dark")) {  // the window's palette option
            continue;
        }
        const bool valueOptionWithEquals = argument.startsWith(QLatin1String("--snapshot=")) ||
                                           argument.startsWith(QLatin1String("--demo=")) ||
                                           argument.startsWith(QLatin1String("--host=")) ||
                                           argument.startsWith(QLatin1String("--screenshot-tour="));
        if (valueOptionWithEquals) {
            continue;
        }
        // Anything else — a command, --help, --version, --json, -v, an
        // unknown option — is the command line's business (it reports
        // unknown options with a usage error).
        return false;
    }
    return true;
}

bool displayAvailable() {
    return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("DISPLAY");
}

}  // namespace zd::cli
