// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How the window words the helper's records (helper_client/helper_records.h):
// a state as "key: value" lines, a change's status as a translated word.

#include <QJsonObject>
#include <QString>

namespace zd::gui {

// A state object (current/new/before/after), one "key: value" line each.
QString describeState(const QJsonObject& state);

// The translated word for a change status.
QString changeStatusText(const QString& status);

}  // namespace zd::gui
