// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 2 detector: writes through loop devices on ZFS hang once the kernel
// carries the loop change (upstream 6.12.25+, 6.14.4+, 6.15-rc3+), ZFS <2.2.8
// or >=2.3.0 <2.3.3; direct-I/O loop writes crash or hang on any kernel
// (measured on 2.3.2 with 6.12.95 and 6.1, and on 2.1.11 with 6.1, by the VM
// suite's ground-truth scenarios, tests/vm/scenarios/truth*.sh). Judged
// on the kernel's upstream level; read-only loops are not triggers;
// configured loops and the next boot make it at risk.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("loop-write-hang");

Finding detect(const Facts& facts) {
    return test::runDetector(kId, facts);
}
// Fedora (upstream numbering), a writable buffered loop device on tank/vm.
FactsBuilder system(const QString& zfs, const QString& kernel, bool loop = true) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora)
        .kernel(kernel)
        .zfsModule(zfs)
        .dataset(QStringLiteral("tank/vm"));
    if (loop) {
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
        QTest::addColumn<bool>("latent");
        const int affected = int(FindingStatus::Affected);
        const int notAffected = int(FindingStatus::NotAffected);
        QTest::newRow("2.3.2 on 6.12.25") << "2.3.2-1"
                                          << "6.12.25" << affected << false;
        QTest::newRow("2.3.0 on 6.12.25") << "2.3.0-1"
                                          << "6.12.25" << affected << false;
        QTest::newRow("2.3.3 on 6.12.25") << "2.3.3-1"
                                          << "6.12.25" << notAffected << false;
        QTest::newRow("2.2.7 on 6.12.30") << "2.2.7-1"
                                          << "6.12.30" << affected << false;
        QTest::newRow("2.2.8 on 6.12.30") << "2.2.8-1"
                                          << "6.12.30" << notAffected << false;
        QTest::newRow("2.4.0 on 6.15.2") << "2.4.0-1"
                                         << "6.15.2" << notAffected << false;
        QTest::newRow("2.3.1 on 6.12.24") << "2.3.1-1"
                                          << "6.12.24" << notAffected << true;
        QTest::newRow("2.3.1 on 6.12.25 fedora") << "2.3.1-1"
                                                 << "6.12.25-200.fc41.x86_64" << affected << false;
        QTest::newRow("2.3.1 on 6.13.2 (6.13 never got it)") << "2.3.1-1"
                                                             << "6.13.2" << notAffected << true;
        QTest::newRow("2.3.1 on 6.14.3") << "2.3.1-1"
                                         << "6.14.3" << notAffected << true;
        QTest::newRow("2.3.1 on 6.14.4") << "2.3.1-1"
                                         << "6.14.4" << affected << false;
        QTest::newRow("2.3.1 on 6.15-rc2") << "2.3.1-1"
                                           << "6.15.0-rc2" << notAffected << true;
        QTest::newRow("2.3.1 on 6.15-rc3") << "2.3.1-1"
                                           << "6.15.0-rc3" << affected << false;
        QTest::newRow("2.3.1 on 6.15.0") << "2.3.1-1"
                                         << "6.15.0" << affected << false;
        QTest::newRow("2.3.1 on 6.11.4") << "2.3.1-1"
                                         << "6.11.4-301.fc41.x86_64" << notAffected << true;
    }
    void boundaries() {
        QFETCH(QString, zfs);
        QFETCH(QString, kernel);
        QFETCH(int, status);
        QFETCH(bool, latent);
        const Finding finding = detect(system(zfs, kernel).build());
        QVERIFY2(finding.status == FindingStatus(status), qPrintable(describe(finding)));
        QCOMPARE(finding.latent, latent);
        QCOMPARE(finding.remedies.isEmpty(), finding.status == FindingStatus::NotAffected);
    }

    // Issue 11: Rocky 9, stock Debian 12 and Arch said "at risk" only because
    // the ZFS version is in range. Without a loop device: latent, whatever
    // the kernel (even an Enterprise Linux one whose level is unknowable).
    void noLoopDeviceIsLatentOnAnyKernel_data() {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("kernel");
        QTest::newRow("Rocky 9") << int(DistroFamily::Fedora) << "5.14.0-503.14.1.el9_5.x86_64";
        QTest::newRow("Debian 12") << int(DistroFamily::Debian) << "6.1.0-28-amd64";
        QTest::newRow("Fedora 6.14.5") << int(DistroFamily::Fedora) << "6.14.5-300.fc42.x86_64";
    }
    void noLoopDeviceIsLatentOnAnyKernel() {
        QFETCH(int, family);
        QFETCH(QString, kernel);
        FactsBuilder builder = system(QStringLiteral("2.2.7-1"), kernel, false);
        builder.distro(DistroFamily(family));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(finding.remedies.isEmpty());
    }

    // Reads through a loop device do not hang: the squashfs loops of snaps are
    // not triggers, even on a kernel with the loop change.
    void readOnlyLoopIsNotATrigger() {
        FactsBuilder builder = system(QStringLiteral("2.3.1-1"), QStringLiteral("6.12.25"));
        builder.readOnly(Tri::Yes);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("read-only")));
        FactsBuilder unknown = system(QStringLiteral("2.3.1-1"), QStringLiteral("6.12.25"));
        unknown.readOnly(Tri::Unknown);
        QCOMPARE(detect(unknown.build()).status, FindingStatus::Unknown);
    }

    // The level, never the digits of uname -r.
    void distributionKernelsAreJudgedByTheirUpstreamLevel() {
        // Debian backports: /proc/version names the package 6.12.30-1~bpo12+1.
        FactsBuilder debian =
            system(QStringLiteral("2.3.2-2~bpo12+2"), QStringLiteral("6.12.30+bpo-amd64"));
        debian.distro(DistroFamily::Debian)
            .kernel(
                QStringLiteral("6.12.30+bpo-amd64"),
                QStringLiteral("Linux version 6.12.30+bpo-amd64 (debian-kernel@lists.debian.org)"
                               " #1 SMP PREEMPT_DYNAMIC Debian 6.12.30-1~bpo12+1 (2025-06-05)"));
        Finding finding = detect(debian.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("upstream 6.12.30")));

        // Ubuntu 6.8.0-51-generic is upstream 6.8.12: no loop change.
        FactsBuilder ubuntu =
            system(QStringLiteral("2.2.2-0ubuntu9"), QStringLiteral("6.8.0-51-generic"));
        ubuntu.distro(DistroFamily::Ubuntu)
            .kernel(
                QStringLiteral("6.8.0-51-generic"),
                QStringLiteral("Linux version 6.8.0-51-generic (buildd@lcy02-amd64-100) #51-Ubuntu "
                               "SMP PREEMPT_DYNAMIC Sat Nov  9 17:58:29 UTC 2024 (Ubuntu "
                               "6.8.0-51.52-generic 6.8.12)"));
        finding = detect(ubuntu.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));

        // An Enterprise Linux kernel with a trigger: unknown, saying why.
        FactsBuilder rocky =
            system(QStringLiteral("2.2.7-1"), QStringLiteral("5.14.0-503.14.1.el9_5.x86_64"));
        finding = detect(rocky.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("Enterprise Linux")));
    }

    // At risk: the next boot starts a kernel with the change.
    void nextBootIntoAKernelWithTheChangeIsAtRisk() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.24-200.fc41.x86_64"));
        builder
            .installedKernel(QStringLiteral("6.12.20-200.fc41.x86_64"),
                             QStringLiteral("kernel-core-6.12.20-200.fc41.x86_64"))
            .installedKernel(QStringLiteral("6.12.30-200.fc41.x86_64"),
                             QStringLiteral("kernel-core-6.12.30-200.fc41.x86_64"))
            .installedKernel(QStringLiteral("6.12.24-200.fc41.x86_64"),
                             QStringLiteral("kernel-core-6.12.24-200.fc41.x86_64"))
            .defaultBoot(QStringLiteral("6.12.30-200.fc41.x86_64"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QCOMPARE(finding.nextStep,
                 QStringLiteral("the next boot starts kernel 6.12.30-200.fc41.x86_64 (upstream "
                                "6.12.30), which carries the loop change"));
        // The running kernel is unaffected: pin it, never the older 6.12.20.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.12.24-200.fc41.x86_64"));
        QVERIFY(pin->command.startsWith(
            QLatin1String("sudo dnf versionlock add kernel-core-6.12.24-200.fc41 && sudo "
                          "grubby --set-default /boot/vmlinuz-6.12.24-200.fc41.x86_64")));
        // dnf 4's `versionlock delete` ignores a spec with the arch: the undo
        // names the package by name-version-release, as the pin does.
        QVERIFY(pin->undo.startsWith(
            QLatin1String("sudo dnf versionlock delete kernel-core-6.12.24-200.fc41 && ")));
        QVERIFY(pin->undo.contains(QLatin1String("/boot/vmlinuz-6.12.30-200.fc41.x86_64")));
        QVERIFY(pin->automatic);

        // Without a default entry the newest installed kernel is what boots next.
        FactsBuilder noDefault = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.24"));
        noDefault.installedKernel(QStringLiteral("6.12.30"));
        const Finding newest = detect(noDefault.build());
        QVERIFY2(newest.status == FindingStatus::AtRisk, qPrintable(describe(newest)));
        QVERIFY(newest.nextStep.contains(QLatin1String("6.12.30")));
    }

    void affectedOffersAnOlderKernelAndNamesTheLoop() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25-200.fc41.x86_64"));
        builder
            .installedKernel(QStringLiteral("6.12.24-200.fc41.x86_64"),
                             QStringLiteral("kernel-core-6.12.24-200.fc41.x86_64"))
            .installedKernel(QStringLiteral("6.12.23-200.fc41.x86_64"), QString(), QString(),
                             Tri::No)  // no zfs module: never pinned
            .defaultBoot(QStringLiteral("6.12.25-200.fc41.x86_64"))
            .logHit(KernelLogHit::Kind::TxgSyncHung,
                    QStringLiteral("INFO: task txg_sync:1234 blocked for more than 122 seconds."));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("loop1")));
        QCOMPARE(finding.severity, Severity::Critical);
        QVERIFY(describe(finding).contains(QLatin1String("txg_sync:1234")));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.12.24-200.fc41.x86_64"));
        QCOMPARE(finding.remedies.first().id, QStringLiteral("kernel-pin"));
        const RemedyOption* zvol =
            findRemedy(finding, QStringLiteral("use-zvol"), QStringLiteral("loop1"));
        QVERIFY(zvol);
        QVERIFY(!zvol->automatic);
        QVERIFY(zvol->command.isEmpty());  // guidance, not a command
        QVERIFY(zvol->guidance.contains(QLatin1String("if=/tank/vm/xfs.img of=/dev/zvol/tank/")));
        // Turning loop direct I/O off does not help a buffered loop device.
        QVERIFY(!findRemedy(finding, QStringLiteral("loop-dio-off")));
    }

    void noKernelPinWithoutAnUnaffectedKernel() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"));
        builder.installedKernel(QStringLiteral("6.14.4"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
    }

    void configuredLoopIsAtRisk() {
        FactsBuilder builder = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"), false);
        builder.fstabLoopOnZfs(QStringLiteral("/tank/vm/disk.img"), QStringLiteral("tank/vm"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QVERIFY(finding.nextStep.startsWith(QLatin1String("/etc/fstab line")));
        QVERIFY(finding.nextStep.contains(
            QLatin1String("attaches /tank/vm/disk.img as a loop device")));
        // Read-only in fstab: reads do not hang.
        FactsBuilder readOnly = system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.25"), false);
        readOnly.fstabLoopOnZfs(QStringLiteral("/tank/vm/disk.img"), QStringLiteral("tank/vm"),
                                true);
        finding = detect(readOnly.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected && finding.latent,
                 qPrintable(describe(finding)));
    }

    // A writable direct-I/O loop device on 2.3.1-2.3.2 crashes or hangs on
    // writes, on any kernel and any `direct` value (seen on 2.3.2 with
    // 6.12.95: the crash on standard and always, the hang on standard,
    // disabled and with zfs_dio_enabled=0): affected without the loop change.
    void directIoLoopWritesCrashOrHangOnAnyKernel() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian)
            .kernel(QStringLiteral("6.1.0-28-amd64"),
                    QStringLiteral("Linux version 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian "
                                   "6.1.119-1 (2024-11-22)"))
            .zfsModule(QStringLiteral("2.3.2-2~bpo12+2"))
            .dataset(QStringLiteral("tank/std"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/std/disk.img"),
                       QStringLiteral("tank/std"), true)
            .blockSize(4096);
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::InferredFromVersions);
        QVERIFY(finding.summary.contains(QLatin1String("crash the kernel")));
        QVERIFY(finding.summary.contains(QLatin1String("hang the loop worker")));
        // The running kernel lacks the loop change: a buffered device is safe.
        QVERIFY(findRemedy(finding, QStringLiteral("loop-dio-off"), QStringLiteral("loop0")));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
        for (const char* value : {"disabled", "always"}) {
            builder.facts().zfs.datasets.last().direct.value = QLatin1String(value);
            finding = detect(builder.build());
            QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        }
        builder.facts().zfs.datasets.last().direct.value = QStringLiteral("standard");
        builder.parameter(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        // Read-only: reads are fine.
        builder.readOnly(Tri::Yes);
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);
        builder.readOnly(Tri::No);
        // 2.3.3 has the fix.
        builder.zfsModule(QStringLiteral("2.3.3-1"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);
    }

    // Older releases have the offset bug but no Direct I/O write path: the
    // hang (reproduced with 2.1.11 on 6.1, stock Debian 12).
    void directIoLoopWritesHangOlderReleases() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian)
            .kernel(QStringLiteral("6.1.0-57-amd64"),
                    QStringLiteral("Linux version 6.1.0-57-amd64 (debian-kernel@lists.debian.org) "
                                   "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2025-10-01)"))
            .zfsModule(QStringLiteral("2.1.11-1+deb12u1"))
            .datasetWithoutDirect(QStringLiteral("tank/vm"))
            .loopOnZfs(QStringLiteral("loop1"), QStringLiteral("/tank/vm/ext4.img"),
                       QStringLiteral("tank/vm"), true);
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::InferredFromVersions);
        QVERIFY(!finding.summary.contains(QLatin1String("crash")));
        QVERIFY(finding.summary.contains(QLatin1String("hang the loop worker on any kernel")));
        // The same loop buffered on 6.1 (no loop change) is not a trigger.
        builder.facts().loopDevices.last().directIo = Tri::No;
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(finding.latent);
    }

    // The kernel log shows it: a loop worker stuck in ZFS, or the crash.
    void kernelLogEvidence() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.30-100.fc41.x86_64"));
        builder.logHit(KernelLogHit::Kind::LoopWriteOops,
                       QStringLiteral("Oops: general protection fault, probably for non-canonical "
                                      "address 0x6d0d39040000000: 0000 [#1] PREEMPT SMP NOPTI"));
        builder.logHit(KernelLogHit::Kind::LoopWriteHung,
                       QStringLiteral("INFO: task jbd2/loop1-8:591 blocked for more than 120 "
                                      "seconds."));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("jbd2/loop1-8")));
        QVERIFY(describe(finding).contains(QLatin1String("general protection fault")));
    }

    // On a kernel with the loop change, turning direct I/O off trades the
    // crash for the hang: the remedy says it would not end the problem.
    void directIoOffDoesNotHelpOnAKernelWithTheLoopChange() {
        FactsBuilder builder =
            system(QStringLiteral("2.3.2-1"), QStringLiteral("6.12.30-100.fc41.x86_64"));
        builder.facts().loopDevices.last().directIo = Tri::Yes;
        const QList<Finding> findings = evaluate(builder.build(), test::shippedKnowledge());
        const Finding& finding = test::findingFor(findings, kId);
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        const RemedyOption* off = findRemedy(finding, QStringLiteral("loop-dio-off"));
        QVERIFY2(off && off->conflict.contains(QLatin1String("would not end this problem")),
                 qPrintable(describe(finding)));
    }

    void proxmoxRemediesUseProxmoxTools() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Proxmox)
            .kernel(QStringLiteral("6.14.4-1-pve"))
            .installedKernel(QStringLiteral("6.14.4-1-pve"),
                             QStringLiteral("proxmox-kernel-6.14.4-1-pve-signed"),
                             QStringLiteral("6.14.4-1"))
            .installedKernel(QStringLiteral("6.14.0-2-pve"),
                             QStringLiteral("proxmox-kernel-6.14.0-2-pve-signed"),
                             QStringLiteral("6.14.0-2"))
            .zfsModule(QStringLiteral("2.2.7-pve2"))
            .dataset(QStringLiteral("rpool/vm"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/rpool/vm/disk.raw"),
                       QStringLiteral("rpool/vm"), false);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.14.0-2-pve"));
        QVERIFY(pin->command.startsWith(
            QLatin1String("sudo proxmox-boot-tool kernel pin 6.14.0-2-pve")));
        QVERIFY(!pin->automatic);  // the helper does not drive proxmox-boot-tool
        QVERIFY(!pin->command.contains(QLatin1String("apt-mark")));
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY(upgrade);
        QVERIFY(!upgrade->command.contains(QLatin1String("zfs-dkms")));
        QVERIFY(upgrade->guidance.contains(QLatin1String("Proxmox's own repositories")));
    }

    void ubuntuPinHoldsTheMetaPackagesToo() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Ubuntu)
            .kernelLevel(KernelLevel{QStringLiteral("6.14.11"), QStringLiteral("test"), {}, {}, {}})
            .kernel(QStringLiteral("6.14.0-32-generic"))
            .installedKernel(QStringLiteral("6.14.0-32-generic"),
                             QStringLiteral("linux-image-6.14.0-32-generic"))
            .installedKernel(QStringLiteral("6.8.0-51-generic"),
                             QStringLiteral("linux-image-6.8.0-51-generic"))
            .package(QStringLiteral("linux-image-generic-hwe-24.04"),
                     QStringLiteral("6.14.0-32.32~24.04.1"))
            .package(QStringLiteral("linux-image-6.14.0-32-generic"),
                     QStringLiteral("6.14.0-32.32~24.04.1"))
            .zfsModule(QStringLiteral("2.3.1-1ubuntu1"))
            .dataset(QStringLiteral("data/vm"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/data/vm/disk.img"),
                       QStringLiteral("data/vm"), false);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        // 6.8.0-51-generic: only its series 6.8 is sure, and no 6.8 has the change.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->command, QStringLiteral("sudo apt-mark hold linux-image-6.8.0-51-generic "
                                              "linux-image-generic-hwe-24.04"));
        // Ubuntu's own ZFS build is upgraded with the distribution's kernels.
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY2(upgrade, qPrintable(describe(finding)));
        QCOMPARE(upgrade->command, QStringLiteral("sudo apt update && sudo apt full-upgrade"));
    }

    void ubuntuUpgradeCommandOnlyForUbuntusZfsBuild() {
        // OpenZFS 2.3.2 built from source (DKMS) on Ubuntu 24.04: a full
        // upgrade would not touch it, so only the general guidance applies.
        FactsBuilder builder;
        builder.distro(DistroFamily::Ubuntu)
            .kernel(QStringLiteral("6.8.0-51-generic"))
            .zfsModule(QStringLiteral("2.3.2-1"))
            .dataset(QStringLiteral("data/vm"))
            .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/data/vm/disk.img"),
                       QStringLiteral("data/vm"), true);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        const RemedyOption* upgrade = findRemedy(finding, QStringLiteral("upgrade-zfs"));
        QVERIFY2(upgrade, qPrintable(describe(finding)));
        QVERIFY2(upgrade->command.isEmpty(), qPrintable(upgrade->command));
        QVERIFY(!upgrade->automatic);
        QVERIFY2(upgrade->guidance.contains(QLatin1String("OpenZFS project's packages")),
                 qPrintable(upgrade->guidance));
    }

    void trueNasNeverPinsAndIsUnconfirmedWithoutTheSymptom() {
        // A TrueNAS kernel at an upstream level with the loop change (6.12.15,
        // which TrueNAS 25.04.0 ships, lacks it).
        FactsBuilder builder =
            system(QStringLiteral("2.3.0-1"), QStringLiteral("6.12.33-production+truenas"));
        builder.distro(DistroFamily::TrueNasScale)
            .installedKernel(QStringLiteral("6.6.44-production+truenas"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QCOMPARE(finding.confidence, Confidence::RestsOnUnconfirmed);
        QVERIFY(finding.nextStep.contains(QLatin1String("loop1")));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
        builder.logHit(KernelLogHit::Kind::TxgSyncHung,
                       QStringLiteral("INFO: task txg_sync:99 blocked for more than 122 seconds."));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
    }

    void developmentBuildWithATriggerIsUnknown() {
        const Finding finding =
            detect(system(QStringLiteral("2.2.99-1"), QStringLiteral("6.12.25")).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("development build")));
    }

    void unreadLoopsAreUnknown() {
        FactsBuilder builder = system(QStringLiteral("2.3.1-1"), QStringLiteral("6.12.25"), false);
        builder.unread(FactArea::LoopDevices, QStringLiteral("not recorded in this snapshot"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::Unknown);
        FactsBuilder fstab = system(QStringLiteral("2.3.1-1"), QStringLiteral("6.12.25"), false);
        fstab.unread(FactArea::Fstab, QStringLiteral("permission denied"));
        QCOMPARE(detect(fstab.build()).status, FindingStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestDetectorLoopWriteHang)
#include "test_detector_loop_write_hang.moc"
