// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectSystemd from replayed evidence: the version, SYSTEMD_LOOP_DIRECT_IO
// and the drop-in that sets it (through systemctl, or from the unit files when
// systemctl cannot answer), sysext images, and broken or missing input.

#include <QtTest>

#include "collect/collect.h"
#include "collect/mount_table.h"
#include "collect/parsers/dpkg_status.h"
#include "collect/replay_source.h"

using namespace zd;

namespace {

const QString kDropInDir = QStringLiteral("/etc/systemd/system/systemd-sysext.service.d");
const QString kFragment = QStringLiteral("/usr/lib/systemd/system/systemd-sysext.service");
const QStringList kShowArgv{QStringLiteral("systemctl"),
                            QStringLiteral("show"),
                            QStringLiteral("systemd-sysext.service"),
                            QStringLiteral("-p"),
                            QStringLiteral("Environment"),
                            QStringLiteral("-p"),
                            QStringLiteral("DropInPaths"),
                            QStringLiteral("-p"),
                            QStringLiteral("ActiveState"),
                            QStringLiteral("-p"),
                            QStringLiteral("FragmentPath")};
const QStringList kVersionArgv{QStringLiteral("systemctl"), QStringLiteral("--version")};

QString fixture(const QString& relative) {
    QFile file(QStringLiteral(ZD_TEST_FIXTURES_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(relative));
    }
    return QString::fromUtf8(file.readAll());
}

Evidence file(const QString& key, const QString& contents) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = key;
    evidence.output = contents;
    return evidence;
}

Evidence directory(const QString& key, const QString& listing) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = key;
    evidence.output = listing;
    return evidence;
}

Evidence command(const QStringList& argv, const QString& output, int exitCode = 0,
                 const QString& errorOutput = {}) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = argv.join(QLatin1Char(' '));
    evidence.argv = argv;
    evidence.output = output;
    evidence.exitCode = exitCode;
    evidence.errorOutput = errorOutput;
    return evidence;
}

Evidence notFound(Evidence evidence) {
    evidence.failure = Evidence::Failure::NotFound;
    return evidence;
}

// The directories the collector lists, recorded as not existing: sysext's
// image directories (typed listings, "dir/") and the wants directories that
// enable systemd-sysext.service. Records added later answer instead.
EvidenceLog nothingOnDisk() {
    EvidenceLog log;
    for (const char* dir :
         {"/etc/extensions/", "/run/extensions/", "/var/lib/extensions/", "/usr/lib/extensions/",
          "/usr/local/lib/extensions/", "/etc/systemd/system/sysinit.target.wants",
          "/usr/lib/systemd/system/sysinit.target.wants",
          "/lib/systemd/system/sysinit.target.wants"}) {
        log.add(notFound(directory(QLatin1String(dir), QString())));
    }
    return log;
}

// A Debian 12 system with systemd 252 and the two drop-ins on disk.
EvidenceLog debianWithDropIns() {
    EvidenceLog log = nothingOnDisk();
    log.add(
        command(kVersionArgv, fixture(QStringLiteral("systemd/debian12-systemctl-version.txt"))));
    log.add(file(kFragment, fixture(QStringLiteral("systemd/debian12-systemd-sysext.service"))));
    log.add(directory(kDropInDir, QStringLiteral("10-debug.conf\n50-no-loop-dio.conf\nREADME\n")));
    log.add(file(kDropInDir + QStringLiteral("/10-debug.conf"),
                 fixture(QStringLiteral("systemd/dropin-10-debug.conf"))));
    log.add(file(kDropInDir + QStringLiteral("/50-no-loop-dio.conf"),
                 fixture(QStringLiteral("systemd/dropin-50-no-loop-dio.conf"))));
    return log;
}

MountTable zfsMounts() {
    QString error;
    auto table = MountTable::parse(fixture(QStringLiteral("mountinfo/zfs-root.txt")), &error);
    if (!table) {
        qFatal("%s", qPrintable(error));
    }
    return *table;
}

QStringList noteCodes(const Facts& facts) {
    QStringList codes;
    for (const auto& note : facts.notes) {
        codes.append(note.code);
    }
    return codes;
}

int commandsRun(const SystemSource& source) {
    int count = 0;
    for (const auto& evidence : source.log().items()) {
        if (evidence.kind == Evidence::Kind::Command) {
            ++count;
        }
    }
    return count;
}

}  // namespace

