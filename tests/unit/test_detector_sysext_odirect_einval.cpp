// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 1 detector: unaligned O_DIRECT -> EINVAL on direct=standard, ZFS >=2.3.0 <2.4.0,
// decided trigger-first: a sysext image or a direct-I/O loop device with
// sectors below a page on a direct=standard dataset is the trigger.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("sysext-odirect-einval");
const QString kImage = QStringLiteral("/var/lib/extensions/debug.raw");

Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return test::runDetector(kId, facts, probes);
}
// Fedora, ZFS `zfs`, datasets tank and tank/ext (direct as given).
FactsBuilder fedora(const QString& zfs = QStringLiteral("2.3.1-1"),
                    const QString& extDirect = QStringLiteral("standard")) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank"))
        .dataset(QStringLiteral("tank/ext"), extDirect, QStringLiteral("default"));
    return builder;
}
FactsBuilder sysextOnStandard(const QString& zfs = QStringLiteral("2.3.1-1")) {
    FactsBuilder builder = fedora(zfs);
    builder.sysextImageOnZfs(kImage, QStringLiteral("tank/ext"));
    return builder;
}
FactsBuilder dioLoopOn(const QString& direct) {
    FactsBuilder builder = fedora(QStringLiteral("2.3.2-1"), direct);
    builder.loopOnZfs(QStringLiteral("loop3"), QStringLiteral("/tank/ext/a.raw"),
                      QStringLiteral("tank/ext"), true);
    return builder;
}
}  // namespace

class TestDetectorSysext : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void sysextImageOnStandardDatasetIsAffected() {
        const Finding finding = detect(sysextOnStandard().build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.id, kId);
        QCOMPARE(finding.number, 1);
        QCOMPARE(finding.confidence, Confidence::InferredFromVersions);
        QVERIFY(!finding.latent);
        QVERIFY(finding.summary.contains(kImage));
        QVERIFY(finding.references.contains(
            QStringLiteral("https://github.com/openzfs/zfs/issues/17027")));

