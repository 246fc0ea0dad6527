// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Every way an SSH connection can fail gives one clear sentence, within a
// bounded time, and never a hang. A real sshd (support/sshd_fixture.h) plays
// the remote; the client goes through OpenSSH's real checks.
//
// Time bounds: the fixture uses ConnectTimeout=3 and ServerAliveInterval=1 x 2,
// so every failure below is detected in a few seconds; the assertions allow
// 20 s so a loaded machine does not make them flaky, while a hang (no bound
// at all) still fails them.

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include "remote/remote_target.h"
#include "support/sshd_fixture.h"

using namespace zd;

namespace {
constexpr qint64 kBoundMs = 20000;
}

class TestRemoteFailures : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingListening();
    void wrongHostKey();
    void unknownHostKey();
    void keyNotAuthorized();
    void peerNeverSpeaks();
    void serverFreezesMidScan();
    void badHostSpecNeverRunsSsh();
    void sshClientMissing();

  private:
    test::SshdFixture m_sshd;
};

void TestRemoteFailures::initTestCase() {
    QString error;
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
}

void TestRemoteFailures::cleanupTestCase() {
    m_sshd.stop();
}

void TestRemoteFailures::nothingListening() {
    const int port = test::freeLocalPort();
    QVERIFY(port > 0);
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto source = connectRemote(QStringLiteral("root@127.0.0.1:%1").arg(port),
                                m_sshd.clientOptions(), &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    QVERIFY(timer.elapsed() < kBoundMs);
}

void TestRemoteFailures::wrongHostKey() {
    QString error;
    auto source = connectRemote(m_sshd.hostSpec(), m_sshd.wrongHostKeyOptions(), &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("Host key verification failed")), qPrintable(error));
}

void TestRemoteFailures::unknownHostKey() {
    // BatchMode never asks "are you sure?": an unknown host is refused too.
    SshOptions options = m_sshd.clientOptions();
    QString error;
    auto source = connectRemote(QStringLiteral("%1@localhost:%2")
                                    .arg(m_sshd.hostSpec().section(QLatin1Char('@'), 0, 0))
                                    .arg(m_sshd.port()),
                                options, &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("Host key verification failed")), qPrintable(error));
}

void TestRemoteFailures::keyNotAuthorized() {
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto source = connectRemote(m_sshd.hostSpec(), m_sshd.unauthorizedKeyOptions(), &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("Permission denied")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("never asks for a password")), qPrintable(error));
    QVERIFY(timer.elapsed() < kBoundMs);
}

void TestRemoteFailures::peerNeverSpeaks() {
    test::SilentListener listener;
    QVERIFY(listener.isValid());
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto source = connectRemote(QStringLiteral("root@127.0.0.1:%1").arg(listener.port()),
                                m_sshd.clientOptions(), &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("handshake")), qPrintable(error));
    QVERIFY2(timer.elapsed() < kBoundMs, qPrintable(QString::number(timer.elapsed())));
}

void TestRemoteFailures::serverFreezesMidScan() {
    QString error;
    auto source = connectRemote(m_sshd.hostSpec(), m_sshd.clientOptions(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->run({QStringLiteral("true")}).ok());

    m_sshd.freeze(true);
    QElapsedTimer timer;
    timer.start();
    const Evidence stalled = source->run({QStringLiteral("uname"), QStringLiteral("-r")});
    const qint64 stalledMs = timer.elapsed();
    m_sshd.freeze(false);
    QCOMPARE(stalled.failure, Evidence::Failure::Error);
    QVERIFY2(!stalled.message.isEmpty(), "a stalled remote must be explained");
    QVERIFY2(stalledMs < kBoundMs, qPrintable(QString::number(stalledMs)));
    QCOMPARE(source->connectionError(), stalled.message);
    qInfo("stalled remote detected after %lld ms: %s", stalledMs, qPrintable(stalled.message));

    // Later requests fail at once with the same reason, not one timeout each.
    timer.restart();
    const Evidence next = source->readFile(QStringLiteral("/this/was/not/prefetched"));
    QCOMPARE(next.failure, Evidence::Failure::Error);
    QCOMPARE(next.message, stalled.message);
    QVERIFY(timer.elapsed() < 1000);
}

void TestRemoteFailures::badHostSpecNeverRunsSsh() {
    for (const QString& spec :
         {QStringLiteral("-oProxyCommand=touch${IFS}/tmp/zd-pwned"), QStringLiteral("root@-p1"),
          QStringLiteral("host:0"), QStringLiteral("host:99999"), QStringLiteral("a b"),
          QStringLiteral("root@"), QStringLiteral("host;id"), QString()}) {
        QString error;
        auto source = connectRemote(spec, m_sshd.clientOptions(), &error);
        QVERIFY(!source);
        QVERIFY2(error.startsWith(QLatin1String("--host")), qPrintable(error));
    }
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/zd-pwned")));
}

void TestRemoteFailures::sshClientMissing() {
    SshOptions options = m_sshd.clientOptions();
    options.sshProgram = QStringLiteral("/nonexistent/ssh");
    QString error;
    auto source = connectRemote(m_sshd.hostSpec(), options, &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("not installed")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRemoteFailures)
#include "test_remote_failures.moc"
