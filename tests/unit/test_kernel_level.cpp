// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The upstream level of distribution kernels (collect/parsers/kernel_level.h),
// from the strings real systems print; never the digits of uname -r where a
// distribution hides the level there.

#include <QtTest>

#include "collect/parsers/kernel_level.h"

using namespace zd;

namespace {
DistroFacts distro(DistroFamily family, const QString& id = QString()) {
    DistroFacts facts;
    facts.family = family;
    facts.id = id;
    return facts;
}
}  // namespace

class TestKernelLevel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void running_data() {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("procVersion");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("packageVersion");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("floor");
        QTest::addColumn<QString>("ceiling");
        const int ubuntu = int(DistroFamily::Ubuntu);
        const int debian = int(DistroFamily::Debian);
        // Ubuntu: /proc/version_signature, "Ubuntu <ABI>.<upload>-<flavour>
        // <upstream>" (real samples: apport's ProcVersionSignature field;
        // HWE from canonical/lxd#16048's 6.14.0 kernels).
        QTest::newRow("ubuntu signature") << ubuntu << "ubuntu"
                                          << "6.8.0-51-generic"
                                          << ""
                                          << "Ubuntu 6.8.0-51.52-generic 6.8.12"
                                          << ""
                                          << "6.8.12"
                                          << ""
                                          << "";
        QTest::newRow("ubuntu hwe signature") << ubuntu << "ubuntu"
                                              << "6.14.0-37-generic"
                                              << ""
                                              << "Ubuntu 6.14.0-37.37~24.04.1-generic 6.14.11"
                                              << ""
                                              << "6.14.11"
                                              << ""
                                              << "";
        // The same signature closes /proc/version.
        QTest::newRow("ubuntu proc version")
            << ubuntu << "ubuntu"
            << "6.8.0-53-generic"
            << "Linux version 6.8.0-53-generic (buildd@lcy02-amd64-046) (x86_64-linux-gnu-gcc-13 "
               "(Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) "
               "#55-Ubuntu SMP PREEMPT_DYNAMIC Fri Jan 17 15:37:52 UTC 2025 (Ubuntu "
               "6.8.0-53.55-generic 6.8.12)"
            << ""
            << ""
            << "6.8.12"
            << ""
            << "";
        // Old kernels had no upstream field: only the series is sure.
        QTest::newRow("ubuntu old signature") << ubuntu << "ubuntu"
                                              << "6.8.0-51-generic"
                                              << ""
                                              << "Ubuntu 2.6.20-16.29-generic"
                                              << ""
                                              << ""
                                              << "6.8.0"
                                              << "6.9.0";
        QTest::newRow("ubuntu mainline rc") << ubuntu << "ubuntu"
                                            << "6.8.0-060800rc5-generic"
                                            << ""
                                            << ""
                                            << ""
                                            << "6.8.0-rc5"
                                            << ""
                                            << "";
        // Debian: the package version in /proc/version, "#1 SMP PREEMPT_DYNAMIC
        // Debian <package version> (<date>)" (real samples, e.g.
        // alsa-project/alsa-ucm-conf#449: "Debian 6.10.11-1~bpo12+1").
        QTest::newRow("debian stable")
            << debian << "debian"
            << "6.1.0-28-amd64"
            << "Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian "
               "12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC "
               "Debian 6.1.119-1 (2024-11-22)"
            << ""
            << ""
            << "6.1.119"
            << ""
            << "";
        QTest::newRow("debian backports")
            << debian << "debian"
            << "6.12.12+bpo-amd64"
            << "Linux san1 6.12.12+bpo-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.12.12-1~bpo12+1 "
               "(2025-02-23)"
            << ""
            << ""
            << "6.12.12"
            << ""
            << "";
        QTest::newRow("raspberry pi os epoch")
            << debian << "debian"
            << "6.12.20+rpt-rpi-v8"
            << "#1 SMP PREEMPT Debian 1:6.12.20-1+rpt1~bpo12+1 (2025-03-19)"
            << ""
            << ""
            << "6.12.20"
            << ""
            << "";
        QTest::newRow("debian package version only") << debian << "debian"
                                                     << "6.1.0-28-amd64"
                                                     << ""
                                                     << ""
                                                     << "6.1.119-1"
                                                     << "6.1.119"
                                                     << ""
                                                     << "";
        QTest::newRow("debian nothing readable") << debian << "debian"
                                                 << "6.1.0-28-amd64"
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "6.1.0"
                                                 << "6.2.0";
        QTest::newRow("debian new naming") << debian << "debian"
                                           << "6.12.95+deb12-amd64"
                                           << ""
                                           << ""
                                           << ""
                                           << "6.12.95"
                                           << ""
                                           << "";
        // Proxmox VE: pve-kernel's KVNAME.
        QTest::newRow("proxmox 6.8")
            << int(DistroFamily::Proxmox) << "debian"
            << "6.8.12-4-pve"
            << "Linux version 6.8.12-4-pve (build@proxmox) #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-4 "
               "(2024-11-06T15:04Z)"
            << ""
            << "6.8.12-4"
            << "6.8.12"
            << ""
            << "";
        QTest::newRow("proxmox bpo12") << int(DistroFamily::Proxmox) << "debian"
                                       << "6.14.8-1-bpo12-pve"
                                       << ""
                                       << ""
                                       << ""
                                       << "6.14.8"
                                       << ""
                                       << "";
        // Upstream numbering.
        QTest::newRow("fedora") << int(DistroFamily::Fedora) << "fedora"
                                << "6.14.5-300.fc42.x86_64"
                                << ""
                                << ""
                                << ""
                                << "6.14.5"
                                << ""
                                << "";
        QTest::newRow("arch") << int(DistroFamily::Other) << "arch"
                              << "6.8.2-arch2-1"
                              << ""
                              << ""
                              << ""
                              << "6.8.2"
                              << ""
                              << "";
        QTest::newRow("arch lts") << int(DistroFamily::Other) << "arch"
                                  << "6.6.23-1-lts"
                                  << ""
                                  << ""
                                  << ""
                                  << "6.6.23"
                                  << ""
                                  << "";
        QTest::newRow("unraid") << int(DistroFamily::Other) << "unraid"
                                << "6.12.25-Unraid"
                                << ""
                                << ""
                                << ""
                                << "6.12.25"
                                << ""
                                << "";
        QTest::newRow("truenas") << int(DistroFamily::TrueNasScale) << "debian"
                                 << "6.12.15-production+truenas"
                                 << ""
                                 << ""
                                 << ""
                                 << "6.12.15"
                                 << ""
                                 << "";
        QTest::newRow("kernel.org rc") << int(DistroFamily::Other) << "gentoo"
                                       << "6.15.0-rc3"
                                       << ""
                                       << ""
                                       << ""
                                       << "6.15.0-rc3"
                                       << ""
                                       << "";
        // Enterprise Linux: never from the digits; at least the base.
        QTest::newRow("rocky 9") << int(DistroFamily::Fedora) << "rocky"
                                 << "5.14.0-503.14.1.el9_5.x86_64"
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "5.14.0"
                                 << "";
        QTest::newRow("rhel 8 uek") << int(DistroFamily::Other) << "ol"
                                    << "5.15.0-300.163.18.el9uek.x86_64"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "5.15.0"
                                    << "";
        // Anything else: unknown.
        QTest::newRow("suse") << int(DistroFamily::Other) << "sles"
                              << "6.4.0-150600.23.25-default"
                              << ""
                              << ""
                              << ""
                              << ""
                              << ""
                              << "";
    }
    void running() {
        QFETCH(int, family);
        QFETCH(QString, id);
        QFETCH(QString, release);
        QFETCH(QString, procVersion);
        QFETCH(QString, signature);
        QFETCH(QString, packageVersion);
        QFETCH(QString, level);
        QFETCH(QString, floor);
        QFETCH(QString, ceiling);
        const KernelLevel result = runningKernelLevel(
            release, procVersion, signature, packageVersion, distro(DistroFamily(family), id));
        QCOMPARE(result.level, level);
        QCOMPARE(result.floor, floor);
        QCOMPARE(result.ceiling, ceiling);
        if (level.isEmpty()) {
            QVERIFY2(!result.unknownReason.isEmpty(), qPrintable(release));
            QVERIFY(result.source.isEmpty());
        } else {
            QVERIFY2(!result.source.isEmpty(), qPrintable(release));
        }
    }

    void enterpriseLinuxSaysWhy() {
        const KernelLevel level =
            runningKernelLevel(QStringLiteral("5.14.0-503.14.1.el9_5.x86_64"), QString(), QString(),
                               QString(), distro(DistroFamily::Fedora, QStringLiteral("rocky")));
        QVERIFY(level.unknownReason.contains(QLatin1String("Enterprise Linux")));
        QVERIFY(level.unknownReason.contains(QLatin1String("backports")));
    }

    // Ubuntu publishes the level of the running kernel only.
    void ubuntuInstalledKernelsShowTheirSeriesOnly() {
        const KernelLevel level = installedKernelLevel(QStringLiteral("6.14.0-24-generic"),
                                                       QStringLiteral("6.14.0-24.24~24.04.1"),
                                                       distro(DistroFamily::Ubuntu));
        QVERIFY(level.level.isEmpty());
        QCOMPARE(level.floor, QStringLiteral("6.14.0"));
        QCOMPARE(level.ceiling, QStringLiteral("6.15.0"));
        QVERIFY(level.unknownReason.contains(QLatin1String("/proc/version_signature")));
    }

    void partsParse() {
        QCOMPARE(levelFromVersionSignature(QStringLiteral("Ubuntu 6.8.0-51.52-generic 6.8.12\n")),
                 QStringLiteral("6.8.12"));
        QVERIFY(levelFromVersionSignature(QStringLiteral("Unofficial")).isEmpty());
        QCOMPARE(levelFromDebianPackageVersion(QStringLiteral("6.12.30-1~bpo12+1")),
                 QStringLiteral("6.12.30"));
        QCOMPARE(levelFromDebianPackageVersion(QStringLiteral("1:6.12.20-1+rpt1~bpo12+1")),
                 QStringLiteral("6.12.20"));
        QCOMPARE(levelFromDebianPackageVersion(QStringLiteral("6.15~rc3-1~exp1")),
                 QStringLiteral("6.15.0-rc3"));
        QVERIFY(levelFromDebianPackageVersion(QStringLiteral("garbage")).isEmpty());
        QCOMPARE(levelFromDebianProcVersion(QStringLiteral(
                     "#1 SMP PREEMPT_DYNAMIC Debian 6.12.30-1~bpo12+1 (2025-06-05)")),
                 QStringLiteral("6.12.30"));
    }
};

QTEST_GUILESS_MAIN(TestKernelLevel)
#include "test_kernel_level.moc"
