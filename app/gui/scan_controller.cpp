// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "scan_controller.h"

#include <QtConcurrent/QtConcurrentRun>

#include "system_loader.h"

namespace zd::gui {

ScanController::ScanController(std::shared_ptr<const KnowledgeBase> knowledge, QObject* parent)
    : QObject(parent), m_knowledge(std::move(knowledge)) {
    qRegisterMetaType<zd::gui::SystemState>();
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this] {
        const LoadOutcome outcome = m_watcher.result();
        if (outcome.state) {
            Q_EMIT finished(*outcome.state);
        } else {
            Q_EMIT failed(outcome.error);
        }
        startNext();
    });
}

ScanController::~ScanController() {
    // Let a running collection end before the knowledge base it reads goes away.
    m_pending.reset();
    m_watcher.waitForFinished();
}

void ScanController::scanLive(const QList<ProbeResult>& probes) {
    if (m_liveScan) {
        run(tr("Scanning this system…"), [scan = m_liveScan, probes] { return scan(probes); });
        return;
    }
    auto knowledge = m_knowledge;
    run(tr("Scanning this system…"), [knowledge, probes] {
        return loadState(*knowledge, TargetRequest::thisMachine(), probes);
    });
}

void ScanController::load(const TargetRequest& request) {
    if (request.origin == SystemOrigin::Live) {
        scanLive();
        return;
    }
    const QString description = request.origin == SystemOrigin::Remote
                                    ? tr("Scanning %1 over SSH…").arg(request.location.trimmed())
                                    : tr("Opening %1…").arg(request.location);
    auto knowledge = m_knowledge;
    run(description, [knowledge, request] { return loadState(*knowledge, request); });
}

void ScanController::run(const QString& description, Job job) {
    m_pending = std::make_pair(description, std::move(job));
    if (!isBusy()) {
        startNext();
    }
}

void ScanController::setLiveScan(LiveScan scan) {
    m_liveScan = std::move(scan);
}

bool ScanController::isBusy() const {
    return m_watcher.isRunning();
}

void ScanController::startNext() {
    if (!m_pending) {
        return;
    }
    auto [description, job] = std::move(*m_pending);
    m_pending.reset();
    Q_EMIT started(description);
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
}

}  // namespace zd::gui
