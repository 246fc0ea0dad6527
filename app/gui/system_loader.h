// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The job the ScanController runs off the GUI thread: load the system a
// request names with the core's target loader (the one the CLI uses too) and
// evaluate the knowledge base over it. Plain functions with no widget code,
// so tests and the benchmark call them too.

#include <QList>
#include <QString>

#include "scan_controller.h"
#include "system_state.h"
#include "target/system_target.h"

namespace zd {
class KnowledgeBase;
}

namespace zd::gui {

// `probes`: results the helper produced in this session, evaluated together
// with any the snapshot recorded.
LoadOutcome loadState(const KnowledgeBase& knowledge, const TargetRequest& request,
                      const QList<ProbeResult>& probes = {});
// Evaluates already-known facts (a synthetic system, or a re-evaluation with
// new probe results).
SystemState evaluateState(const KnowledgeBase& knowledge, SystemState state);

}  // namespace zd::gui
