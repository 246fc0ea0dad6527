// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// zfs-doctor-gui-dev: opens the window directly, for development before the
// `zfs-doctor` front end dispatches to it. Not installed.
#include "gui_main.h"

int main(int argc, char** argv) {
    return zd::gui::runWindow(argc, argv);
}
