// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The hidden --screenshot-tour DIR option: opens demo snapshots one after the
// other and saves a PNG of every page (overview, each explanation, history)
// and every troubleshooting-wizard step, for docs/screenshots and for people
// reviewing the UI. Used by tools/screenshots.sh under Xvfb.

#include <QString>

namespace zd::gui {

class MainWindow;

// Returns 0 when every screenshot was written, 3 otherwise (message on stderr).
// `onlyDemoPath` restricts the tour to one demo; empty = all demos.
int runScreenshotTour(MainWindow& window, const QString& directory, const QString& onlyDemoPath);

}  // namespace zd::gui
