// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Installed kernels, default boot entry and package locks.
// Fixtures: see tests/fixtures/kernel/README.md.

#include <QtTest>

#include "collect/parsers/dpkg_status.h"
#include "collect/parsers/kernel_parsers.h"
#include "support/parser_fixtures.h"

using namespace zd;

namespace {
QString fixture(const char* name) {
    return test::fixtureText(QStringLiteral("kernel/") + QLatin1String(name));
}
}  // namespace

class ParseKernelTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void rpmReleases() {
        QCOMPARE(parseRpmKernelReleases(fixture("rpm-kernel-core.txt")),
                 (QStringList{QStringLiteral("6.11.4-301.fc41.x86_64"),
                              QStringLiteral("6.12.24-200.fc41.x86_64"),
                              QStringLiteral("6.12.25-200.fc41.x86_64")}));
    }
    void rpmNotInstalledAndGarbage() {
        QVERIFY(parseRpmKernelReleases(QStringLiteral("package kernel-core is not installed\n"))
                    .isEmpty());
        QVERIFY(parseRpmKernelReleases(QString()).isEmpty());
        QVERIFY(parseRpmKernelReleases(
                    QStringLiteral("error: rpmdb: BDB0113 Thread/process failed\n/x\n"))
                    .isEmpty());
        // Truncated mid-line: the whole part that is there still looks like a release.
        QCOMPARE(parseRpmKernelReleases(QStringLiteral("6.11.4-301.fc41.x86_64\n6.12")).size(), 2);
    }
    // Kernel packages out of the dpkg database (tests/fixtures/dpkg).
    void debianKernelsFromDpkgStatus() {
        const QList<InstalledPackage> installed = parseDpkgStatus(
            test::fixtureText(QStringLiteral("dpkg/status-debian12")), isPackageOfInterest);
        const QList<KernelPackage> kernels = debianKernelPackages(installed);
        QCOMPARE(kernels.size(), 2);
        QCOMPARE(kernels.at(0).package, QStringLiteral("linux-image-6.12.95+deb12-amd64"));
        QCOMPARE(kernels.at(0).release, QStringLiteral("6.12.95+deb12-amd64"));
        QCOMPARE(kernels.at(0).version, QStringLiteral("6.12.95-1~bpo12+1"));
        QVERIFY(!kernels.at(0).held);
        QCOMPARE(kernels.at(1).release, QStringLiteral("6.1.0-56-amd64"));
        QVERIFY(kernels.at(1).held);
    }
    void debianKernelPackageNames_data() {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("release");
        QTest::newRow("debian") << "linux-image-6.1.0-18-amd64"
                                << "6.1.0-18-amd64";
        QTest::newRow("debian unsigned suffix") << "linux-image-6.1.0-18-amd64-unsigned"
                                                << "6.1.0-18-amd64";
        QTest::newRow("ubuntu") << "linux-image-6.8.0-51-generic"
                                << "6.8.0-51-generic";
        QTest::newRow("ubuntu unsigned prefix") << "linux-image-unsigned-6.8.0-51-generic"
                                                << "6.8.0-51-generic";
        QTest::newRow("debian backports") << "linux-image-6.12.12+bpo-amd64"
                                          << "6.12.12+bpo-amd64";
        QTest::newRow("proxmox") << "proxmox-kernel-6.8.12-4-pve-signed"
                                 << "6.8.12-4-pve";
        QTest::newRow("proxmox unsigned") << "proxmox-kernel-6.8.12-4-pve"
                                          << "6.8.12-4-pve";
        QTest::newRow("old proxmox") << "pve-kernel-5.15.158-2-pve"
                                     << "5.15.158-2-pve";
        QTest::newRow("debian meta") << "linux-image-amd64"
                                     << "";
        QTest::newRow("ubuntu meta") << "linux-image-generic-hwe-24.04"
                                     << "";
        QTest::newRow("debug symbols") << "linux-image-6.1.0-18-amd64-dbg"
                                       << "";
        QTest::newRow("proxmox meta") << "proxmox-kernel-6.8"
                                      << "";
        QTest::newRow("not a kernel") << "zfsutils-linux"
                                      << "";
    }
    void debianKernelPackageNames() {
        QFETCH(QString, package);
        QFETCH(QString, release);
        const QList<KernelPackage> kernels =
            debianKernelPackages({InstalledPackage{package, QStringLiteral("1"), false}});
        if (release.isEmpty()) {
            QVERIFY(kernels.isEmpty());
        } else {
            QCOMPARE(kernels.size(), 1);
            QCOMPARE(kernels.first().release, release);
            QCOMPARE(kernels.first().package, package);
        }
    }
    void listings() {
        QCOMPARE(
            parseModulesListing(QStringLiteral("6.1.0-18-amd64\n6.12.12+bpo-amd64\nextra-junk\n")),
            (QStringList{QStringLiteral("6.1.0-18-amd64"), QStringLiteral("6.12.12+bpo-amd64")}));
        QCOMPARE(parseBootListing(QStringLiteral(
                     "config-6.11.4-301.fc41.x86_64\nefi\ngrub2\n"
                     "initramfs-6.11.4-301.fc41.x86_64.img\nloader\n"
                     "vmlinuz-0-rescue-1a2b3c4d5e6f\nvmlinuz-6.11.4-301.fc41.x86_64\n")),
                 QStringList{QStringLiteral("6.11.4-301.fc41.x86_64")});
        QVERIFY(parseBootListing(QString()).isEmpty());
    }
    void merge() {
        const QList<InstalledKernel> kernels = mergeInstalledKernels(
            QStringLiteral("dpkg"),
            {{QStringLiteral("linux-image-6.1.0-18-amd64"), QStringLiteral("6.1.0-18-amd64"),
              QStringLiteral("6.1.76-1"), false}},
            {QStringLiteral("6.1.0-18-amd64"), QStringLiteral("6.1.0-17-amd64")},
            {QStringLiteral("6.1.0-18-amd64")});
        QCOMPARE(kernels.size(), 2);
        QCOMPARE(kernels.at(0).package, QStringLiteral("linux-image-6.1.0-18-amd64"));
        QCOMPARE(kernels.at(0).seenIn,
                 (QStringList{QStringLiteral("dpkg"), QStringLiteral("/lib/modules"),
                              QStringLiteral("/boot")}));
        QCOMPARE(kernels.at(1).release, QStringLiteral("6.1.0-17-amd64"));
        QVERIFY(kernels.at(1).package.isEmpty());
        QCOMPARE(kernels.at(1).seenIn, QStringList{QStringLiteral("/lib/modules")});
    }

    void grubby() {
        QCOMPARE(
            parseGrubbyDefaultKernel(QStringLiteral("/boot/vmlinuz-6.12.24-200.fc41.x86_64\n")),
            QStringLiteral("6.12.24-200.fc41.x86_64"));
        QVERIFY(parseGrubbyDefaultKernel(QString()).isEmpty());
        QVERIFY(
            parseGrubbyDefaultKernel(QStringLiteral("The param /boot/x is incorrect\n")).isEmpty());
        QVERIFY(parseGrubbyDefaultKernel(QStringLiteral("/boot/vmlinuz-6.1\n/boot/vmlinuz-6.2\n"))
                    .isEmpty());
        QVERIFY(parseGrubbyDefaultKernel(QStringLiteral("/boot/vmlinuz-")).isEmpty());
    }
    void grubenv() {
        QCOMPARE(parseGrubenvSavedEntry(fixture("grubenv-saved-advanced")),
                 QStringLiteral(
                     "gnulinux-advanced-6f1c0a8e-4c1e-4b8e-9a57-2f3f1b0c6d11>"
                     "gnulinux-6.1.0-18-amd64-advanced-6f1c0a8e-4c1e-4b8e-9a57-2f3f1b0c6d11"));
        QVERIFY(
            parseGrubenvSavedEntry(QStringLiteral("# GRUB Environment Block\n#####\n")).isEmpty());
    }
    void grubDefaultZero() {
        QString problem;
        QCOMPARE(
            resolveGrubDefaultRelease(fixture("grub-debian-default0.cfg"), QString(), &problem),
            QStringLiteral("6.12.12+bpo-amd64"));
        QVERIFY(problem.isEmpty());
    }
    void grubSavedEntryById() {
        QString problem;
        QCOMPARE(resolveGrubDefaultRelease(
                     fixture("grub-debian-saved.cfg"),
                     parseGrubenvSavedEntry(fixture("grubenv-saved-advanced")), &problem),
                 QStringLiteral("6.1.0-18-amd64"));
    }
    void grubSavedEntryByTitleAndIndex() {
        QString problem;
        const QString cfg = fixture("grub-debian-saved.cfg");
        QCOMPARE(
            resolveGrubDefaultRelease(cfg,
                                      QStringLiteral("Advanced options for Debian GNU/Linux>Debian "
                                                     "GNU/Linux, with Linux 6.1.0-18-amd64"),
                                      &problem),
            QStringLiteral("6.1.0-18-amd64"));
        QCOMPARE(resolveGrubDefaultRelease(cfg, QStringLiteral("1>2"), &problem),
                 QStringLiteral("6.1.0-18-amd64"));
        // GRUB_DEFAULT=saved but nothing saved yet: GRUB boots entry 0.
        QCOMPARE(resolveGrubDefaultRelease(cfg, QString(), &problem),
                 QStringLiteral("6.12.12+bpo-amd64"));
    }
    void grubSavedEntryIgnoredWhenConfigIsFixed() {
        QString problem;
        QCOMPARE(resolveGrubDefaultRelease(fixture("grub-debian-default0.cfg"),
                                           QStringLiteral("1>2"), &problem),
                 QStringLiteral("6.12.12+bpo-amd64"));
    }
    void grubUnresolvable() {
        QString problem;
        const QString cfg = fixture("grub-debian-saved.cfg");
        QVERIFY(resolveGrubDefaultRelease(cfg, QStringLiteral("7"), &problem).isEmpty());
        QVERIFY(problem.contains(QStringLiteral("'7'")));
        QVERIFY(resolveGrubDefaultRelease(cfg, QStringLiteral("1"), &problem).isEmpty());
        QVERIFY(problem.contains(QStringLiteral("submenu")));
        QVERIFY(resolveGrubDefaultRelease(QString(), QString(), &problem).isEmpty());
        QVERIFY(problem.contains(QStringLiteral("no menu entries")));
        // Truncated file: the entry's linux line is missing.
        QVERIFY(resolveGrubDefaultRelease(cfg.left(cfg.indexOf(QStringLiteral("\tlinux"))),
                                          QString(), &problem)
                    .isEmpty());
        QVERIFY(problem.contains(QStringLiteral("no vmlinuz")));
        QVERIFY(
            resolveGrubDefaultRelease(QStringLiteral("}}}{{{\x01"), QString(), &problem).isEmpty());
    }

    void dnf4() {
        QCOMPARE(parseDnf4VersionlockKernels(fixture("versionlock.list")),
                 (QStringList{QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"),
                              QStringLiteral("kernel-modules-0:6.12.24-200.fc41.*")}));
        QVERIFY(parseDnf4VersionlockKernels(QString()).isEmpty());
    }
    void dnf5() {
        QStringList problems;
        QCOMPARE(parseDnf5VersionlockKernels(fixture("versionlock.toml"), &problems),
                 // kernel-modules-extra's range holds no single version: not a pin.
                 QStringList{QStringLiteral("kernel-core-6.12.24-200.fc41")});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void dnf5Malformed() {
        QStringList problems;
        const QStringList locks =
            parseDnf5VersionlockKernels(QStringLiteral("version = \"1.0\"\n"
                                                       "[[packages]]\n"
                                                       "name = kernel-core\n"
                                                       "[[packages]]\n"
                                                       "name = \"kernel\"\n"
                                                       "[[packages.conditions]]\n"
                                                       "key = \"evr\"\n"
                                                       "comparator = \"=\"\n"
                                                       "value = \"0:6.12.24-200.fc41"),
                                        &problems);
        // Not TOML dnf5 reads: dnf5 would fail on it, so no lock is reported.
        QVERIFY(locks.isEmpty());
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("line 3")));
        QVERIFY(parseDnf5VersionlockKernels(QString(), &problems).isEmpty());
    }
    void zfsModuleFiles() {
        QCOMPARE(zfsModuleFileIn(QStringLiteral("spl.ko\nzfs.ko\n")), QStringLiteral("zfs.ko"));
        QCOMPARE(zfsModuleFileIn(QStringLiteral("spl.ko.xz\nzfs.ko.xz\n")),
                 QStringLiteral("zfs.ko.xz"));
        QCOMPARE(zfsModuleFileIn(QStringLiteral("zfs.ko.zst\n")), QStringLiteral("zfs.ko.zst"));
        QVERIFY(zfsModuleFileIn(QStringLiteral("spl.ko\nzfs\nzfs.ko.bak\nzfsx.ko\n")).isEmpty());
        QVERIFY(zfsModuleFileIn(QString()).isEmpty());
        QVERIFY(zfsModuleDirectories().contains(QStringLiteral("updates/dkms")));
        QVERIFY(zfsModuleDirectories().contains(QStringLiteral("zfs")));
    }
    void proxmoxBootPin() {
        QCOMPARE(parseProxmoxBootPin(QStringLiteral("6.8.12-4-pve\n")),
                 QStringLiteral("6.8.12-4-pve"));
        QVERIFY(parseProxmoxBootPin(QString()).isEmpty());
        QVERIFY(parseProxmoxBootPin(QStringLiteral("two words\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ParseKernelTest)
#include "test_parse_kernel.moc"
