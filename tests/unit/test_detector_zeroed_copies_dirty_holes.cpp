// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Detector of openzfs/zfs#15526 (copies silently get zero-filled chunks):
// affected ZFS before 2.1.14 and 2.2.0-2.2.1; the trigger is
// zfs_dmu_offset_next_sync=1; distribution builds whose version hides the
// fix are judged by what is known about them.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("zeroed-copies-dirty-holes");
const QString kParameter = QStringLiteral("zfs_dmu_offset_next_sync");
// /proc/version of Ubuntu 23.10's release kernel (format as the kernel
// prints it, closed by Ubuntu's version signature; host name and time
// modelled).
const QString kManticProcVersion = QStringLiteral(
    "Linux version 6.5.0-9-generic (buildd@lcy02-amd64-045) (x86_64-linux-gnu-gcc-13 (Ubuntu "
    "13.2.0-4ubuntu3) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #9-Ubuntu SMP "
    "PREEMPT_DYNAMIC Sat Oct  7 01:35:40 UTC 2023 (Ubuntu 6.5.0-9.9-generic 6.5.3)");

Finding detect(const Facts& facts) {
    return test::runDetector(kId, facts, {});
}

FactsBuilder fedora(const QString& zfs) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora, QStringLiteral("fedora"))
        .kernel(QStringLiteral("6.5.12-300.fc39.x86_64"))
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank"));
    return builder;
}

// Ubuntu's own build, loaded from the running kernel's package (kernel/zfs)
// or from DKMS (updates/dkms).
FactsBuilder ubuntu(const QString& zfs, const QString& procVersion, bool kernelsOwnModule = true) {
    const QString release = QStringLiteral("6.5.0-9-generic");
    FactsBuilder builder;
    builder.distro(DistroFamily::Ubuntu, QStringLiteral("ubuntu"))
        .kernel(release, procVersion)
        .zfsModule(zfs)
        .dataset(QStringLiteral("rpool"));
    builder.facts().kernel.installed.first().zfsModulePath =
        QStringLiteral("/lib/modules/%1/%2/zfs.ko.zst")
            .arg(release,
                 kernelsOwnModule ? QStringLiteral("kernel/zfs") : QStringLiteral("updates/dkms"));
    return builder;
}

bool isLatent(const Finding& finding) {
    return finding.status == FindingStatus::NotAffected && finding.latent;
}
}  // namespace

