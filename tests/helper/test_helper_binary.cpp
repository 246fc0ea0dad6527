// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The REAL zfs-doctor-helper binary on a private bus (DBUS_SYSTEM_BUS_ADDRESS),
// with --root and --state-dir so it never touches this machine's /etc, a fake
// polkit Authority and a fake systemd Manager on that bus:
//  - a fix, its history and its undo, end to end through the production code;
//  - polkit refusal; lifetime (exits when its caller leaves, and when idle);
//  - crash safety: the helper SIGKILLs itself after every journal write of a
//    fix in turn (ZFS_DOCTOR_HELPER_KILL_AFTER_STEP); the journal stays
//    parseable and a new helper's undo restores the original state;
//  - issue 12 end to end: a forged journal record does not steer undo, a
//    flood of calls asks polkit a bounded number of times, a caller that
//    leaves during authorization gets nothing done.
// ZD_HELPER_UNDER_TEST (support/real_helper.h) runs them against another build.
#include <QtTest>

#include <QDBusPendingCall>

#include <QDBusConnectionInterface>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include "contract.h"
#include "fake_services.h"
#include "private_bus.h"
#include "real_helper.h"
#include "remedy/change_journal.h"

using namespace zd;
using namespace zd::helper;
using namespace zd::helper::test;

namespace {

const QString kDropin = QStringLiteral(
    "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf");

QJsonObject jsonOf(const QDBusMessage& reply) {
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

QString describe(const QDBusMessage& reply) {
    return reply.type() == QDBusMessage::ErrorMessage
               ? reply.errorName() + QStringLiteral(": ") + reply.errorMessage()
               : reply.arguments().value(0).toString();
}

}  // namespace

class HelperBinaryTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void init() {
        m_bus = std::make_unique<PrivateBus>();
        QString error;
        QVERIFY2(m_bus->start(&error), qPrintable(error));
        m_fakes = std::make_unique<FakeServices>(m_bus->address(), true, true);
        QVERIFY(m_fakes->ok());
        m_temporary = std::make_unique<QTemporaryDir>();
        m_root = m_temporary->path() + QStringLiteral("/root");
        m_state = m_temporary->path() + QStringLiteral("/state");
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/etc")));
    }
    void cleanup() {
        m_fakes.reset();
        m_bus.reset();
        m_temporary.reset();
    }

    void fixHistoryUndoEndToEnd() {
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        QDBusMessage reply = helper.call(QStringLiteral("Version"), {});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value("verbs").toArray().size(), fixVerbs().size());

