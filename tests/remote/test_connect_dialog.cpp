// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window's File ▸ Connect: the dialog, the recent hosts it offers, and
// the remote scan it starts, against a real sshd (support/sshd_fixture.h).
//
// With ZD_SCREENSHOT_DIR set (tools/screenshots.sh, under Xvfb), the dialog
// and the window after the remote scan are saved there as PNGs.

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "main_window.h"
#include "recent_hosts.h"
#include "remote_connect_dialog.h"
#include "support/sshd_fixture.h"
#include "system_loader.h"

using namespace zd;
using namespace zd::gui;

class TestConnectDialog : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectIsOnlyOfferedForAValidHost();
    void remoteScanJobEvaluatesTheRemoteFacts();
    void remoteScanJobExplainsFailures();
    void recentHostsAreRememberedMostRecentFirst();
    void dialogOffersTheRecentHosts();
    void windowConnectsScansAndRemembersTheHost();
    void windowReportsAFailedConnection();

  private:
    static void screenshot(QWidget& widget, const QString& name);

    test::SshdFixture m_sshd;
    std::optional<KnowledgeBase> m_knowledge;
    QTemporaryDir m_config;  // XDG_CONFIG_HOME: the recent hosts go here, not to ~/.config
};

void TestConnectDialog::screenshot(QWidget& widget, const QString& name) {
    const QString directory = qEnvironmentVariable("ZD_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return;
    }
    widget.show();
    QTest::qWait(200);  // layouts settle and paint
    QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestConnectDialog::initTestCase() {
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QString error;
    m_knowledge = KnowledgeBase::loadDefault(&error);
    QVERIFY2(m_knowledge, qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
}

void TestConnectDialog::cleanupTestCase() {
    m_sshd.stop();
}

void TestConnectDialog::connectIsOnlyOfferedForAValidHost() {
    RemoteConnectDialog dialog;
    QVERIFY(!dialog.canConnect());
    QVERIFY(dialog.problem().isEmpty());
    dialog.setHostSpec(QStringLiteral("-oProxyCommand=sh"));
    QVERIFY(!dialog.canConnect());
    QVERIFY(!dialog.problem().isEmpty());
    dialog.setHostSpec(QStringLiteral("admin@nas:2222"));
    QVERIFY(dialog.canConnect());
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.hostSpec(), QStringLiteral("admin@nas:2222"));
    dialog.setHostSpec(QStringLiteral("nas:99999"));
    QVERIFY(!dialog.canConnect());
}

void TestConnectDialog::remoteScanJobEvaluatesTheRemoteFacts() {
    const LoadOutcome outcome =
        loadState(*m_knowledge, TargetRequest::remote(m_sshd.hostSpec(), m_sshd.clientOptions()));
    QVERIFY2(outcome.state, qPrintable(outcome.error));
    QCOMPARE(outcome.state->facts.hostname, QSysInfo::machineHostName());
    QVERIFY(!outcome.state->isLive());
    QCOMPARE(outcome.state->origin, SystemState::Origin::Remote);
    QCOMPARE(outcome.state->sourceLabel, m_sshd.hostSpec());
    QVERIFY(!outcome.state->findings.isEmpty());
}

void TestConnectDialog::remoteScanJobExplainsFailures() {
    const LoadOutcome outcome = loadState(
        *m_knowledge, TargetRequest::remote(m_sshd.hostSpec(), m_sshd.wrongHostKeyOptions()));
    QVERIFY(!outcome.state);
    QVERIFY2(outcome.error.contains(QLatin1String("Host key verification failed")),
             qPrintable(outcome.error));
}

void TestConnectDialog::recentHostsAreRememberedMostRecentFirst() {
    QVERIFY(RecentHosts::load().isEmpty());
    RecentHosts::remember(QStringLiteral("admin@nas"));
    RecentHosts::remember(QStringLiteral(" root@backup:2222 "));
    RecentHosts::remember(QStringLiteral("admin@nas"));
    QCOMPARE(RecentHosts::load(),
             QStringList({QStringLiteral("admin@nas"), QStringLiteral("root@backup:2222")}));
    // What is not a host is never remembered.
    RecentHosts::remember(QStringLiteral("-oProxyCommand=sh"));
    RecentHosts::remember(QString());
    QCOMPARE(RecentHosts::load().size(), 2);
    for (int i = 0; i < RecentHosts::kMaximum + 3; ++i) {
        RecentHosts::remember(QStringLiteral("host%1").arg(i));
    }
    const QStringList hosts = RecentHosts::load();
    QCOMPARE(hosts.size(), RecentHosts::kMaximum);
    QCOMPARE(hosts.first(), QStringLiteral("host%1").arg(RecentHosts::kMaximum + 2));

    // A hand-edited file with junk in it: the junk is not offered.
    QSettings store(QStringLiteral("zfs-doctor"), QStringLiteral("zfs-doctor"));
    store.setValue(QStringLiteral("remote/recentHosts"),
                   QStringList{QStringLiteral("nas"), QStringLiteral("-x"), QStringLiteral("nas"),
                               QStringLiteral("a b")});
    store.sync();
    QCOMPARE(RecentHosts::load(), QStringList{QStringLiteral("nas")});
    store.remove(QStringLiteral("remote/recentHosts"));
    store.sync();
}

void TestConnectDialog::dialogOffersTheRecentHosts() {
    RemoteConnectDialog dialog(
        QStringList{QStringLiteral("admin@truenas.local"), QStringLiteral("root@backup:2222")});
    QCOMPARE(dialog.offeredHosts(), QStringList({QStringLiteral("admin@truenas.local"),
                                                 QStringLiteral("root@backup:2222")}));
    // The most recent one is filled in and can be connected to at once.
    QCOMPARE(dialog.hostSpec(), QStringLiteral("admin@truenas.local"));
    QVERIFY(dialog.canConnect());
    screenshot(dialog, QStringLiteral("connect-dialog"));
    dialog.setHostSpec(QStringLiteral("nas:0"));
    QVERIFY(!dialog.canConnect());
    QVERIFY(!dialog.problem().isEmpty());
}

void TestConnectDialog::windowConnectsScansAndRemembersTheHost() {
    auto knowledge = std::make_shared<const KnowledgeBase>(*m_knowledge);
    MainWindow window(knowledge);
    auto* action = window.findChild<QAction*>(QStringLiteral("connectRemoteAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->shortcut().isEmpty());

    window.scanRemote(m_sshd.hostSpec(), m_sshd.clientOptions());
    QTRY_VERIFY_WITH_TIMEOUT(window.state().has_value(), 60000);
    const SystemState& state = *window.state();
    QCOMPARE(state.origin, SystemState::Origin::Remote);
    QCOMPARE(state.sourceLabel, m_sshd.hostSpec());
    QCOMPARE(state.facts.hostname, QSysInfo::machineHostName());
    QVERIFY(!state.isLive());
    QVERIFY(window.windowTitle().contains(QStringLiteral("over SSH")));
    QVERIFY(
        window.remediesDisabledReason().contains(QStringLiteral("--host ") + m_sshd.hostSpec()));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerText"));
    QVERIFY(banner->text().contains(QStringLiteral("scanned over SSH")));
    QCOMPARE(RecentHosts::load().value(0), m_sshd.hostSpec());
    window.resize(1280, 820);
    screenshot(window, QStringLiteral("remote-overview"));
}

void TestConnectDialog::windowReportsAFailedConnection() {
    auto knowledge = std::make_shared<const KnowledgeBase>(*m_knowledge);
    MainWindow window(knowledge);  // not shown: no message box to dismiss
    QSignalSpy failed(&window, &MainWindow::scanFailed);
    const QStringList before = RecentHosts::load();
    window.scanRemote(QStringLiteral("nobody@127.0.0.1:%1").arg(m_sshd.port()),
                      m_sshd.unauthorizedKeyOptions());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QVERIFY2(!failed.first().first().toString().isEmpty(), "the failure says why");
    QVERIFY(!window.state().has_value());
    QCOMPARE(RecentHosts::load(), before);  // a host that failed is not suggested again
}

QTEST_MAIN(TestConnectDialog)
#include "test_connect_dialog.moc"
