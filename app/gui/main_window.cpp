// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "demo_chooser_dialog.h"
#include "documentation_viewer.h"
#include "explanation_page.h"
#include "findings_page.h"
#include "focus_ring.h"
#include "helper_client/helper_client.h"
#include "history_page.h"
#include "knowledge/knowledge_base.h"
#include "loop_device_monitor.h"
#include "overview_page.h"
#include "recent_hosts.h"
#include "remedy_review_dialog.h"
#include "remote_connect_dialog.h"
#include "scan_controller.h"
#include "snapshot_capture.h"
#include "status_style.h"
#include "verdict_headline.h"
#include "window_geometry.h"

namespace zd::gui {

MainWindow::MainWindow(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent)
    : QMainWindow(parent),
      m_knowledge(std::move(knowledge)),
      m_scanner(new ScanController(m_knowledge, this)),
      m_helper(new HelperClient(this)),
      m_loopMonitor(new LoopDeviceMonitor(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The application display name ("ZFS Doctor") is the title until a scan names the system.
    setWindowTitle(QString());
    setWindowIcon(statusIcon(FindingStatus::NotAffected));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildBanner();
    layout->addWidget(m_banner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Overview")));
    // A neutral icon until a scan has said something: a status icon would claim a verdict.
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                           tr("Findings")));
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                           tr("History")));
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 48);
    body->addWidget(m_sidebar);

    m_pages = new QStackedWidget;
    m_overview = new OverviewPage;
    m_findings = new FindingsPage(m_knowledge);
    m_history = new HistoryPage(m_helper);
    // At 150 % scale or on a small screen the overview is taller than the
    // window: it scrolls, rather than squeezing its tables to a few rows.
    auto* overviewScroll = new QScrollArea;
    overviewScroll->setObjectName(QStringLiteral("overviewScroll"));
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    overviewScroll->setWidget(m_overview);
    m_pages->addWidget(overviewScroll);
    m_pages->addWidget(m_findings);
    m_pages->addWidget(m_history);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == int(Page::History) && m_state && m_state->isLive()) {
            m_history->refresh();
        }
    });
    m_sidebar->setCurrentRow(0);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);

    buildMenus();
    buildToolBar();

    connect(m_scanner, &ScanController::started, this, &MainWindow::onScanStarted);
    connect(m_scanner, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_scanner, &ScanController::failed, this, &MainWindow::onScanFailed);
    connect(m_overview, &OverviewPage::findingActivated, this, &MainWindow::showFinding);
    connect(m_overview, &OverviewPage::openDemoRequested, this, &MainWindow::chooseDemo);
    connect(m_findings, &FindingsPage::remedyRequested, this, &MainWindow::requestRemedy);
    connect(m_history, &HistoryPage::changesUndone, this, &MainWindow::scanLive);
    // Only a live view follows the machine; a snapshot never changes.
    connect(m_loopMonitor, &LoopDeviceMonitor::loopDevicesChanged, this, [this] {
        if (m_state && m_state->isLive()) {
            m_statusText->setText(tr("Loop devices changed; scanning again…"));
            scanLive();
        }
    });
    updateBanner();
    // Lists, tables and pages that Tab reaches show a ring when they have it.
    addFocusRings(this);
    restoreWindowGeometry(this, {m_findings->splitter()});
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowGeometry(this, {m_findings->splitter()});
    QMainWindow::closeEvent(event);
}

