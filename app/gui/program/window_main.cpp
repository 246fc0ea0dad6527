// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// zfs-doctor-window: the window as a program of its own. `zfs-doctor` executes
// it (app/cli/window_launch.cpp) with its own argument vector when it has no
// command and a display exists; it can also be run directly while developing.
#include "gui_main.h"

int main(int argc, char** argv) {
    return zd::gui::runWindow(argc, argv);
}
