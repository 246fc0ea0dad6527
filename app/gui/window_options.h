// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The window's command line, parsed without a QApplication so that
// `zfs-doctor --help` style errors can be reported before a display is opened.

#include <QString>
#include <QStringList>
#include <optional>

namespace zd::gui {

struct WindowOptions {
    QString snapshotPath;   // --snapshot FILE
    bool demo = false;      // --demo [NAME]
    QString demoName;       // empty: the first demo
    QString host;           // --host [user@]HOST[:port]: scan that machine over SSH
    QString screenshotDir;  // --screenshot-tour DIR (hidden)
    bool dark = false;
    bool help = false;
};

// `arguments` excludes the program name. On error returns nullopt and sets *error.
std::optional<WindowOptions> parseWindowOptions(const QStringList& arguments, QString* error);
QString windowUsage();

}  // namespace zd::gui
