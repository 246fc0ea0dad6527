// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The parsers and collectors against real outputs captured in the project's
// ZFS VM (tests/vm/capture-fixtures.sh -> tests/fixtures/real/zfs-<v>-linux-<k>/,
// one file per command, "<name>.exit" and "<name>.stderr" beside it; each
// directory's README.md says how it was produced). Every captured directory is
// one data row, so a newly captured ZFS/kernel combination is tested without
// touching this file.

#include <QDir>
#include <QFile>
#include <QtTest>

#include "collect/collect.h"
#include "collect/parsers/dpkg_status.h"
#include "collect/parsers/kernel_log_parser.h"
#include "collect/parsers/kernel_parsers.h"
#include "collect/parsers/os_release_parser.h"
#include "collect/parsers/zfs_parsers.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {

// ZD_REAL_FIXTURES_DIR points the test at a fresh capture before it is copied
// into the tree (tests/vm/capture-fixtures.sh's temporary directory).
const QString kRealDir = qEnvironmentVariableIsSet("ZD_REAL_FIXTURES_DIR")
                             ? qEnvironmentVariable("ZD_REAL_FIXTURES_DIR")
                             : QStringLiteral(ZD_TEST_FIXTURES_DIR "/real");

// One captured command: stdout, stderr and exit status.
struct Captured {
    bool exists = false;
    QString output;
    QString errorOutput;
    int exitCode = 0;
};

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Captured captured(const QString& dir, const QString& name) {
    Captured result;
    const QString base = dir + QLatin1Char('/') + name;
    result.exists = QFile::exists(base);
    result.output = readText(base);
    result.errorOutput = readText(base + QStringLiteral(".stderr"));
    result.exitCode = readText(base + QStringLiteral(".exit")).trimmed().toInt();
    return result;
}

// The VM captured `dpkg-query -W -f='${Package} ${Version} ${Status}\n'
// 'linux-image-*'` and `apt-mark showhold`; ZFS Doctor reads the dpkg
// database itself. The same facts, written as /var/lib/dpkg/status
// paragraphs (a held package's want is "hold").
QString dpkgStatusFrom(const QString& query, const QString& holds) {
    const QStringList held = holds.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString status;
    for (const QString& line : query.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() < 5) {
            continue;
        }
        const QString& name = fields.at(0);
        const QString state = fields.mid(fields.size() - 3).join(QLatin1Char(' '));
        QString version = fields.at(1);
        if (version.isEmpty()) {
            continue;  // "unknown ok not-installed": never installed
        }
        const QString want =
            held.contains(name) ? QStringLiteral("hold") : fields.at(fields.size() - 3);
        status +=
            QStringLiteral("Package: %1\nStatus: %2 %3\nVersion: %4\n\n")
                .arg(name, want, fields.mid(fields.size() - 2).join(QLatin1Char(' ')), version);
        Q_UNUSED(state);
    }
    return status;
}

// Reads a capture that the test needs; a missing one fails the row.
#define REQUIRE_CAPTURE(var, dir, name)                       \
    const Captured var = captured(dir, QStringLiteral(name)); \
    if (!var.exists)                                          \
    QFAIL(qPrintable(QStringLiteral("capture '%1' missing in %2").arg(QStringLiteral(name), dir)))

bool kmodHasDirect(const QString& kmod) {
    // `direct` exists from OpenZFS 2.3.0 on.
    const QStringList parts = kmod.section(QLatin1Char('-'), 0, 0).split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    return major > 2 || (major == 2 && minor >= 3);
}

const QStringList kProperties{QStringLiteral("direct"), QStringLiteral("recordsize"),
                              QStringLiteral("mountpoint"), QStringLiteral("mounted"),
                              QStringLiteral("readonly")};

// The collector asks `zpool list -Hp -o name,size,alloc,free,health`; the VM
// captured the same columns plus guid, so its first five columns are exactly
// what our command prints.
QString firstFiveColumns(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines.append(line.section(QLatin1Char('\t'), 0, 4));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool hasNote(const Facts& facts, const QString& code) {
    for (const CollectorNote& note : facts.notes) {
        if (note.code == code) {
            return true;
        }
    }
    return false;
}

}  // namespace

