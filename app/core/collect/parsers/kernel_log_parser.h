// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parser that finds the kernel log lines belonging to the known issues.
//
// Patterns (real logs and their sources: tests/fixtures/kernel-log/README.md):
//   - SquashfsEinval: "SQUASHFS error: ... -22" (squashfs read failing with EINVAL,
//     issue 1; reproduced in the project's VM on kernel 6.12: "SQUASHFS error:
//     Failed to read block 0x0: -22"), or "... -5" within three lines after
//     the loop driver's "I/O error, dev loopN" (kernel 6.1 reports the same
//     failure as EIO; reproduced in the VM).
//   - TxgSyncHung: the hung-task watchdog's "INFO: task txg_sync:<pid> blocked
//     for more than <n> seconds." (kernel/hung_task.c), issue 2.
//   - ZfsSetupDirectOops: a "BUG: kernel NULL pointer dereference" oops whose
//     report (up to its "---[ end trace" line or the next report) names
//     zfs_setup_direct, issue 5. The hit stores the BUG line.
//   - LoopWriteOops: any other oops report ("Oops: general protection fault",
//     6.1's "general protection fault, maybe for address", "kernel BUG at
//     mm/usercopy.c") whose stack runs from lo_rw_aio into zpl_iter_write /
//     zfs_write: a write through a loop device crashing ZFS (issue 2: the
//     Direct I/O page list short by the iterator's skip, or the buffered
//     copy overrunning its buffer; real log:
//     tests/fixtures/kernel-log/zfs-2.3.2-linux-6.12-dio-loop-write-oops.log).
//     The hit stores the report's first line.
//   - LoopWriteHung: writes through a loop device stuck in ZFS (issue 2): the
//     watchdog's "INFO: task txg_quiesce:<pid> blocked ..." or "task
//     jbd2/loopN-M:<pid> blocked ...", or, outside an oops, a backtrace where
//     lo_rw_aio directly follows zpl_iter_write (the spinning loop worker in
//     an NMI or sysrq backtrace). In the project's VM the hang never produced
//     a txg_sync line, and a hung XFS mount produced no hung-task line at all.
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
