// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An empty table or tree says what is missing and why ("No loop device is
// attached.", "Not recorded in this snapshot: …") in its viewport, instead
// of showing bare headers. The message shows only while the view has no rows.

#include <QString>

class QAbstractItemView;
class QLabel;

namespace zd::gui {

// Sets (or clears, with an empty text) the message `view` shows while empty.
// Returns the label, named "<view objectName>Empty", for tests.
QLabel* setEmptyMessage(QAbstractItemView* view, const QString& text);

}  // namespace zd::gui
