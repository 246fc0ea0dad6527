// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 3 detector: copy_file_range -> EAGAIN on direct=always, ZFS 2.3.0 only.

#include <QtTest>

#include "knowledge/detectors/detectors.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return detectors::dioAlwaysCfrEagain(
        facts, test::shippedProblem(QStringLiteral("dio-always-cfr-eagain")), probes);
}
FactsBuilder system(const QString& zfs, const QString& direct = QStringLiteral("always")) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Ubuntu)
        .kernel(QStringLiteral("6.8.0-51-generic"))
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank"))
        .dataset(QStringLiteral("tank/vm"), direct, QStringLiteral("local"));
    return builder;
}
}  // namespace

class TestDetectorDioAlwaysCfr : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void boundaries_data() {
        QTest::addColumn<QString>("zfs");
        QTest::addColumn<QString>("direct");
        QTest::addColumn<int>("status");
        QTest::newRow("2.3.0 always") << "2.3.0-1"
                                      << "always" << int(FindingStatus::Affected);
        QTest::newRow("2.3.1 always") << "2.3.1-1"
                                      << "always" << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.0 standard") << "2.3.0-1"
                                        << "standard" << int(FindingStatus::AtRisk);
        QTest::newRow("2.3.0 disabled") << "2.3.0-1"
                                        << "disabled" << int(FindingStatus::AtRisk);
        QTest::newRow("2.2.7") << "2.2.7-1"
                               << "standard" << int(FindingStatus::NotAffected);
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, direct);
        QFETCH(int, status);
        FactsBuilder builder = system(zfs, direct);
        if (zfs.startsWith(QLatin1String("2.2"))) {
            builder.facts().zfs.datasets[1].direct = ZfsProperty{};
        }
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
    }

    void affectedRestsOnTheUnconfirmedFix() {
        const Finding finding = detect(system(QStringLiteral("2.3.0-1")).build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.summary.contains(QLatin1String("tank/vm")));
        const RemedyOption* standard = findRemedy(
            finding, QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/vm"));
        QVERIFY2(standard, qPrintable(describe(finding)));
        QCOMPARE(standard->rank, 1);
        QCOMPARE(standard->command, QStringLiteral("zfs set direct=standard tank/vm"));
        QCOMPARE(standard->undo, QStringLiteral("zfs set direct=always tank/vm"));
        QVERIFY(findRemedy(finding, QStringLiteral("dataset-direct-disabled"),
                           QStringLiteral("tank/vm")));
        QVERIFY(!findRemedy(finding, QStringLiteral("dataset-direct-standard"),
                            QStringLiteral("tank")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs"))
                    ->command.startsWith(QLatin1String("apt update")));
    }

    void fixedVersionSaysTheFixIsInferred() {
        const Finding finding = detect(system(QStringLiteral("2.3.1-1")).build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.summary.contains(QLatin1String("UNCONFIRMED")));
    }

    void noDirectPropertyIsNotAffected() {
        FactsBuilder builder;
        builder.kernel(QStringLiteral("6.8.0-51-generic"))
            .zfsModule(QStringLiteral("2.2.2-0ubuntu9"))
            .datasetWithoutDirect(QStringLiteral("rpool/home"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(finding.summary.contains(QLatin1String("no `direct` property")));
    }

    void oldKernelIsOutsideTheReportedRange() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"));
        builder.kernel(QStringLiteral("5.4.0-150-generic"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(finding.summary.contains(QLatin1String("5.4.0-150-generic")));
    }

    void unknownKernelIsUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"));
        builder.kernel(QStringLiteral("???"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::Unknown);
    }

    void moduleWideDirectIoOffIsNotAffected() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"));
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);
    }

    void probeEagainConfirms() {
        const Finding finding =
            detect(system(QStringLiteral("2.3.0-1")).build(),
                   {test::ranProbe(QStringLiteral("copy-file-range-unaligned"),
                                   QStringLiteral("tank/vm"), QStringLiteral("EAGAIN"), 11)});
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
    }

    void probeSuccessIsNotReproduced() {
        const Finding finding = detect(system(QStringLiteral("2.3.0-1")).build(),
                                       {test::ranProbe(QStringLiteral("copy-file-range-unaligned"),
                                                       QStringLiteral("tank/vm"), {}, 0, 196608)});
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("not reproduced")));
    }

    void noZfsIsNotAffected() {
        QCOMPARE(detect(FactsBuilder().kernel(QStringLiteral("6.8.0")).build()).status,
                 FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorDioAlwaysCfr)
#include "test_detector_dio_always_cfr_eagain.moc"
