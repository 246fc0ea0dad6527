// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernelLog() through a scripted source.

#include <QtTest>

#include "collect/collect.h"
#include "support/parser_fixtures.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {
const QStringList kDmesg{QStringLiteral("dmesg")};
const QStringList kJournal{QStringLiteral("journalctl"), QStringLiteral("-k"),
                           QStringLiteral("-b"),         QStringLiteral("--no-pager"),
                           QStringLiteral("-o"),         QStringLiteral("short-monotonic")};
// util-linux dmesg's message when kernel.dmesg_restrict=1 and the caller is not root.
const QString kDmesgRestricted =
    QStringLiteral("dmesg: read kernel buffer failed: Operation not permitted\n");
}  // namespace

class KernelLogCollectorTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void dmesgReadable() {
        ScriptedSource source;
        source.addCommand(
            kDmesg, test::fixtureText(QStringLiteral("kernel-log/dmesg-squashfs-einval.log")));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(facts.kernelLog.readable);
        QCOMPARE(facts.kernelLog.hits.size(), 1);
        QCOMPARE(source.processCount(), 1);  // no journalctl when dmesg worked
        QVERIFY(facts.notes.isEmpty());
    }
    void restrictedDmesgFallsBackToJournal() {
        ScriptedSource source;
        source.addCommand(kDmesg, QString(), 1, kDmesgRestricted);
        source.addCommand(kJournal,
                          test::fixtureText(QStringLiteral("kernel-log/dmesg-txg-sync-hung.log")));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(facts.kernelLog.readable);
        QCOMPARE(facts.kernelLog.hits.size(), 1);
        QCOMPARE(facts.kernelLog.hits.at(0).kind, KernelLogHit::Kind::TxgSyncHung);
        QCOMPARE(source.processCount(), 2);
    }
    void neitherReadable() {
        ScriptedSource source;
        source.addCommand(kDmesg, QString(), 1, kDmesgRestricted);
        source.addCommand(
            kJournal, QStringLiteral("-- No entries --\n"), 0,
            QStringLiteral(
                "Hint: You are currently not seeing messages from other users and the system.\n"));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(!facts.kernelLog.readable);
        QVERIFY(facts.kernelLog.hits.isEmpty());
        QCOMPARE(facts.notes.size(), 1);
        QCOMPARE(facts.notes.at(0).code, QStringLiteral("kernel-log-unreadable"));
        QVERIFY(facts.notes.at(0).message.contains(QStringLiteral("Operation not permitted")));
        QCOMPARE(source.processCount(), 2);
    }
    void noToolsAtAll() {
        ScriptedSource source;
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(!facts.kernelLog.readable);
        QCOMPARE(facts.notes.size(), 1);
        QCOMPARE(source.processCount(), 2);
    }
};

QTEST_GUILESS_MAIN(KernelLogCollectorTest)
#include "test_kernel_log_collector.moc"
