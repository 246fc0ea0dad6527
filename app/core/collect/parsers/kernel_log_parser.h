// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parser that finds the kernel log lines belonging to the known issues.
//
// Patterns (see knowledge/five-issues.md):
//   - SquashfsEinval: "SQUASHFS error: ... -22" (squashfs read failing with EINVAL,
//     issue 1; reproduced in the project's VM: "SQUASHFS error: Failed to read
//     block 0x0: -22").
//   - TxgSyncHung: the hung-task watchdog's "INFO: task txg_sync:<pid> blocked
//     for more than <n> seconds." (kernel/hung_task.c), issue 2.
//   - ZfsSetupDirectOops: a "BUG: kernel NULL pointer dereference" oops whose
//     report (up to its "---[ end trace" line or the next "BUG:") names
//     zfs_setup_direct, issue 5. The hit stores the BUG line.
// Works on `dmesg` and `journalctl -k -o short-monotonic` output alike: the
// patterns are matched anywhere in the line, after any timestamp prefix.

#include <QList>
#include <QString>

#include "model/facts.h"

namespace zd {

inline constexpr int kDefaultMaxKernelLogHits = 50;

// Hits in log order. At most `maxHits` are returned (the first ones), so a log
// flooded with the same error cannot grow a snapshot without bound.
QList<KernelLogHit> parseKernelLog(const QString& text, int maxHits = kDefaultMaxKernelLogHits);

}  // namespace zd
