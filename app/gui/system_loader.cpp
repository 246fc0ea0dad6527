// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system_loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "collect/collect.h"
#include "collect/live_source.h"
#include "knowledge/knowledge_base.h"
#include "snapshot/snapshot.h"
#include "util/paths.h"

namespace zd::gui {

SystemState evaluateState(const KnowledgeBase& knowledge, SystemState state) {
    state.findings = evaluate(state.facts, knowledge, state.probes);
    return state;
}

LoadOutcome loadLiveSystem(const KnowledgeBase& knowledge, const QList<ProbeResult>& probes) {
    LiveSource source;
    SystemState state;
    state.origin = SystemState::Origin::Live;
    state.facts = collectFacts(source);
    state.probes = probes;
    state.sourceLabel = state.facts.hostname;
    return {evaluateState(knowledge, std::move(state)), QString()};
}

LoadOutcome loadSnapshotFile(const KnowledgeBase& knowledge, const QString& path,
                             SystemState::Origin origin) {
    QString error;
    std::optional<Snapshot> snapshot = loadSnapshot(path, &error);
    if (!snapshot) {
        return {std::nullopt, error};
    }
    SystemState state;
    state.origin = origin;
    state.facts = snapshot->facts;
    state.probes = snapshot->probes;
    state.sourcePath = QFileInfo(path).absoluteFilePath();
    state.sourceLabel = origin == SystemState::Origin::Demo ? QFileInfo(path).completeBaseName()
                                                            : QFileInfo(path).fileName();
    return {evaluateState(knowledge, std::move(state)), QString()};
}

QList<DemoInfo> listDemos() {
    QList<DemoInfo> demos;
    const QDir directory(demoDirectory());
    const QStringList files =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile input(directory.filePath(file));
        if (!input.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(input.readAll());
        if (!document.isObject()) {
            continue;
        }
        DemoInfo demo;
        demo.name = QFileInfo(file).completeBaseName();
        demo.path = directory.filePath(file);
        demo.origin = document.object().value(QLatin1String("origin")).toString();
        demos.append(demo);
    }
    return demos;
}

std::optional<DemoInfo> findDemo(const QString& name) {
    const QList<DemoInfo> demos = listDemos();
    if (demos.isEmpty()) {
        return std::nullopt;
    }
    if (name.isEmpty()) {
        return demos.first();
    }
    QString wanted = name;
    if (wanted.endsWith(QLatin1String(".json"))) {
        wanted.chop(5);
    }
    for (const DemoInfo& demo : demos) {
        if (demo.name == wanted) {
            return demo;
        }
    }
    return std::nullopt;
}

}  // namespace zd::gui
