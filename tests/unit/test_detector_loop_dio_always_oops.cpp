// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 5 detector: loop device on a direct=always dataset oopses, ZFS 2.3.0 only.

#include <QtTest>

#include "knowledge/detectors/detectors.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
Finding detect(const Facts& facts) {
    return detectors::loopDioAlwaysOops(
        facts, test::shippedProblem(QStringLiteral("loop-dio-always-oops")), {});
}
FactsBuilder system(const QString& zfs, const QString& direct, bool loop) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Ubuntu)
        .kernel(QStringLiteral("6.8.0-51-generic"))
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank/img"), direct, QStringLiteral("local"));
    if (loop) {
        builder.loopOnZfs(QStringLiteral("loop7"), QStringLiteral("/tank/img/disk.raw"),
                          QStringLiteral("tank/img"), false);
    }
    return builder;
}
}  // namespace

class TestDetectorLoopDioAlways : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void boundaries_data() {
        QTest::addColumn<QString>("zfs");
        QTest::addColumn<QString>("direct");
        QTest::addColumn<bool>("loop");
        QTest::addColumn<int>("status");
        QTest::newRow("2.3.0 always + loop") << "2.3.0-1"
                                             << "always" << true << int(FindingStatus::Affected);
        QTest::newRow("2.3.1 always + loop") << "2.3.1-1"
                                             << "always" << true << int(FindingStatus::NotAffected);
        QTest::newRow("2.3.0 always, no loop") << "2.3.0-1"
                                               << "always" << false << int(FindingStatus::AtRisk);
        QTest::newRow("2.3.0 standard + loop") << "2.3.0-1"
                                               << "standard" << true << int(FindingStatus::AtRisk);
        QTest::newRow("2.4.0 always + loop") << "2.4.0-1"
                                             << "always" << true << int(FindingStatus::NotAffected);
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, direct);
        QFETCH(bool, loop);
        QFETCH(int, status);
        const Finding finding = detect(system(zfs, direct, loop).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
    }

    void affectedIsCriticalAndNamesDatasetAndLoop() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.logHit(
            KernelLogHit::Kind::ZfsSetupDirectOops,
            QStringLiteral("BUG: kernel NULL pointer dereference, address: 00000000000000b0"));
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY(finding.summary.contains(QLatin1String("tank/img (loop7)")));
        QVERIFY(describe(finding).contains(QLatin1String("00000000000000b0")));
        const RemedyOption* standard = findRemedy(
            finding, QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/img"));
        QVERIFY2(standard, qPrintable(describe(finding)));
        QCOMPARE(standard->command, QStringLiteral("zfs set direct=standard tank/img"));
        QCOMPARE(finding.remedies.first().id, QStringLiteral("dataset-direct-standard"));
        // Loop direct I/O is not the cause here: no loop-dio-off.
        QVERIFY(!findRemedy(finding, QStringLiteral("loop-dio-off")));
    }

    void inheritedAlwaysUndoesByInheriting() {
        FactsBuilder builder;
        builder.kernel(QStringLiteral("6.12.10"))
            .zfsModule(QStringLiteral("2.3.0-1"))
            .dataset(QStringLiteral("tank"), QStringLiteral("always"), QStringLiteral("local"))
            .dataset(QStringLiteral("tank/img"), QStringLiteral("always"),
                     QStringLiteral("inherited from tank"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/img/a.raw"),
                       QStringLiteral("tank/img"), true);
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(findRemedy(finding, QStringLiteral("dataset-direct-standard"),
                            QStringLiteral("tank/img"))
                     ->undo,
                 QStringLiteral("zfs inherit direct tank/img"));
        QCOMPARE(
            findRemedy(finding, QStringLiteral("dataset-direct-standard"), QStringLiteral("tank"))
                ->undo,
            QStringLiteral("zfs set direct=always tank"));
    }

    void noDirectPropertyIsNotAffected() {
        FactsBuilder builder;
        builder.kernel(QStringLiteral("6.8.0"))
            .zfsModule(QStringLiteral("2.2.6-1"))
            .directSupported(false)
            .datasetWithoutDirect(QStringLiteral("tank/img"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/img/a.raw"),
                       QStringLiteral("tank/img"), false);
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(finding.summary.contains(QLatin1String("no `direct` property")));
    }

    void loopOnUncollectedDatasetIsUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("standard"), false);
        builder.loopOnZfs(QStringLiteral("loop9"), QStringLiteral("/tank/other/x.raw"),
                          QStringLiteral("tank/other"), false);
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::Unknown);
        QVERIFY(finding.unknownReason.contains(QLatin1String("loop9 on tank/other")));
    }

    void unknownKernelIsUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.kernel(QString());
        QCOMPARE(detect(builder.build()).status, FindingStatus::Unknown);
    }

    void moduleWideDirectIoOffIsNotAffected() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), true);
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);
    }

    void noZfsIsNotAffected() {
        QCOMPARE(detect(FactsBuilder().kernel(QStringLiteral("6.8.0")).build()).status,
                 FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorLoopDioAlways)
#include "test_detector_loop_dio_always_oops.moc"