        const RemedyOption* dropin = findRemedy(finding, QStringLiteral("sysext-dropin"));
        QVERIFY2(dropin, qPrintable(describe(finding)));
        QCOMPARE(finding.remedies.first().id, QStringLiteral("sysext-dropin"));  // safest first
        QVERIFY(dropin->command.contains(QLatin1String("Environment=SYSTEMD_LOOP_DIRECT_IO=0")));
        QVERIFY(dropin->command.contains(QLatin1String("| sudo tee /etc/systemd/system/")));
        QVERIFY(!dropin->guidance.isEmpty());
        QVERIFY(dropin->automatic);
        const RemedyOption* disable = findRemedy(finding, QStringLiteral("dataset-direct-disabled"),
                                                 QStringLiteral("tank/ext"));
        QVERIFY(disable);
        QCOMPARE(disable->command, QStringLiteral("sudo zfs set direct=disabled tank/ext"));
        QCOMPARE(disable->undo, QStringLiteral("sudo zfs inherit direct tank/ext"));  // was default
        // direct=standard is the failing value: never offered for this problem.
        QVERIFY(!findRemedy(finding, QStringLiteral("dataset-direct-standard")));
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY(upgrade);
        QVERIFY(!upgrade->automatic);
        QCOMPARE(upgrade->command, QStringLiteral("sudo dnf upgrade --refresh zfs"));
        QVERIFY(upgrade->guidance.contains(QLatin1String("zfsonlinux.org")));
        QVERIFY(findRemedy(finding, QStringLiteral("zfs-dio-disable")));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));  // any kernel is affected
    }

    void directIoLoopWithSmallSectorsIsAffected() {
        const Finding finding = detect(dioLoopOn(QStringLiteral("standard")).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("loop3")));
        const RemedyOption* loopOff =
            findRemedy(finding, QStringLiteral("loop-dio-off"), QStringLiteral("loop3"));
        QVERIFY2(loopOff, qPrintable(describe(finding)));
        QCOMPARE(loopOff->command, QStringLiteral("sudo losetup --direct-io=off /dev/loop3"));
    }

    // A 4 KiB-sector direct-I/O loop device never issues a misaligned request
    // (mkfs.ext4 and mount through one worked on ZFS 2.3.2): not a trigger.
    void directIoLoopWithPageSizedSectorsIsNotATrigger() {
        FactsBuilder builder = dioLoopOn(QStringLiteral("standard"));
        builder.blockSize(4096);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("4096-byte sectors")));
        QVERIFY(finding.remedies.isEmpty());
    }

    void unknownBlockSizeOrDirectIoIsUnknown() {
        FactsBuilder noSize = dioLoopOn(QStringLiteral("standard"));
        noSize.blockSize(std::nullopt);
        Finding finding = detect(noSize.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("logical_block_size")));

        FactsBuilder noDio = dioLoopOn(QStringLiteral("standard"));
        noDio.directIo(Tri::Unknown);
        finding = detect(noDio.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("direct I/O is not known")));
    }

    void bufferedLoopOrOtherDirectValuesAreLatent_data() {
        QTest::addColumn<QString>("direct");
        QTest::addColumn<bool>("dio");
        QTest::newRow("buffered loop on standard") << QStringLiteral("standard") << false;
        QTest::newRow("dio loop on always") << QStringLiteral("always") << true;
        // After direct=disabled on the only dataset with a trigger: latent, not at risk.
        QTest::newRow("dio loop on disabled") << QStringLiteral("disabled") << true;
    }
    void bufferedLoopOrOtherDirectValuesAreLatent() {
        QFETCH(QString, direct);
        QFETCH(bool, dio);
        FactsBuilder builder = fedora(QStringLiteral("2.3.2-1"), direct);
        builder.loopOnZfs(QStringLiteral("loop3"), QStringLiteral("/tank/ext/a.raw"),
                          QStringLiteral("tank/ext"), dio);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(finding.latent);
        QVERIFY(finding.summary.startsWith(QLatin1String("Latent: ZFS 2.3.2-1 has this bug")));
    }

    // Issue 11: any 2.3.x machine with the default direct=standard and no
    // direct-I/O loop device was called "at risk".
    void stockTwoThreeMachineIsLatent() {
        const Finding finding = detect(fedora(QStringLiteral("2.3.2-1")).build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(finding.latent);
        QVERIFY(finding.nextStep.isEmpty());
    }

    void directIoOffModuleWideIsLatent() {
        FactsBuilder builder = sysextOnStandard();
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("zfs_dio_enabled=0")));
    }

    void sysextWithoutDirectIoIsNotATrigger() {
        FactsBuilder builder = sysextOnStandard();
        builder.sysextLoopDirectIo(QStringLiteral("0"), QStringLiteral("/etc/systemd/system/"
                                                                       "systemd-sysext.service.d/"
                                                                       "50-zfs-doctor.conf"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("50-zfs-doctor.conf")));
    }

    // At risk: sysext merges at every boot and its directory is on a
    // direct=standard dataset; the next image put there fails.
    void enabledSysextWithItsDirectoryOnStandardIsAtRisk() {
        FactsBuilder builder = fedora();
        builder.sysextEnabled(Tri::Yes).sysextDirectoryOnZfs(QStringLiteral("/var/lib/extensions"),
                                                             QStringLiteral("tank/ext"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(finding.nextStep.contains(QLatin1String("systemd-sysext.service is enabled")));
        QVERIFY(finding.nextStep.contains(QLatin1String("/var/lib/extensions is on tank/ext")));
        QVERIFY(finding.nextStep.contains(QLatin1String("direct=standard")));
        QVERIFY(findRemedy(finding, QStringLiteral("sysext-dropin")));

        // Not enabled, or the directory elsewhere: nothing is one step away.
        FactsBuilder disabled = fedora();
        disabled.sysextEnabled(Tri::No).sysextDirectoryOnZfs(QStringLiteral("/var/lib/extensions"),
                                                             QStringLiteral("tank/ext"));
        QVERIFY(detect(disabled.build()).latent);
        FactsBuilder onDisabledDataset =
            fedora(QStringLiteral("2.3.1-1"), QStringLiteral("disabled"));
        onDisabledDataset.sysextEnabled(Tri::Yes).sysextDirectoryOnZfs(
            QStringLiteral("/var/lib/extensions"), QStringLiteral("tank/ext"));
        QVERIFY(detect(onDisabledDataset.build()).latent);
    }

    void outsideTheRangeIsNotAffectedAndNotLatent_data() {
        QTest::addColumn<QString>("zfs");
        QTest::newRow("2.4.0") << QStringLiteral("2.4.0-1");
        QTest::newRow("2.2.7 (no direct property)") << QStringLiteral("2.2.7-1");
    }
    void outsideTheRangeIsNotAffectedAndNotLatent() {
        QFETCH(QString, zfs);
        FactsBuilder builder = sysextOnStandard(zfs);
        if (zfs.startsWith(QLatin1String("2.2"))) {
            builder.directSupported(false);
        }
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(!finding.latent);
    }

    void noZfsIsNotAffected() {
        Facts facts = FactsBuilder().kernel(QStringLiteral("6.8.0")).build();
        facts.zfs.moduleLoaded = Tri::No;
        facts.zfs.userlandInstalled = Tri::No;
        const Finding finding = detect(facts);
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QCOMPARE(finding.summary, QStringLiteral("ZFS is not installed."));
    }

    // TrueNAS prints upstream versions but carries backports: a trigger
    // there is at risk (unconfirmed) unless the symptom or a probe confirms.
    void trueNasTriggerIsAtRiskUnlessConfirmed() {
        FactsBuilder builder = sysextOnStandard(QStringLiteral("2.3.0-1"));
        builder.distro(DistroFamily::TrueNasScale);
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.summary.contains(QLatin1String("unconfirmed on TrueNAS")));
        QVERIFY(finding.nextStep.contains(kImage));

        builder.logHit(KernelLogHit::Kind::SquashfsEinval,
                       QStringLiteral("SQUASHFS error: Failed to read block 0x0: -22"));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));

        // No trigger on TrueNAS: not affected, and not called latent.
        FactsBuilder quiet = fedora(QStringLiteral("2.3.0-1"));
        quiet.distro(DistroFamily::TrueNasScale);
        finding = detect(quiet.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(!finding.latent);
    }

    void developmentBuildWithATriggerIsUnknown() {
        Finding finding = detect(sysextOnStandard(QStringLiteral("2.3.99-175_g390f6c119")).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("development build")));
        finding = detect(fedora(QStringLiteral("2.3.99-175_g390f6c119")).build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(!finding.latent);
    }

    void probeDecidesPerDataset() {
        Finding finding =
            detect(sysextOnStandard().build(),
                   {test::ranProbe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/ext"),
                                   QStringLiteral("EINVAL"), 22)});
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
        finding = detect(sysextOnStandard().build(),
                         {test::ranProbe(QStringLiteral("odirect-alignment"),
                                         QStringLiteral("tank/ext"), {}, 0, 512)});
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
    }

    // Absence of evidence: an unread loop list or unknown `direct` is never "none".
    void unreadFactsAreUnknown() {
        FactsBuilder builder = fedora();
        builder.unread(FactArea::LoopDevices,
                       QStringLiteral("The loop devices could not be listed (not recorded in "
                                      "this snapshot)."));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("not recorded in this snapshot")));

        FactsBuilder unknownDirect = sysextOnStandard();
        unknownDirect.facts().zfs.datasets.last().direct = ZfsProperty{};
        finding = detect(unknownDirect.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("`direct` not known")));

        // Outside the range the unread list does not matter.
        FactsBuilder fixed = fedora(QStringLiteral("2.4.0-1"));
        fixed.unread(FactArea::LoopDevices, QStringLiteral("not recorded"));
        QCOMPARE(detect(fixed.build()).status, FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorSysext)
#include "test_detector_sysext_odirect_einval.moc"
