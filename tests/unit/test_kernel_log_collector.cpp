// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernelLog() through a scripted source.

#include <QtTest>

#include "collect/collect.h"
#include "collect/replay_source.h"
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
    // /dev/kmsg readable (root, or kernel.dmesg_restrict=0): no process at all.
    void kmsgReadableStartsNoProcess() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/dev/kmsg"),
                       QStringLiteral("6,510,254811348,-;loop0: detected capacity change from 0 "
                                      "to 88\n"
                                      "3,511,259833845,-;SQUASHFS error: Failed to read block "
                                      "0x0: -22\n"
                                      " SUBSYSTEM=block\n"));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(facts.kernelLog.readable);
        QCOMPARE(facts.kernelLog.hits.size(), 1);
        QCOMPARE(facts.kernelLog.hits.at(0).line,
                 QStringLiteral("[  259.833845] SQUASHFS error: Failed to read block 0x0: -22"));
        QCOMPARE(source.processCount(), 0);
        QVERIFY(facts.notes.isEmpty());
    }
    // /dev/kmsg refused: dmesg passes the same permission check, so only
    // journalctl is tried.
    void kmsgRefusedSkipsDmesg() {
        ScriptedSource source;
        source.addUnreadableFile(QStringLiteral("/dev/kmsg"));
        source.addCommand(kDmesg, QString(), 1, kDmesgRestricted);
        source.addCommand(kJournal,
                          test::fixtureText(QStringLiteral("kernel-log/dmesg-txg-sync-hung.log")));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(facts.kernelLog.readable);
        QCOMPARE(facts.kernelLog.hits.size(), 1);
        QCOMPARE(source.processCount(QStringLiteral("dmesg")), 0);
        QCOMPARE(source.processCount(), 1);
    }
    void kmsgRefusedAndJournalHidden() {
        ScriptedSource source;
        source.addUnreadableFile(QStringLiteral("/dev/kmsg"));
        source.addCommand(
            kJournal, QStringLiteral("-- No entries --\n"), 0,
            QStringLiteral("No journal files were opened due to insufficient permissions.\n"));
        Facts facts;
        collectKernelLog(source, facts);
        QVERIFY(!facts.kernelLog.readable);
        QCOMPARE(facts.notes.size(), 1);
        QVERIFY(facts.notes.at(0).message.contains(QLatin1String("/dev/kmsg: Permission denied")));
        QCOMPARE(facts.notes.at(0).evidenceKey, QStringLiteral("/dev/kmsg"));
    }
    // Snapshots captured before /dev/kmsg was read have only the dmesg
    // record; they replay to the same facts. New ones replay from /dev/kmsg.
    void replaysBothEvidenceForms() {
        Evidence dmesg;
        dmesg.kind = Evidence::Kind::Command;
        dmesg.key = QStringLiteral("dmesg");
        dmesg.argv = kDmesg;
        dmesg.output = test::fixtureText(QStringLiteral("kernel-log/dmesg-squashfs-einval.log"));
        EvidenceLog old;
        old.add(dmesg);
        ReplaySource oldSource(old);
        Facts oldFacts;
        collectKernelLog(oldSource, oldFacts);
        QVERIFY(oldFacts.kernelLog.readable);
        QCOMPARE(oldFacts.kernelLog.hits.size(), 1);

        Evidence kmsg;
        kmsg.kind = Evidence::Kind::File;
        kmsg.key = QStringLiteral("/dev/kmsg");
        kmsg.output =
            QStringLiteral("3,511,259833845,-;SQUASHFS error: Failed to read block 0x0: -22\n");
        EvidenceLog fresh;
        fresh.add(kmsg);
        ReplaySource freshSource(fresh);
        Facts freshFacts;
        collectKernelLog(freshSource, freshFacts);
        QVERIFY(freshFacts.kernelLog.readable);
        QCOMPARE(freshFacts.kernelLog.hits.size(), 1);
        QCOMPARE(freshFacts.kernelLog.hits.at(0).line, oldFacts.kernelLog.hits.at(0).line);
        for (const Evidence& asked : freshSource.log().items()) {
            QVERIFY2(asked.key != QLatin1String("dmesg"),
                     "dmesg asked although /dev/kmsg was read");
        }
    }
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
