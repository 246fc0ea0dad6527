// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// MountTable: parsing of real mountinfo formats (checked against libmount's
// own table parser), whole-or-nothing on bad input, and locate() on component
// boundaries with over-mounts.

#include <libmount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cstdio>
#include <memory>

#include <QtTest>

#include "collect/mount_table.h"
#include "collect/replay_source.h"

using namespace zd;

namespace {

QString fixture(const QString& name) {
    QFile file(QStringLiteral(ZD_TEST_FIXTURES_DIR "/mountinfo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return QString::fromUtf8(file.readAll());
}

MountTable parsed(const QString& name) {
    QString error;
    const auto table = MountTable::parse(fixture(name), &error);
    if (!table) {
        qFatal("fixture %s did not parse: %s", qPrintable(name), qPrintable(error));
    }
    return *table;
}

QString readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QString::fromUtf8(file.readAll());
}

QString fromC(const char* text) {
    return text ? QString::fromUtf8(text) : QString();
}

// The reference: libmount's own mountinfo parser over the same text.
QList<MountTable::Entry> libmountEntries(const QString& mountinfo) {
    QByteArray text = mountinfo.toUtf8();
    std::unique_ptr<FILE, int (*)(FILE*)> stream(fmemopen(text.data(), text.size(), "r"),
                                                 &std::fclose);
    std::unique_ptr<libmnt_table, void (*)(libmnt_table*)> table(mnt_new_table(), &mnt_unref_table);
    std::unique_ptr<libmnt_iter, void (*)(libmnt_iter*)> iter(mnt_new_iter(MNT_ITER_FORWARD),
                                                              &mnt_free_iter);
    QList<MountTable::Entry> entries;
    if (!stream || !table || !iter ||
        mnt_table_parse_stream(table.get(), stream.get(), "mountinfo") < 0) {
        return entries;
    }
    libmnt_fs* fs = nullptr;
    while (mnt_table_next_fs(table.get(), iter.get(), &fs) == 0) {
        entries.append({fromC(mnt_fs_get_target(fs)), fromC(mnt_fs_get_fstype(fs)),
                        fromC(mnt_fs_get_source(fs)), fromC(mnt_fs_get_vfs_options(fs))});
    }
    return entries;
}

}  // namespace

class TestMountTable : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void parsesKernelDocumentationExample() {
        const MountTable table = parsed(QStringLiteral("proc-rst-example.txt"));
        QCOMPARE(table.entries().size(), 1);
        const auto& entry = table.entries().first();
        QCOMPARE(entry.target, QStringLiteral("/mnt2"));
        QCOMPARE(entry.fsType, QStringLiteral("ext3"));
        QCOMPARE(entry.options, QStringLiteral("rw,noatime"));
        QVERIFY(!entry.source.isEmpty());
    }

    void sourceIsTakenAsWrittenNotResolvedOnThisMachine() {
        // libmount would turn "/dev/root" into the device that has this
        // device number here; the root file system's own number makes that
        // rewrite happen on this machine if it happens anywhere.
        struct stat info {};
        QCOMPARE(::stat("/", &info), 0);
        const QString line = QStringLiteral("27 1 %1:%2 / / rw,relatime - ext4 /dev/root rw\n")
                                 .arg(major(info.st_dev))
                                 .arg(minor(info.st_dev));
        QString error;
        const auto table = MountTable::parse(line, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->entries().first().source, QStringLiteral("/dev/root"));
        QCOMPARE(parsed(QStringLiteral("proc-rst-example.txt")).entries().first().source,
                 QStringLiteral("/dev/root"));
    }

    void parsesThisMachinesMountinfo() {
        const QString text = fixture(QStringLiteral("debian12-container.txt"));
        const MountTable table = parsed(QStringLiteral("debian12-container.txt"));
        QCOMPARE(table.entries().size(), text.count(QLatin1Char('\n')));
        const auto root = table.locate(QStringLiteral("/var/tmp/image.raw"));
        QVERIFY(root);
        QCOMPARE(root->mountPoint, QStringLiteral("/"));
        QCOMPARE(root->fsType, QStringLiteral("ext4"));
        QCOMPARE(root->source, QStringLiteral("/dev/vda"));
        QVERIFY(root->dataset().isEmpty());
        const auto cgroup = table.locate(QStringLiteral("/sys/fs/cgroup/memory/x"));
        QVERIFY(cgroup);
        QCOMPARE(cgroup->fsType, QStringLiteral("cgroup"));
        // /dev/shm and /dev/pts are each mounted twice: the later mount answers.
        const auto shm = table.locate(QStringLiteral("/dev/shm/f"));
        QVERIFY(shm);
        QCOMPARE(shm->fsType, QStringLiteral("tmpfs"));
    }

