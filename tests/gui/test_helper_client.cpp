// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The core's helper client (app/core/helper_client/), the one seam the CLI
// and the window reach zfs-doctor-helper through: every call ends — at once
// and in words without a system bus, in words when nobody provides the
// helper, at its deadline when the helper never answers — and the window's
// History page shows that sentence instead of waiting forever. The fake
// helper (support/fake_helper.h) runs on a private dbus-daemon.

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include "fake_helper.h"
#include "helper_client/blocking_helper_client.h"
#include "helper_client/helper_client.h"
#include "history_page.h"
#include "private_bus.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;
using namespace std::chrono_literals;

namespace {

// A connection that never reached any bus, as QDBusConnection::systemBus()
// is on a machine without a system bus (containers, a broken
// DBUS_SYSTEM_BUS_ADDRESS).
QDBusConnection noBus() {
    return QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/zfs-doctor-test-bus"), QStringLiteral("zd-no-bus"));
}

HelperClient::Timeouts shortTimeouts() {
    HelperClient::Timeouts timeouts;
    timeouts.authorization = 300ms;
    timeouts.read = 200ms;
    timeouts.probe = 200ms;
    timeouts.preview = 200ms;
    timeouts.change = 200ms;
    return timeouts;
}

// Waits for one answer and says how many came and how long it took.
struct Answer {
    std::optional<HelperReply> reply;
    int count = 0;
    bool arrivedDuringCall = false;
    qint64 elapsedMs = -1;
};

template <typename Start>
Answer answerOf(Start start, int waitMs) {
    Answer answer;
    bool inCall = true;
    QElapsedTimer timer;
    timer.start();
    start([&answer, &inCall, &timer](const HelperReply& reply) {
        answer.reply = reply;
        ++answer.count;
        answer.arrivedDuringCall = inCall;
        answer.elapsedMs = timer.elapsed();
    });
    inCall = false;
    // The caller checks answer.count: a missing answer fails there.
    (void)QTest::qWaitFor([&answer] { return answer.count > 0; }, waitMs);
    QTest::qWait(50);  // a second answer would show here
    return answer;
}

}  // namespace

class TestHelperClient : public QObject {
    Q_OBJECT
  private:
    PrivateBus m_bus;
    QString m_error;

