// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 4 detector: copy_file_range -> EOPNOTSUPP, ZFS 2.2.0-2.2.3 on a
// kernel whose upstream level is 6.8 or later; Ubuntu's 2.2.2 build is not
// affected on the version alone; a probe that ran decides.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("cfr-linux68-eopnotsupp");
const QString kUbuntuProcVersion = QStringLiteral(
    "Linux version 6.8.0-51-generic (buildd@lcy02-amd64-100) #51-Ubuntu SMP PREEMPT_DYNAMIC Sat "
    "Nov  9 17:58:29 UTC 2024 (Ubuntu 6.8.0-51.52-generic 6.8.12)");
Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return test::runDetector(kId, facts, probes);
}
FactsBuilder arch(const QString& zfs = QStringLiteral("2.2.3-1"),
                  const QString& kernel = QStringLiteral("6.8.2-arch2-1")) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Other, QStringLiteral("arch"))
        .kernel(kernel)
        .zfsModule(zfs)
        .directSupported(false)
        .datasetWithoutDirect(QStringLiteral("zroot/home"));
    return builder;
}
FactsBuilder ubuntu(const QString& zfs) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Ubuntu)
        .kernel(QStringLiteral("6.8.0-51-generic"), kUbuntuProcVersion)
        .zfsModule(zfs)
        .directSupported(false)
        .datasetWithoutDirect(QStringLiteral("rpool/ROOT/ubuntu"));
    return builder;
}
}  // namespace

class TestDetectorCfrLinux68 : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void boundaries_data() {
        QTest::addColumn<QString>("zfs");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("status");
        QTest::newRow("2.2.3 on 6.8.2") << "2.2.3-1"
                                        << "6.8.2-arch2-1" << int(FindingStatus::Affected);
        QTest::newRow("2.2.0 on 6.9.1") << "2.2.0-1"
                                        << "6.9.1-arch1-1" << int(FindingStatus::Affected);
        QTest::newRow("2.2.3 on 6.8-rc5") << "2.2.3-1"
                                          << "6.8.0-rc5" << int(FindingStatus::Affected);
        QTest::newRow("2.2.4 on 6.8.2") << "2.2.4-1"
                                        << "6.8.2-arch2-1" << int(FindingStatus::NotAffected);
        QTest::newRow("2.1.15 on 6.8.2") << "2.1.15-1"
                                         << "6.8.2-arch2-1" << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.0 on 6.8.2") << "2.3.0-1"
                                        << "6.8.2-arch2-1" << int(FindingStatus::NotAffected);
        QTest::newRow("2.2.3 on 6.7.9") << "2.2.3-1"
                                        << "6.7.9-arch1-1" << int(FindingStatus::NotAffected);
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, kernel);
        QFETCH(int, status);
        const Finding finding = detect(arch(zfs, kernel).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
    }

    // A genuinely affected stock layout (Arch 6.8 + upstream 2.2.3) stays
    // affected: cp uses copy_file_range everywhere.
    void archIsAffectedWithGuidanceOnly() {
        FactsBuilder builder = arch();
        builder.installedKernel(QStringLiteral("6.6.23-1-lts"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("upstream 6.8.2")));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.6.23-1-lts"));
        QVERIFY(pin->command.isEmpty());  // no prose in a command field
        QVERIFY(!pin->automatic);
        QVERIFY(pin->guidance.contains(QLatin1String("6.6.23-1-lts")));
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY(upgrade->command.isEmpty());
        QVERIFY(upgrade->guidance.contains(QLatin1String("2.2.4")));
    }

    void olderRunningKernelWithANewerNextBootIsAtRisk() {
        FactsBuilder builder = arch(QStringLiteral("2.2.3-1"), QStringLiteral("6.7.9-arch1-1"));
        builder.installedKernel(QStringLiteral("6.8.2-arch2-1"))
            .installedKernel(QStringLiteral("6.6.20-1-lts"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(finding.nextStep.contains(QLatin1String("6.8.2-arch2-1 (upstream 6.8.2)")));
        // The running kernel is unaffected: it is the one to keep, never the older lts.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.7.9-arch1-1"));
        // Nothing newer installed: latent, no pin.
        const Finding quiet =
            detect(arch(QStringLiteral("2.2.3-1"), QStringLiteral("6.7.9-arch1-1")).build());
        QVERIFY2(quiet.status == FindingStatus::NotAffected && quiet.latent,
                 qPrintable(describe(quiet)));
    }

    // coreutils/coreutils#122: Ubuntu's 2.2.2 copies without EOPNOTSUPP on 6.8.
    void ubuntuBuildIsNotAffectedOnTheVersionAlone() {
        Finding finding = detect(ubuntu(QStringLiteral("2.2.2-0ubuntu9")).build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(!finding.latent);
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(describe(finding).contains(QLatin1String("coreutils/coreutils#122")));
        // The probe ran and failed: it decides.
        finding = detect(
            ubuntu(QStringLiteral("2.2.2-0ubuntu9")).build(),
            {test::ranProbe(QStringLiteral("copy-file-range"), QStringLiteral("rpool/ROOT/ubuntu"),
                            QStringLiteral("EOPNOTSUPP"), 95)});
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
        // Upstream 2.2.3 on Ubuntu's 6.8 kernel is affected.
        finding = detect(ubuntu(QStringLiteral("2.2.3-1")).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
    }

    void probeSuccessClearsAnUpstreamBuild() {
        const Finding finding =
            detect(arch().build(), {test::ranProbe(QStringLiteral("copy-file-range"),
                                                   QStringLiteral("zroot/home"), {}, 0, 100)});
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
    }

    void enterpriseKernelIsUnknown() {
        FactsBuilder builder =
            arch(QStringLiteral("2.2.3-1"), QStringLiteral("5.14.0-503.14.1.el9_5.x86_64"));
        builder.distro(DistroFamily::Fedora, QStringLiteral("rocky"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("Enterprise Linux")));
    }

    // Ubuntu releases show their series: 6.5.0-21-generic is below 6.8 for sure.
    void ubuntuSeriesDecideThePinCandidate() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Ubuntu)
            .kernel(QStringLiteral("6.8.0-060800rc5-generic"))
            .installedKernel(QStringLiteral("6.5.0-21-generic"),
                             QStringLiteral("linux-image-6.5.0-21-generic"))
            .package(QStringLiteral("linux-image-generic"), QStringLiteral("6.5.0.21.21"))
            .zfsModule(QStringLiteral("2.2.3-1"))
            .directSupported(false);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(
            pin->command,
            QStringLiteral("sudo apt-mark hold linux-image-6.5.0-21-generic linux-image-generic"));
        QVERIFY(pin->automatic);
    }

    void trueNasIsUnconfirmedAndNeverPinned() {
        FactsBuilder builder =
            arch(QStringLiteral("2.2.3-1"), QStringLiteral("6.8.9-production+truenas"));
        builder.distro(DistroFamily::TrueNasScale)
            .installedKernel(QStringLiteral("6.6.44-production+truenas"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
    }

    void noZfsIsNotAffected() {
        Facts facts = FactsBuilder().kernel(QStringLiteral("6.8.0")).build();
        facts.zfs.moduleLoaded = Tri::No;
        facts.zfs.userlandInstalled = Tri::No;
        QCOMPARE(detect(facts).status, FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorCfrLinux68)
#include "test_detector_cfr_linux68_eopnotsupp.moc"
