// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The one rule that keeps a remedy from trading one known problem for another
// on the same system: e.g. direct=standard as problem 5's remedy on a 2.3.x
// machine where a direct-I/O loop device on that dataset then hits problem 1,
// or turning loop direct I/O off, which makes a writable direct-I/O loop a
// buffered one that hangs on a kernel with the loop change (problem 2).
//
// How: each remedy's effect is applied to a copy of the facts (remedyEffect),
// and every detector runs again. A problem that needs attention afterwards
// but did not before is what the remedy would trigger; the remedy then
// carries a one-sentence conflict note and is never listed first
// (sortRemedies). The detectors judge the changed system exactly as they
// judge a real one, so the rule needs no list of problem pairs and covers a
// problem added later without a change here.
//
// Cost: a dataset or loop remedy is judged on the slice of the facts it can
// change (that dataset or loop device and what sits on it), and slices that
// differ only by names (a thousand datasets with nothing on them, hundreds
// of alike loop devices) are judged once (tests/bench/bench_scan).

#include <QList>
#include <optional>

#include "knowledge/knowledge_base.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd {

// The facts as they would be after `remedy`; nullopt for remedies whose
// effect is not modelled (upgrade-zfs, use-zvol: they add no trigger).
std::optional<Facts> remedyEffect(const Facts& facts, const RemedyOption& remedy);

// Sets RemedyOption::conflict on every remedy of an affected or at-risk
// finding that would trigger another known problem here, and re-sorts them.
void markRemedyConflicts(QList<Finding>& findings, const Facts& facts,
                         const KnowledgeBase& knowledge, const QList<ProbeResult>& probes);

}  // namespace zd