    void locatesZfsDatasets() {
        const MountTable table = parsed(QStringLiteral("zfs-root.txt"));
        const auto image = table.locate(QStringLiteral("/var/lib/extensions/debug.raw"));
        QVERIFY(image);
        QCOMPARE(image->fsType, QStringLiteral("zfs"));
        QCOMPARE(image->dataset(), QStringLiteral("tank/extensions"));
        QCOMPARE(image->mountPoint, QStringLiteral("/var/lib/extensions"));
        QCOMPARE(table.locate(QStringLiteral("/tank/images/a.img"))->dataset(),
                 QStringLiteral("tank/images"));
        QCOMPARE(table.locate(QStringLiteral("/tank/other/a.img"))->dataset(),
                 QStringLiteral("tank"));
        QCOMPARE(table.locate(QStringLiteral("/tank"))->dataset(), QStringLiteral("tank"));
        QCOMPARE(table.locate(QStringLiteral("/home/u/f"))->dataset(),
                 QStringLiteral("rpool/ROOT/debian"));
        const auto zfsEntry = table.entries().at(5);
        QCOMPARE(zfsEntry.options, QStringLiteral("rw,relatime"));
    }

    void locatesDatasetsInTheRealZfsVmCapture() {
        // `cat /proc/self/mountinfo` on OpenZFS 2.3.2 / Linux 6.12 (see
        // tests/fixtures/real/zfs-2.3.2-linux-6.12/README.md).
        QFile file(QStringLiteral(ZD_TEST_FIXTURES_DIR
                                  "/real/zfs-2.3.2-linux-6.12/cat-proc-self-mountinfo"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto table = MountTable::parse(QString::fromUtf8(file.readAll()), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->locate(QStringLiteral("/tank/std/loop-dio.img"))->dataset(),
                 QStringLiteral("tank/std"));
        QCOMPARE(table->locate(QStringLiteral("/tank/a/b/f"))->dataset(),
                 QStringLiteral("tank/a/b"));
        QCOMPARE(table->locate(QStringLiteral("/tank/a/f"))->dataset(), QStringLiteral("tank/a"));
        // canmount=off and mountpoint=none datasets have no mount: their
        // paths are plain directories of the parent dataset.
        QCOMPARE(table->locate(QStringLiteral("/tank/unmounted/f"))->dataset(),
                 QStringLiteral("tank"));
        const auto pool = table->locate(QStringLiteral("/var/tmp/pool.img"));
        QCOMPARE(pool->fsType, QStringLiteral("ext4"));
        QCOMPARE(pool->source, QStringLiteral("/dev/vda"));
        for (const auto& entry : table->entries()) {
            if (entry.source == QLatin1String("tank/ro")) {
                QCOMPARE(entry.options, QStringLiteral("ro,relatime"));
                QCOMPARE(entry.fsType, QStringLiteral("zfs"));
            }
        }
    }

    void prefixMatchesOnlyWholeComponents() {
        const MountTable table = parsed(QStringLiteral("zfs-root.txt"));
        const auto other = table.locate(QStringLiteral("/tankfoo/a.img"));
        QVERIFY(other);
        QCOMPARE(other->fsType, QStringLiteral("ext4"));
        QCOMPARE(other->mountPoint, QStringLiteral("/tankfoo"));
        // "/tank/imagesX" is on tank, not tank/images.
        QCOMPARE(table.locate(QStringLiteral("/tank/imagesX/a"))->dataset(),
                 QStringLiteral("tank"));
    }

    void unescapesOctalEscapes() {
        const MountTable table = parsed(QStringLiteral("zfs-root.txt"));
        const auto spaced = table.locate(QStringLiteral("/srv/my images/x.raw"));
        QVERIFY(spaced);
        QCOMPARE(spaced->mountPoint, QStringLiteral("/srv/my images"));
        QCOMPARE(spaced->dataset(), QStringLiteral("tank/my images"));
        QCOMPARE(table.locate(QStringLiteral("/srv/my\\040images/x"))->mountPoint,
                 QStringLiteral("/"));
    }

    void laterMountHidesEarlierAndItsChildren() {
        const MountTable table = parsed(QStringLiteral("overmount.txt"));
        QCOMPARE(table.locate(QStringLiteral("/tank/a"))->fsType, QStringLiteral("tmpfs"));
        // tank/images was mounted below the old /tank: the tmpfs covers it.
        QCOMPARE(table.locate(QStringLiteral("/tank/images/x"))->fsType, QStringLiteral("tmpfs"));
        // A mount made on top of the tmpfs is visible.
        QCOMPARE(table.locate(QStringLiteral("/tank/late/x"))->dataset(),
                 QStringLiteral("tank/late"));
    }

    void normalisesAndRejectsRelativePaths() {
        const MountTable table = parsed(QStringLiteral("zfs-root.txt"));
        QCOMPARE(table.locate(QStringLiteral("/tank/images/../x"))->dataset(),
                 QStringLiteral("tank"));
        QCOMPARE(table.locate(QStringLiteral("/tank//images/"))->dataset(),
                 QStringLiteral("tank/images"));
        QVERIFY(!table.locate(QStringLiteral("tank/images")));
        QVERIFY(!table.locate(QString()));
    }

    void rejectsMalformedInputWhole_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("garbage line") << fixture(QStringLiteral("garbage-line.txt"));
        QTest::newRow("/proc/mounts format") << fixture(QStringLiteral("proc-mounts-format.txt"));
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral("\n\n");
        QTest::newRow("missing separator")
            << QStringLiteral("22 1 254:1 / / rw,relatime shared:1 ext4 /dev/vda1 rw\n");
        QTest::newRow("truncated") << QStringLiteral("22 1 254:1 / / rw\n");
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\x03 \xff\n");
    }
    void rejectsMalformedInputWhole() {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!MountTable::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    // Whatever splits the fields, they must be libmount's: the same targets,
    // filesystem types, sources and options, escapes undone the same way.
    void entriesEqualLibmountsParse_data() {
        QTest::addColumn<QString>("text");
        for (const char* name :
             {"debian12-container.txt", "proc-rst-example.txt", "zfs-root.txt", "overmount.txt"}) {
            QTest::newRow(name) << fixture(QString::fromLatin1(name));
        }
        QTest::newRow("real ZFS VM capture") << readAll(QStringLiteral(
            ZD_TEST_FIXTURES_DIR "/real/zfs-2.3.2-linux-6.12/cat-proc-self-mountinfo"));
        QTest::newRow("this machine, live") << readAll(MountTable::mountinfoPath());
    }
    void entriesEqualLibmountsParse() {
        QFETCH(QString, text);
        QString error;
        const auto table = MountTable::parse(text, &error);
        QVERIFY2(table, qPrintable(error));
        const QList<MountTable::Entry> reference = libmountEntries(text);
        QCOMPARE(table->entries().size(), reference.size());
        for (qsizetype i = 0; i < reference.size(); ++i) {
            const MountTable::Entry& ours = table->entries().at(i);
            const MountTable::Entry& theirs = reference.at(i);
            QCOMPARE(ours.target, theirs.target);
            QCOMPARE(ours.fsType, theirs.fsType);
            QCOMPARE(ours.options, theirs.options);
            // libmount resolves "/dev/root" on the machine doing the parsing;
            // the table keeps it as written (see the test above).
            if (ours.source != QLatin1String("/dev/root")) {
                QCOMPARE(ours.source, theirs.source);
            }
        }
    }

    void emptyTableLocatesNothing() {
        const MountTable table;
        QVERIFY(!table.locate(QStringLiteral("/")));
    }

    void fromSourceNotesUnreadableAndMalformed() {
        QList<CollectorNote> notes;
        ReplaySource missing{EvidenceLog()};
        QVERIFY(MountTable::fromSource(missing, &notes).entries().isEmpty());
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().code, QStringLiteral("mountinfo-unreadable"));
        QCOMPARE(notes.first().collector, QStringLiteral("mount"));

        Evidence garbage;
        garbage.kind = Evidence::Kind::File;
        garbage.key = QStringLiteral("/proc/self/mountinfo");
        garbage.output = fixture(QStringLiteral("garbage-line.txt"));
        EvidenceLog log;
        log.add(garbage);
        ReplaySource bad(log);
        notes.clear();
        QVERIFY(MountTable::fromSource(bad, &notes).entries().isEmpty());
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().code, QStringLiteral("mountinfo-malformed"));
        QVERIFY(notes.first().message.contains(QStringLiteral("line 2")));
    }
};

QTEST_GUILESS_MAIN(TestMountTable)
#include "test_mount_table.moc"
