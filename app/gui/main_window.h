// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The ZFS Doctor window: a sidebar (Overview, Findings, History), a banner
// when what is shown is not this machine, and the scan's progress in the
// status bar. Scans run off the GUI thread; loop devices appearing or
// disappearing trigger a rescan by themselves.

#include <QMainWindow>
#include <memory>
#include <optional>

#include "remote/ssh_options.h"
#include "system_state.h"

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace zd {
class HelperClient;
class KnowledgeBase;
}  // namespace zd

namespace zd::gui {

class FindingsPage;
class HistoryPage;
class LoopDeviceMonitor;
class OverviewPage;
class ScanController;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    enum class Page { Overview = 0, Findings = 1, History = 2 };

    explicit MainWindow(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent = nullptr);
    ~MainWindow() override;

    void scanLive();
    // Reads again what is shown: this machine, the remote machine, or the
    // snapshot file (toolbar Refresh, F5).
    void refresh();
    void openSnapshot(const QString& path);
    void openDemo(const QString& path);
    // Scans another machine over SSH (read only); once the scan succeeded the
    // host is remembered in RecentHosts. `options` are for tests.
    void scanRemote(const QString& hostSpec, const SshOptions& options = {});
    // Shows a state computed elsewhere (tests, benchmark, the wizard's verify step).
    void setState(const SystemState& state);

    const std::optional<SystemState>& state() const { return m_state; }
    bool isBusy() const;
    QString remediesDisabledReason() const;
    // The language used for knowledge-base texts ("zh_CN", "de", empty = English).
    void setTextLocale(const QString& locale);

    void showPage(Page page);
    Page currentPage() const;
    void showFinding(const QString& findingId);

    FindingsPage* findingsPage() const { return m_findings; }
    HelperClient* helper() const { return m_helper; }
    ScanController* scanner() const { return m_scanner; }
    std::shared_ptr<const KnowledgeBase> knowledge() const { return m_knowledge; }

  public Q_SLOTS:
    void chooseDemo();
    void chooseSnapshot();
    // File ▸ Capture Snapshot…: asks whether to redact, then where to save.
    void chooseCapture();
    // Captures what is shown to `path`, off the GUI thread; captureFinished() tells.
    void captureTo(const QString& path, bool redact);
    void connectToRemote();
    void startWizard();
    void exportReport();
    void requestRemedy(const QString& findingId, const zd::RemedyOption& remedy);

  Q_SIGNALS:
    void stateChanged();
    void scanFailed(const QString& message);
    // `error` is empty when the snapshot was written.
    void captureFinished(const QString& path, const QString& error);

  protected:
    // Remembers the geometry and splitter positions (window_geometry.h).
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void buildToolBar();
    void setScanning(bool scanning);
    void buildBanner();
    void onScanStarted(const QString& description);
    void onScanFinished(const SystemState& state);
    void onScanFailed(const QString& message);
    void updateBanner();

    std::shared_ptr<const KnowledgeBase> m_knowledge;
    ScanController* m_scanner;
    HelperClient* m_helper;
    LoopDeviceMonitor* m_loopMonitor;
    std::optional<SystemState> m_state;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerScan = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    FindingsPage* m_findings = nullptr;
    HistoryPage* m_history = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusText = nullptr;
    QAction* m_rescanAction = nullptr;
    QAction* m_refreshAction = nullptr;
    // What refresh() reads again; empty: this machine.
    std::optional<TargetRequest> m_request;
    QAction* m_exportAction = nullptr;
};

}  // namespace zd::gui
