// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 6 detector: the kernel the next boot starts (or this boot's) has
// no zfs module, or lies outside the kernels the installed OpenZFS supports
// (META Linux-Minimum/Linux-Maximum of its release tag, the data's
// kernelSupport table; configure refuses newer series since zfs-2.3.0).
// Judged on the installed ZFS, not the loaded module; where the kernel
// packages carry zfs.ko (Ubuntu's build, Proxmox VE, TrueNAS) a present
// module is all that counts. Kernel releases are real distribution forms.

#include <QtTest>

#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const QString kId = QStringLiteral("kernel-zfs-unsupported");
const QString kF43Running = QStringLiteral("6.18.5-200.fc43.x86_64");
const QString kF43New = QStringLiteral("6.19.3-200.fc43.x86_64");

Finding detect(const Facts& facts) {
    return test::runDetector(kId, facts);
}

// Fedora 43 after `dnf upgrade`: running 6.18.5 with its module, the new
// 6.19.3 installed and made the default without one.
FactsBuilder fedora(const QString& zfs, Tri newModule = Tri::No) {
    FactsBuilder builder;
    builder.distro(DistroFamily::Fedora, QStringLiteral("fedora"))
        .kernel(kF43Running)
        .installedKernel(kF43Running, QStringLiteral("kernel-core-") + kF43Running)
        .installedKernel(kF43New, QStringLiteral("kernel-core-") + kF43New, QString(), newModule)
        .defaultBoot(kF43New)
        .zfsModule(zfs);
    builder.facts().zfs.pools << ZfsPool{
        QStringLiteral("tank"), {}, {}, {}, QStringLiteral("ONLINE")};
    return builder;
}
}  // namespace

