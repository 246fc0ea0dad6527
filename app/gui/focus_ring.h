// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A visible keyboard focus for widgets the style leaves unmarked: a scroll
// area or an empty list that has the focus, and a label whose link has it
// (Qt draws a link's focus as a focus rectangle that Fusion only paints
// for some widgets, so a keyboard user could not see where Tab went).
// tests/gui/test_focus_visible.cpp tabs through every page and fails on a
// focused widget that looks the same without the focus.

class QAbstractScrollArea;
class QPainter;
class QWidget;

namespace zd::gui {

// Draws the ring along the inside of `widget`'s rectangle.
void paintFocusRing(QPainter& painter, const QWidget* widget);

// Shows a ring around `area` whenever it has the focus (its frame may be
// NoFrame, and its viewport draws over it otherwise).
void addFocusRing(QAbstractScrollArea* area);

// addFocusRing() for every scroll area (lists, tables, pages) under `root`
// that Tab can reach.
void addFocusRings(QWidget* root);

}  // namespace zd::gui
