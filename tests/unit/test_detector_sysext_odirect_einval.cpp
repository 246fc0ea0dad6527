// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 1 detector: unaligned O_DIRECT -> EINVAL on direct=standard, ZFS >=2.3.0 <2.4.0.

#include <QtTest>

#include "knowledge/detectors/detectors.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return detectors::sysextOdirectEinval(
        facts, test::shippedProblem(QStringLiteral("sysext-odirect-einval")), probes);
}
// Fedora, 2.3.1, an extension image on tank/ext (direct=standard, default).
FactsBuilder sysextOnStandard(const QString& zfsVersion = QStringLiteral("2.3.1-1")) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
        .zfsModule(zfsVersion)
        .dataset(QStringLiteral("tank"))
        .dataset(QStringLiteral("tank/ext"), QStringLiteral("standard"), QStringLiteral("default"))
        .sysextImageOnZfs(QStringLiteral("/var/lib/extensions/debug.raw"),
                          QStringLiteral("tank/ext"));
    return builder;
}
const QString kImage = QStringLiteral("/var/lib/extensions/debug.raw");
}  // namespace

class TestDetectorSysext : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void sysextImageOnStandardDatasetIsAffected() {
        const Finding finding = detect(sysextOnStandard().build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.id, QStringLiteral("sysext-odirect-einval"));
        QCOMPARE(finding.number, 1);
        QCOMPARE(finding.confidence, Confidence::InferredFromVersions);
        QVERIFY(finding.summary.contains(kImage));
        QVERIFY(finding.references.contains(
            QStringLiteral("https://github.com/openzfs/zfs/issues/17027")));

