// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernel() through a scripted source: per distribution family, only that
// family's tools run.

#include <QtTest>

#include "collect/collect.h"
#include "support/parser_fixtures.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {

const QStringList kRpm{QStringLiteral("rpm"), QStringLiteral("-q"), QStringLiteral("kernel-core"),
                       QStringLiteral("--qf"), QStringLiteral("%{VERSION}-%{RELEASE}.%{ARCH}\\n")};
const QStringList kDpkg{QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                        QStringLiteral("-f=${Package}\\t${Status}\\n"),
                        QStringLiteral("linux-image-*")};
const QStringList kGrubby{QStringLiteral("grubby"), QStringLiteral("--default-kernel")};
const QStringList kAptMark{QStringLiteral("apt-mark"), QStringLiteral("showhold")};

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
        QCOMPARE(kernel.pins.size(), 4);
        QCOMPARE(kernel.pins.at(0).kind, KernelPin::Kind::Dnf5Versionlock);
        QCOMPARE(kernel.pins.at(0).package,
                 QStringLiteral("kernel-core (evr = 0:6.12.24-200.fc41)"));
        QCOMPARE(kernel.pins.at(0).source, QStringLiteral("/etc/dnf/versionlock.toml"));
        QCOMPARE(kernel.pins.at(2).kind, KernelPin::Kind::Dnf4Versionlock);
        QCOMPARE(kernel.pins.at(2).package, QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"));
        QCOMPARE(programs(source), (QStringList{QStringLiteral("rpm"), QStringLiteral("grubby")}));
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.value(0).message));
    }

    void debianWithSavedGrubEntryAndHold() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.12+bpo-amd64"));
        source.addCommand(kDpkg, fixture("dpkg-query-linux-image.txt"));
        source.addCommand(kAptMark, QStringLiteral("linux-image-6.1.0-18-amd64\n"));
        source.addDirectory(QStringLiteral("/lib/modules"), {QStringLiteral("6.1.0-18-amd64"),
                                                             QStringLiteral("6.12.12+bpo-amd64")});
        source.addFile(QStringLiteral("/boot/grub/grub.cfg"), fixture("grub-debian-saved.cfg"));
        source.addFile(QStringLiteral("/boot/grub/grubenv"), fixture("grubenv-saved-advanced"));

        Facts facts = factsFor(DistroFamily::Debian);
        collectKernel(source, facts);
        const KernelFacts& kernel = facts.kernel;
        QCOMPARE(kernel.installed.size(), 2);
        QCOMPARE(kernel.installed.at(0).package, QStringLiteral("linux-image-6.1.0-18-amd64"));
        QCOMPARE(kernel.defaultBoot, QStringLiteral("6.1.0-18-amd64"));
        QCOMPARE(kernel.defaultBootSource, QStringLiteral("grubenv"));
        QCOMPARE(kernel.pins.size(), 1);
        QCOMPARE(kernel.pins.at(0).kind, KernelPin::Kind::AptHold);
        QCOMPARE(kernel.pins.at(0).source, QStringLiteral("apt-mark showhold"));
        QCOMPARE(programs(source),
                 (QStringList{QStringLiteral("dpkg-query"), QStringLiteral("apt-mark")}));
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.value(0).message));
    }

    void ubuntuGrubDefaultZero() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.12.12+bpo-amd64"));
        source.addCommand(kDpkg, QString());
        source.addCommand(kAptMark, QString());
        source.addFile(QStringLiteral("/boot/grub/grub.cfg"), fixture("grub-debian-default0.cfg"));
        Facts facts = factsFor(DistroFamily::Ubuntu);
        collectKernel(source, facts);
        QCOMPARE(facts.kernel.defaultBoot, QStringLiteral("6.12.12+bpo-amd64"));
        QCOMPARE(facts.kernel.defaultBootSource, QStringLiteral("grub.cfg"));
        QVERIFY(facts.kernel.pins.isEmpty());
    }

    void trueNasNeverAsksForHolds() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.6.44-production+truenas"));
        source.addCommand(kDpkg, QString());
        Facts facts = factsFor(DistroFamily::TrueNasScale);
        collectKernel(source, facts);
        QCOMPARE(programs(source), QStringList{QStringLiteral("dpkg-query")});
        QVERIFY(hasNote(facts, QStringLiteral("default-kernel-unknown")));  // no grub.cfg scripted
    }

    void debianWithoutKernelPackages() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.18.44-fc-v445"));
        source.addCommand(kDpkg, QString(), 1,
                          QStringLiteral("dpkg-query: no packages found matching linux-image-*\n"));
        source.addCommand(kAptMark, QString());
        Facts facts = factsFor(DistroFamily::Debian);
        collectKernel(source, facts);
        QVERIFY(facts.kernel.installed.isEmpty());
        QVERIFY(!hasNote(facts, QStringLiteral("installed-kernels-dpkg-failed")));
    }
    void dpkgFailureIsANote() {
        ScriptedSource source;
        addRunning(source, QStringLiteral("6.1.0-18-amd64"));
        source.addCommand(
            kDpkg, QString(), 2,
            QStringLiteral("dpkg-query: error: parsing file '/var/lib/dpkg/status'\n"));
        Facts facts = factsFor(DistroFamily::Debian);
        collectKernel(source, facts);
        QVERIFY(hasNote(facts, QStringLiteral("installed-kernels-dpkg-failed")));
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
