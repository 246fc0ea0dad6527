// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Facts <-> JSON: a fully populated Facts survives the round trip exactly,
// absent keys take the defaults, and wrong types are refused with the path.

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "model/facts.h"

using namespace zd;

namespace {

PathLocation location(const char* mountPoint, const char* fsType, const char* source) {
    return {QLatin1String(mountPoint), QLatin1String(fsType), QLatin1String(source)};
}

ZfsProperty property(const char* value, const char* source) {
    return {QLatin1String(value), QLatin1String(source), true};
}

// Every field set to a value different from its default, every enum value used.
Facts fullyPopulated() {
    Facts facts;
    facts.hostname = QStringLiteral("nas.example.org");
    facts.collectedAt = QStringLiteral("2025-02-11T09:30:00Z");
    facts.distro = {QStringLiteral("fedora"), QStringLiteral("rhel centos"), QStringLiteral("41"),
                    QStringLiteral("Fedora Linux 41 (Server Edition)"), DistroFamily::Fedora};
    facts.kernel.release = QStringLiteral("6.11.4-301.fc41.x86_64");
    facts.kernel.procVersion = QStringLiteral("Linux version 6.11.4-301.fc41.x86_64 (mockbuild@x)");
    facts.kernel.architecture = QStringLiteral("x86_64");
    facts.kernel.level = {QStringLiteral("6.11.4"), QStringLiteral("uname -r"), QString(),
                          QString(), QString()};
    InstalledKernel running;
    running.release = QStringLiteral("6.11.4-301.fc41.x86_64");
    running.package = QStringLiteral("kernel-core-6.11.4-301.fc41.x86_64");
    running.packageVersion = QStringLiteral("6.11.4-301.fc41");
    running.seenIn = {QStringLiteral("rpm"), QStringLiteral("/lib/modules"),
                      QStringLiteral("/boot")};
    running.level = facts.kernel.level;
    running.zfsModule = Tri::Yes;
    running.zfsModulePath = QStringLiteral("extra/zfs.ko.xz");
    running.newerThanRunning = Tri::No;
    InstalledKernel next;
    next.release = QStringLiteral("6.12.24-200.fc41.x86_64");
    next.seenIn = {QStringLiteral("/boot")};
    next.level = {QString(), QString(), QStringLiteral("no module tree"), QStringLiteral("6.12.0"),
                  QStringLiteral("6.13.0")};
    next.zfsModule = Tri::No;
    next.headers = Tri::No;
    next.defaultBoot = true;
    next.newerThanRunning = Tri::Yes;
    facts.kernel.installed = {running, next};
    facts.kernel.defaultBoot = QStringLiteral("6.12.24-200.fc41.x86_64");
    facts.kernel.defaultBootSource = QStringLiteral("grubby");
    facts.kernel.pins = {
        {KernelPin::Kind::Dnf5Versionlock, QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"),
         QStringLiteral("/etc/dnf/versionlock.toml")},
        {KernelPin::Kind::Dnf4Versionlock, QStringLiteral("kernel-0:6.12.24-200.fc41.*"),
         QStringLiteral("/etc/dnf/plugins/versionlock.list")},
        {KernelPin::Kind::AptHold, QStringLiteral("linux-image-6.1.0-18-amd64"),
         QStringLiteral("/var/lib/dpkg/status")},
        {KernelPin::Kind::ProxmoxBootPin, QStringLiteral("6.8.12-4-pve"),
         QStringLiteral("/etc/kernel/proxmox-boot-pin")}};
    facts.packages = {
        {QStringLiteral("linux-image-6.1.0-18-amd64"), QStringLiteral("6.1.76-1"), true},
        {QStringLiteral("zfsutils-linux"), QStringLiteral("2.3.2-2~bpo12+2"), false}};
    facts.zfs.moduleLoaded = Tri::Yes;
    facts.zfs.kmodVersion = QStringLiteral("2.3.0-1");
    facts.zfs.userlandInstalled = Tri::No;
    facts.zfs.userlandVersion = QStringLiteral("2.3.1-1");
    facts.zfs.userlandKmodVersion = QStringLiteral("2.3.0-1");
    facts.zfs.parameters = {{QStringLiteral("zfs_dio_enabled"), QStringLiteral("1")},
                            {QStringLiteral("zfs_bclone_enabled"), QStringLiteral("0")}};
    facts.zfs.directPropertySupported = false;
    // Larger than 2^53: integers must not pass through a double.
    facts.zfs.pools = {
        {QStringLiteral("tank"), 9007199254740993LL, 1207959552LL, 0LL, QStringLiteral("ONLINE")},
        {QStringLiteral("backup"), std::nullopt, std::nullopt, std::nullopt,
         QStringLiteral("DEGRADED")}};
    ZfsDataset dataset;
    dataset.name = QStringLiteral("tank/ext");
    dataset.direct = property("standard", "default");
    dataset.recordsize = property("131072", "inherited from tank");
    dataset.mountpoint = property("/var/lib/extensions", "local");
    dataset.mounted = property("yes", "-");
    dataset.readonly = {QStringLiteral("off"), QStringLiteral("default"), false};
    facts.zfs.datasets = {dataset};
    LoopDevice loop;
    loop.name = QStringLiteral("loop3");
    loop.backingFile = QStringLiteral("/tank/vm disk.img");
    loop.backingFileDeleted = true;
    loop.directIo = Tri::Yes;
    loop.readOnly = Tri::No;
    loop.logicalBlockSize = 4096;
    loop.autoclear = true;
    loop.offset = 4096;
    loop.sizeLimit = 1073741824;
    loop.backingLocation = location("/tank", "zfs", "tank");
    LoopDevice unlocated;
    unlocated.name = QStringLiteral("loop7");
    facts.loopDevices = {loop, unlocated};
    facts.configuredLoops = {
        {QStringLiteral("/tank/img/disk.img"), QStringLiteral("/mnt/disk"), QStringLiteral("ext4"),
         true, QStringLiteral("/etc/fstab line 12"), location("/tank/img", "zfs", "tank/img")},
        {QStringLiteral("/srv/x.iso"), QStringLiteral("/mnt/iso"), QStringLiteral("iso9660"), false,
         QStringLiteral("/etc/fstab line 13"), std::nullopt}};
    facts.systemd.present = Tri::Yes;
    facts.systemd.version = 256;
    facts.systemd.versionText = QStringLiteral("systemd 256 (256.7-1.fc41)");
    facts.systemd.sysextLoopDirectIo = QStringLiteral("0");
    facts.systemd.sysextLoopDirectIoOrigin =
        QStringLiteral("/etc/systemd/system/systemd-sysext.service.d/50-no-loop-dio.conf");
    facts.systemd.sysextActiveState = QStringLiteral("failed");
    facts.systemd.sysextEnabled = Tri::Yes;
    facts.systemd.sysextEnabledSource =
        QStringLiteral("/usr/lib/systemd/system/sysinit.target.wants/systemd-sysext.service");
    facts.systemd.sysextDirectories = {{QStringLiteral("/var/lib/extensions"), Tri::Yes,
                                        location("/var/lib/extensions", "zfs", "tank/ext")},
                                       {QStringLiteral("/etc/extensions"), Tri::No, std::nullopt}};
    facts.systemd.sysextImages = {
        {QStringLiteral("/var/lib/extensions/debug.raw"), QStringLiteral("/var/lib/extensions"),
         false, location("/var/lib/extensions", "zfs", "tank/ext")},
        {QStringLiteral("/run/extensions/devel"), QStringLiteral("/run/extensions"), true,
         std::nullopt}};
    facts.kernelLog.readable = true;
    facts.kernelLog.hits = {
        {KernelLogHit::Kind::SquashfsEinval,
         QStringLiteral("SQUASHFS error: Failed to read block 0x0: -22")},
        {KernelLogHit::Kind::TxgSyncHung,
         QStringLiteral("INFO: task txg_sync:1187 blocked for more than 122 seconds.")},
        {KernelLogHit::Kind::ZfsSetupDirectOops,
         QStringLiteral("BUG: kernel NULL pointer dereference, address: 00000000000000b0")},
        {KernelLogHit::Kind::LoopWriteHung,
         QStringLiteral("INFO: task jbd2/loop0-8:1812 blocked for more than 120 seconds.")},
        {KernelLogHit::Kind::LoopWriteOops,
         QStringLiteral("Oops: general protection fault, probably for non-canonical address")}};
    facts.notes = {{QStringLiteral("kernel"), QStringLiteral("default-kernel-unknown"),
                    QStringLiteral("The default boot kernel is unknown."),
                    QStringLiteral("grubby --default-kernel"), FactArea::DefaultBoot},
                   {QStringLiteral("zfs"), QStringLiteral("info"), QStringLiteral("Informative."),
                    QString(), FactArea::None}};
    return facts;
}

}  // namespace

