// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The window's entry point, called by `zfs-doctor` when it has no subcommand
// and a display exists (WAYLAND_DISPLAY or DISPLAY).

namespace zd::gui {

// Creates the QApplication, loads the translation for the system locale,
// parses the window options and runs the event loop. Options:
//   --snapshot FILE   open a captured snapshot instead of scanning this machine
//   --demo [NAME]     open a bundled demo (the first one when NAME is omitted)
//   --screenshot-tour DIR   (hidden) save a PNG of every page and wizard step
// Returns the process exit code (2 for a bad command line).
int runWindow(int& argc, char** argv);

}  // namespace zd::gui
