// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Where and how large the window opens: fitted to the screen's available
// area the first time (a 1280×820 design at 150 % scale on a 1600×1000
// screen would not fit), and afterwards as the user left it — geometry and
// splitter positions are remembered in zfs-doctor.conf (QSettings, "window/…"),
// and a remembered geometry is moved back onto the screen it opens on.

#include <QList>
#include <QRect>
#include <QSize>

class QSplitter;
class QWidget;

namespace zd::gui {

// The design size, shrunk to 90 % of `available` where it does not fit.
QSize initialWindowSize(const QSize& available);
// `geometry` shrunk to `available` where larger, then moved inside it.
QRect fittedGeometry(const QRect& geometry, const QRect& available);

// Restores the window's geometry and the splitters' positions (by
// objectName) remembered by saveWindowGeometry(); without any, fits the
// window to its screen. The result always lies on the screen.
void restoreWindowGeometry(QWidget* window, const QList<QSplitter*>& splitters);
void saveWindowGeometry(const QWidget* window, const QList<QSplitter*>& splitters);

}  // namespace zd::gui
