// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How read-only text blocks take part in the keyboard: selectable with the
// mouse always, but in the Tab chain only when they hold a link — a page of
// explanation should not cost thirty Tab presses to reach the next button.

class QLabel;

namespace zd::gui {

// Call after the label's text is set (again after each setText that may add
// or remove a link).
void setReadOnlyTextInteraction(QLabel* label);

}  // namespace zd::gui