class ParseRealVmOutputsTest : public QObject {
    Q_OBJECT
  private:
    void addRows() {
        QTest::addColumn<QString>("dir");
        const QStringList dirs = QDir(kRealDir).entryList({QStringLiteral("zfs-*")}, QDir::Dirs);
        for (const QString& name : dirs) {
            QTest::newRow(qPrintable(name)) << kRealDir + QLatin1Char('/') + name;
        }
        // QtTest runs a data-driven test even without rows; give it one that skips.
        if (dirs.isEmpty()) {
            QTest::newRow("no captures") << QString();
        }
    }

  private Q_SLOTS:
    void versions_data() { addRows(); }
    void versions() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(version, dir, "zfs-version");
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        const ZfsVersionOutput parsed = parseZfsVersion(version.output);
        const QString kmod = parseKmodVersionFile(kmodFile.output);
        QVERIFY(!kmod.isEmpty());
        QVERIFY(!parsed.userland.isEmpty());
        QCOMPARE(parsed.kmod, kmod);
        // The directory is named after the kmod version (zfs-<x.y.z>-linux-<k>).
        QVERIFY(QFileInfo(dir).fileName().startsWith(QStringLiteral("zfs-") +
                                                     kmod.section(QLatin1Char('-'), 0, 0)));
    }

    void pools_data() { addRows(); }
    void pools() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(list, dir, "zpool-list-Hp-o-name-size-alloc-free-health-guid");
        QStringList problems;
        const QList<ZfsPool> pools = parseZpoolList(firstFiveColumns(list.output), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.at(0).name, QStringLiteral("tank"));
        QCOMPARE(pools.at(0).health, QStringLiteral("ONLINE"));
        QVERIFY(pools.at(0).sizeBytes.value_or(0) > 0);
        QCOMPARE(*pools.at(0).allocatedBytes + *pools.at(0).freeBytes, *pools.at(0).sizeBytes);
        // Our parser refuses the six-column original instead of misreading it.
        parseZpoolList(list.output, &problems);
        QVERIFY(!problems.isEmpty());
    }

    void datasets_data() { addRows(); }
    void datasets() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        REQUIRE_CAPTURE(get, dir, "zfs-get-Hp-direct-etc");
        REQUIRE_CAPTURE(without, dir, "zfs-get-Hp-without-direct");
        QStringList problems;
        const QList<ZfsDataset> withoutDirect =
            parseZfsGet(without.output, kProperties.mid(1), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        auto find = [](const QList<ZfsDataset>& list, const QString& name) -> const ZfsDataset* {
            for (const ZfsDataset& dataset : list) {
                if (dataset.name == name) {
                    return &dataset;
                }
            }
            return nullptr;
        };
        // -t filesystem: no zvol, no snapshot.
        QVERIFY(!find(withoutDirect, QStringLiteral("tank/vol")));
        QVERIFY(!find(withoutDirect, QStringLiteral("tank/std@snap1")));
        QVERIFY(find(withoutDirect, QStringLiteral("tank/big")));
        QCOMPARE(find(withoutDirect, QStringLiteral("tank/big"))->recordsize.value,
                 QStringLiteral("1048576"));
        QCOMPARE(find(withoutDirect, QStringLiteral("tank/ro"))->readonly.value,
                 QStringLiteral("on"));
        QCOMPARE(find(withoutDirect, QStringLiteral("tank/nomount"))->mountpoint.value,
                 QStringLiteral("none"));
        QCOMPARE(find(withoutDirect, QStringLiteral("tank/unmounted"))->mounted.value,
                 QStringLiteral("no"));
        QVERIFY(find(withoutDirect, QStringLiteral("tank/std"))->isMounted());

        if (!kmodHasDirect(parseKmodVersionFile(kmodFile.output))) {
            QVERIFY(get.exitCode != 0);
            QVERIFY(isInvalidPropertyError(get.errorOutput, QStringLiteral("direct")));
            return;
        }
        QCOMPARE(get.exitCode, 0);
        const QList<ZfsDataset> datasets = parseZfsGet(get.output, kProperties, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(datasets.size(), withoutDirect.size());
        const ZfsDataset* std = find(datasets, QStringLiteral("tank/std"));
        QVERIFY(std);
        QCOMPARE(std->direct,
                 (ZfsProperty{QStringLiteral("standard"), QStringLiteral("default"), true}));
        QCOMPARE(find(datasets, QStringLiteral("tank/a"))->direct,
                 (ZfsProperty{QStringLiteral("always"), QStringLiteral("local"), true}));
        QCOMPARE(
            find(datasets, QStringLiteral("tank/a/b"))->direct,
            (ZfsProperty{QStringLiteral("always"), QStringLiteral("inherited from tank/a"), true}));
        QCOMPARE(find(datasets, QStringLiteral("tank/c"))->direct,
                 (ZfsProperty{QStringLiteral("disabled"), QStringLiteral("local"), true}));
    }

    void invalidPropertyMessage_data() { addRows(); }
    void invalidPropertyMessage() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(bad, dir, "zfs-get-Hp-nonexistent-property");
        QVERIFY(bad.exitCode != 0);
        QVERIFY(isInvalidPropertyError(bad.errorOutput, QStringLiteral("nosuchprop")) ||
                isInvalidPropertyError(bad.errorOutput, QStringLiteral("direct")));
    }

    void parameters_data() { addRows(); }
    void parameters() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(listing, dir, "ls-sys-module-zfs-parameters");
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        const QStringList names = listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const Captured dio = captured(dir, QStringLiteral("cat-zfs-param-zfs_dio_enabled"));
        // The listing and the reads agree: a parameter is readable iff listed.
        QCOMPARE(names.contains(QStringLiteral("zfs_dio_enabled")), dio.exitCode == 0);
        if (kmodHasDirect(parseKmodVersionFile(kmodFile.output))) {
            QCOMPARE(parseModuleParameter(dio.output), QStringLiteral("1"));  // Linux default
        }
    }

    void kernelAndDistro_data() { addRows(); }
    void kernelAndDistro() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(uname, dir, "uname-r");
        REQUIRE_CAPTURE(osRelease, dir, "cat-etc-os-release");
        REQUIRE_CAPTURE(dpkg, dir, "dpkg-query-linux-image");
        REQUIRE_CAPTURE(modules, dir, "ls-lib-modules");
        REQUIRE_CAPTURE(boot, dir, "ls-boot");
        const QString release = uname.output.trimmed();
        QStringList problems;
        const auto values = parseOsRelease(osRelease.output, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(distroFamilyFromOsRelease(values.value(QStringLiteral("ID")),
                                           values.value(QStringLiteral("ID_LIKE"))),
                 DistroFamily::Debian);
        const Captured held = captured(dir, QStringLiteral("apt-mark-showhold-after-hold"));
        const QList<KernelPackage> kernels = debianKernelPackages(
            parseDpkgStatus(dpkgStatusFrom(dpkg.output, held.output), isPackageOfInterest));
        bool running = false;
        for (const KernelPackage& package : kernels) {
            running = running || package.release == release;
            QVERIFY(!package.version.isEmpty());
        }
        QVERIFY2(
            running,
            qPrintable(
                QStringLiteral("running kernel %1 not among installed packages").arg(release)));
        QVERIFY(parseModulesListing(modules.output).contains(release));
        QVERIFY(parseBootListing(boot.output).contains(release));
    }

    void kernelLog_data() { addRows(); }
    void kernelLog() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        const Captured standard = captured(dir, QStringLiteral("dmesg-squashfs-tank-std"));
        const Captured always = captured(dir, QStringLiteral("dmesg-squashfs-tank-a"));
        QVERIFY(standard.exists && always.exists);
        // direct=always and disabled mount fine; only standard fails, on 2.3.x.
        QVERIFY(parseKernelLog(always.output).isEmpty());
        const QString kmod = parseKmodVersionFile(kmodFile.output);
        if (kmodHasDirect(kmod) && kmod.startsWith(QStringLiteral("2.3."))) {
            const auto hits = parseKernelLog(standard.output);
            QVERIFY(!hits.isEmpty());
            QCOMPARE(hits.at(0).kind, KernelLogHit::Kind::SquashfsEinval);
        }
    }

    void fullDmesg_data() { addRows(); }
    void fullDmesg() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        REQUIRE_CAPTURE(dmesg, dir, "dmesg");
        const QList<KernelLogHit> hits = parseKernelLog(dmesg.output);
        // The capture never triggers problems 2 and 5 (they hang or crash the kernel).
        for (const KernelLogHit& hit : hits) {
            QCOMPARE(hit.kind, KernelLogHit::Kind::SquashfsEinval);
        }
        if (parseKmodVersionFile(kmodFile.output).startsWith(QStringLiteral("2.3."))) {
            QVERIFY(!hits.isEmpty());
        }
    }

    // The package and kernel collectors on the real Debian outputs (the dpkg
    // database rebuilt from the captured dpkg-query and apt-mark output).
    // Nothing is run: both read files and directory listings.
    void kernelCollectorOnRealOutputs_data() { addRows(); }
    void kernelCollectorOnRealOutputs() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(uname, dir, "uname-r");
        REQUIRE_CAPTURE(procVersion, dir, "cat-proc-version");
        REQUIRE_CAPTURE(dpkg, dir, "dpkg-query-linux-image");
        REQUIRE_CAPTURE(modules, dir, "ls-lib-modules");
        REQUIRE_CAPTURE(boot, dir, "ls-boot");
        REQUIRE_CAPTURE(holds, dir, "apt-mark-showhold-after-hold");
        ScriptedSource source;
        source.addFile(QStringLiteral("/proc/sys/kernel/osrelease"), uname.output);
        source.addFile(QStringLiteral("/proc/version"), procVersion.output);
        source.addFile(QStringLiteral("/proc/sys/kernel/arch"), QStringLiteral("x86_64\n"));
        source.addFile(QStringLiteral("/var/lib/dpkg/status"),
                       dpkgStatusFrom(dpkg.output, holds.output));
        source.addDirectory(QStringLiteral("/lib/modules"),
                            modules.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        source.addDirectory(QStringLiteral("/boot"),
                            boot.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        Facts facts;
        facts.distro.family = DistroFamily::Debian;
        collectPackages(source, facts);
        collectKernel(source, facts);
        const QString release = uname.output.trimmed();
        QCOMPARE(facts.kernel.release, release);
        // Debian puts the upstream level in /proc/version ("Debian 6.12.95-1~bpo12+1").
        QVERIFY2(!facts.kernel.level.level.isEmpty(), qPrintable(facts.kernel.level.unknownReason));
        QVERIFY(release.startsWith(facts.kernel.level.level.section(QLatin1Char('.'), 0, 1)));
        // Every installed kernel image package is an installed kernel, seen
        // in all three places; each one's level comes from its package version.
        const QList<KernelPackage> images = debianKernelPackages(facts.packages);
        QCOMPARE(facts.kernel.installed.size(), images.size());
        for (const KernelPackage& image : images) {
            const InstalledKernel* installed = facts.kernel.installedKernel(image.release);
            QVERIFY2(installed, qPrintable(image.release));
            QCOMPARE(installed->package, image.package);
            QCOMPARE(installed->seenIn,
                     (QStringList{QStringLiteral("dpkg"), QStringLiteral("/lib/modules"),
                                  QStringLiteral("/boot")}));
            QVERIFY2(!installed->level.level.isEmpty(), qPrintable(image.release));
            QVERIFY(image.version.startsWith(installed->level.level));
            if (image.release != release) {
                QVERIFY(installed->newerThanRunning != Tri::Unknown);
            }
        }
        const InstalledKernel* running = facts.kernel.installedKernel(release);
        QVERIFY(running);
        QCOMPARE(running->package, QStringLiteral("linux-image-") + release);
        QCOMPARE(facts.kernel.pins.size(), 1);
        QCOMPARE(facts.kernel.pins.at(0).package, QStringLiteral("linux-image-amd64"));
        // grub.cfg was not captured: the default kernel is honestly unknown.
        QVERIFY(hasNote(facts, QStringLiteral("default-kernel-unknown")));
        QCOMPARE(source.processCount(), 0);
    }

    // The whole ZFS collector, fed the real outputs under the argv it uses.
    void zfsCollectorOnRealOutputs_data() { addRows(); }
    void zfsCollectorOnRealOutputs() {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            QSKIP("no VM captures in tests/fixtures/real yet");
        }
        REQUIRE_CAPTURE(kmodFile, dir, "cat-sys-module-zfs-version");
        REQUIRE_CAPTURE(version, dir, "zfs-version");
        REQUIRE_CAPTURE(pools, dir, "zpool-list-Hp-o-name-size-alloc-free-health-guid");
        REQUIRE_CAPTURE(get, dir, "zfs-get-Hp-direct-etc");
        REQUIRE_CAPTURE(without, dir, "zfs-get-Hp-without-direct");
        REQUIRE_CAPTURE(parameters, dir, "ls-sys-module-zfs-parameters");

        ScriptedSource source;
        source.addDirectory(QStringLiteral("/sys/module/zfs"),
                            {QStringLiteral("parameters"), QStringLiteral("version")});
        source.addFile(QStringLiteral("/sys/module/zfs/version"), kmodFile.output);
        source.addDirectory(QStringLiteral("/sys/module/zfs/parameters"),
                            parameters.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        for (const QString& name :
             {QStringLiteral("zfs_dio_enabled"), QStringLiteral("zfs_dio_strict"),
              QStringLiteral("zfs_bclone_enabled")}) {
            const Captured value = captured(dir, QStringLiteral("cat-zfs-param-") + name);
            if (value.exists && value.exitCode == 0) {
                source.addFile(QStringLiteral("/sys/module/zfs/parameters/") + name, value.output);
            }
        }
        source.addCommand({QStringLiteral("zfs"), QStringLiteral("version")}, version.output,
                          version.exitCode, version.errorOutput);
        source.addCommand({QStringLiteral("zpool"), QStringLiteral("list"), QStringLiteral("-Hp"),
                           QStringLiteral("-o"), QStringLiteral("name,size,alloc,free,health")},
                          firstFiveColumns(pools.output), pools.exitCode);
        const QStringList getPrefix{QStringLiteral("zfs"),
                                    QStringLiteral("get"),
                                    QStringLiteral("-Hp"),
                                    QStringLiteral("-t"),
                                    QStringLiteral("filesystem"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("name,property,value,source")};
        source.addCommand(getPrefix + QStringList{kProperties.join(QLatin1Char(','))}, get.output,
                          get.exitCode, get.errorOutput);
        source.addCommand(getPrefix + QStringList{kProperties.mid(1).join(QLatin1Char(','))},
                          without.output, without.exitCode, without.errorOutput);

        Facts facts;
        collectZfs(source, facts);
        // The capture predates zfs_dmu_offset_next_sync: listed, but its
        // value was not captured, which is the one note allowed here.
        for (const CollectorNote& note : facts.notes) {
            QVERIFY2(note.message.contains(QLatin1String("zfs_dmu_offset_next_sync")),
                     qPrintable(note.message));
        }
        QCOMPARE(facts.zfs.moduleLoaded, Tri::Yes);
        QVERIFY(!facts.zfs.versionMismatch());
        QCOMPARE(facts.zfs.pools.size(), 1);
        QVERIFY(facts.zfs.dataset(QStringLiteral("tank/a/b")));
        const bool direct = kmodHasDirect(facts.zfs.kmodVersion);
        QCOMPARE(facts.zfs.directPropertySupported, std::optional<bool>(direct));
        QCOMPARE(facts.zfs.dataset(QStringLiteral("tank/a/b"))->direct.present, direct);
        // zfs version, zpool list and one zfs get: a release before 2.3 (as
        // `zfs version` names it) is asked without `direct` at once.
        QCOMPARE(source.processCount(), 3);
        QVERIFY(!hasNote(facts, QStringLiteral("zfs-get-malformed")));
    }
};

QTEST_GUILESS_MAIN(ParseRealVmOutputsTest)
#include "test_parse_real_vm_outputs.moc"
