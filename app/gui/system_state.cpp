// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system_state.h"

#include "report/scan_report.h"

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
    // The report's rule, so the window and `zfs-doctor scan` count alike.
    return countNeedingAttention(findings);
}

}  // namespace zd::gui