class TestDetectorZeroedCopiesDirtyHoles : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void strictHoleReportingOnAnAffectedReleaseIsAffected() {
        const Finding finding = detect(fedora(QStringLiteral("2.2.0-1")).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("zfs_dmu_offset_next_sync=1")));
        QVERIFY(finding.summary.contains(QLatin1String("scrub")));
        const RemedyOption* off = findRemedy(finding, QStringLiteral("dmu-offset-next-sync-off"));
        QVERIFY2(off, qPrintable(describe(finding)));
        QVERIFY(off->automatic);
        QCOMPARE(off->command,
                 QStringLiteral("echo 0 | sudo tee "
                                "/sys/module/zfs/parameters/zfs_dmu_offset_next_sync && echo "
                                "'options zfs zfs_dmu_offset_next_sync=0' | sudo tee "
                                "/etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf"));
        QVERIFY(off->undo.contains(QLatin1String("sudo rm ")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
        // The tunable is the safest and comes first.
        QCOMPARE(finding.remedies.first().id, QStringLiteral("dmu-offset-next-sync-off"));
    }

    void affectedAndFixedReleases_data() {
        QTest::addColumn<QString>("zfs");
        QTest::addColumn<bool>("affected");
        QTest::newRow("2.1.5") << QStringLiteral("2.1.5-1") << true;
        QTest::newRow("2.1.13") << QStringLiteral("2.1.13-1") << true;
        QTest::newRow("2.1.14") << QStringLiteral("2.1.14-1") << false;
        QTest::newRow("2.2.0-rc4") << QStringLiteral("2.2.0-rc4") << true;
        QTest::newRow("2.2.1") << QStringLiteral("2.2.1-1") << true;
        QTest::newRow("2.2.2") << QStringLiteral("2.2.2-1") << false;
        QTest::newRow("2.3.0") << QStringLiteral("2.3.0-1") << false;
    }
    void affectedAndFixedReleases() {
        QFETCH(QString, zfs);
        QFETCH(bool, affected);
        FactsBuilder builder = fedora(zfs);
        builder.parameter(kParameter, QStringLiteral("1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(
            finding.status == (affected ? FindingStatus::Affected : FindingStatus::NotAffected),
            qPrintable(describe(finding)));
        QVERIFY(!finding.latent);
    }

    // =0 makes it much rarer but does not rule it out: latent, saying so and
    // naming the upgrade.
    void tunableOffIsLatentAndSaysTheRiskRemains() {
        FactsBuilder builder = fedora(QStringLiteral("2.2.1-1"));
        builder.parameter(kParameter, QStringLiteral("0"));
        const Finding finding = detect(builder.build());
        QVERIFY2(isLatent(finding), qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("does not rule it out")));
        QVERIFY(finding.summary.contains(QLatin1String("2.2.2")));
        QVERIFY(finding.remedies.isEmpty());
    }

    // 2.1.4 and earlier default to 0: the value read decides, not the version.
    void oldDefaultOfZeroIsLatent() {
        const Finding finding = detect(fedora(QStringLiteral("2.1.4-1")).build());
        QVERIFY2(isLatent(finding), qPrintable(describe(finding)));
    }

    // A missing parameter file on a loaded module is "not read", never 0.
    void unreadTunableIsUnknownNamingIt() {
        FactsBuilder builder = fedora(QStringLiteral("2.2.0-1"));
        builder.withoutParameter(kParameter);
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(kParameter));
        QVERIFY(finding.unknownReason.contains(QLatin1String("/sys/module/zfs/parameters")));

        builder.unread(FactArea::ZfsParameters,
                       QStringLiteral("The zfs module parameter zfs_dmu_offset_next_sync could "
                                      "not be read (Permission denied)."));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("Permission denied")));
    }

    void moduleNotLoadedIsLatent() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora, QStringLiteral("fedora"))
            .kernel(QStringLiteral("6.5.12-300.fc39.x86_64"))
            .zfsUserlandOnly(QStringLiteral("2.2.0-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(isLatent(finding), qPrintable(describe(finding)));
    }

    // Debian 12's 2.1.11-1+deb12u1 carries the fix as patch 0028; 2.1.11-1
    // (bookworm's release build) does not.
    void debianBuildsAreJudgedByTheirRevision() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian, QStringLiteral("debian"))
            .kernel(QStringLiteral("6.1.0-28-amd64"))
            .zfsModule(QStringLiteral("2.1.11-1+deb12u1"))
            .dataset(QStringLiteral("tank"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && !finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("Debian")));

        builder.zfsModule(QStringLiteral("2.1.11-1+deb12u2"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);

        builder.zfsModule(QStringLiteral("2.1.11-1"));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(findRemedy(finding, QStringLiteral("upgrade-zfs"))->command,
                 QStringLiteral("sudo apt update && sudo apt install --only-upgrade zfs-dkms "
                                "zfsutils-linux"));

        // A Debian security build whose content is not established.
        builder.zfsModule(QStringLiteral("2.0.3-9+deb11u1"))
            .parameter(kParameter, QStringLiteral("1"));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("CVE-2023-49298")));
    }

    // Ubuntu's backports are not established: affected only when the module
    // is the running kernel's own and that kernel was built before the fix.
    void ubuntuBuildBeforeTheFixIsAffected() {
        const Finding finding =
            detect(ubuntu(QStringLiteral("2.2.0-0ubuntu1~23.10"), kManticProcVersion).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("2023-10-07")));
        // Without Ubuntu's closing signature (a kernel's own format) too.
        QString bare = kManticProcVersion;
        bare.remove(QLatin1String(" (Ubuntu 6.5.0-9.9-generic 6.5.3)"));
        QCOMPARE(detect(ubuntu(QStringLiteral("2.2.0-0ubuntu1~23.10"), bare).build()).status,
                 FindingStatus::Affected);
    }

    void ubuntuBuildNotProvablyOldIsUnknown() {
        QString later = kManticProcVersion;
        later.replace(QLatin1String("Sat Oct  7 01:35:40 UTC 2023"),
                      QLatin1String("Tue Jan  9 14:02:11 UTC 2024"));
        Finding finding = detect(ubuntu(QStringLiteral("2.2.0-0ubuntu1~23.10.2"), later).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("not established")));
        // An unknown finding lists no remedy.
        QVERIFY(findRemedy(finding, QStringLiteral("dmu-offset-next-sync-off")) == nullptr);

        // An old kernel, but the module comes from DKMS: its build date is not the kernel's.
        finding = detect(
            ubuntu(QStringLiteral("2.2.0-0ubuntu1~23.10"), kManticProcVersion, false).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));

        // No build date at all.
        finding = detect(ubuntu(QStringLiteral("2.2.0-0ubuntu1~23.10"), QString()).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
    }

    // Upstream's build on Ubuntu is judged by its version.
    void upstreamBuildOnUbuntuIsAffected() {
        const Finding finding = detect(ubuntu(QStringLiteral("2.2.0-1"), QString(), false).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
    }

    void nixosAndGentooAreNotJudgedOnTheVersion() {
        for (const QString& id : {QStringLiteral("nixos"), QStringLiteral("gentoo")}) {
            FactsBuilder builder = fedora(QStringLiteral("2.2.1"));
            builder.distro(DistroFamily::Other, id);
            const Finding finding = detect(builder.build());
            QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
            QVERIFY(finding.unknownReason.contains(id));
        }
    }

    void trueNasIsAtRiskAtMost() {
        FactsBuilder builder = fedora(QStringLiteral("2.2.0-1"));
        builder.distro(DistroFamily::TrueNasScale, QStringLiteral("debian"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(!finding.nextStep.isEmpty());
        const RemedyOption* off = findRemedy(finding, QStringLiteral("dmu-offset-next-sync-off"));
        QVERIFY(off && !off->automatic);
        QVERIFY(!off->command.contains(QLatin1String("modprobe.d")));
    }

    void developmentBuildIsUnknown() {
        const Finding finding = detect(fedora(QStringLiteral("2.2.99-175_g390f6c119")).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
    }

    void noZfsIsNotAffected() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora).kernel(QStringLiteral("6.5.12-300.fc39.x86_64"));
        builder.facts().zfs.moduleLoaded = Tri::No;
        builder.facts().zfs.userlandInstalled = Tri::No;
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && !finding.latent,
                 qPrintable(describe(finding)));
    }
};

QTEST_GUILESS_MAIN(TestDetectorZeroedCopiesDirtyHoles)
#include "test_detector_zeroed_copies_dirty_holes.moc"
