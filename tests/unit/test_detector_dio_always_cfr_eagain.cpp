// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 3 detector: copy_file_range -> EAGAIN on direct=always, ZFS 2.3.0
// only; the trigger is a mounted direct=always dataset.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("dio-always-cfr-eagain");
Finding detect(const Facts& facts, const QList<ProbeResult>& probes = {}) {
    return test::runDetector(kId, facts, probes);
}
// Fedora 6.11.4 (upstream numbering), tank and tank/vm with `direct` as given.
FactsBuilder system(const QString& zfs, const QString& direct = QStringLiteral("always"),
                    const QString& kernel = QStringLiteral("6.11.4-301.fc41.x86_64")) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(kernel)
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank"))
        .dataset(QStringLiteral("tank/vm"), direct, QStringLiteral("local"));
    return builder;
}
}  // namespace

class TestDetectorDioAlwaysCfr : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void mountedAlwaysDatasetOnTwoThreeZeroIsAffected() {
        const Finding finding = detect(system(QStringLiteral("2.3.0-1")).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);  // the fixing commit
        QVERIFY(finding.summary.contains(QLatin1String("tank/vm")));
        const RemedyOption* standard = findRemedy(
            finding, QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/vm"));
        QVERIFY2(standard, qPrintable(describe(finding)));
        QCOMPARE(standard->command, QStringLiteral("sudo zfs set direct=standard tank/vm"));
        QCOMPARE(standard->undo, QStringLiteral("sudo zfs set direct=always tank/vm"));
        QVERIFY(findRemedy(finding, QStringLiteral("dataset-direct-disabled")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
    }

    // Issue 11: "any 2.3.0 machine without a single direct=always dataset:
    // problems 3 and 5 at risk". It is latent.
    void noAlwaysDatasetIsLatent() {
        const Finding finding =
            detect(system(QStringLiteral("2.3.0-1"), QStringLiteral("standard")).build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(finding.remedies.isEmpty());
    }

    void unmountedAlwaysDatasetIsNotATrigger() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"));
        builder.facts().zfs.datasets.last().mounted.value = QStringLiteral("no");
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("not mounted")));
    }

    void fixedVersionSaysTheFixIsInferred() {
        const Finding finding = detect(system(QStringLiteral("2.3.1-1")).build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(!finding.latent);
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.summary.contains(QLatin1String("UNCONFIRMED")));
    }

    void noDirectPropertyIsNotAffected() {
        FactsBuilder builder = system(QStringLiteral("2.2.7-1"));
        builder.directSupported(false);
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QVERIFY(finding.summary.contains(QLatin1String("no `direct` property")));
    }

    void kernelsOutsideTheReportedRange() {
        // 5.4 is below the reported 5.8: latent, nothing to act on.
        Finding finding = detect(
            system(QStringLiteral("2.3.0-1"), QStringLiteral("always"), QStringLiteral("5.4.0"))
                .build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        // An EL 5.14.0 kernel is at least 5.14: inside ">=5.8" whatever it backported.
        finding = detect(system(QStringLiteral("2.3.0-1"), QStringLiteral("always"),
                                QStringLiteral("5.14.0-503.14.1.el9_5.x86_64"))
                             .build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        // A kernel numbering nobody knows: unknown, saying so.
        FactsBuilder other = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"),
                                    QStringLiteral("6.4.0-150600.23.25-default"));
        other.distro(DistroFamily::Other);
        finding = detect(other.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("not known to follow")));
    }

    void moduleWideDirectIoOffIsLatent() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"));
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
    }

    void probeConfirmsOrClears() {
        Finding finding =
            detect(system(QStringLiteral("2.3.0-1")).build(),
                   {test::ranProbe(QStringLiteral("copy-file-range-unaligned"),
                                   QStringLiteral("tank/vm"), QStringLiteral("EAGAIN"), 11)});
        QCOMPARE(finding.status, FindingStatus::Affected);
        QCOMPARE(finding.confidence, Confidence::ConfirmedByProbe);
        finding = detect(system(QStringLiteral("2.3.0-1")).build(),
                         {test::ranProbe(QStringLiteral("copy-file-range-unaligned"),
                                         QStringLiteral("tank/vm"), {}, 0, 196608)});
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
    }

    void unreadDatasetsAreUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("standard"));
        builder.facts().zfs.datasets.clear();
        builder.unread(FactArea::ZfsDatasets, QStringLiteral("`zfs get` failed (timeout)."));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("`zfs get` failed")));
    }

    void trueNasIsAtRiskUnconfirmed() {
        FactsBuilder builder = system(QStringLiteral("2.3.0-1"), QStringLiteral("always"),
                                      QStringLiteral("6.12.15-production+truenas"));
        builder.distro(DistroFamily::TrueNasScale);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(!finding.nextStep.isEmpty());
    }

    void noZfsIsNotAffected() {
        Facts facts = FactsBuilder().kernel(QStringLiteral("6.8.0")).build();
        facts.zfs.moduleLoaded = Tri::No;
        facts.zfs.userlandInstalled = Tri::No;
        QCOMPARE(detect(facts).status, FindingStatus::NotAffected);
    }
};

QTEST_GUILESS_MAIN(TestDetectorDioAlwaysCfr)
#include "test_detector_dio_always_cfr_eagain.moc"
