// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How the window words the helper's records (helper_client/helper_records.h):
// a state as "key: value" lines. A change's status: changeStatusText() in
// remedy/change_record.h, shared with the CLI.

#include <QJsonObject>
#include <QString>

#include "remedy/change_record.h"

namespace zd::gui {

// A state object (current/new/before/after), one "key: value" line each.
QString describeState(const QJsonObject& state);

}  // namespace zd::gui