class TestFactsJson : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void roundTripIsExact() {
        const Facts facts = fullyPopulated();
        // Through text, as a snapshot stores it.
        const QByteArray text = QJsonDocument(toJson(facts)).toJson();
        QString error;
        const auto back = factsFromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(toJson(*back), toJson(facts));
        QVERIFY(*back == facts);
        QCOMPARE(back->zfs.pools.first().sizeBytes, std::optional<qint64>(9007199254740993LL));
    }

    void defaultFactsRoundTrip() {
        QString error;
        const auto back = factsFromJson(toJson(Facts{}), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == Facts{});
    }

    void absentKeysTakeDefaults() {
        QString error;
        const auto facts =
            factsFromJson(QJsonObject{{QStringLiteral("hostname"), QStringLiteral("h")}}, &error);
        QVERIFY2(facts.has_value(), qPrintable(error));
        QCOMPARE(facts->hostname, QStringLiteral("h"));
        QVERIFY(!facts->zfs.directPropertySupported.has_value());
        QCOMPARE(facts->distro.family, DistroFamily::Unknown);
    }

    void wrongTypesAreRefusedWithTheirPath_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hostname number")
            << QByteArray(R"({"hostname": 5})")
            << QStringLiteral("facts.hostname: expected a string, got number");
        QTest::newRow("zfs array") << QByteArray(R"({"zfs": []})")
                                   << QStringLiteral("facts.zfs: expected an object, got array");
        QTest::newRow("pool size string")
            << QByteArray(R"({"zfs": {"pools": [{"name": "t", "size_bytes": "12"}]}})")
            << QStringLiteral("facts.zfs.pools[0].size_bytes: expected a number, got string");
        QTest::newRow("pool size fraction")
            << QByteArray(R"({"zfs": {"pools": [{"size_bytes": 1.5}]}})")
            << QStringLiteral("facts.zfs.pools[0].size_bytes: expected a whole number, got 1.5");
        QTest::newRow("loop not object")
            << QByteArray(R"({"loop_devices": ["loop0"]})")
            << QStringLiteral("facts.loop_devices[0]: expected an object, got string");
        QTest::newRow("parameter number")
            << QByteArray(R"({"zfs": {"parameters": {"zfs_dio_enabled": 1}}})")
            << QStringLiteral(
                   "facts.zfs.parameters.zfs_dio_enabled: expected a string, got number");
        QTest::newRow("unknown family")
            << QByteArray(R"({"distro": {"family": "beos"}})")
            << QStringLiteral("facts.distro.family: unknown distribution family 'beos'");
        QTest::newRow("unknown pin")
            << QByteArray(R"({"kernel": {"pins": [{"kind": "snap"}]}})")
            << QStringLiteral("facts.kernel.pins[0].kind: unknown pin kind 'snap'");
        QTest::newRow("unknown hit")
            << QByteArray(R"({"kernel_log": {"hits": [{"kind": "x"}]}})")
            << QStringLiteral("facts.kernel_log.hits[0].kind: unknown kernel log hit kind 'x'");
        QTest::newRow("seen_in numbers")
            << QByteArray(R"({"kernel": {"installed": [{"seen_in": [1]}]}})")
            << QStringLiteral(
                   "facts.kernel.installed[0].seen_in[0]: expected a string, got number");
        QTest::newRow("bool as string")
            << QByteArray(R"({"zfs": {"module_loaded": "yes"}})")
            << QStringLiteral("facts.zfs.module_loaded: expected a boolean, got string");
        QTest::newRow("unknown area")
            << QByteArray(R"({"notes": [{"code": "x", "unknown_area": "moon"}]})")
            << QStringLiteral("facts.notes[0].unknown_area: unknown fact area 'moon'");
    }
    void wrongTypesAreRefusedWithTheirPath() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!factsFromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
        QCOMPARE(error, expected);
    }

    void enumNamesRoundTrip() {
        for (auto family : {DistroFamily::Unknown, DistroFamily::Fedora, DistroFamily::Debian,
                            DistroFamily::Ubuntu, DistroFamily::TrueNasScale, DistroFamily::Proxmox,
                            DistroFamily::Other}) {
            QCOMPARE(distroFamilyFromName(distroFamilyName(family)), family);
        }
        QCOMPARE(distroFamilyName(DistroFamily::TrueNasScale), QStringLiteral("truenas-scale"));
        QCOMPARE(pinKindName(KernelPin::Kind::AptHold), QStringLiteral("apt-hold"));
        QCOMPARE(logHitKindName(KernelLogHit::Kind::TxgSyncHung), QStringLiteral("txg-sync-hung"));
        QCOMPARE(distroFamilyFromName(QStringLiteral("proxmox-ve")), DistroFamily::Proxmox);
        QCOMPARE(pinKindName(KernelPin::Kind::ProxmoxBootPin), QStringLiteral("proxmox-boot-pin"));
        QCOMPARE(factAreaName(FactArea::LoopDevices), QStringLiteral("loop-devices"));
    }

    // Unknown is not No: a yes/no that was not read is written as null and
    // read back as Unknown; an old snapshot's missing key is Unknown too.
    void unknownYesNoIsNull() {
        Facts facts;
        facts.zfs.moduleLoaded = Tri::Unknown;
        facts.zfs.userlandInstalled = Tri::No;
        const QJsonObject json = toJson(facts);
        const QJsonObject zfs = json.value(QStringLiteral("zfs")).toObject();
        QVERIFY(zfs.value(QStringLiteral("module_loaded")).isNull());
        QCOMPARE(zfs.value(QStringLiteral("userland_installed")), QJsonValue(false));
        QString error;
        const auto back = factsFromJson(QJsonObject{}, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->zfs.moduleLoaded, Tri::Unknown);
        QVERIFY(!back->zfs.absent());
    }

    // The one tri-state text of the report and the window: an unread fact
    // reads as unknown, never as its "no".
    void triTextShowsUnknownAsUnknown() {
        const QString yes = QStringLiteral("on");
        const QString no = QStringLiteral("off");
        const QString unknown = QStringLiteral("not known");
        QCOMPARE(triText(Tri::Yes, yes, no, unknown), yes);
        QCOMPARE(triText(Tri::No, yes, no, unknown), no);
        QCOMPARE(triText(Tri::Unknown, yes, no, unknown), unknown);
    }

    void unreadAreas() {
        const Facts facts = fullyPopulated();
        QVERIFY(facts.unread(FactArea::DefaultBoot) != nullptr);
        QVERIFY(facts.unread(FactArea::LoopDevices) == nullptr);
        QVERIFY(facts.unread(FactArea::None) == nullptr);
        QVERIFY(facts.package(QStringLiteral("zfsutils-linux")) != nullptr);
        QVERIFY(facts.kernel.defaultKernel() != nullptr);
        QCOMPARE(facts.kernel.defaultKernel()->release, QStringLiteral("6.12.24-200.fc41.x86_64"));
    }

    void accessors() {
        const Facts facts = fullyPopulated();
        QVERIFY(facts.zfs.versionMismatch());
        QVERIFY(facts.zfs.dataset(QStringLiteral("tank/ext")) != nullptr);
        QVERIFY(facts.zfs.dataset(QStringLiteral("tank")) == nullptr);
        ZfsFacts same;
        same.kmodVersion = QStringLiteral("2.3.1-1");
        same.userlandVersion = QStringLiteral("2.3.1-1");
        QVERIFY(!same.versionMismatch());
        same.userlandVersion.clear();
        QVERIFY(!same.versionMismatch());
    }
};

QTEST_GUILESS_MAIN(TestFactsJson)
#include "test_facts_json.moc"
