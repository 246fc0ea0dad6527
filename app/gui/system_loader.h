// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The jobs the ScanController runs off the GUI thread: scan this machine, or
// load a snapshot; both end with the knowledge base's evaluation. Plain
// functions with no widget code, so tests and the benchmark call them too.

#include <QList>
#include <QString>

#include "scan_controller.h"
#include "system_state.h"

namespace zd {
class KnowledgeBase;
}

namespace zd::gui {

LoadOutcome loadLiveSystem(const KnowledgeBase& knowledge, const QList<ProbeResult>& probes);
LoadOutcome loadSnapshotFile(const KnowledgeBase& knowledge, const QString& path,
                             SystemState::Origin origin);
// Evaluates already-known facts (a synthetic system, or a re-evaluation with
// new probe results).
SystemState evaluateState(const KnowledgeBase& knowledge, SystemState state);

// One bundled demo snapshot, for the chooser.
struct DemoInfo {
    QString name;  // file name without ".json", e.g. "fedora41-sysext"
    QString path;
    QString origin;  // the snapshot's "origin" text: where the capture comes from
};
// The demos in zd::demoDirectory(), sorted by name. Files that are not JSON
// objects are skipped (they would fail to open anyway, with a clear error).
QList<DemoInfo> listDemos();
// The demo called `name` (with or without ".json"); empty name = the first one.
std::optional<DemoInfo> findDemo(const QString& name);

}  // namespace zd::gui
