// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The remote machines the user connected to, most recent first, remembered
// between runs (QSettings: ~/.config/zfs-doctor/zfs-doctor.conf, key
// remote/recentHosts) so File ▸ Connect offers them again.

#include <QStringList>

namespace zd::gui {

class RecentHosts {
  public:
    static constexpr int kMaximum = 8;

    // Most recent first; entries that no longer parse as a host are dropped.
    static QStringList load();
    // Moves `hostSpec` to the front (no duplicates), keeps kMaximum.
    static void remember(const QString& hostSpec);
};

}  // namespace zd::gui
