// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Runs scans and snapshot loads off the GUI thread, one at a time.
//
// A request that arrives while a job runs is not dropped and not run in
// parallel: the latest one is kept and started when the current job ends
// (loop devices changing several times in a second cause one rescan, not ten).

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

#include "system_state.h"
#include "target/system_target.h"

namespace zd {
class KnowledgeBase;
}

namespace zd::gui {

// The result of one job: a state, or a message saying why there is none.
struct LoadOutcome {
    std::optional<SystemState> state;
    QString error;
};

class ScanController : public QObject {
    Q_OBJECT
  public:
    using Job = std::function<LoadOutcome()>;
    // How "scan this machine" is done. The default collects from the live
    // system; tests and the benchmark replace it with a simulated machine.
    using LiveScan = std::function<LoadOutcome(const QList<ProbeResult>& probes)>;

    explicit ScanController(std::shared_ptr<const KnowledgeBase> knowledge,
                            QObject* parent = nullptr);
    ~ScanController() override;

    // Scans this machine (with optional probe results from the helper).
    void scanLive(const QList<ProbeResult>& probes = {});
    // Loads a snapshot file, a bundled demo or a remote machine (this
    // machine goes through scanLive(), which tests can replace).
    void load(const TargetRequest& request);
    // Any other job, e.g. a synthetic system in tests and benchmarks.
    void run(const QString& description, Job job);

    bool isBusy() const;
    void setLiveScan(LiveScan scan);

  Q_SIGNALS:
    void started(const QString& description);
    void finished(const zd::gui::SystemState& state);
    void failed(const QString& message);

  private:
    void startNext();

    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QFutureWatcher<LoadOutcome> m_watcher;
    std::optional<std::pair<QString, Job>> m_pending;
    LiveScan m_liveScan;
};

}  // namespace zd::gui