        reply = helper.call(QStringLiteral("PreviewFix"),
                            {QStringLiteral("sysext-dropin"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QVERIFY(jsonOf(reply)
                    .value("commands")
                    .toArray()
                    .contains(QStringLiteral("systemctl daemon-reload")));
        QVERIFY(!QFileInfo::exists(m_root + kDropin));  // a preview changes nothing

        reply = helper.call(QStringLiteral("ApplyFix"),
                            {QStringLiteral("sysext-dropin"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QVERIFY(QFileInfo::exists(m_root + kDropin));
        QVERIFY(m_fakes->systemd()->calls().contains(QStringLiteral("Reload")));
        QVERIFY(m_fakes->systemd()->calls().contains(
            QStringLiteral("RestartUnit systemd-sysext.service replace")));

        reply = helper.call(QStringLiteral("ApplyFix"), {QStringLiteral("dataset-direct-standard"),
                                                         QStringLiteral("tank;reboot"), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorInvalidArgument));

        reply = helper.call(QStringLiteral("History"), {});
        QCOMPARE(jsonOf(reply).value("changes").toArray().size(), 1);
        reply = helper.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("undone"));
        QVERIFY(!QFileInfo::exists(m_root + kDropin));
        // The journal lives under --state-dir, one private file per change.
        const QFileInfo journalFile(m_state + QStringLiteral("/journal/") +
                                    record.value("id").toString() + QStringLiteral(".json"));
        QVERIFY(journalFile.exists());
        QCOMPARE(journalFile.permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void refusedByPolkit() {
        m_fakes->polkit()->setAnswer(PolkitAnswer::Deny);
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        const QDBusMessage reply = helper.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("sysext-dropin"), QString(), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorNotAuthorized));
        QVERIFY(!QFileInfo::exists(m_root + kDropin));
        QVERIFY(!QFileInfo::exists(m_state + QStringLiteral("/journal")));
        QCOMPARE(m_fakes->polkit()->calls().last().subjectName, helper.client().baseService());
    }

    void exitsWhenItsCallerLeaves() {
        auto helper = std::make_unique<RealHelper>(*m_bus, m_root, m_state);
        QVERIFY(helper->waitUntilOnBus());
        QCOMPARE(helper->call(QStringLiteral("Version"), {}).type(), QDBusMessage::ReplyMessage);
        QCOMPARE(helper->process().state(), QProcess::Running);
        helper->dropClient();
        QTRY_COMPARE_WITH_TIMEOUT(helper->process().state(), QProcess::NotRunning, 5000);
        QCOMPARE(helper->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper->process().exitCode(), 0);
    }

    void exitsWhenIdle() {
        RealHelper helper(*m_bus, m_root, m_state, 0, 800);
        QVERIFY(helper.waitUntilOnBus());
        QTRY_COMPARE_WITH_TIMEOUT(helper.process().state(), QProcess::NotRunning, 5000);
        QCOMPARE(helper.process().exitCode(), 0);
    }

    // (f) Journal writes of sysext-dropin on an active unit: 1 planned,
    // 2/3 drop-in, 4/5 reload, 6/7 restart, 8 verified. Kill after each.
    void crashSafety_data() {
        QTest::addColumn<int>("killAfter");
        for (int n = 1; n <= 9; ++n) {
            QTest::addRow("after write %d", n) << n;
        }
    }
    void crashSafety() {
        QFETCH(int, killAfter);
        QString changeId;
        {
            RealHelper helper(*m_bus, m_root, m_state, killAfter);
            QVERIFY(helper.waitUntilOnBus());
            const QDBusMessage reply =
                helper.call(QStringLiteral("ApplyFix"),
                            {QStringLiteral("sysext-dropin"), QString(), QString()});
            if (killAfter <= 8) {
                QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
                QTRY_COMPARE_WITH_TIMEOUT(helper.process().state(), QProcess::NotRunning, 5000);
                QCOMPARE(helper.process().exitStatus(), QProcess::CrashExit);
            } else {
                QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("verified"));
            }
        }
        // Whatever instant it died at, the journal is whole and parseable.
        ChangeJournal journal(m_state + QStringLiteral("/journal"),
                              ChangeRecord::Origin::ThisMachine);
        QStringList problems;
        const QList<ChangeRecord> records = journal.all(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(records.size(), 1);
        changeId = records.first().id;
        QVERIFY(QDir(m_state + QStringLiteral("/journal"))
                    .entryList(QDir::Hidden | QDir::Files)
                    .size() == 1);
        const QString statusAtCrash = records.first().status;
        if (killAfter == 1) {
            QCOMPARE(statusAtCrash, QStringLiteral("planned"));
        } else if (killAfter < 8) {
            QCOMPARE(statusAtCrash, QStringLiteral("applying"));
        } else {
            QCOMPARE(statusAtCrash, QStringLiteral("verified"));
        }

        // A new helper undoes it from the journal alone.
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        const QDBusMessage reply = helper.call(QStringLiteral("Undo"), {changeId});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("undone"));
        QVERIFY(!QFileInfo::exists(m_root + kDropin));
        QVERIFY(QDir(QFileInfo(m_root + kDropin).absolutePath())
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
        const auto after = journal.load(changeId, nullptr);
        QVERIFY(after && after->isUndone());
    }

    // A record in the old format, naming a lock file by path: undo must not
    // write where the journal says (on main it wrote outside --root).
    void forgedRecordDoesNotSteerUndo() {
        const QString escape = QDir::cleanPath(m_root + QStringLiteral("/../../x/PWNED"));
        QFile::remove(escape);
        const QString id = QStringLiteral("20261121T204500Z-1a2b3c4d");
        const QJsonObject record{{"id", id},
                                 {"time", "2026-11-21T20:45:00.123Z"},
                                 {"callerUid", 0},
                                 {"verb", "kernel-pin"},
                                 {"target", "6.12.24-200.fc41.x86_64"},
                                 {"option", ""},
                                 {"status", "verified"},
                                 {"message", ""},
                                 {"warnings", QJsonArray()},
                                 {"before", QJsonObject{{"family", "fedora"},
                                                        {"release", "6.12.24-200.fc41.x86_64"},
                                                        {"defaultKernel", ""},
                                                        {"lockFile", "/../../x/PWNED"},
                                                        {"lockExisted", true},
                                                        {"lockContent", "pwned\n"},
                                                        {"sysconfigExisted", false},
                                                        {"sysconfigContent", ""}}},
                                 {"after", QJsonObject()},
                                 {"steps", QJsonArray{QJsonObject{{"name", "versionlock"},
                                                                  {"command", "dnf"},
                                                                  {"status", "done"},
                                                                  {"detail", ""},
                                                                  {"time", ""}}}},
                                 {"undoSteps", QJsonArray()}};
        QVERIFY(QDir().mkpath(m_state + QStringLiteral("/journal")));
        QFile file(m_state + QStringLiteral("/journal/") + id + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(record).toJson());
        file.close();
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        const QDBusMessage reply = helper.call(QStringLiteral("Undo"), {id});
        const bool escaped = QFileInfo::exists(escape);
        QFile::remove(escape);
        QDir().rmdir(QFileInfo(escape).absolutePath());
        QVERIFY2(!escaped, "undo wrote outside --root where the journal said");
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorUnknownChange));
        QVERIFY(m_fakes->polkit()->calls().isEmpty());
    }

    void floodOfCallsAsksPolkitBoundedly() {
        m_fakes->polkit()->setHeld(true);
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        QList<QDBusPendingCall> pending;
        for (int i = 0; i < 40; ++i) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                QLatin1String(kServiceName), QLatin1String(kObjectPath),
                QLatin1String(kInterfaceName), QStringLiteral("ApplyFix"));
            call << QStringLiteral("sysext-dropin") << QString() << QString();
            pending.append(helper.client().asyncCall(call, 60000));
        }
        QTest::qWait(1500);
        const int asked = m_fakes->polkit()->calls().size();
        m_fakes->polkit()->setAnswer(PolkitAnswer::Deny);
        m_fakes->polkit()->release();
        QVERIFY2(asked <= 4, qPrintable(QStringLiteral("polkit was asked %1 times").arg(asked)));
    }

    void callerLeavingDuringAuthorizationGetsNothingDone() {
        m_fakes->polkit()->setHeld(true);
        RealHelper helper(*m_bus, m_root, m_state);
        QVERIFY(helper.waitUntilOnBus());
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1String(kServiceName), QLatin1String(kObjectPath), QLatin1String(kInterfaceName),
            QStringLiteral("ApplyFix"));
        call << QStringLiteral("sysext-dropin") << QString() << QString();
        QVERIFY(helper.client().send(call));
        QTRY_COMPARE(m_fakes->polkit()->calls().size(), 1);
        helper.dropClient();
        QTest::qWait(300);
        m_fakes->polkit()->release();
        QTest::qWait(1000);
        QVERIFY2(!QFileInfo::exists(m_root + kDropin),
                 "the change was made for a caller that left");
        QVERIFY(!QFileInfo::exists(m_state + QStringLiteral("/journal")) ||
                QDir(m_state + QStringLiteral("/journal")).isEmpty());
    }

  private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeServices> m_fakes;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_root;
    QString m_state;
};

QTEST_GUILESS_MAIN(HelperBinaryTest)
#include "test_helper_binary.moc"
