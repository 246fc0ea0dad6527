// The window's "Connect to a remote machine" dialog and the scan job it
// starts, against a real sshd (support/sshd_fixture.h).

#include <QSysInfo>
#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "remote_connect_dialog.h"
#include "support/sshd_fixture.h"

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

  private:
    test::SshdFixture m_sshd;
    std::optional<KnowledgeBase> m_knowledge;
};

void TestConnectDialog::initTestCase() {
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
        loadRemoteSystem(*m_knowledge, m_sshd.hostSpec(), m_sshd.clientOptions());
    QVERIFY2(outcome.state, qPrintable(outcome.error));
    QCOMPARE(outcome.state->facts.hostname, QSysInfo::machineHostName());
    QVERIFY(!outcome.state->isLive());
    QVERIFY(outcome.state->sourceLabel.startsWith(QLatin1String("ssh ")));
    QVERIFY(!outcome.state->findings.isEmpty());
}

void TestConnectDialog::remoteScanJobExplainsFailures() {
    const LoadOutcome outcome =
        loadRemoteSystem(*m_knowledge, m_sshd.hostSpec(), m_sshd.wrongHostKeyOptions());
    QVERIFY(!outcome.state);
    QVERIFY2(outcome.error.contains(QLatin1String("Host key verification failed")),
             qPrintable(outcome.error));
}

QTEST_MAIN(TestConnectDialog)
#include "test_connect_dialog.moc"
