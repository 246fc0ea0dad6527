// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
#include <QString>

namespace zd {

// The directory holding the knowledge base (knowledge/) and demo snapshots
// (demo/). In order: $ZFS_DOCTOR_DATA_DIR; <bindir>/../share/zfs-doctor when
// installed; the source tree's resources/ when running from a build tree.
QString dataDirectory();
QString knowledgeDirectory();  // dataDirectory() + "/knowledge"
QString demoDirectory();       // dataDirectory() + "/demo"

}  // namespace zd
