// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system_loader.h"

#include "knowledge/knowledge_base.h"

namespace zd::gui {

SystemState evaluateState(const KnowledgeBase& knowledge, SystemState state) {
    state.findings = evaluate(state.facts, knowledge, state.probes);
    return state;
}

LoadOutcome loadState(const KnowledgeBase& knowledge, const TargetRequest& request,
                      const QList<ProbeResult>& probes) {
    QString error;
    std::optional<LoadedSystem> system = loadSystem(request, &error);
    if (!system) {
        return {std::nullopt, error};
    }
    SystemState state;
    state.origin = system->origin;
    state.facts = std::move(system->facts);
    state.probes = system->probes + probes;
    state.sourceLabel = system->label;
    return {evaluateState(knowledge, std::move(state)), QString()};
}

}  // namespace zd::gui
