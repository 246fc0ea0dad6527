// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 2 detector: loop devices on ZFS hang on kernels with the new loop
// I/O path (6.12.25+ on 6.12, 6.15+), ZFS <2.2.8 or >=2.3.0 <2.3.3.

#include <QtTest>

#include "knowledge/detectors/detectors.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
Finding detect(const Facts& facts) {
    return detectors::loopWriteHang(facts, test::shippedProblem(QStringLiteral("loop-write-hang")),
                                    {});
}
FactsBuilder system(const QString& zfs, const QString& kernel, bool loopOnZfs = true) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(kernel)
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank/vm"));
    if (loopOnZfs) {
        builder.loopOnZfs(QStringLiteral("loop1"), QStringLiteral("/tank/vm/xfs.img"),
                          QStringLiteral("tank/vm"), false);
    }
    return builder;
}
}  // namespace

class TestDetectorLoopWriteHang : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void boundaries_data() {
        QTest::addColumn<QString>("zfs");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("status");
        QTest::newRow("2.3.2 on 6.12.25") << "2.3.2-1"
                                          << "6.12.25" << int(FindingStatus::Affected);
        QTest::newRow("2.3.3 on 6.12.25") << "2.3.3-1"
                                          << "6.12.25" << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.0 on 6.12.25") << "2.3.0-1"
                                          << "6.12.25" << int(FindingStatus::Affected);
        QTest::newRow("2.3.1 on 6.12.24") << "2.3.1-1"
                                          << "6.12.24" << int(FindingStatus::AtRisk);
        QTest::newRow("2.3.1 on 6.12.25 fedora")
            << "2.3.1-1"
            << "6.12.25-200.fc41.x86_64" << int(FindingStatus::Affected);
        QTest::newRow("2.2.7 on 6.12.30") << "2.2.7-1"
                                          << "6.12.30" << int(FindingStatus::Affected);
        QTest::newRow("2.2.8 on 6.12.30") << "2.2.8-1"
                                          << "6.12.30" << int(FindingStatus::NotAffected);
        QTest::newRow("2.4.0 on 6.15") << "2.4.0-1"
                                       << "6.15.2" << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.1 on 6.15.0") << "2.3.1-1"
                                         << "6.15.0" << int(FindingStatus::Affected);
        QTest::newRow("2.3.1 on 6.15-rc1") << "2.3.1-1"
                                           << "6.15.0-rc1" << int(FindingStatus::Affected);
        QTest::newRow("2.3.1 on 6.11.4") << "2.3.1-1"
                                         << "6.11.4-301.fc41.x86_64" << int(FindingStatus::AtRisk);
        QTest::newRow("2.3.1 on 6.13.2") << "2.3.1-1"
                                         << "6.13.2" << int(FindingStatus::Unknown);
        QTest::newRow("2.3.1 on 6.14.4") << "2.3.1-1"
                                         << "6.14.4" << int(FindingStatus::Unknown);
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, kernel);
        QFETCH(int, status);
        const Finding finding = detect(system(zfs, kernel).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
        QCOMPARE(finding.remedies.isEmpty(), finding.status == FindingStatus::NotAffected ||
                                                 finding.status == FindingStatus::Unknown);
    }

    void affectedNamesTheLoopDeviceAndOffersRemedies() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25-200.fc41.x86_64"));
        builder
            .installedKernel(QStringLiteral("6.12.24-200.fc41.x86_64"),
                             QStringLiteral("kernel-core-6.12.24-200.fc41.x86_64"))
            .installedKernel(QStringLiteral("6.12.20-200.fc41.x86_64"))
            .installedKernel(QStringLiteral("6.12.25-200.fc41.x86_64"))
            .defaultBoot(QStringLiteral("6.12.25-200.fc41.x86_64"))
            .logHit(KernelLogHit::Kind::TxgSyncHung,
                    QStringLiteral("INFO: task txg_sync:1234 blocked for more than 122 seconds."));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("loop1")));
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY(describe(finding).contains(QLatin1String("txg_sync:1234")));
        // The newest unaffected kernel is pinned, with its package.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.12.24-200.fc41.x86_64"));
        QVERIFY(pin->command.startsWith(
            QLatin1String("dnf versionlock add kernel-core-6.12.24-200.fc41.x86_64 && grubby "
                          "--set-default /boot/vmlinuz-6.12.24-200.fc41.x86_64")));
        QVERIFY(pin->command.contains(QLatin1String("UPDATEDEFAULT=no")));
        QVERIFY(pin->undo.contains(
            QLatin1String("grubby --set-default /boot/vmlinuz-6.12.25-200.fc41.x86_64")));
        QVERIFY(pin->automatic);
        QCOMPARE(finding.remedies.first().id, QStringLiteral("kernel-pin"));
        const RemedyOption* zvol =
            findRemedy(finding, QStringLiteral("use-zvol"), QStringLiteral("loop1"));
        QVERIFY(zvol);
        QVERIFY(!zvol->automatic);
        QVERIFY(zvol->command.contains(QLatin1String("dd if=/tank/vm/xfs.img of=/dev/zvol/tank/")));
        QVERIFY(!findRemedy(finding, QStringLiteral("upgrade-zfs"))->automatic);
    }

    void noKernelPinWithoutAnUnaffectedKernel() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"));
        builder.installedKernel(QStringLiteral("6.12.25"))
            .installedKernel(QStringLiteral("6.14.4"));
        const Finding finding = detect(builder.build());
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));  // 6.14.4 is unconfirmed
    }

    void debianPinsWithAptMark() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.27-amd64"));
        builder.distro(DistroFamily::Debian).installedKernel(QStringLiteral("6.12.22-amd64"));
        const Finding finding = detect(builder.build());  // findRemedy points into it
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY(pin);
        QCOMPARE(pin->command, QStringLiteral("apt-mark hold linux-image-6.12.22-amd64"));
        QCOMPARE(pin->undo, QStringLiteral("apt-mark unhold linux-image-6.12.22-amd64"));
    }

    void trueNasNeverPinsKernels() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25-production+truenas"));
        builder.distro(DistroFamily::TrueNasScale)
            .installedKernel(QStringLiteral("6.12.24-production+truenas"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs"))
                    ->command.startsWith(QLatin1String("Upgrade TrueNAS")));
    }

    void noLoopDeviceOnZfsIsAtRisk() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"), false);
        builder.loopOn(QStringLiteral("loop0"), QStringLiteral("/var/lib/snapd/snaps/core.snap"),
                       QStringLiteral("ext4"), QStringLiteral("/dev/nvme0n1p2"), false);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("use-zvol")));
    }

    void directIoIsNotNeeded() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"), false);
        builder.loopOnZfs(QStringLiteral("loop2"), QStringLiteral("/tank/vm/b.img"),
                          QStringLiteral("tank/vm"), true);
        QCOMPARE(detect(builder.build()).status, FindingStatus::Affected);
    }

    void unconfirmedKernelSaysSo() {
        const Finding finding = detect(
            system(QStringLiteral("2.3.1-1"), QStringLiteral("6.14.4-200.fc41.x86_64")).build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY2(finding.unknownReason.contains(QLatin1String("UNCONFIRMED")),
                 qPrintable(finding.unknownReason));
        QVERIFY(finding.unknownReason.contains(QLatin1String("loop1")));
    }

    void unknownKernelStringIsUnknown() {
        const Finding finding =
            detect(system(QStringLiteral("2.3.2-1"), QStringLiteral("linux-custom")).build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QVERIFY2(finding.unknownReason.contains(QLatin1String("\"linux-custom\"")),
                 qPrintable(finding.unknownReason));
        const Finding empty = detect(system(QStringLiteral("2.3.2-1"), QString()).build());
        QCOMPARE(empty.status, FindingStatus::Unknown);
        QVERIFY(empty.unknownReason.contains(QLatin1String("not known")));
    }

    void noZfsIsNotAffected() {
        const Finding finding = detect(FactsBuilder().kernel(QStringLiteral("6.12.25")).build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QCOMPARE(finding.summary, QStringLiteral("ZFS is not installed."));
    }

    void userlandOnlyIsUsedAndSaysSo() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"));
        builder.zfsUserlandOnly(QStringLiteral("zfs-2.3.2-1"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        QVERIFY(describe(finding).contains(QLatin1String("module is not loaded")));
    }

    void loopDeviceWithUnknownFilesystemIsMentioned() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"), false);
        builder.loopUnlocated(QStringLiteral("loop4"), QStringLiteral("/srv/x.img"), false);
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::AtRisk);
        QVERIFY(describe(finding).contains(QLatin1String("loop4")));
    }
};

QTEST_GUILESS_MAIN(TestDetectorLoopWriteHang)
#include "test_detector_loop_write_hang.moc"
