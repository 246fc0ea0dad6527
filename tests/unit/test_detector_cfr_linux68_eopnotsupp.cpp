// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 4 detector: copy_file_range -> EOPNOTSUPP, ZFS >=2.2.0 <2.2.4 on Linux >= 6.8.

#include <QtTest>

#include "knowledge/detectors/detectors.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return detectors::cfrLinux68Eopnotsupp(
        facts, test::shippedProblem(QStringLiteral("cfr-linux68-eopnotsupp")), probes);
}
FactsBuilder system(const QString& zfs, const QString& kernel) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Ubuntu)
        .kernel(kernel)
        .zfsModule(zfs)
        .datasetWithoutDirect(QStringLiteral("rpool/home"));
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
        QTest::newRow("2.2.3 on 6.8") << "2.2.3-1"
                                      << "6.8.0" << int(FindingStatus::Affected);
        QTest::newRow("2.2.4 on 6.8") << "2.2.4-1"
                                      << "6.8.0" << int(FindingStatus::NotAffected);
        QTest::newRow("2.2.3 on 6.7") << "2.2.3-1"
                                      << "6.7.12" << int(FindingStatus::AtRisk);
        QTest::newRow("2.2.4 on 6.7") << "2.2.4-1"
                                      << "6.7.12" << int(FindingStatus::NotAffected);
        QTest::newRow("2.2.3 on 6.8.0-rc5") << "2.2.3-1ubuntu1"
                                            << "6.8.0-rc5" << int(FindingStatus::Affected);
        QTest::newRow("2.2.0 on 6.11") << "2.2.0-1"
                                       << "6.11.4-301.fc41.x86_64" << int(FindingStatus::Affected);
        QTest::newRow("2.2.3 on ubuntu 6.8") << "2.2.3-1ubuntu1"
                                             << "6.8.0-51-generic" << int(FindingStatus::Affected);
        QTest::newRow("2.1.15 on 6.8") << "2.1.15-1"
                                       << "6.8.0" << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.0 on 6.8") << "2.3.0-1"
                                      << "6.8.0" << int(FindingStatus::NotAffected);
        QTest::newRow("truenas 2.2.2 on 6.6")
            << "2.2.2-1"
            << "6.6.44-production+truenas" << int(FindingStatus::AtRisk);
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, kernel);
        QFETCH(int, status);
        const Finding finding = detect(system(zfs, kernel).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
    }

    void affectedOffersAnOlderKernelAndTheUpgrade() {
        FactsBuilder builder =
            system(QStringLiteral("2.2.3-1"), QStringLiteral("6.8.0-51-generic"));
        builder
            .installedKernel(QStringLiteral("6.8.0-51-generic"),
                             QStringLiteral("linux-image-6.8.0-51-generic"))
            .installedKernel(QStringLiteral("6.5.0-44-generic"),
                             QStringLiteral("linux-image-6.5.0-44-generic"))
            .installedKernel(QStringLiteral("6.2.0-39-generic"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.5.0-44-generic"));
        QCOMPARE(pin->command, QStringLiteral("apt-mark hold linux-image-6.5.0-44-generic"));
        QCOMPARE(finding.remedies.first().id, QStringLiteral("kernel-pin"));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
    }

    void atRiskPinsTheRunningKernel() {
        FactsBuilder builder =
            system(QStringLiteral("2.2.3-1"), QStringLiteral("6.7.12-200.fc39.x86_64"));
        builder.distro(DistroFamily::Fedora)
            .installedKernel(QStringLiteral("6.7.12-200.fc39.x86_64"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::AtRisk);
        QVERIFY(finding.summary.contains(QLatin1String("kernel upgrade")));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY(pin);
        QVERIFY(pin->command.startsWith(
            QLatin1String("dnf versionlock add kernel-core-6.7.12-200.fc39.x86_64")));
    }

    void ubuntuBuildsRestOnUnconfirmedBackports() {
        const Finding ubuntu = detect(
            system(QStringLiteral("2.2.2-0ubuntu9"), QStringLiteral("6.8.0-51-generic")).build());
        QCOMPARE(ubuntu.status, FindingStatus::Affected);
        QCOMPARE(ubuntu.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(describe(ubuntu).contains(QLatin1String("backported")));
        FactsBuilder fedora =
            system(QStringLiteral("2.2.3-1"), QStringLiteral("6.8.5-301.fc40.x86_64"));
        fedora.distro(DistroFamily::Fedora);
        QCOMPARE(detect(fedora.build()).confidence, Confidence::InferredFromVersions);
    }

    void unknownKernelIsUnknown() {
        const Finding finding =
            detect(system(QStringLiteral("2.2.3-1"), QStringLiteral("custom")).build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QVERIFY(finding.unknownReason.contains(QLatin1String("\"custom\"")));
    }

    void probeConfirmsOrClears() {
        FactsBuilder builder = system(QStringLiteral("2.2.3-1"), QStringLiteral("6.8.0"));
        builder.distro(DistroFamily::Debian);  // not a distribution build with backports
        const Facts facts = builder.build();
        const Finding confirmed = detect(
            facts, {test::ranProbe(QStringLiteral("copy-file-range"), QStringLiteral("rpool/home"),
                                   QStringLiteral("EOPNOTSUPP"), 95)});
        QCOMPARE(confirmed.status, FindingStatus::Affected);
        QCOMPARE(confirmed.confidence, Confidence::ConfirmedByProbe);
        // A distribution build with the fix backported copies fine.
        const Finding cleared =
            detect(facts, {test::ranProbe(QStringLiteral("copy-file-range"),
                                          QStringLiteral("rpool/home"), {}, 0, 4096)});
        QCOMPARE(cleared.status, FindingStatus::NotAffected);
        QCOMPARE(cleared.confidence, Confidence::ConfirmedByProbe);
        QVERIFY(cleared.summary.contains(QLatin1String("carries the fix")));
        // Another error is shown but decides nothing.
        const Finding other = detect(
            facts, {test::ranProbe(QStringLiteral("copy-file-range"), QStringLiteral("rpool/home"),
                                   QStringLiteral("ENOSPC"), 28)});
        QCOMPARE(other.status, FindingStatus::Affected);
        QCOMPARE(other.confidence, Confidence::InferredFromVersions);
        QVERIFY(describe(other).contains(QLatin1String("ENOSPC")));
    }

    void trueNasGetsNoKernelPin() {
        FactsBuilder builder = system(QStringLiteral("2.2.3-1"), QStringLiteral("6.8.0"));
        builder.distro(DistroFamily::TrueNasScale)
            .installedKernel(QStringLiteral("6.6.44-production+truenas"));
        QVERIFY(!findRemedy(detect(builder.build()), QStringLiteral("kernel-pin")));
    }

    void noZfsIsNotAffected() {
        QCOMPARE(detect(FactsBuilder().kernel(QStringLiteral("6.8.0")).build()).status,
                 FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorCfrLinux68)
#include "test_detector_cfr_linux68_eopnotsupp.moc"
