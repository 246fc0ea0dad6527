// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernel() through a scripted source: per distribution family, only that
// family's tools run (none on Debian, Ubuntu, Proxmox VE and TrueNAS SCALE,
// where the dpkg database and /boot/grub are read as files); the upstream
// level, the zfs module of each installed kernel, the default boot entry.

#include <QtTest>

#include "collect/collect.h"
#include "support/parser_fixtures.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {

const QStringList kRpm{QStringLiteral("rpm"), QStringLiteral("-q"), QStringLiteral("kernel-core"),
                       QStringLiteral("--qf"), QStringLiteral("%{VERSION}-%{RELEASE}.%{ARCH}\\n")};
const QStringList kGrubby{QStringLiteral("grubby"), QStringLiteral("--default-kernel")};

QString fixture(const char* name) {
    return test::fixtureText(QStringLiteral("kernel/") + QLatin1String(name));
}

void addRunning(ScriptedSource& source, const QString& release) {
    source.addFile(QStringLiteral("/proc/sys/kernel/osrelease"), release + QLatin1Char('\n'));
    source.addFile(
        QStringLiteral("/proc/version"),
        QStringLiteral(
            "Linux version %1 (mockbuild@example) (gcc (GCC) 14.2.1) #1 SMP PREEMPT_DYNAMIC\n")
            .arg(release));
    source.addFile(QStringLiteral("/proc/sys/kernel/arch"), QStringLiteral("x86_64\n"));
}

Facts factsFor(DistroFamily family) {
    Facts facts;
    facts.distro.family = family;
    return facts;
}

// The dpkg database read by collectPackages(), then the kernel collector.
Facts debianFacts(ScriptedSource& source, DistroFamily family, const QString& status) {
    source.addFile(QStringLiteral("/var/lib/dpkg/status"), status);
    Facts facts = factsFor(family);
    collectPackages(source, facts);
    collectKernel(source, facts);
    return facts;
}

bool hasNote(const Facts& facts, const QString& code) {
    for (const CollectorNote& note : facts.notes) {
        if (note.code == code) {
            return true;
        }
    }
    return false;
}

QStringList programs(const ScriptedSource& source) {
    QStringList names;
    for (const QStringList& argv : source.commandsRun()) {
        names.append(argv.value(0));
    }
    return names;
}

}  // namespace

class KernelCollectorTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void fedora() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.25-200.fc41.x86_64"));
        source.addCommand(kRpm, fixture("rpm-kernel-core.txt"));
        source.addCommand(kGrubby, QStringLiteral("/boot/vmlinuz-6.12.24-200.fc41.x86_64\n"));
        source.addDirectory(
            QStringLiteral("/lib/modules"),
            {QStringLiteral("6.11.4-301.fc41.x86_64"), QStringLiteral("6.12.24-200.fc41.x86_64"),
             QStringLiteral("6.12.25-200.fc41.x86_64")});
        source.addDirectory(QStringLiteral("/boot"),
                            {QStringLiteral("vmlinuz-0-rescue-0123456789abcdef"),
                             QStringLiteral("vmlinuz-6.12.24-200.fc41.x86_64"),
                             QStringLiteral("vmlinuz-6.12.25-200.fc41.x86_64")});
        source.addFile(QStringLiteral("/etc/dnf/versionlock.toml"), fixture("versionlock.toml"));
        source.addFile(QStringLiteral("/etc/dnf/plugins/versionlock.list"),
                       fixture("versionlock.list"));

        Facts facts = factsFor(DistroFamily::Fedora);
        collectKernel(source, facts);
        const KernelFacts& kernel = facts.kernel;
        QCOMPARE(kernel.release, QStringLiteral("6.12.25-200.fc41.x86_64"));
        QVERIFY(kernel.procVersion.startsWith(QStringLiteral("Linux version 6.12.25")));
        QCOMPARE(kernel.architecture, QStringLiteral("x86_64"));
        QCOMPARE(kernel.installed.size(), 3);
        QCOMPARE(kernel.installed.at(1).package,
                 QStringLiteral("kernel-core-6.12.24-200.fc41.x86_64"));
        QCOMPARE(kernel.installed.at(1).seenIn,
                 (QStringList{QStringLiteral("rpm"), QStringLiteral("/lib/modules"),
                              QStringLiteral("/boot")}));
        QCOMPARE(kernel.installed.at(0).seenIn,
                 (QStringList{QStringLiteral("rpm"), QStringLiteral("/lib/modules")}));
        QCOMPARE(kernel.defaultBoot, QStringLiteral("6.12.24-200.fc41.x86_64"));
        QCOMPARE(kernel.defaultBootSource, QStringLiteral("grubby"));
        // dnf5: kernel-core at one version (kernel-modules-extra's range pins
        // nothing); dnf4: kernel-core and kernel-modules (not the exclude).
        QCOMPARE(kernel.pins.size(), 3);
        QCOMPARE(kernel.pins.at(0).kind, KernelPin::Kind::Dnf5Versionlock);
        QCOMPARE(kernel.pins.at(0).package, QStringLiteral("kernel-core-6.12.24-200.fc41"));
        QCOMPARE(kernel.pins.at(0).source, QStringLiteral("/etc/dnf/versionlock.toml"));
        QCOMPARE(kernel.pins.at(1).kind, KernelPin::Kind::Dnf4Versionlock);
        QCOMPARE(kernel.pins.at(1).package, QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"));
        QCOMPARE(programs(source), (QStringList{QStringLiteral("rpm"), QStringLiteral("grubby")}));
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.value(0).message));
    }

    void debianWithSavedGrubEntryAndHold() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.95+deb12-amd64"));
        source.addFile(
            QStringLiteral("/proc/version"),
            test::fixtureText(QStringLiteral("real/zfs-2.3.2-linux-6.12/cat-proc-version")));
        source.addDirectory(
            QStringLiteral("/lib/modules"),
            {QStringLiteral("6.1.0-56-amd64"), QStringLiteral("6.12.95+deb12-amd64")});
        source.addDirectory(
            QStringLiteral("/lib/modules/6.12.95+deb12-amd64"),
            {QStringLiteral("kernel"), QStringLiteral("modules.dep"), QStringLiteral("updates")});
        source.addDirectory(QStringLiteral("/lib/modules/6.12.95+deb12-amd64/updates/dkms"),
                            {QStringLiteral("spl.ko"), QStringLiteral("zfs.ko")});
        source.addDirectory(QStringLiteral("/lib/modules/6.1.0-56-amd64"),
                            {QStringLiteral("kernel"), QStringLiteral("modules.dep")});
        source.addFile(QStringLiteral("/boot/grub/grub.cfg"), fixture("grub-debian-saved.cfg"));
        source.addFile(QStringLiteral("/boot/grub/grubenv"), fixture("grubenv-saved-advanced"));

        const Facts facts = debianFacts(source, DistroFamily::Debian,
                                        test::fixtureText(QStringLiteral("dpkg/status-debian12")));
        const KernelFacts& kernel = facts.kernel;
        // The running kernel's level from /proc/version's Debian package version.
        QCOMPARE(kernel.level.level, QStringLiteral("6.12.95"));
        QVERIFY(kernel.level.source.contains(QLatin1String("6.12.95-1~bpo12+1")));
        // Installed: the two "installed" packages, not the removed one.
        QCOMPARE(kernel.installed.size(), 2);
        const InstalledKernel* current =
            kernel.installedKernel(QStringLiteral("6.12.95+deb12-amd64"));
        QVERIFY(current);
        QCOMPARE(current->package, QStringLiteral("linux-image-6.12.95+deb12-amd64"));
        QCOMPARE(current->packageVersion, QStringLiteral("6.12.95-1~bpo12+1"));
        QCOMPARE(current->zfsModule, Tri::Yes);
        QCOMPARE(current->zfsModulePath,
                 QStringLiteral("/lib/modules/6.12.95+deb12-amd64/updates/dkms/zfs.ko"));
        const InstalledKernel* old = kernel.installedKernel(QStringLiteral("6.1.0-56-amd64"));
        QVERIFY(old);
        QCOMPARE(old->level.level, QStringLiteral("6.1.192"));  // from the package version
        QCOMPARE(old->zfsModule, Tri::No);                      // no DKMS module was built for it
        QCOMPARE(old->headers, Tri::No);           // build/include is not there: dkms skips it
        QCOMPARE(current->headers, Tri::Unknown);  // has its module: not read
        QCOMPARE(old->newerThanRunning, Tri::No);
        QVERIFY(!kernel.installedKernel(QStringLiteral("6.1.0-18-amd64")));
        // grub.cfg with GRUB_DEFAULT=saved points at 6.1.0-18, which is gone: unknown.
        QVERIFY(kernel.defaultBoot.isEmpty());
        QVERIFY(facts.unread(FactArea::DefaultBoot));
        // The hold is read from the database: a pin, with no process started.
        QCOMPARE(kernel.pins.size(), 1);
        QCOMPARE(kernel.pins.at(0).kind, KernelPin::Kind::AptHold);
        QCOMPARE(kernel.pins.at(0).package, QStringLiteral("linux-image-6.1.0-56-amd64"));
        QCOMPARE(kernel.pins.at(0).source, QStringLiteral("/var/lib/dpkg/status"));
        QCOMPARE(source.processCount(), 0);
    }

    void ubuntuGrubDefaultZeroAndItsSignature() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.12+bpo-amd64"));
        source.addFile(QStringLiteral("/proc/version_signature"),
                       QStringLiteral("Ubuntu 6.12.12-3.3-generic 6.12.12\n"));
        source.addFile(QStringLiteral("/boot/grub/grub.cfg"), fixture("grub-debian-default0.cfg"));
        const Facts facts = debianFacts(source, DistroFamily::Ubuntu, QString());
        QCOMPARE(facts.kernel.defaultBoot, QStringLiteral("6.12.12+bpo-amd64"));
        QCOMPARE(facts.kernel.defaultBootSource, QStringLiteral("grub.cfg"));
        QCOMPARE(facts.kernel.level.level, QStringLiteral("6.12.12"));
        QVERIFY(facts.kernel.level.source.startsWith(QLatin1String("/proc/version_signature")));
        QVERIFY(facts.kernel.pins.isEmpty());
        QCOMPARE(source.processCount(), 0);
    }

    void proxmoxPinDecidesTheDefault() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.8.12-4-pve"));
        source.addFile(QStringLiteral("/etc/kernel/proxmox-boot-pin"),
                       QStringLiteral("6.8.12-2-pve\n"));
        source.addDirectory(QStringLiteral("/lib/modules"),
                            {QStringLiteral("6.8.12-2-pve"), QStringLiteral("6.8.12-4-pve")});
        source.addDirectory(QStringLiteral("/lib/modules/6.8.12-2-pve"),
                            {QStringLiteral("kernel"), QStringLiteral("zfs")});
        source.addDirectory(QStringLiteral("/lib/modules/6.8.12-2-pve/zfs"),
                            {QStringLiteral("spl.ko"), QStringLiteral("zfs.ko")});
        const Facts facts = debianFacts(
            source, DistroFamily::Proxmox,
            QStringLiteral("Package: proxmox-kernel-6.8.12-4-pve-signed\nStatus: install ok "
                           "installed\nVersion: 6.8.12-4\n\nPackage: proxmox-kernel-6.8.12-2-pve-"
                           "signed\nStatus: install ok installed\nVersion: 6.8.12-2\n\n"
                           "Package: proxmox-kernel-6.8\nStatus: install ok installed\nVersion: "
                           "6.8.12-4\n"));
        const KernelFacts& kernel = facts.kernel;
        QCOMPARE(kernel.defaultBoot, QStringLiteral("6.8.12-2-pve"));
        QCOMPARE(kernel.defaultBootSource, QStringLiteral("/etc/kernel/proxmox-boot-pin"));
        QCOMPARE(kernel.level.level, QStringLiteral("6.8.12"));
        QCOMPARE(kernel.installed.size(), 2);  // the meta package names no kernel
        QCOMPARE(kernel.installedKernel(QStringLiteral("6.8.12-2-pve"))->zfsModule, Tri::Yes);
        QVERIFY(kernel.installedKernel(QStringLiteral("6.8.12-2-pve"))->defaultBoot);
        QCOMPARE(kernel.pins.size(), 1);
        QCOMPARE(kernel.pins.at(0).kind, KernelPin::Kind::ProxmoxBootPin);
        QVERIFY(!source.pathsRead().contains(QStringLiteral("/boot/grub/grub.cfg")));
    }

    void trueNasAsksForNoHolds() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.6.44-production+truenas"));
        const Facts facts =
            debianFacts(source, DistroFamily::TrueNasScale,
                        QStringLiteral("Package: linux-image-6.6.44-production+truenas\nStatus: "
                                       "hold ok installed\nVersion: 6.6.44-1\n"));
        QCOMPARE(source.processCount(), 0);
        QVERIFY(facts.kernel.pins.isEmpty());
        QCOMPARE(facts.kernel.level.level, QStringLiteral("6.6.44"));
        QVERIFY(hasNote(facts, QStringLiteral("default-kernel-unknown")));  // no grub.cfg scripted
    }

    // Absence of evidence: an unreadable database leaves the packages unknown.
    void unreadableDpkgDatabaseIsUnknown() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.1.0-18-amd64"));
        source.addUnreadableFile(QStringLiteral("/var/lib/dpkg/status"));
        Facts facts = factsFor(DistroFamily::Debian);
        collectPackages(source, facts);
        collectKernel(source, facts);
        QVERIFY(facts.unread(FactArea::Packages));
        QVERIFY(facts.kernel.installed.isEmpty());
        // Without /proc/version's Debian version or a package, only the series is sure.
        QVERIFY(facts.kernel.level.level.isEmpty());
        QCOMPARE(facts.kernel.level.floor, QStringLiteral("6.1.0"));
    }

    void debianWithoutDpkgDatabase() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.18.44-fc-v445"));
        Facts facts = factsFor(DistroFamily::Debian);
        collectPackages(source, facts);
        collectKernel(source, facts);
        QVERIFY(facts.kernel.installed.isEmpty());
        QVERIFY(hasNote(facts, QStringLiteral("dpkg-status-missing")));
        QVERIFY(!facts.unread(FactArea::Packages));
    }

    // The headers of a kernel without a zfs module: present when
    // build/include lists, absent when it does not exist, unknown when it
    // could not be listed (never "absent").
    void headersOfKernelsWithoutModule() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.1-arch1-1"));
        source.addDirectory(QStringLiteral("/lib/modules"),
                            {QStringLiteral("6.12.1-arch1-1"), QStringLiteral("6.13.2-arch1-1"),
                             QStringLiteral("6.14.3-arch1-1")});
        for (const char* release : {"6.12.1-arch1-1", "6.13.2-arch1-1", "6.14.3-arch1-1"}) {
            source.addDirectory(QStringLiteral("/lib/modules/") + QLatin1String(release),
                                {QStringLiteral("build"), QStringLiteral("kernel")});
        }
        source.addDirectory(QStringLiteral("/lib/modules/6.13.2-arch1-1/build/include"),
                            {QStringLiteral("linux"), QStringLiteral("generated")});
        source.addUnreadableDirectory(QStringLiteral("/lib/modules/6.14.3-arch1-1/build/include"));
        Facts facts = factsFor(DistroFamily::Other);
        collectKernel(source, facts);
        QCOMPARE(facts.kernel.installedKernel(QStringLiteral("6.12.1-arch1-1"))->headers, Tri::No);
        QCOMPARE(facts.kernel.installedKernel(QStringLiteral("6.13.2-arch1-1"))->headers, Tri::Yes);
        QCOMPARE(facts.kernel.installedKernel(QStringLiteral("6.14.3-arch1-1"))->headers,
                 Tri::Unknown);
    }

    // An unread /lib/modules/<release> listing is unknown, never "no module".
    void unreadModuleDirectoryIsUnknown() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.1-arch1-1"));
        source.addDirectory(QStringLiteral("/lib/modules"), {QStringLiteral("6.12.1-arch1-1")});
        Facts facts = factsFor(DistroFamily::Other);
        collectKernel(source, facts);
        QCOMPARE(facts.kernel.installed.at(0).zfsModule, Tri::No);  // listing absent: no modules
    }

    void otherFamilyStartsNoPackageTools() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.1-arch1-1"));
        source.addDirectory(QStringLiteral("/lib/modules"), {QStringLiteral("6.12.1-arch1-1")});
        Facts facts = factsFor(DistroFamily::Other);
        collectKernel(source, facts);
        QCOMPARE(source.processCount(), 0);
        QCOMPARE(facts.kernel.installed.size(), 1);
        QCOMPARE(facts.kernel.installed.at(0).seenIn, QStringList{QStringLiteral("/lib/modules")});
        QVERIFY(hasNote(facts, QStringLiteral("installed-kernels-no-package-manager")));
        QVERIFY(hasNote(facts, QStringLiteral("default-kernel-unknown")));
    }

    void archFallsBackToUname() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/proc/sys/kernel/osrelease"),
                       QStringLiteral("5.15.0-91-generic\n"));
        source.addCommand({QStringLiteral("uname"), QStringLiteral("-m")},
                          QStringLiteral("aarch64\n"));
        Facts facts = factsFor(DistroFamily::Other);
        collectKernel(source, facts);
        QCOMPARE(facts.kernel.architecture, QStringLiteral("aarch64"));
        QCOMPARE(programs(source), QStringList{QStringLiteral("uname")});
        QVERIFY(hasNote(facts, QStringLiteral("kernel-version-unknown")));
    }

    void failingToolsBecomeNotes() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.25-200.fc41.x86_64"));
        source.addCommand(kRpm, QStringLiteral("package kernel-core is not installed\n"), 1);
        source.addCommand(kGrubby, QString(), 1, QStringLiteral("grubby: no default kernel\n"));
        source.addFile(QStringLiteral("/etc/dnf/versionlock.toml"),
                       QStringLiteral("[[packages]]\nname = broken\n"));
        Facts facts = factsFor(DistroFamily::Fedora);
        collectKernel(source, facts);
        QVERIFY(facts.kernel.installed.isEmpty());
        QVERIFY(facts.kernel.defaultBoot.isEmpty());
        QVERIFY(facts.kernel.pins.isEmpty());
        QVERIFY(hasNote(facts, QStringLiteral("installed-kernels-rpm-failed")));
        QVERIFY(hasNote(facts, QStringLiteral("default-kernel-unknown")));
        QVERIFY(hasNote(facts, QStringLiteral("versionlock-malformed")));
    }
};

QTEST_GUILESS_MAIN(KernelCollectorTest)
#include "test_kernel_collector.moc"
