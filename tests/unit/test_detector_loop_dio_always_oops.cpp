// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 5 detector: a loop device on a direct=always dataset oopses the
// kernel on ZFS 2.3.0; a direct-I/O loop device on direct=standard may too
// (at risk, UNCONFIRMED); an fstab loop on direct=always is at risk.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("loop-dio-always-oops");
Finding detect(const Facts& facts) {
    return test::runDetector(kId, facts);
}
// Fedora 6.11.4, tank/images with `direct` as given (local) and optionally loop0 on it.
FactsBuilder system(const QString& zfs, const QString& direct, bool loop, bool dio = false) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank"))
        .dataset(QStringLiteral("tank/images"), direct, QStringLiteral("local"));
    if (loop) {
        builder.loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/images/disk.img"),
                          QStringLiteral("tank/images"), dio);
    }
    return builder;
}
}  // namespace

class TestDetectorLoopDioAlwaysOops : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void loopOnAlwaysDatasetIsAffected() {
        const Finding finding =
            detect(system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY(finding.summary.contains(QLatin1String("loop0 (tank/images)")));
        const RemedyOption* standard = findRemedy(
            finding, QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/images"));
        QVERIFY2(standard, qPrintable(describe(finding)));
        QVERIFY(findRemedy(finding, QStringLiteral("dataset-direct-disabled")));
    }

    // Issue 11: a 2.3.0 machine without a loop device on a direct=always
    // dataset was "at risk". Nothing triggers it: latent.
    void alwaysDatasetWithoutLoopIsLatent() {
        const Finding finding =
            detect(system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), false).build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
    }

    void directIoLoopOnStandardIsAtRiskUnconfirmed() {
        const Finding finding = detect(
            system(QStringLiteral("2.3.0-1"), QStringLiteral("standard"), true, true).build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.nextStep.contains(QLatin1String("loop0")));
        QVERIFY(finding.summary.contains(QLatin1String("UNCONFIRMED")));
        // A buffered one on direct=standard is no trigger.
        QVERIFY(
            detect(
                system(QStringLiteral("2.3.0-1"), QStringLiteral("standard"), true, false).build())
                .latent);
    }

    void fstabLoopOnAlwaysDatasetIsAtRisk() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), false);
        builder.fstabLoopOnZfs(QStringLiteral("/tank/images/disk.img"),
                               QStringLiteral("tank/images"), true);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(finding.nextStep.contains(QLatin1String("/etc/fstab line")));
        QVERIFY(finding.nextStep.contains(QLatin1String("direct=always")));
    }

    void inheritedAlwaysUndoesByInheriting() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.facts().zfs.datasets.last().direct.source = QStringLiteral("inherited from tank");
        const Finding finding = detect(builder.build());
        const RemedyOption* standard =
            findRemedy(finding, QStringLiteral("dataset-direct-standard"));
        QVERIFY2(standard, qPrintable(describe(finding)));
        QCOMPARE(standard->undo, QStringLiteral("sudo zfs inherit direct tank/images"));
    }

    void fixedOrOlderZfsIsNotAffected() {
        QCOMPARE(detect(system(QStringLiteral("2.3.1-1"), QStringLiteral("always"), true).build())
                     .status,
                 FindingStatus::NotAffected);
        FactsBuilder old = system(QStringLiteral("2.2.7-1"), QStringLiteral("always"), true);
        old.directSupported(false);
        QCOMPARE(detect(old.build()).status, FindingStatus::NotAffected);
    }

    void unknownDirectOnALoopsDatasetIsUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.facts().zfs.datasets.last().direct = ZfsProperty{};
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("loop0")));
    }

    void moduleWideDirectIoOffIsLatent() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
    }

    void oopsInTheLogIsEvidence() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.logHit(KernelLogHit::Kind::ZfsSetupDirectOops,
                       QStringLiteral("BUG: kernel NULL pointer dereference, address: "
                                      "00000000000000b0"));
        QVERIFY(describe(detect(builder.build())).contains(QLatin1String("00000000000000b0")));
    }
};

QTEST_GUILESS_MAIN(TestDetectorLoopDioAlwaysOops)
#include "test_detector_loop_dio_always_oops.moc"
