// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Whether `zfs-doctor` opens the window or runs as a command-line tool.
//
// The window opens when no command is given and a display exists; the
// decision has to be made before any Q*Application exists, because the
// window needs a QApplication and the CLI a QCoreApplication (which also
// works over SSH without a display).

#include <QStringList>

namespace zd::cli {

// `arguments` excludes the program name. Options that take a value
// (--snapshot, --demo, --host) may be written "--opt VALUE" or "--opt=VALUE".
// Anything that asks for text output (--help, --version, --json, -v, a
// command, `--demo list`) keeps the command line.
bool shouldOpenWindow(const QStringList& arguments, bool displayAvailable);

// True when WAYLAND_DISPLAY or DISPLAY is set.
bool displayAvailable();

}  // namespace zd::cli
