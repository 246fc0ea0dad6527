// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One detector per known problem: a pure function from the facts of one
// system (and any probe results) to a Finding. The decision rules follow
// ../shared/knowledge/five-issues.md; version ranges and remedies come from the
// problem's data file, so the numbers live in one place.

#include <QList>
#include <QString>

#include "knowledge/problem_info.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd::detectors {

using Detector = Finding (*)(const Facts& facts, const ProblemInfo& problem,
                             const QList<ProbeResult>& probes);

// 1 sysext-odirect-einval: unaligned O_DIRECT -> EINVAL on direct=standard (2.3.x).
Finding sysextOdirectEinval(const Facts& facts, const ProblemInfo& problem,
                            const QList<ProbeResult>& probes);
// 2 loop-write-hang: file-backed loop devices on ZFS hang on kernels with the new loop I/O path.
Finding loopWriteHang(const Facts& facts, const ProblemInfo& problem,
                      const QList<ProbeResult>& probes);
// 3 dio-always-cfr-eagain: copy_file_range -> EAGAIN on direct=always (2.3.0).
Finding dioAlwaysCfrEagain(const Facts& facts, const ProblemInfo& problem,
                           const QList<ProbeResult>& probes);
// 4 cfr-linux68-eopnotsupp: copy_file_range -> EOPNOTSUPP, 2.2.0-2.2.3 on Linux 6.8+.
Finding cfrLinux68Eopnotsupp(const Facts& facts, const ProblemInfo& problem,
                             const QList<ProbeResult>& probes);
// 5 loop-dio-always-oops: loop device on a direct=always dataset oopses (2.3.0).
Finding loopDioAlwaysOops(const Facts& facts, const ProblemInfo& problem,
                          const QList<ProbeResult>& probes);

// The detector for a problem id, nullptr when there is none.
Detector detectorFor(const QString& problemId);

}  // namespace zd::detectors