  private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_bus.start(&m_error), qPrintable(m_error)); }

    void withoutABusEveryCallFailsAtOnce() {
        HelperClient client(noBus(), nullptr);
        const Answer answer = answerOf([&](auto done) { client.history(done); }, 2000);
        QCOMPARE(answer.count, 1);
        QVERIFY(!answer.arrivedDuringCall);  // always through the event loop
        QVERIFY2(answer.elapsedMs < 1000, qPrintable(QString::number(answer.elapsedMs)));
        QVERIFY(!answer.reply->ok);
        QCOMPARE(answer.reply->errorName, QLatin1String(kClientErrorNoBus));
        QVERIFY(answer.reply->unreachable());
        QVERIFY2(
            answer.reply->displayMessage().contains(QStringLiteral("system bus cannot be reached")),
            qPrintable(answer.reply->displayMessage()));
        QVERIFY(answer.reply->displayMessage().contains(QStringLiteral("Nothing was changed")));
    }

    void blockingClientReturnsWithoutABus() {
        BlockingHelperClient client(noBus());
        QElapsedTimer timer;
        timer.start();
        const HelperReply reply = client.applyRemedy({QStringLiteral("sysext-dropin"), {}, {}});
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.errorName, QLatin1String(kClientErrorNoBus));
    }

    void nobodyProvidingTheHelperIsExplained() {
        // The private bus runs, but nothing owns org.zfsdoctor.Helper and
        // nothing can be activated.
        HelperClient client(QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("zd-a")),
                            nullptr);
        const Answer answer = answerOf([&](auto done) { client.history(done); }, 5000);
        QCOMPARE(answer.count, 1);
        QVERIFY(!answer.reply->ok);
        QVERIFY(answer.reply->unreachable());
        QVERIFY2(answer.reply->displayMessage().contains(QStringLiteral("helper is not installed")),
                 qPrintable(answer.reply->displayMessage()));
    }

    void aHelperThatNeverAnswersTimesOut() {
        FakeHelper helper;
        helper.unanswered = {QStringLiteral("History")};
        QVERIFY2(helper.registerOn(m_bus.address(), &m_error), qPrintable(m_error));
        HelperClient client(QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("zd-b")),
                            nullptr);
        client.setTimeouts(shortTimeouts());
        const Answer answer = answerOf([&](auto done) { client.history(done); }, 5000);
        QCOMPARE(helper.calls, QStringList{QStringLiteral("History()")});
        QCOMPARE(answer.count, 1);
        // The deadline is authorization + read = 500 ms; D-Bus's own timeout
        // is only a later backstop.
        QVERIFY2(answer.elapsedMs >= 450 && answer.elapsedMs < 2000,
                 qPrintable(QString::number(answer.elapsedMs)));
        QCOMPARE(answer.reply->errorName, QLatin1String(kClientErrorTimeout));
        QVERIFY(answer.reply->timedOut());
        QVERIFY2(answer.reply->displayMessage().contains(QStringLiteral("did not answer in time")),
                 qPrintable(answer.reply->displayMessage()));
    }

    void answersArriveOnceAndTyped() {
        FakeHelper helper;
        QVERIFY2(helper.registerOn(m_bus.address(), &m_error), qPrintable(m_error));
        helper.preview = [](const QString&, const QString& target) {
            return QJsonObject{
                {QStringLiteral("current"),
                 QJsonObject{{QStringLiteral("direct"), QStringLiteral("standard")}}},
                {QStringLiteral("new"),
                 QJsonObject{{QStringLiteral("direct"), QStringLiteral("disabled")}}},
                {QStringLiteral("commands"),
                 QJsonArray{QStringLiteral("zfs set direct=disabled %1").arg(target)}}};
        };
        BlockingHelperClient client(
            QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("zd-c")));
        const RemedyRequest request{
            QStringLiteral("dataset-direct-disabled"), QStringLiteral("tank/images"), {}};
        const HelperReply previewed = client.previewRemedy(request);
        QVERIFY(previewed.ok);
        const RemedyPreview preview = RemedyPreview::fromJson(previewed.result);
        QCOMPARE(preview.remedy, request.remedy);
        QCOMPARE(preview.commands,
                 QStringList{QStringLiteral("zfs set direct=disabled tank/images")});
        const HelperReply applied = client.applyRemedy(request);
        QVERIFY(applied.ok);
        const ChangeRecord change = ChangeRecord::fromHelperAnswer(applied.result);
        QVERIFY(change.succeeded());
        QVERIFY(change.canUndo());
        QCOMPARE(change.commands(), preview.commands);
        const ChangeHistory history = ChangeHistory::fromJson(client.history().result);
        QCOMPARE(history.changes.size(), 1);
        QCOMPARE(history.changes.first().id, change.id);
        QCOMPARE(helper.calls,
                 (QStringList{QStringLiteral("PreviewFix(dataset-direct-disabled,tank/images,)"),
                              QStringLiteral("ApplyFix(dataset-direct-disabled,tank/images,)"),
                              QStringLiteral("History()")}));
    }

    void historyPageSaysWhyWithoutABus() {
        HelperClient client(noBus(), nullptr);
        HistoryPage page(&client);
        page.refresh();
        auto* status = page.findChild<QLabel*>(QStringLiteral("historyStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QStringLiteral("system bus cannot be reached")), 2000);
        QVERIFY(page.changes().isEmpty());
    }

    // Issue 14: History said "Reading the change history…" for minutes.
    // Now the page ends with a sentence at the client's deadline, offers
    // Retry, and Retry reads again once the helper answers.
    void historyPageTimesOutWithRetry() {
        FakeHelper helper;
        helper.unanswered = {QStringLiteral("History")};
        QVERIFY2(helper.registerOn(m_bus.address(), &m_error), qPrintable(m_error));
        HelperClient client(QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("zd-h")),
                            nullptr);
        client.setTimeouts(shortTimeouts());
        HistoryPage page(&client);
        page.show();
        auto* status = page.findChild<QLabel*>(QStringLiteral("historyStatus"));
        auto* retry = page.findChild<QPushButton*>(QStringLiteral("retryHistoryButton"));
        auto* refresh = page.findChild<QPushButton*>(QStringLiteral("refreshHistoryButton"));
        QVERIFY(!retry->isVisible());
        page.refresh();
        QCOMPARE(status->text(), QStringLiteral("Reading the change history…"));
        // No second request piles up while one is out.
        QVERIFY(!refresh->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 3000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Could not read the change history:")) &&
                     status->text().contains(QStringLiteral("did not answer in time")),
                 qPrintable(status->text()));
        QVERIFY(refresh->isEnabled());

        helper.unanswered.clear();
        helper.journal.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                          {QStringLiteral("verb"), QStringLiteral("sysext-dropin")},
                                          {QStringLiteral("status"), QStringLiteral("verified")}});
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page.changes().size(), 1, 3000);
        QVERIFY(!retry->isVisible());
        QCOMPARE(helper.calls,
                 (QStringList{QStringLiteral("History()"), QStringLiteral("History()")}));
    }
};

QTEST_MAIN(TestHelperClient)
#include "test_helper_client.moc"
