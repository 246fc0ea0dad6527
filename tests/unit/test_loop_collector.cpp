// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectLoopDevices from replayed evidence: real sysfs texts, ZFS-backed
// devices located to their dataset, and garbage or unreadable attributes
// turned into notes instead of crashes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "collect/collect.h"
#include "collect/mount_table.h"
#include "collect/replay_source.h"

using namespace zd;

namespace {

QString fixtureText(const QString& relative) {
    QFile file(QStringLiteral(ZD_TEST_FIXTURES_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(relative));
    }
    return QString::fromUtf8(file.readAll());
}

EvidenceLog evidenceFixture(const QString& relative) {
    EvidenceLog log;
    const QJsonArray records = QJsonDocument::fromJson(fixtureText(relative).toUtf8()).array();
    for (const auto& record : records) {
        QString error;
        log.add(Evidence::fromJson(record.toObject(), &error));
        if (!error.isEmpty()) {
            qFatal("bad evidence in %s: %s", qPrintable(relative), qPrintable(error));
        }
    }
    return log;
}

MountTable mounts(const QString& name) {
    QString error;
    auto table = MountTable::parse(fixtureText(QStringLiteral("mountinfo/") + name), &error);
    if (!table) {
        qFatal("%s", qPrintable(error));
    }
    return *table;
}

Evidence file(const QString& key, const QString& contents) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = key;
    evidence.output = contents;
    return evidence;
}

Evidence loopList(const QString& listing) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = QStringLiteral("/sys/block");
    evidence.output = listing;
    return evidence;
}

// One attached loop device as sysfs shows it; `overrides` replaces single
// attribute texts ("loop/dio" -> "yes\n").
void addLoop(EvidenceLog& log, const QString& name, const QString& backingFile,
             const QMap<QString, QString>& overrides = {}) {
    QMap<QString, QString> attributes{
        {QStringLiteral("loop/backing_file"), backingFile + QLatin1Char('\n')},
        {QStringLiteral("loop/dio"), QStringLiteral("0\n")},
        {QStringLiteral("loop/offset"), QStringLiteral("0\n")},
        {QStringLiteral("loop/sizelimit"), QStringLiteral("0\n")},
        {QStringLiteral("loop/autoclear"), QStringLiteral("0\n")},
        {QStringLiteral("ro"), QStringLiteral("0\n")},
        {QStringLiteral("queue/logical_block_size"), QStringLiteral("512\n")}};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        attributes[it.key()] = it.value();
    }
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        log.add(file(QStringLiteral("/sys/block/%1/%2").arg(name, it.key()), it.value()));
    }
}

QStringList noteCodes(const Facts& facts) {
    QStringList codes;
    for (const auto& note : facts.notes) {
        codes.append(note.code);
    }
    return codes;
}

}  // namespace