class TestSystemdCollector : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void parsesRealVersion() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QCOMPARE(facts.systemd.version, std::optional<int>(252));
        QCOMPARE(facts.systemd.versionText, QStringLiteral("systemd 252 (252.39-1~deb12u2)"));
    }

    // Where dpkg's status file lists systemd installed, its version is the
    // one `systemctl --version` prints (both from the same Debian 12
    // machine: tests/fixtures/dpkg/README.md), and that process is not
    // started; only `systemctl show` is, while systemd is the running
    // service manager, and nothing at all when it is not.
    void versionFromDpkgStartsNoVersionProcess_data() {
        QTest::addColumn<bool>("booted");
        QTest::newRow("systemd is the service manager") << true;
        QTest::newRow("no service manager (container, chroot)") << false;
    }
    void versionFromDpkgStartsNoVersionProcess() {
        QFETCH(bool, booted);
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        log.add(booted ? directory(QStringLiteral("/run/systemd/system"),
                                   QStringLiteral("generator/\n"))
                       : notFound(directory(QStringLiteral("/run/systemd/system"), QString())));
        ReplaySource source(log);
        Facts facts;
        facts.packages = parseDpkgStatus(fixture(QStringLiteral("dpkg/status-systemd-debian12")),
                                         &isPackageOfInterest);
        QCOMPARE(facts.packages.size(), 1);
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QCOMPARE(facts.systemd.version, std::optional<int>(252));
        QCOMPARE(facts.systemd.versionText,
                 fixture(QStringLiteral("systemd/debian12-systemctl-version.txt"))
                     .section(QLatin1Char('\n'), 0, 0));
        QCOMPARE(commandsRun(source), booted ? 1 : 0);
        for (const Evidence& asked : source.log().items()) {
            QVERIFY2(asked.key != kVersionArgv.join(QLatin1Char(' ')),
                     "systemctl --version was run");
        }
    }

    void unreadableDpkgVersionIsANote() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        ReplaySource source(log);
        Facts facts;
        facts.packages = {{QStringLiteral("systemd"), QStringLiteral("git~snapshot"), false}};
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QCOMPARE(facts.systemd.version, std::nullopt);
        QVERIFY(noteCodes(facts).contains(QStringLiteral("systemd-version-unparsable")));
    }

    void realZfsVmSystemctlShow_data() {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<bool>("dropInOnDisk");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("origin");
        QTest::newRow("stock") << QStringLiteral("systemctl-show-systemd-sysext") << false
                               << QString() << QString();
        QTest::newRow("with drop-in")
            << QStringLiteral("systemctl-show-systemd-sysext-with-dropin") << true
            << QStringLiteral("0")
            << QStringLiteral("/etc/systemd/system/systemd-sysext.service.d/zfs-doctor.conf");
    }
    void realZfsVmSystemctlShow() {
        // Captured in the ZFS VM (systemd 252 as PID 1); with -p, systemctl
        // prints requested properties even when empty ("Environment=").
        QFETCH(QString, capture);
        QFETCH(bool, dropInOnDisk);
        QFETCH(QString, value);
        QFETCH(QString, origin);
        const QString dir = QStringLiteral("real/zfs-2.3.2-linux-6.12/");
        EvidenceLog log = nothingOnDisk();
        log.add(command(kVersionArgv, fixture(dir + QStringLiteral("systemctl-version"))));
        log.add(command(kShowArgv, fixture(dir + capture)));
        // FragmentPath is /lib/systemd/system/...: the same Debian 12 unit.
        log.add(file(QStringLiteral("/lib/systemd/system/systemd-sysext.service"),
                     fixture(QStringLiteral("systemd/debian12-systemd-sysext.service"))));
        if (dropInOnDisk) {  // what the capture script wrote
                             // (tests/vm/scenarios/capture-fixtures.sh)
            log.add(
                file(origin, QStringLiteral("[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n")));
        }
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QVERIFY2(facts.notes.isEmpty(), qPrintable(noteCodes(facts).join(QLatin1Char(','))));
        QCOMPARE(facts.systemd.version, std::optional<int>(252));
        QCOMPARE(facts.systemd.sysextActiveState, QStringLiteral("inactive"));
        QCOMPARE(facts.systemd.sysextLoopDirectIo, value);
        QCOMPARE(facts.systemd.sysextLoopDirectIoOrigin, origin);
    }

    void environmentFromSystemctlAndItsDropIn() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-dropin-dio-off.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("0"));
        QCOMPARE(facts.systemd.sysextLoopDirectIoOrigin,
                 kDropInDir + QStringLiteral("/50-no-loop-dio.conf"));
        QCOMPARE(facts.systemd.sysextActiveState, QStringLiteral("active"));
        QVERIFY2(facts.notes.isEmpty(), qPrintable(noteCodes(facts).join(QLatin1Char(','))));
        QCOMPARE(commandsRun(source), 2);
    }

    void unsetEnvironment() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        // Only the unit file: no drop-ins loaded, none on disk that matter.
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QVERIFY(facts.systemd.sysextLoopDirectIo.isEmpty());
        QVERIFY(facts.systemd.sysextLoopDirectIoOrigin.isEmpty());
        QCOMPARE(facts.systemd.sysextActiveState, QStringLiteral("inactive"));
        QVERIFY(facts.notes.isEmpty());
    }

    void quotedEnvironmentWords() {
        EvidenceLog log = nothingOnDisk();
        log.add(command(kVersionArgv,
                        fixture(QStringLiteral("systemd/debian12-systemctl-version.txt"))));
        log.add(command(kShowArgv,
                        QStringLiteral("Environment=\"GREETING=a b\" SYSTEMD_LOOP_DIRECT_IO=off\n"
                                       "ActiveState=active\nFragmentPath=/run/systemd/transient/"
                                       "systemd-sysext.service\n")));
        log.add(file(QStringLiteral("/run/systemd/transient/systemd-sysext.service"),
                     QStringLiteral("[Service]\nEnvironment=\"GREETING=a b\" \\\n"
                                    "  SYSTEMD_LOOP_DIRECT_IO=off\n")));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("off"));
        QCOMPARE(facts.systemd.sysextLoopDirectIoOrigin,
                 QStringLiteral("/run/systemd/transient/systemd-sysext.service"));
        QVERIFY(facts.notes.isEmpty());
    }

    void dropInChangedWithoutDaemonReload() {
        EvidenceLog log = debianWithDropIns();
        // systemd still has the unit loaded without any drop-in.
        log.add(
            command(kShowArgv, QStringLiteral("ActiveState=active\nFragmentPath=%1\nDropInPaths=%2/"
                                              "50-no-loop-dio.conf\n")
                                   .arg(kFragment, kDropInDir)));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QVERIFY(facts.systemd.sysextLoopDirectIo.isEmpty());
        QVERIFY(facts.systemd.sysextLoopDirectIoOrigin.isEmpty());
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("sysext-unit-changed-on-disk")});
    }

    void systemctlWithoutServiceManagerFallsBackToUnitFiles() {
        EvidenceLog log = debianWithDropIns();
        // What this container prints: no systemd as PID 1.
        log.add(command(
            kShowArgv, QString(), 1,
            QStringLiteral("System has not been booted with systemd as init system (PID "
                           "1). Can't operate.\nFailed to connect to bus: Host is down\n")));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("0"));
        QCOMPARE(facts.systemd.sysextLoopDirectIoOrigin,
                 kDropInDir + QStringLiteral("/50-no-loop-dio.conf"));
        QVERIFY(facts.systemd.sysextActiveState.isEmpty());
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("systemctl-show-unusable")});
        QVERIFY(facts.notes.first().message.contains(QStringLiteral("System has not been booted")));
        // Reading more drop-in directories never starts more processes.
        QCOMPARE(commandsRun(source), 2);
    }

    // No /run/systemd/system (sd_booted(3)): `systemctl show` is not started;
    // the unit files give the same facts it would have fallen back to.
    void notBootedWithSystemdStartsNoShow() {
        EvidenceLog log = debianWithDropIns();
        log.add(notFound(directory(QStringLiteral("/run/systemd/system"), QString())));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("0"));
        QCOMPARE(facts.systemd.sysextLoopDirectIoOrigin,
                 kDropInDir + QStringLiteral("/50-no-loop-dio.conf"));
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("systemctl-show-unusable")});
        QVERIFY(facts.notes.first().message.contains(QStringLiteral("/run/systemd/system")));
        QCOMPARE(commandsRun(source), 1);  // systemctl --version only
    }
    // A running service manager is asked, as before.
    void bootedWithSystemdAsksShow() {
        EvidenceLog log = debianWithDropIns();
        log.add(
            directory(QStringLiteral("/run/systemd/system"), QStringLiteral("session-2.scope\n")));
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-dropin-dio-off.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("0"));
        QVERIFY(!facts.systemd.sysextActiveState.isEmpty());
        QCOMPARE(commandsRun(source), 2);
    }

    void fallbackHonoursMaskingAndResets() {
        EvidenceLog log = nothingOnDisk();
        log.add(command(kVersionArgv,
                        fixture(QStringLiteral("systemd/debian12-systemctl-version.txt"))));
        log.add(command(kShowArgv, QString(), 1));
        log.add(
            file(kFragment, fixture(QStringLiteral("systemd/debian12-systemd-sysext.service"))));
        // /etc's 50-no-loop-dio.conf masks /run's file of the same name.
        log.add(directory(kDropInDir, QStringLiteral("50-no-loop-dio.conf\n")));
        log.add(file(kDropInDir + QStringLiteral("/50-no-loop-dio.conf"),
                     QStringLiteral("[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n")));
        const QString runDir = QStringLiteral("/run/systemd/system/systemd-sysext.service.d");
        log.add(directory(runDir, QStringLiteral("50-no-loop-dio.conf\n60-reset.conf\n")));
        log.add(file(runDir + QStringLiteral("/50-no-loop-dio.conf"),
                     QStringLiteral("[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=1\n")));
        log.add(file(runDir + QStringLiteral("/60-reset.conf"),
                     QStringLiteral("[Unit]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=1\n[Service]\n"
                                    "# Environment=SYSTEMD_LOOP_DIRECT_IO=1\nEnvironment=\n")));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        // 60-reset.conf clears the list after 50-no-loop-dio.conf set it.
        QVERIFY(facts.systemd.sysextLoopDirectIo.isEmpty());
        QVERIFY(facts.systemd.sysextLoopDirectIoOrigin.isEmpty());
        QVERIFY(!source.log().find(Evidence::Kind::File,
                                   runDir + QStringLiteral("/50-no-loop-dio.conf")));
    }

    void malformedShowOutputFallsBack() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, QStringLiteral("\x01garbage\nno properties here\n")));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.sysextLoopDirectIo, QStringLiteral("0"));
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("systemctl-show-unusable")});
    }

    void systemctlMissing() {
        EvidenceLog log;
        Evidence missing = command(kVersionArgv, QString());
        missing.failure = Evidence::Failure::NotFound;
        missing.message = QStringLiteral("the systemctl command is not installed");
        log.add(missing);
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, zfsMounts());
        QCOMPARE(facts.systemd.present, Tri::No);
        QVERIFY(!facts.systemd.version);
        QVERIFY(facts.systemd.sysextImages.isEmpty());
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("systemd-not-installed")});
        // `systemctl show` is asked together with the version; without
        // systemctl it starts no process either (live it answers "not
        // installed"), and its answer is not used.
        QCOMPARE(commandsRun(source), 2);
        QCOMPARE(source.log().items().last().key, kShowArgv.join(QLatin1Char(' ')));
    }

    void malformedVersion_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << QStringLiteral("hello world\n") << 0
                                 << QStringLiteral("systemd-version-unparsable");
        QTest::newRow("no number") << QStringLiteral("systemd (252.39)\n") << 0
                                   << QStringLiteral("systemd-version-unparsable");
        QTest::newRow("huge number") << QStringLiteral("systemd 99999999999999999999\n") << 0
                                     << QStringLiteral("systemd-version-unparsable");
        QTest::newRow("empty") << QString() << 0 << QStringLiteral("systemd-version-unparsable");
        QTest::newRow("failed") << QString() << 1 << QStringLiteral("systemd-version-unreadable");
    }
    void malformedVersion() {
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        EvidenceLog log = nothingOnDisk();
        log.add(command(kVersionArgv, output, exitCode));
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        log.add(
            file(kFragment, fixture(QStringLiteral("systemd/debian12-systemd-sysext.service"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Yes);
        QVERIFY(!facts.systemd.version);
        QVERIFY(facts.systemd.versionText.isEmpty());
        QCOMPARE(noteCodes(facts), QStringList{code});
    }

    void sysextImagesAreListedAndLocated() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        log.add(directory(QStringLiteral("/var/lib/extensions/"),
                          QStringLiteral("debug.raw\ndevel/\nnotes.txt\n")));
        log.add(directory(QStringLiteral("/etc/extensions/"), QString()));
        Evidence denied = directory(QStringLiteral("/run/extensions/"), QString());
        denied.failure = Evidence::Failure::PermissionDenied;
        denied.message = QStringLiteral("cannot list /run/extensions: Permission denied");
        log.add(denied);
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, zfsMounts());
        QCOMPARE(facts.systemd.sysextImages.size(), 2);
        const SysextImage& raw = facts.systemd.sysextImages.at(0);
        QCOMPARE(raw.path, QStringLiteral("/var/lib/extensions/debug.raw"));
        QCOMPARE(raw.directory, QStringLiteral("/var/lib/extensions"));
        QVERIFY(!raw.isDirectory);
        QCOMPARE(raw.location->dataset(), QStringLiteral("tank/extensions"));
        const SysextImage& dir = facts.systemd.sysextImages.at(1);
        QCOMPARE(dir.path, QStringLiteral("/var/lib/extensions/devel"));
        QVERIFY(dir.isDirectory);
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("sysext-directory-unreadable")});
    }

    // Enabled by a link in a wants directory; the sysext directories are
    // recorded, with where they are (or would be), even when they do not exist.
    void enablementAndDirectories() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        log.add(
            directory(QStringLiteral("/usr/lib/systemd/system/sysinit.target.wants"),
                      QStringLiteral("systemd-sysext.service\nsystemd-tmpfiles-setup.service\n")));
        log.add(directory(QStringLiteral("/var/lib/extensions/"), QString()));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, zfsMounts());
        QCOMPARE(facts.systemd.sysextEnabled, Tri::Yes);
        QCOMPARE(facts.systemd.sysextEnabledSource,
                 QStringLiteral("/usr/lib/systemd/system/sysinit.target.wants/"
                                "systemd-sysext.service"));
        QCOMPARE(facts.systemd.sysextDirectories.size(), 5);
        const SysextDirectory& varLib = facts.systemd.sysextDirectories.at(2);
        QCOMPARE(varLib.path, QStringLiteral("/var/lib/extensions"));
        QCOMPARE(varLib.exists, Tri::Yes);
        QCOMPARE(varLib.location->dataset(), QStringLiteral("tank/extensions"));
        QCOMPARE(facts.systemd.sysextDirectories.at(0).exists, Tri::No);
        QVERIFY(facts.notes.isEmpty());
        QCOMPARE(commandsRun(source), 2);
    }

    void notEnabledAndUnknown() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts, zfsMounts());
        QCOMPARE(facts.systemd.sysextEnabled, Tri::No);

        // An older snapshot without the wants directories: unknown, not "off".
        EvidenceLog older;
        older.add(command(kVersionArgv,
                          fixture(QStringLiteral("systemd/debian12-systemctl-version.txt"))));
        older.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        ReplaySource replay(older);
        Facts unknown;
        collectSystemd(replay, unknown, zfsMounts());
        QCOMPARE(unknown.systemd.sysextEnabled, Tri::Unknown);
        QVERIFY(unknown.unread(FactArea::Sysext) != nullptr);
        for (const SysextDirectory& directory : unknown.systemd.sysextDirectories) {
            QCOMPARE(directory.exists, Tri::Unknown);
        }
    }

    void notRecordedSystemctlIsUnknown() {
        ReplaySource source{EvidenceLog()};
        Facts facts;
        collectSystemd(source, facts, MountTable());
        QCOMPARE(facts.systemd.present, Tri::Unknown);
        QVERIFY(facts.unread(FactArea::Sysext) != nullptr);
    }

    void twoArgumentVersionReadsTheMountTableItself() {
        EvidenceLog log = debianWithDropIns();
        log.add(command(kShowArgv, fixture(QStringLiteral("systemd/show-unset.txt"))));
        log.add(directory(QStringLiteral("/var/lib/extensions/"), QStringLiteral("debug.raw\n")));
        log.add(file(QStringLiteral("/proc/self/mountinfo"),
                     fixture(QStringLiteral("mountinfo/zfs-root.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectSystemd(source, facts);
        QCOMPARE(facts.systemd.sysextImages.size(), 1);
        QCOMPARE(facts.systemd.sysextImages.first().location->dataset(),
                 QStringLiteral("tank/extensions"));
    }
};

QTEST_GUILESS_MAIN(TestSystemdCollector)
#include "test_systemd_collector.moc"
