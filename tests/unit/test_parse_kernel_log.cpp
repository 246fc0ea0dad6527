// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Kernel log matching. Fixtures: see tests/fixtures/kernel-log/README.md.

#include <QtTest>

#include "collect/parsers/kernel_log_parser.h"
#include "support/parser_fixtures.h"

using namespace zd;

class ParseKernelLogTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void squashfsEinval() {
        const auto hits = parseKernelLog(
            test::fixtureText(QStringLiteral("kernel-log/dmesg-squashfs-einval.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::SquashfsEinval);
        QCOMPARE(hits.at(0).line,
                 QStringLiteral("[  259.833845] SQUASHFS error: Failed to read block 0x0: -22"));
    }
    void squashfsOtherErrorsAreNotEinval() {
        QVERIFY(parseKernelLog(QStringLiteral("SQUASHFS error: Failed to read block 0x0: -5\n"
                                              "SQUASHFS error: -220 is not einval\n"))
                    .isEmpty());
    }
    void txgSyncHung() {
        const auto hits =
            parseKernelLog(test::fixtureText(QStringLiteral("kernel-log/dmesg-txg-sync-hung.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::TxgSyncHung);
        QVERIFY(hits.at(0).line.contains(
            QStringLiteral("INFO: task txg_sync:1187 blocked for more than 122 seconds.")));
    }
    void otherHungTasksAreNotReported() {
        QVERIFY(
            parseKernelLog(
                QStringLiteral("INFO: task kworker/u8:2:77 blocked for more than 120 seconds.\n"
                               "INFO: task dd:1831 blocked for more than 120 seconds.\n"
                               "INFO: task jbd2/sda1-8:12 blocked for more than 120 seconds.\n"))
                .isEmpty());
    }
    // Real logs of the project's VM (Debian 12, 6.12.95, ZFS 2.3.2).
    void directIoLoopWriteOops() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.12-dio-loop-write-oops.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::LoopWriteOops);
        QVERIFY(hits.at(0).line.contains(QLatin1String("Oops: general protection fault")));
    }
    void directIoLoopWriteHang() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.12-dio-loop-write-hang.log")));
        QVERIFY(!hits.isEmpty());
        for (const KernelLogHit& hit : hits) {
            QCOMPARE(hit.kind, KernelLogHit::Kind::LoopWriteHung);
        }
        QVERIFY(hits.at(0).line.contains(QLatin1String("task txg_quiesce:519 blocked")));
        QVERIFY(hits.at(1).line.contains(QLatin1String("task jbd2/loop0-8:1812 blocked")));
        QVERIFY(hits.last().line.contains(QLatin1String("lo_rw_aio")));
    }
    // Kernel 6.1 prints no "Oops:" prefix; the crash is the same.
    void directIoLoopWriteOopsOnKernel61() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.1-dio-loop-write-oops.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::LoopWriteOops);
        QVERIFY(hits.at(0).line.contains(QLatin1String("general protection fault, maybe for")));
    }
    void directIoLoopWriteHangOnKernel61() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.1-dio-loop-write-hang.log")));
        QVERIFY(!hits.isEmpty());
        for (const KernelLogHit& hit : hits) {
            QCOMPARE(hit.kind, KernelLogHit::Kind::LoopWriteHung);
        }
        QVERIFY(hits.at(0).line.contains(QLatin1String("task jbd2/loop0-8:534 blocked")));
    }
    // The buffered copy overrunning its buffer, caught by hardened usercopy.
    void bufferedPathUsercopyBug() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.12-dio-loop-write-usercopy-bug.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::LoopWriteOops);
        QVERIFY(hits.at(0).line.contains(QLatin1String("kernel BUG at mm/usercopy.c")));
    }
    // Kernel 6.1 reports problem 1's EINVAL as EIO after the loop's I/O error.
    void squashfsEioAfterLoopIoErrorOnKernel61() {
        const auto hits = parseKernelLog(
            test::fixtureText(QStringLiteral("kernel-log/zfs-2.3.2-linux-6.1-squashfs-eio.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::SquashfsEinval);
        QVERIFY(hits.at(0).line.endsWith(QLatin1String("Failed to read block 0x0: -5")));
        // EIO alone (a failing disk under a squashfs on sda) is not problem 1.
        QVERIFY(parseKernelLog(QStringLiteral("I/O error, dev sda, sector 0 op 0x0:(READ)\n"
                                              "SQUASHFS error: Failed to read block 0x0: -5\n"))
                    .isEmpty());
    }
    // A crash elsewhere that mentions lo_rw_aio but not ZFS's write path.
    void otherLoopCrashIsNotProblemTwo() {
        QVERIFY(parseKernelLog(QStringLiteral("general protection fault: 0000 [#1] SMP\n"
                                              " ext4_file_write_iter+0x1/0x2\n"
                                              " lo_rw_aio.isra.0+0x31e/0x360 [loop]\n"
                                              "---[ end trace 0000000000000000 ]---\n"))
                    .isEmpty());
    }
    void bufferedLoopMountHangShowsOnlyInTheBacktrace() {
        const auto hits = parseKernelLog(test::fixtureText(
            QStringLiteral("kernel-log/zfs-2.3.2-linux-6.12-buffered-loop-mount-hang.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::LoopWriteHung);
        QVERIFY(hits.at(0).line.contains(QLatin1String("lo_rw_aio")));
    }
    void loopReadsAreNotAHang() {
        QVERIFY(parseKernelLog(QStringLiteral(" zpl_iter_read+0x1/0x2 [zfs]\n"
                                              " lo_rw_aio.isra.0+0x31e/0x360 [loop]\n"))
                    .isEmpty());
    }
    void setupDirectOops() {
        const auto hits = parseKernelLog(
            test::fixtureText(QStringLiteral("kernel-log/dmesg-zfs-setup-direct-oops.log")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::ZfsSetupDirectOops);
        QVERIFY(hits.at(0).line.contains(
            QStringLiteral("BUG: kernel NULL pointer dereference, address: 00000000000000b0")));
    }
    void otherNullDereferenceIsNotReported() {
        QVERIFY(parseKernelLog(
                    test::fixtureText(QStringLiteral("kernel-log/oops-other-null-deref.log")))
                    .isEmpty());
    }
    // zfs_setup_direct in a later, unrelated report must not be tied to an
    // earlier NULL dereference whose report already ended.
    void setupDirectAfterEndOfTraceIsNotReported() {
        const QString log =
            test::fixtureText(QStringLiteral("kernel-log/oops-other-null-deref.log")) +
            QStringLiteral(
                "---[ end trace 0000000000000000 ]---\n"
                "WARNING: CPU: 1 PID: 5 at something\n"
                " zfs_setup_direct+0x8e/0x1e0 [zfs]\n");
        QVERIFY(parseKernelLog(log).isEmpty());
    }
    void setupDirectWithoutNullDereferenceIsNotReported() {
        QVERIFY(parseKernelLog(QStringLiteral(" zfs_setup_direct+0x8e/0x1e0 [zfs]\n")).isEmpty());
    }
    void allKindsTogetherInOrder() {
        const QString log =
            test::fixtureText(QStringLiteral("kernel-log/dmesg-zfs-setup-direct-oops.log")) +
            test::fixtureText(QStringLiteral("kernel-log/dmesg-squashfs-einval.log")) +
            test::fixtureText(QStringLiteral("kernel-log/dmesg-txg-sync-hung.log"));
        const auto hits = parseKernelLog(log);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::ZfsSetupDirectOops);
        QCOMPARE(hits.at(1).kind, KernelLogHit::Kind::SquashfsEinval);
        QCOMPARE(hits.at(2).kind, KernelLogHit::Kind::TxgSyncHung);
    }
    void journalctlFormat() {
        const auto hits = parseKernelLog(QStringLiteral(
            "[  412.131907] nas kernel: SQUASHFS error: Failed to read block 0x0: -22\r\n"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).line,
                 QStringLiteral(
                     "[  412.131907] nas kernel: SQUASHFS error: Failed to read block 0x0: -22"));
    }
    void capLimitsStoredLines() {
        QString flood;
        for (int i = 0; i < 10000; ++i) {
            flood += QStringLiteral("[ %1.000000] SQUASHFS error: Failed to read block 0x0: -22\n")
                         .arg(i);
        }
        QCOMPARE(parseKernelLog(flood).size(), kDefaultMaxKernelLogHits);
        QCOMPARE(parseKernelLog(flood, 3).size(), 3);
        QCOMPARE(parseKernelLog(flood, 0).size(), 0);
    }
    void emptyTruncatedGarbage() {
        QVERIFY(parseKernelLog(QString()).isEmpty());
        QVERIFY(parseKernelLog(QStringLiteral("SQUASHFS err")).isEmpty());
        QVERIFY(parseKernelLog(QStringLiteral("BUG: kernel NULL pointer dereference")).isEmpty());
        QVERIFY(parseKernelLog(QStringLiteral("\x01\x02\xff\n\n\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ParseKernelLogTest)
#include "test_parse_kernel_log.moc"