        const RemedyOption* dropin = findRemedy(finding, QStringLiteral("sysext-dropin"));
        QVERIFY2(dropin, qPrintable(describe(finding)));
        QCOMPARE(dropin->rank, 1);
        QCOMPARE(finding.remedies.first().id, QStringLiteral("sysext-dropin"));  // safest first
        QVERIFY(dropin->command.contains(QLatin1String("Environment=SYSTEMD_LOOP_DIRECT_IO=0")));
        QVERIFY(dropin->automatic);
        const RemedyOption* disable = findRemedy(finding, QStringLiteral("dataset-direct-disabled"),
                                                 QStringLiteral("tank/ext"));
        QVERIFY(disable);
        QCOMPARE(disable->command, QStringLiteral("zfs set direct=disabled tank/ext"));
        QCOMPARE(disable->undo, QStringLiteral("zfs inherit direct tank/ext"));  // was the default
        // direct=standard is the failing value: never offered for this problem.
        QVERIFY(!findRemedy(finding, QStringLiteral("dataset-direct-standard")));
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY(upgrade);
        QVERIFY(!upgrade->automatic);
        QVERIFY(upgrade->command.startsWith(QLatin1String("dnf upgrade --refresh zfs")));
        QVERIFY(findRemedy(finding, QStringLiteral("zfs-dio-disable")));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));  // any kernel is affected
    }

    void directIoLoopDeviceOnStandardIsAffected() {
        const Finding finding =
            detect(FactsBuilder()
                       .kernel(QStringLiteral("6.12.25"))
                       .zfsModule(QStringLiteral("2.3.2-1"))
                       .dataset(QStringLiteral("tank/img"), QStringLiteral("standard"),
                                QStringLiteral("local"))
                       .loopOnZfs(QStringLiteral("loop3"), QStringLiteral("/tank/img/a.raw"),
                                  QStringLiteral("tank/img"), true)
                       .build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        const RemedyOption* loopOff =
            findRemedy(finding, QStringLiteral("loop-dio-off"), QStringLiteral("loop3"));
        QVERIFY2(loopOff, qPrintable(describe(finding)));
        QCOMPARE(loopOff->command, QStringLiteral("losetup --direct-io=off /dev/loop3"));
        QCOMPARE(loopOff->undo, QStringLiteral("losetup --direct-io=on /dev/loop3"));
        // A local value is restored, not inherited.
        QCOMPARE(findRemedy(finding, QStringLiteral("dataset-direct-disabled"))->undo,
                 QStringLiteral("zfs set direct=standard tank/img"));
        QVERIFY(!findRemedy(finding, QStringLiteral("sysext-dropin")));  // no sysext image
    }

    void bufferedLoopDeviceIsNotATrigger() {
        const Finding finding =
            detect(FactsBuilder()
                       .kernel(QStringLiteral("6.12.25"))
                       .zfsModule(QStringLiteral("2.3.2-1"))
                       .dataset(QStringLiteral("tank/img"))
                       .loopOnZfs(QStringLiteral("loop3"), QStringLiteral("/tank/img/a.raw"),
                                  QStringLiteral("tank/img"), false)
                       .build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("loop-dio-off")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
    }

    void imageOnAlwaysOrDisabledIsAtRisk_data() {
        QTest::addColumn<QString>("direct");
        QTest::newRow("always") << QStringLiteral("always");
        QTest::newRow("disabled") << QStringLiteral("disabled");
    }
    void imageOnAlwaysOrDisabledIsAtRisk() {
        QFETCH(QString, direct);
        FactsBuilder builder = sysextOnStandard();
        builder.facts().zfs.datasets[1].direct.value = direct;
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("through the ARC")));
    }

    void imageOffZfsIsNotATrigger() {
        const Finding finding =
            detect(FactsBuilder()
                       .kernel(QStringLiteral("6.11.4"))
                       .zfsModule(QStringLiteral("2.3.1-1"))
                       .dataset(QStringLiteral("tank"))
                       .sysextImageOn(kImage, QStringLiteral("ext4"), QStringLiteral("/dev/sda2"))
                       .sysextImageOn(QStringLiteral("/var/lib/extensions/dir"),
                                      QStringLiteral("zfs"), QStringLiteral("tank"), true)
                       .build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
    }

    void environmentVariableMitigatesTheSysextPath() {
        FactsBuilder builder = sysextOnStandard();
        builder.sysextLoopDirectIo(
            QStringLiteral("0"),
            QStringLiteral(
                "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("SYSTEMD_LOOP_DIRECT_IO=0")));
        QVERIFY(describe(finding).contains(QLatin1String("50-zfs-doctor-loop-direct-io.conf")));
        QVERIFY(!findRemedy(finding, QStringLiteral("sysext-dropin")));
        // The variable set to 1 changes nothing.
        builder.sysextLoopDirectIo(QStringLiteral("1"), QStringLiteral("unit"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::Affected);
    }

    void versionBoundaries_data() {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("status");
        QTest::newRow("2.3.0 first affected") << "2.3.0-1" << int(FindingStatus::Affected);
        QTest::newRow("2.3.9 last 2.3.x") << "2.3.9-1" << int(FindingStatus::Affected);
        QTest::newRow("2.4.0 fixed") << "2.4.0-1" << int(FindingStatus::NotAffected);
        QTest::newRow("2.4.1") << "2.4.1-1" << int(FindingStatus::NotAffected);
        QTest::newRow("dev build before 2.4")
            << "2.3.99-175_g390f6c119" << int(FindingStatus::Affected);
    }
    void versionBoundaries() {
        QFETCH(QString, version);
        QFETCH(int, status);
        const Finding finding = detect(sysextOnStandard(version).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
        if (finding.status == FindingStatus::NotAffected) {
            QVERIFY(finding.summary.contains(QLatin1String("fixed in 2.4.0")));
            QVERIFY(finding.remedies.isEmpty());
        }
    }

    void developmentBuildRestsOnUnconfirmed() {
        const Finding finding =
            detect(sysextOnStandard(QStringLiteral("2.3.99-175_g390f6c119")).build());
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(describe(finding).contains(QLatin1String("development build")));
    }

    void zfsWithoutDirectPropertyIsNotAffected() {
        const Finding finding = detect(FactsBuilder()
                                           .kernel(QStringLiteral("6.6.44-production+truenas"))
                                           .zfsModule(QStringLiteral("2.2.6-1"))
                                           .datasetWithoutDirect(QStringLiteral("tank/ext"))
                                           .sysextImageOnZfs(kImage, QStringLiteral("tank/ext"))
                                           .build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY2(finding.summary.contains(QLatin1String("no `direct` property")),
                 qPrintable(finding.summary));
    }

    void noZfsIsNotAffected() {
        const Finding finding = detect(FactsBuilder().kernel(QStringLiteral("6.11.4")).build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QCOMPARE(finding.summary, QStringLiteral("ZFS is not installed."));
    }

    void moduleWideDirectIoOffIsNotAffected() {
        FactsBuilder builder = sysextOnStandard();
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(finding.summary.contains(QLatin1String("zfs_dio_enabled=0")));
    }

    void usesTheLoadedModuleNotTheNewerUserland() {
        FactsBuilder builder = sysextOnStandard(QStringLiteral("2.3.1-1"));
        builder.zfsUserland(QStringLiteral("2.4.0-1"));  // upgraded, not rebooted
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("next reboot")));
    }

    void fallsBackToUserlandWhenModuleIsNotLoaded() {
        FactsBuilder builder = sysextOnStandard();
        builder.zfsUserlandOnly(QStringLiteral("2.3.1-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("module is not loaded")));
        QVERIFY(describe(finding).contains(QLatin1String("assuming the default (1)")));
    }

    void unreadableZfsVersionIsUnknown() {
        FactsBuilder builder = sysextOnStandard();
        builder.facts().zfs.kmodVersion = QStringLiteral("garbage");
        builder.facts().zfs.userlandKmodVersion.clear();
        builder.facts().zfs.userlandVersion = QStringLiteral("also garbage");
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QVERIFY2(finding.unknownReason.contains(QLatin1String("\"garbage\"")),
                 qPrintable(finding.unknownReason));
        QVERIFY(finding.remedies.isEmpty());
    }

    void kernelDoesNotMatter() {
        FactsBuilder builder = sysextOnStandard();
        builder.kernel(QStringLiteral("not-a-kernel"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::Affected);
    }

    void datasetWithUnknownPropertyIsUnknown() {
        const Finding finding =
            detect(FactsBuilder()
                       .kernel(QStringLiteral("6.11.4"))
                       .zfsModule(QStringLiteral("2.3.1-1"))
                       .sysextImageOnZfs(kImage, QStringLiteral("tank/notcollected"))
                       .build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QVERIFY(finding.unknownReason.contains(QLatin1String("tank/notcollected")));
    }

    void probeEinvalConfirms() {
        const Finding finding =
            detect(sysextOnStandard().build(),
                   {test::ranProbe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/ext"),
                                   QStringLiteral("EINVAL"), 22)});
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
    }

    void probeSuccessMeansNotReproduced() {
        const Finding finding = detect(sysextOnStandard().build(),
                                       {test::ranProbe(QStringLiteral("odirect-alignment"),
                                                       QStringLiteral("tank/ext"), {}, 0, 512)});
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("not reproduced on this dataset")));
        QVERIFY(!findRemedy(finding, QStringLiteral("sysext-dropin")));
    }

    void refusedProbeIsOnlyEvidence() {
        const Finding finding = detect(
            sysextOnStandard().build(),
            {test::refusedProbe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/ext"),
                                QStringLiteral("dataset not mounted"))});
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::InferredFromVersions);
        QVERIFY(describe(finding).contains(QLatin1String("dataset not mounted")));
    }

    void trueNasKeepsDatasetChangesAutomaticOnly() {
        FactsBuilder builder = sysextOnStandard();
        builder.distro(DistroFamily::TrueNasScale);
        const Finding finding = detect(builder.build());
        const RemedyOption* disable =
            findRemedy(finding, QStringLiteral("dataset-direct-disabled"));
        QVERIFY(disable && disable->automatic);
        QVERIFY(disable->risk.contains(QLatin1String("middleware")));
        const RemedyOption* dio = findRemedy(finding, QStringLiteral("zfs-dio-disable"));
        QVERIFY(dio && !dio->automatic);
        QVERIFY(!dio->command.contains(QLatin1String("modprobe.d")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs"))
                    ->command.startsWith(QLatin1String("Upgrade TrueNAS")));
    }
};

QTEST_GUILESS_MAIN(TestDetectorSysext)
#include "test_detector_sysext_odirect_einval.moc"