class TestLoopCollector : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void realDeletedBackingFileWithDirectIo() {
        ReplaySource source(evidenceFixture(QStringLiteral("loop/debian12-ext4-deleted-dio.json")));
        Facts facts;
        collectLoopDevices(source, facts, mounts(QStringLiteral("debian12-container.txt")));
        QCOMPARE(facts.loopDevices.size(), 1);
        const LoopDevice& loop = facts.loopDevices.first();
        QCOMPARE(loop.name, QStringLiteral("loop0"));
        QCOMPARE(loop.backingFile, QStringLiteral("/var/tmp/zd-sources-probe.img"));
        QVERIFY(loop.backingFileDeleted);
        QCOMPARE(loop.directIo, Tri::Yes);
        QCOMPARE(loop.readOnly, Tri::No);
        QVERIFY(loop.backingLocation);
        QCOMPARE(loop.backingLocation->fsType, QStringLiteral("ext4"));
        QVERIFY(loop.backingLocation->dataset().isEmpty());
        // Recorded before the block size was read: it stays unknown.
        QVERIFY(!loop.logicalBlockSize.has_value());
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("loop-attribute-unreadable")});
        QVERIFY(
            facts.notes.first().evidenceKey.endsWith(QLatin1String("queue/logical_block_size")));
    }

    void realZfsVmLoopDevices() {
        // The ZFS VM capture: loop0 over /tank/std/loop-dio.img with direct
        // I/O on, loop1 read-only and buffered over the deleted
        // /tank/c/deleted.img (notes.txt there). Each `cat` output is the
        // attribute's text.
        const QString dir = QStringLiteral("real/zfs-2.3.2-linux-6.12/");
        EvidenceLog log;
        log.add(loopList(QStringLiteral("loop0\nloop1\n")));
        const QStringList attributes{
            QStringLiteral("loop/backing_file"), QStringLiteral("loop/dio"),
            QStringLiteral("loop/offset"),       QStringLiteral("loop/sizelimit"),
            QStringLiteral("loop/autoclear"),    QStringLiteral("ro")};
        for (const QString& device : {QStringLiteral("loop0"), QStringLiteral("loop1")}) {
            for (const QString& attribute : attributes) {
                const QString captured = QStringLiteral("cat-sys-block-%1-%2")
                                             .arg(device, QString(attribute).replace(
                                                              QLatin1Char('/'), QLatin1Char('-')));
                log.add(file(QStringLiteral("/sys/block/%1/%2").arg(device, attribute),
                             fixtureText(dir + captured)));
            }
        }
        log.add(file(QStringLiteral("/proc/self/mountinfo"),
                     fixtureText(dir + QStringLiteral("cat-proc-self-mountinfo"))));
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts);
        // The capture has no queue/logical_block_size: unknown, one note per device.
        for (const CollectorNote& note : facts.notes) {
            QVERIFY2(note.evidenceKey.endsWith(QLatin1String("queue/logical_block_size")),
                     qPrintable(note.message));
        }
        QCOMPARE(facts.notes.size(), 2);
        QCOMPARE(facts.loopDevices.size(), 2);
        const LoopDevice& dio = facts.loopDevices.at(0);
        QCOMPARE(dio.backingFile, QStringLiteral("/tank/std/loop-dio.img"));
        QCOMPARE(dio.directIo, Tri::Yes);
        QCOMPARE(dio.readOnly, Tri::No);
        QVERIFY(!dio.logicalBlockSize.has_value());
        QVERIFY(!dio.backingFileDeleted);
        QCOMPARE(dio.backingLocation->dataset(), QStringLiteral("tank/std"));
        const LoopDevice& deleted = facts.loopDevices.at(1);
        QCOMPARE(deleted.backingFile, QStringLiteral("/tank/c/deleted.img"));
        QVERIFY(deleted.backingFileDeleted);
        QCOMPARE(deleted.directIo, Tri::No);
        QCOMPARE(deleted.readOnly, Tri::Yes);
        QCOMPARE(deleted.backingLocation->dataset(), QStringLiteral("tank/c"));
    }

    void zfsBackedDevicesAreLocatedToTheirDataset() {
        EvidenceLog log;
        log.add(loopList(QStringLiteral("loop2\nloop10\n")));
        addLoop(log, QStringLiteral("loop2"), QStringLiteral("/tank/images/vm.img"),
                {{QStringLiteral("loop/offset"), QStringLiteral("4096\n")},
                 {QStringLiteral("loop/sizelimit"), QStringLiteral("1048576\n")},
                 {QStringLiteral("loop/autoclear"), QStringLiteral("1\n")},
                 {QStringLiteral("ro"), QStringLiteral("1\n")}});
        addLoop(log, QStringLiteral("loop10"), QStringLiteral("/var/lib/extensions/debug.raw"),
                {{QStringLiteral("loop/dio"), QStringLiteral("1\n")},
                 {QStringLiteral("queue/logical_block_size"), QStringLiteral("4096\n")}});
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts, mounts(QStringLiteral("zfs-root.txt")));
        QCOMPARE(facts.loopDevices.size(), 2);
        const LoopDevice& vm = facts.loopDevices.at(0);
        QCOMPARE(vm.name, QStringLiteral("loop2"));
        QCOMPARE(vm.directIo, Tri::No);
        QCOMPARE(vm.logicalBlockSize, std::optional<int>(512));
        QVERIFY(!vm.backingFileDeleted);
        QCOMPARE(vm.offset, 4096);
        QCOMPARE(vm.sizeLimit, 1048576);
        QVERIFY(vm.autoclear);
        QCOMPARE(vm.readOnly, Tri::Yes);
        QCOMPARE(vm.backingLocation->dataset(), QStringLiteral("tank/images"));
        const LoopDevice& sysext = facts.loopDevices.at(1);
        QCOMPARE(sysext.name, QStringLiteral("loop10"));
        QCOMPARE(sysext.directIo, Tri::Yes);
        QCOMPARE(sysext.logicalBlockSize, std::optional<int>(4096));
        QCOMPARE(sysext.backingLocation->dataset(), QStringLiteral("tank/extensions"));
        QVERIFY(facts.notes.isEmpty());
    }

    void garbageValuesBecomeNotes_data() {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("text");
        QTest::newRow("dio yes") << QStringLiteral("loop/dio") << QStringLiteral("yes\n");
        QTest::newRow("dio 2") << QStringLiteral("loop/dio") << QStringLiteral("2\n");
        QTest::newRow("dio empty") << QStringLiteral("loop/dio") << QString();
        QTest::newRow("offset negative") << QStringLiteral("loop/offset") << QStringLiteral("-1\n");
        QTest::newRow("sizelimit words")
            << QStringLiteral("loop/sizelimit") << QStringLiteral("lots\n");
        QTest::newRow("ro binary") << QStringLiteral("ro") << QStringLiteral("\x01\n");
        QTest::newRow("block size words")
            << QStringLiteral("queue/logical_block_size") << QStringLiteral("big\n");
    }
    void garbageValuesBecomeNotes() {
        QFETCH(QString, attribute);
        QFETCH(QString, text);
        EvidenceLog log;
        log.add(loopList(QStringLiteral("loop0\n")));
        addLoop(log, QStringLiteral("loop0"), QStringLiteral("/tank/a.img"), {{attribute, text}});
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts, mounts(QStringLiteral("zfs-root.txt")));
        QCOMPARE(facts.loopDevices.size(), 1);
        const LoopDevice& loop = facts.loopDevices.first();
        // The broken attribute stays unknown (or keeps its default); the
        // others are still read.
        QCOMPARE(loop.directIo, attribute == QLatin1String("loop/dio") ? Tri::Unknown : Tri::No);
        QCOMPARE(loop.readOnly, attribute == QLatin1String("ro") ? Tri::Unknown : Tri::No);
        QCOMPARE(loop.offset, 0);
        QCOMPARE(loop.backingFile, QStringLiteral("/tank/a.img"));
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("loop-attribute-invalid")});
        QCOMPARE(facts.notes.first().evidenceKey, QStringLiteral("/sys/block/loop0/") + attribute);
        QCOMPARE(facts.notes.first().collector, QStringLiteral("loop"));
    }

    void unreadableAttributeBecomesNote() {
        EvidenceLog log;
        log.add(loopList(QStringLiteral("loop0\n")));
        addLoop(log, QStringLiteral("loop0"), QStringLiteral("/tank/a.img"),
                {{QStringLiteral("loop/dio"), QStringLiteral("1\n")}});
        Evidence denied = file(QStringLiteral("/sys/block/loop0/loop/backing_file"), QString());
        denied.failure = Evidence::Failure::PermissionDenied;
        denied.message = QStringLiteral("cannot open: Permission denied");
        log.add(denied);  // the most recent record answers
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts, mounts(QStringLiteral("zfs-root.txt")));
        QCOMPARE(facts.loopDevices.size(), 1);
        QVERIFY(facts.loopDevices.first().backingFile.isEmpty());
        QVERIFY(!facts.loopDevices.first().backingLocation);
        QCOMPARE(facts.loopDevices.first().directIo, Tri::Yes);
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("loop-attribute-unreadable")});
        QVERIFY(facts.notes.first().message.contains(QStringLiteral("Permission denied")));
    }

    void attributeMissingFromAnOldSnapshot() {
        EvidenceLog log;
        log.add(loopList(QStringLiteral("loop0\n")));
        log.add(file(QStringLiteral("/sys/block/loop0/loop/backing_file"),
                     QStringLiteral("/tank/a.img\n")));
        log.add(file(QStringLiteral("/sys/block/loop0/loop/dio"), QStringLiteral("1\n")));
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts, mounts(QStringLiteral("zfs-root.txt")));
        QCOMPARE(facts.loopDevices.size(), 1);
        QCOMPARE(facts.loopDevices.first().directIo, Tri::Yes);
        // Not recorded is unknown, never "off".
        QCOMPARE(facts.loopDevices.first().readOnly, Tri::Unknown);
        QCOMPARE(facts.notes.size(), 5);  // offset, sizelimit, autoclear, ro, block size
        for (const auto& note : facts.notes) {
            QVERIFY(note.message.contains(QStringLiteral("not recorded in this snapshot")));
        }
    }

    void listFailureAndBogusNames() {
        ReplaySource nothing{EvidenceLog()};
        Facts facts;
        collectLoopDevices(nothing, facts, MountTable());
        QVERIFY(facts.loopDevices.isEmpty());
        QCOMPARE(noteCodes(facts), QStringList{QStringLiteral("loop-list-unreadable")});

        EvidenceLog log;
        log.add(loopList(QStringLiteral("sda\nloop1\n../etc\n")));
        addLoop(log, QStringLiteral("loop1"), QStringLiteral("/tank/a.img"));
        ReplaySource bogus(log);
        Facts second;
        collectLoopDevices(bogus, second, MountTable());
        QCOMPARE(second.loopDevices.size(), 1);
        QCOMPARE(second.loopDevices.first().name, QStringLiteral("loop1"));
        // Without a mount table the device is still reported, just not located.
        QVERIFY(!second.loopDevices.first().backingLocation);
        QCOMPARE(noteCodes(second), (QStringList{QStringLiteral("loop-list-invalid"),
                                                 QStringLiteral("loop-list-invalid")}));
    }

    void noLoopDevicesIsNotAProblem() {
        EvidenceLog log;
        log.add(loopList(QString()));
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts, MountTable());
        QVERIFY(facts.loopDevices.isEmpty());
        QVERIFY(facts.notes.isEmpty());
    }

    void twoArgumentVersionReadsTheMountTableItself() {
        EvidenceLog log = evidenceFixture(QStringLiteral("loop/debian12-ext4-deleted-dio.json"));
        log.add(file(QStringLiteral("/proc/self/mountinfo"),
                     fixtureText(QStringLiteral("mountinfo/debian12-container.txt"))));
        ReplaySource source(log);
        Facts facts;
        collectLoopDevices(source, facts);
        QCOMPARE(facts.loopDevices.size(), 1);
        QVERIFY(facts.loopDevices.first().backingLocation);
        QCOMPARE(facts.loopDevices.first().backingLocation->mountPoint, QStringLiteral("/"));
        QVERIFY(source.log().find(Evidence::Kind::File, QStringLiteral("/proc/self/mountinfo")));
    }
};

QTEST_GUILESS_MAIN(TestLoopCollector)
#include "test_loop_collector.moc"