void MainWindow::buildBanner() {
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("snapshotBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    const QColor base = palette.color(QPalette::Window);
    const QColor tint =
        isDarkPalette(palette) ? QColor(0x1d, 0x3b, 0x5e) : QColor(0xdc, 0xeb, 0xfb);
    palette.setColor(QPalette::Window, tint);
    palette.setColor(QPalette::WindowText, isDarkPalette(palette) || base.lightnessF() < 0.5
                                               ? QColor(Qt::white)
                                               : QColor(0x10, 0x20, 0x30));
    m_banner->setPalette(palette);
    auto* layout = new QHBoxLayout(m_banner);
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    icon->setAccessibleName(tr("Information"));
    layout->addWidget(icon);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    layout->addWidget(m_bannerText, 1);
    m_bannerScan = new QPushButton(tr("Scan &this machine"));
    m_bannerScan->setObjectName(QStringLiteral("bannerScanButton"));
    connect(m_bannerScan, &QPushButton::clicked, this, &MainWindow::scanLive);
    layout->addWidget(m_bannerScan);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Snapshot…"), this, &MainWindow::chooseSnapshot);
    open->setShortcut(QKeySequence::Open);
    QAction* capture = file->addAction(tr("&Capture Snapshot…"), this, &MainWindow::chooseCapture);
    capture->setObjectName(QStringLiteral("captureSnapshotAction"));
    capture->setStatusTip(
        tr("Save what ZFS Doctor read, to show it elsewhere or attach it to a "
           "bug report"));
    QAction* demo = file->addAction(tr("Open &Demo System…"), this, &MainWindow::chooseDemo);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* remote =
        file->addAction(tr("&Connect to Remote Machine…"), this, &MainWindow::connectToRemote);
    remote->setObjectName(QStringLiteral("connectRemoteAction"));
    remote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    remote->setStatusTip(tr("Scan a TrueNAS box or a headless server over SSH"));
    file->addSeparator();
    m_exportAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString pageNames[] = {tr("&Overview"), tr("&Findings"), tr("&History")};
    for (int i = 0; i < 3; ++i) {
        QAction* action =
            view->addAction(pageNames[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    m_refreshAction = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                      tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read again what is shown (F5)"));
    m_rescanAction = view->addAction(style()->standardIcon(QStyle::SP_ComputerIcon),
                                     tr("&Scan This Machine"), this, &MainWindow::scanLive);
    m_rescanAction->setObjectName(QStringLiteral("scanThisMachineAction"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* wizard =
        tools->addAction(tr("&Troubleshoot a Problem…"), this, &MainWindow::startWizard);
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* documentation = help->addAction(tr("&Documentation"), this, [this] {
        auto* viewer = new DocumentationViewer(QStringLiteral("gui.md"), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });
    documentation->setObjectName(QStringLiteral("documentationAction"));
    documentation->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ZFS Doctor"), this, [this] {
        QMessageBox::about(this, tr("About ZFS Doctor"),
                           tr("<h3>ZFS Doctor %1</h3><p>Finds and fixes known compatibility "
                              "problems between OpenZFS, the Linux kernel, loop devices and "
                              "systemd.</p>")
                               .arg(QStringLiteral(ZD_VERSION)));
    });
}

void MainWindow::scanLive() {
    m_request.reset();
    m_scanner->scanLive();
}

void MainWindow::refresh() {
    if (m_request) {
        m_scanner->load(*m_request);
    } else {
        m_scanner->scanLive();
    }
}

void MainWindow::openSnapshot(const QString& path) {
    m_request = TargetRequest::snapshotFile(path);
    m_scanner->load(*m_request);
}

void MainWindow::openDemo(const QString& path) {
    m_request = TargetRequest{SystemOrigin::Demo, path, {}};
    m_scanner->load(*m_request);
}

bool MainWindow::isBusy() const {
    return m_scanner->isBusy();
}

void MainWindow::chooseDemo() {
    DemoChooserDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedPath().isEmpty()) {
        openDemo(dialog.selectedPath());
    }
}

void MainWindow::connectToRemote() {
    RemoteConnectDialog dialog(RecentHosts::load(), this);
    if (dialog.exec() == QDialog::Accepted) {
        scanRemote(dialog.hostSpec());
    }
}

void MainWindow::scanRemote(const QString& hostSpec, const SshOptions& options) {
    m_request = TargetRequest::remote(hostSpec.trimmed(), options);
    m_scanner->load(*m_request);
}

void MainWindow::chooseSnapshot() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Snapshot"), QString(), tr("ZFS Doctor snapshots (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openSnapshot(path);
    }
}

void MainWindow::setScanning(bool scanning) {
    m_rescanAction->setEnabled(!scanning);
    m_refreshAction->setEnabled(!scanning);
}

void MainWindow::buildToolBar() {
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_rescanAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);
}

void MainWindow::chooseCapture() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Capture Snapshot"));
    auto* layout = new QVBoxLayout(&dialog);
    const QString subject = m_request && m_request->origin != SystemOrigin::Live
                                ? m_state ? m_state->sourceLabel : m_request->location
                                : tr("this machine");
    auto* intro = new QLabel(tr("A snapshot records what ZFS Doctor reads on %1, so that it can "
                                "be shown on another machine or attached to a bug report. "
                                "Nothing is changed.")
                                 .arg(subject));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* redact = new QCheckBox(tr("&Redact host, pool, dataset and user names"));
    redact->setObjectName(QStringLiteral("redactCheck"));
    redact->setChecked(true);
    layout->addWidget(redact);
    auto* note =
        new QLabel(tr("Redacted names are replaced by placeholders; versions, settings "
                      "and the verdicts stay the same."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save As…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Capture Snapshot"),
                                                      QStringLiteral("zfs-doctor-snapshot.json"),
                                                      tr("ZFS Doctor snapshots (*.json)"));
    if (!path.isEmpty()) {
        captureTo(path, redact->isChecked());
    }
}

void MainWindow::captureTo(const QString& path, bool redact) {
    const TargetRequest request = m_request.value_or(TargetRequest::thisMachine());
    m_statusText->setText(tr("Capturing a snapshot to %1…").arg(path));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_statusText->setText(error.isEmpty() ? tr("Snapshot written to %1.").arg(path)
                                              : tr("No snapshot written: %1").arg(error));
        Q_EMIT captureFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([request, path, redact] {
        QString error;
        return captureSnapshot(request, path, redact, &error) ? QString() : error;
    }));
}

void MainWindow::onScanStarted(const QString& description) {
    m_progress->show();
    m_statusText->setText(description);
    setScanning(true);
}

void MainWindow::onScanFinished(const SystemState& state) {
    // Remembered only once a scan worked: a typo should not come back as a suggestion.
    if (state.origin == SystemState::Origin::Remote) {
        RecentHosts::remember(state.sourceLabel);
    }
    m_progress->hide();
    setScanning(false);
    setState(state);
    m_statusText->setText(state.attentionCount() == 0 ? tr("No problem needs attention.")
                                                      : tr("%n problem(s) need attention.", nullptr,
                                                           state.attentionCount()));
}

void MainWindow::onScanFailed(const QString& message) {
    m_progress->hide();
    setScanning(false);
    m_statusText->setText(tr("Could not load: %1").arg(message));
    Q_EMIT scanFailed(message);
    if (isVisible()) {
        QMessageBox::warning(this, tr("ZFS Doctor"), message);
    }
}

QString MainWindow::remediesDisabledReason() const {
    if (!m_state) {
        return tr("Nothing has been scanned yet.");
    }
    if (m_state->origin == SystemState::Origin::Remote) {
        return tr("Fixes from this window change only this machine, and this is %1 over SSH. "
                  "To change a dataset's direct property there, run in a terminal: "
                  "zfs-doctor --host %1 fix REMEDY --target POOL/DATASET")
            .arg(m_state->sourceLabel);
    }
    if (!m_state->isLive()) {
        return tr("Fixes are disabled: this is a snapshot of another system, not this machine.");
    }
    return QString();
}

void MainWindow::setTextLocale(const QString& locale) {
    m_findings->explanation()->setTextLocale(locale);
}

void MainWindow::setState(const SystemState& state) {
    m_state = state;
    m_overview->setState(state);
    m_findings->setState(state, remediesDisabledReason());
    m_history->setLive(state.isLive());
    m_exportAction->setEnabled(true);
    QString subject = tr("snapshot %1").arg(state.sourceLabel);
    if (state.isLive()) {
        subject = state.facts.hostname.isEmpty() ? tr("this machine") : state.facts.hostname;
    } else if (state.origin == SystemState::Origin::Remote) {
        subject = tr("%1 over SSH").arg(state.sourceLabel);
    }
    // Qt appends the application's display name ("— ZFS Doctor") itself.
    setWindowTitle(subject);
    const int attention = state.attentionCount();
    QListWidgetItem* findings = m_sidebar->item(int(Page::Findings));
    findings->setText(attention > 0 ? tr("Findings (%1)").arg(attention) : tr("Findings"));
    // The icon tells the verdict of the whole machine, as the overview's headline.
    const VerdictHeadline headline = VerdictHeadline::of(state);
    findings->setIcon(statusIcon(headline.status));
    findings->setData(Qt::UserRole, int(headline.status));
    findings->setData(Qt::AccessibleDescriptionRole, headline.sentence);
    updateBanner();
    Q_EMIT stateChanged();
}

void MainWindow::updateBanner() {
    if (!m_state || m_state->isLive()) {
        m_banner->hide();
        return;
    }
    const SystemState& state = *m_state;
    const QString label = state.sourceLabel.toHtmlEscaped();
    QString text;
    if (state.origin == SystemState::Origin::Remote) {
        text = tr("<b>Not this machine:</b> %1 (host name %2), scanned over SSH just now; nothing "
                  "was changed there. Fixes in this window are disabled: they would change this "
                  "machine.")
                   .arg(label, state.facts.hostname.toHtmlEscaped());
    } else {
        text = state.origin == SystemState::Origin::Demo
                   ? tr("<b>Not this machine:</b> demo snapshot “%1”.").arg(label)
                   : tr("<b>Not this machine:</b> snapshot “%1”.").arg(label);
        if (!state.facts.hostname.isEmpty()) {
            text +=
                QLatin1Char(' ') + tr("Captured on %1.").arg(state.facts.hostname.toHtmlEscaped());
        }
        text += QLatin1Char(' ') + tr("Fixes are disabled.");
    }
    m_bannerText->setText(text);
    m_banner->show();
}

void MainWindow::showPage(Page page) {
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showFinding(const QString& findingId) {
    // Selected first: showing the page then builds this explanation only,
    // not the one that was waiting to be built.
    m_findings->showFinding(findingId);
    showPage(Page::Findings);
}

void MainWindow::requestRemedy(const QString& findingId, const RemedyOption& remedy) {
    Q_UNUSED(findingId);
    if (!remediesDisabledReason().isEmpty()) {
        QMessageBox::information(this, tr("ZFS Doctor"), remediesDisabledReason());
        return;
    }
    auto* dialog = new RemedyReviewDialog(m_helper, remedy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Verify: a change is only trusted once a new scan shows it.
    connect(dialog, &RemedyReviewDialog::applied, this, &MainWindow::scanLive);
    dialog->open();
}

}  // namespace zd::gui