class TestDetectorKernelZfsUnsupported : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The case: ZFS 2.4.0 (Linux-Maximum 6.18) and a 6.19 default.
    void fedoraDefaultKernelNewerThanZfsSupports() {
        const Finding finding = detect(fedora(QStringLiteral("2.4.0-1")).build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("No ZFS after the next reboot")));
        QVERIFY(finding.summary.contains(kF43New));
        QVERIFY(finding.summary.contains(QLatin1String("Linux 4.18 to 6.18.x")));
        QVERIFY(finding.summary.contains(QLatin1String("Pools that would not import: tank")));
        QVERIFY(describe(finding).contains(QLatin1String("zfs-2.4.0/META")));
        // 2.4.1 is the first release whose META allows 6.19.
        QVERIFY2(describe(finding).contains(QLatin1String("first release supporting ") + kF43New +
                                            QLatin1String(" = 2.4.1")),
                 qPrintable(describe(finding)));
        // Pin the running kernel, which has a module 2.4.0 supports.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, kF43Running);
        QVERIFY(pin->automatic);
        QVERIFY(pin->command.contains(QLatin1String("grubby --set-default /boot/vmlinuz-") +
                                      kF43Running));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
        // Outside the range a rebuild fails: never offered.
        QVERIFY(!findRemedy(finding, QStringLiteral("rebuild-zfs-module")));
        QCOMPARE(finding.remedies.first().id, QStringLiteral("kernel-pin"));
    }

    // The version that counts is the installed ZFS (it builds the module),
    // not the loaded one: 2.4.1 installed, 2.4.0 still loaded. 6.19 is inside
    // 2.4.1's range, so the missing module may still be built: unknown, with
    // how to check. With the loaded version it would have been "affected".
    void installedZfsNotLoadedModuleDecides() {
        FactsBuilder builder = fedora(QStringLiteral("2.4.0-1"));
        builder.zfsUserland(QStringLiteral("2.4.1-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(
            finding.unknownReason.contains(QLatin1String("sudo dkms autoinstall -k ") + kF43New));
        QVERIFY(finding.unknownReason.contains(QLatin1String("/lib/modules/") + kF43New +
                                               QLatin1String("/build/include")));
    }

    // The new kernel got its module: nothing to do.
    void moduleBuiltIsNotAffected() {
        const Finding finding = detect(fedora(QStringLiteral("2.4.1-1"), Tri::Yes).build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(finding.remedies.isEmpty());
        QVERIFY(!finding.latent);
    }

    // A listing that could not be read is never "no module".
    void unreadModuleDirectoryIsUnknown() {
        const Finding finding = detect(fedora(QStringLiteral("2.4.0-1"), Tri::Unknown).build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("could not be read")));
    }

    // 2.2.x does not refuse a newer kernel: "unsupported, a build may fail".
    void zfs22SaysUnsupported() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora)
            .kernel(QStringLiteral("6.10.12-200.fc40.x86_64"))
            .installedKernel(QStringLiteral("6.11.3-200.fc40.x86_64"),
                             QStringLiteral("kernel-core-6.11.3-200.fc40.x86_64"), QString(),
                             Tri::No)
            .defaultBoot(QStringLiteral("6.11.3-200.fc40.x86_64"))
            .zfsModule(QStringLiteral("2.2.6-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("unsupported")));
        QVERIFY(finding.summary.contains(QLatin1String("may fail")));
        QVERIFY(finding.summary.contains(QLatin1String("Linux 3.10 to 6.10.x")));
    }

    // Today's state: this boot's kernel has no module and ZFS is not loaded.
    // Inside the range: rebuilding is offered, and pinning an older kernel
    // that has a module (allowed because the running kernel is affected).
    void thisBootHasNoZfs() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora)
            .kernel(QStringLiteral("6.17.4-200.fc42.x86_64"))
            .installedKernel(QStringLiteral("6.17.4-200.fc42.x86_64"),
                             QStringLiteral("kernel-core-6.17.4-200.fc42.x86_64"), QString(),
                             Tri::No)
            .installedKernel(QStringLiteral("6.16.9-200.fc42.x86_64"),
                             QStringLiteral("kernel-core-6.16.9-200.fc42.x86_64"))
            .defaultBoot(QStringLiteral("6.17.4-200.fc42.x86_64"))
            .zfsUserlandOnly(QStringLiteral("2.3.5-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.startsWith(QLatin1String("This boot has no ZFS")));
        const RemedyOption* rebuild = findRemedy(finding, QStringLiteral("rebuild-zfs-module"));
        QVERIFY2(rebuild, qPrintable(describe(finding)));
        QCOMPARE(rebuild->command,
                 QStringLiteral("sudo dnf install kernel-devel-6.17.4-200.fc42.x86_64 && sudo "
                                "dkms autoinstall -k 6.17.4-200.fc42.x86_64"));
        QVERIFY(!rebuild->automatic);
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, QStringLiteral("6.16.9-200.fc42.x86_64"));
        // Inside the range: no upgrade needed.
        QVERIFY(!findRemedy(finding, QStringLiteral("upgrade-zfs")));

        // The same kernel with a module but ZFS simply not loaded: not this problem.
        builder.installedKernel(QStringLiteral("6.17.4-200.fc42.x86_64"),
                                QStringLiteral("kernel-core-6.17.4-200.fc42.x86_64"), QString(),
                                Tri::Yes);
        const Finding loadable = detect(builder.build());
        QVERIFY2(loadable.status == FindingStatus::NotAffected, qPrintable(describe(loadable)));
    }

    // Root on ZFS: no system after the reboot.
    void rootOnZfsSaysNoSystem() {
        FactsBuilder builder = fedora(QStringLiteral("2.4.0-1"));
        builder.dataset(QStringLiteral("rpool/ROOT/fedora"));
        builder.facts().zfs.datasets.last().mountpoint.value = QStringLiteral("/");
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(
            QLatin1String("The root file system is on ZFS (rpool/ROOT/fedora)")));
    }

    // Debian with zfs-dkms from backports: the package version decides. A
    // newer kernel that is not the default and lacks a module is one boot
    // away; the step names it.
    void debianNewerNonDefaultKernelIsAtRisk() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian, QStringLiteral("debian"))
            .kernel(QStringLiteral("6.12.38+bpo-amd64"),
                    QStringLiteral("Linux version 6.12.38+bpo-amd64 "
                                   "(debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC "
                                   "Debian 6.12.38-1~bpo12+1 (2025-07-20)"))
            .installedKernel(QStringLiteral("6.12.38+bpo-amd64"),
                             QStringLiteral("linux-image-6.12.38+bpo-amd64"),
                             QStringLiteral("6.12.38-1~bpo12+1"))
            .installedKernel(QStringLiteral("6.16.3+bpo-amd64"),
                             QStringLiteral("linux-image-6.16.3+bpo-amd64"),
                             QStringLiteral("6.16.3-1~bpo12+1"), Tri::No)
            .defaultBoot(QStringLiteral("6.12.38+bpo-amd64"))
            .package(QStringLiteral("zfs-dkms"), QStringLiteral("2.3.2-2~bpo12+2"))
            .package(QStringLiteral("zfsutils-linux"), QStringLiteral("2.3.2-2~bpo12+2"))
            .zfsModule(QStringLiteral("2.3.2-2~bpo12+2"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::AtRisk, qPrintable(describe(finding)));
        QCOMPARE(finding.nextStep,
                 QStringLiteral("booting kernel 6.16.3+bpo-amd64 (installed, not the default)"));
        QVERIFY(describe(finding).contains(QLatin1String("zfs-dkms = 2.3.2-2~bpo12+2")));
        QVERIFY(finding.summary.contains(QLatin1String("Linux 4.18 to 6.14.x")));
        // Neither the running nor the next-boot kernel is affected: no pin.
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
        QVERIFY(findRemedy(finding, QStringLiteral("upgrade-zfs")));
    }

    // Ubuntu's own ZFS comes inside linux-modules: a kernel with a module has
    // ZFS whatever META says (2.2.2's maximum is 6.6; this HWE kernel is 6.14).
    void ubuntuModuleInsideTheKernelPackage() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Ubuntu, QStringLiteral("ubuntu"))
            .kernel(QStringLiteral("6.8.0-51-generic"))
            .installedKernel(QStringLiteral("6.14.0-32-generic"),
                             QStringLiteral("linux-image-6.14.0-32-generic"),
                             QStringLiteral("6.14.0-32.32~24.04.1"))
            .defaultBoot(QStringLiteral("6.14.0-32-generic"))
            .package(QStringLiteral("zfsutils-linux"), QStringLiteral("2.2.2-0ubuntu9.3"))
            .zfsModule(QStringLiteral("2.2.2-0ubuntu9"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        QVERIFY(describe(finding).contains(QLatin1String("linux-modules")));

        // The same kernel without its module: nothing will build one.
        builder.installedKernel(QStringLiteral("6.14.0-32-generic"),
                                QStringLiteral("linux-image-6.14.0-32-generic"),
                                QStringLiteral("6.14.0-32.32~24.04.1"), Tri::No);
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("nothing here builds one")));
        QVERIFY(!findRemedy(finding, QStringLiteral("rebuild-zfs-module")));
    }

    // Ubuntu with zfs-dkms installed: DKMS builds the modules, so the range
    // and the build decide. 6.11 is inside 2.3.1's range (up to 6.13): the
    // missing module may still be built (unknown); without zfs-dkms nothing
    // would build it (affected).
    void ubuntuWithZfsDkmsIsJudgedLikeDkms() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Ubuntu, QStringLiteral("ubuntu"))
            .kernel(QStringLiteral("6.8.0-51-generic"))
            .installedKernel(QStringLiteral("6.11.0-19-generic"),
                             QStringLiteral("linux-image-6.11.0-19-generic"),
                             QStringLiteral("6.11.0-19.19~24.04.1"), Tri::No)
            .defaultBoot(QStringLiteral("6.11.0-19-generic"))
            .package(QStringLiteral("zfs-dkms"), QStringLiteral("2.3.1-1ubuntu1"))
            .zfsModule(QStringLiteral("2.3.1-1ubuntu1"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        builder.facts().packages.clear();
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        // Packages not read: whether zfs-dkms builds is not known, so the
        // range decides (unknown inside it), never "nothing builds one".
        builder.unread(FactArea::Packages, QStringLiteral("dpkg status unreadable"));
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
    }

    // A newer non-default kernel inside the range without a module: unknown.
    void newerKernelThatMayStillBeBuiltIsUnknown() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora)
            .kernel(QStringLiteral("6.15.9-201.fc42.x86_64"))
            .installedKernel(QStringLiteral("6.16.5-200.fc42.x86_64"), QString(), QString(),
                             Tri::No)
            .defaultBoot(QStringLiteral("6.15.9-201.fc42.x86_64"))
            .zfsModule(QStringLiteral("2.3.4-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(
            QLatin1String("sudo dkms autoinstall -k 6.16.5-200.fc42.x86_64")));
    }

    // The VM suite's kernel-boot scenario as facts: Debian 12 with zfs-dkms
    // 2.3.2 from backports, running 6.12.95 with its module, and bookworm's
    // stock 6.1 installed without headers and made the default. 6.1 is
    // inside 2.3.2's range, but dkms skips a kernel without
    // build/include: affected, and the pin goes back to the running kernel.
    // With headers the build may still come (unknown); unread, unknown too.
    void kernelWithoutHeadersGetsNoModule() {
        const QString running = QStringLiteral("6.12.95+deb12-amd64");
        const QString stock = QStringLiteral("6.1.0-44-amd64");
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian, QStringLiteral("debian"))
            .kernel(running, QStringLiteral("Linux version 6.12.95+deb12-amd64 "
                                            "(debian-kernel@lists.debian.org) #1 SMP "
                                            "PREEMPT_DYNAMIC Debian 6.12.95-1~bpo12+1 "
                                            "(2026-07-01)"))
            .installedKernel(running, QStringLiteral("linux-image-6.12.95+deb12-amd64"),
                             QStringLiteral("6.12.95-1~bpo12+1"))
            .installedKernel(stock, QStringLiteral("linux-image-6.1.0-44-amd64"),
                             QStringLiteral("6.1.192-3"), Tri::No)
            .kernelHeaders(stock, Tri::No)
            .defaultBoot(stock)
            .package(QStringLiteral("zfs-dkms"), QStringLiteral("2.3.2-2~bpo12+2"))
            .package(QStringLiteral("zfsutils-linux"), QStringLiteral("2.3.2-2~bpo12+2"))
            .zfsModule(QStringLiteral("2.3.2-2~bpo12+2"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("its headers are not installed")));
        QVERIFY(
            finding.summary.contains(QLatin1String("/lib/modules/6.1.0-44-amd64/build/include")));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QCOMPARE(pin->target, running);
        QVERIFY(pin->automatic);
        // Inside the range: installing the headers lets dkms build it.
        const RemedyOption* rebuild = findRemedy(finding, QStringLiteral("rebuild-zfs-module"));
        QVERIFY2(rebuild, qPrintable(describe(finding)));
        QVERIFY(
            rebuild->command.contains(QLatin1String("apt install linux-headers-6.1.0-44-amd64")));
        QVERIFY(!findRemedy(finding, QStringLiteral("upgrade-zfs")));

        builder.kernelHeaders(stock, Tri::Yes);
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("its headers are installed")));
        QVERIFY(finding.unknownReason.contains(QLatin1String("sudo dkms autoinstall -k ") + stock));

        builder.kernelHeaders(stock, Tri::Unknown);
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("which could not be read")));

        // The default back on the running kernel (the pin applied): an
        // older kernel without a module is not a next-boot kernel.
        builder.kernelHeaders(stock, Tri::No).defaultBoot(running);
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
    }

    // Where the next boot goes cannot be told: unknown, saying why.
    void unknownNextBootIsUnknown() {
        FactsBuilder builder = fedora(QStringLiteral("2.4.0-1"), Tri::Yes);
        builder.defaultBoot(QStringLiteral("6.19.9-200.fc43.x86_64"));  // not installed
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("not installed")));
    }

    // Whether ZFS is there at all could not be read: unknown, not "not installed".
    void zfsPresenceNotReadIsUnknown() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Fedora)
            .kernel(kF43Running)
            .unread(FactArea::ZfsModule, QStringLiteral("/sys/module/zfs not recorded"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Unknown, qPrintable(describe(finding)));
        QVERIFY(finding.unknownReason.contains(QLatin1String("not recorded")));
    }

    // Proxmox VE kernels come with their own ZFS: 2.3.4-pve1's META maximum
    // (6.16) says nothing about a 6.17 Proxmox kernel that carries its module.
    void proxmoxKernelsCarryTheirZfs() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Proxmox, QStringLiteral("debian"))
            .kernel(QStringLiteral("6.14.11-4-pve"))
            .installedKernel(QStringLiteral("6.17.2-1-pve"),
                             QStringLiteral("proxmox-kernel-6.17.2-1-pve-signed"),
                             QStringLiteral("6.17.2-1"))
            .package(QStringLiteral("proxmox-ve"), QStringLiteral("9.0.0"))
            .zfsModule(QStringLiteral("2.3.4-pve1"));
        Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::NotAffected, qPrintable(describe(finding)));
        builder.installedKernel(QStringLiteral("6.17.2-1-pve"),
                                QStringLiteral("proxmox-kernel-6.17.2-1-pve-signed"),
                                QStringLiteral("6.17.2-1"), Tri::No);
        finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        // proxmox-boot-tool pin: shown, not automatic.
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QVERIFY(pin->command.startsWith(
            QLatin1String("sudo proxmox-boot-tool kernel pin 6.14.11-4-pve")));
        QVERIFY(!pin->automatic);
    }

    // TrueNAS: the image carries kernel and ZFS; never a kernel remedy.
    void trueNasNeverGetsKernelRemedies() {
        FactsBuilder builder;
        builder.distro(DistroFamily::TrueNasScale)
            .kernel(QStringLiteral("6.12.15-production+truenas"))
            .zfsModule(QStringLiteral("2.3.0-1"));
        QCOMPARE(detect(builder.build()).status, FindingStatus::NotAffected);
        builder.installedKernel(QStringLiteral("6.12.15-production+truenas"), QString(), QString(),
                                Tri::No);
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(!findRemedy(finding, QStringLiteral("kernel-pin")));
    }

    // Arch: the default entry is not read; the newest installed kernel is
    // what boots. A pin there is guidance only.
    void archNewestKernelWithoutModule() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Other, QStringLiteral("arch"))
            .kernel(QStringLiteral("6.18.9-arch1-1"))
            .installedKernel(QStringLiteral("6.19.2-arch1-1"), QString(), QString(), Tri::No)
            .unread(FactArea::DefaultBoot, QStringLiteral("The default boot kernel is only read on "
                                                          "Fedora, Debian, Ubuntu, Proxmox VE and "
                                                          "TrueNAS SCALE."))
            .zfsModule(QStringLiteral("2.4.0-1"));
        const Finding finding = detect(builder.build());
        QVERIFY2(finding.status == FindingStatus::Affected, qPrintable(describe(finding)));
        QVERIFY(finding.summary.contains(QLatin1String("the newest installed kernel")));
        const RemedyOption* pin = findRemedy(finding, QStringLiteral("kernel-pin"));
        QVERIFY2(pin, qPrintable(describe(finding)));
        QVERIFY(!pin->automatic);
    }

    // Deciding facts not read: unknown, never "not affected".
    void unreadFactsAreUnknown() {
        FactsBuilder kernels = fedora(QStringLiteral("2.4.0-1"));
        kernels.unread(FactArea::InstalledKernels, QStringLiteral("rpm failed"));
        QCOMPARE(detect(kernels.build()).status, FindingStatus::Unknown);

        // A release the table does not list (a development build).
        const Finding dev = detect(fedora(QStringLiteral("2.4.99-38_g1a2b3c4d5")).build());
        QVERIFY2(dev.status == FindingStatus::Unknown, qPrintable(describe(dev)));
        QVERIFY(dev.unknownReason.contains(QLatin1String("not in the knowledge base")));

        // An Enterprise Linux kernel: its upstream level is not derivable.
        FactsBuilder rocky;
        rocky.distro(DistroFamily::Fedora, QStringLiteral("rocky"))
            .kernel(QStringLiteral("5.14.0-503.14.1.el9_5.x86_64"))
            .installedKernel(QStringLiteral("5.14.0-503.15.1.el9_5.x86_64"), QString(), QString(),
                             Tri::No)
            .defaultBoot(QStringLiteral("5.14.0-503.15.1.el9_5.x86_64"))
            .zfsModule(QStringLiteral("2.2.7-1"));
        const Finding el = detect(rocky.build());
        QVERIFY2(el.status == FindingStatus::Unknown, qPrintable(describe(el)));
    }

    void noZfsIsNotAffected() {
        FactsBuilder builder;
        builder.distro(DistroFamily::Debian).kernel(QStringLiteral("6.1.0-28-amd64"));
        builder.facts().zfs.moduleLoaded = Tri::No;
        builder.facts().zfs.userlandInstalled = Tri::No;
        const Finding finding = detect(builder.build());
        QCOMPARE(finding.status, FindingStatus::NotAffected);
        QCOMPARE(finding.summary, QStringLiteral("ZFS is not installed."));
    }

    // The table: every release tag 2.1.0-2.4.4, from its META file.
    void shippedTableMatchesMeta() {
        const ProblemInfo& problem = test::shippedProblem(kId);
        QCOMPARE(problem.kernelSupport.size(), 44);
        const auto row = [&problem](const char* zfs) {
            const KernelSupportInfo* found =
                problem.kernelSupportFor(*Version::parse(QString::fromLatin1(zfs)));
            return found ? QStringLiteral("%1-%2").arg(found->linuxMin.toString(),
                                                       found->linuxMax.toString())
                         : QString();
        };
        QCOMPARE(row("2.1.0"), QStringLiteral("3.10.0-5.13.0"));
        QCOMPARE(row("2.2.6-1"), QStringLiteral("3.10.0-6.10.0"));
        QCOMPARE(row("2.2.7"), QStringLiteral("4.18.0-6.12.0"));
        QCOMPARE(row("2.3.2-1"), QStringLiteral("4.18.0-6.14.0"));
        QCOMPARE(row("2.4.0"), QStringLiteral("4.18.0-6.18.0"));
        QCOMPARE(row("2.4.4"), QStringLiteral("4.18.0-7.2.0"));
        QVERIFY(row("2.4.5").isEmpty());
        QVERIFY(row("2.4.0-rc5").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDetectorKernelZfsUnsupported)
#include "test_detector_kernel_zfs_unsupported.moc"
