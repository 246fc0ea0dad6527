// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// File ▸ Capture Snapshot…: what `zfs-doctor capture FILE [--redact]` writes,
// for the system the window shows — this machine or a remote one collected
// now, or the shown snapshot file written again. A plain function, run off
// the GUI thread by the window; no widget code.

#include <QString>

#include "target/system_target.h"

namespace zd::gui {

// Writes the snapshot to `path` (replacing the file). `redact`: host, pool,
// dataset and user names replaced, facts re-derived from the rewritten
// evidence (snapshot/redact.h). False with *error in one sentence.
bool captureSnapshot(const TargetRequest& request, const QString& path, bool redact,
                     QString* error);

}  // namespace zd::gui
