// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system_state.h"

namespace zd::gui {

const Finding* SystemState::finding(const QString& id) const {
    for (const Finding& item : findings) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

int SystemState::attentionCount() const {
    int count = 0;
    for (const Finding& item : findings) {
        if (item.status == FindingStatus::Affected || item.status == FindingStatus::AtRisk) {
            ++count;
        }
    }
    return count;
}

}  // namespace zd::gui
