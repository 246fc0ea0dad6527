// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers for zfs/zpool output and /sys/module/zfs files.
// Fixture formats: see tests/fixtures/zfs/README.md.

#include <QtTest>

#include "collect/parsers/zfs_parsers.h"
#include "support/parser_fixtures.h"

using namespace zd;

class ParseZfsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void versionBothLines() {
        const ZfsVersionOutput v =
            parseZfsVersion(test::fixtureText(QStringLiteral("zfs/zfs-version-2.3.1.txt")));
        QCOMPARE(v.userland, QStringLiteral("2.3.1-1"));
        QCOMPARE(v.kmod, QStringLiteral("2.3.1-1"));
    }
    void versionWithoutModuleLine() {
        const ZfsVersionOutput v =
            parseZfsVersion(test::fixtureText(QStringLiteral("zfs/zfs-version-no-module.stdout")));
        QCOMPARE(v.userland, QStringLiteral("2.2.7-1"));
        QVERIFY(v.kmod.isEmpty());
    }
    void versionKmodFirstAndGarbage() {
        const ZfsVersionOutput v =
            parseZfsVersion(QStringLiteral("zfs-kmod-2.3.2-1\nwhatever\nzfs-2.3.3-1\n"));
        QCOMPARE(v.kmod, QStringLiteral("2.3.2-1"));
        QCOMPARE(v.userland, QStringLiteral("2.3.3-1"));
    }
    void versionEmptyAndGarbage() {
        QVERIFY(parseZfsVersion(QString()).userland.isEmpty());
        const ZfsVersionOutput v =
            parseZfsVersion(QStringLiteral("usage: zfs command args ...\n\x01\x02"));
        QVERIFY(v.userland.isEmpty());
        QVERIFY(v.kmod.isEmpty());
    }
    void kmodVersionFile() {
        QCOMPARE(parseKmodVersionFile(QStringLiteral("2.3.1-1\n")), QStringLiteral("2.3.1-1"));
        QVERIFY(parseKmodVersionFile(QString()).isEmpty());
        QVERIFY(parseKmodVersionFile(QStringLiteral("2.3.1-1\n2.3.2-1\n")).isEmpty());
        QVERIFY(parseKmodVersionFile(QStringLiteral("not a version\n")).isEmpty());
    }
    void moduleParameter() {
        QCOMPARE(parseModuleParameter(QStringLiteral("1\n")), QStringLiteral("1"));
        QCOMPARE(parseModuleParameter(QString()), QString());
    }

    void zpoolList() {
        QStringList problems;
        const QList<ZfsPool> pools =
            parseZpoolList(test::fixtureText(QStringLiteral("zfs/zpool-list-Hp.txt")), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(0).name, QStringLiteral("tank"));
        QCOMPARE(pools.at(0).sizeBytes, std::optional<qint64>(1992864825344));
        QCOMPARE(pools.at(0).allocatedBytes, std::optional<qint64>(1207959552));
        QCOMPARE(pools.at(0).freeBytes, std::optional<qint64>(1991656865792));
        QCOMPARE(pools.at(0).health, QStringLiteral("ONLINE"));
        QCOMPARE(pools.at(1).health, QStringLiteral("DEGRADED"));
        QCOMPARE(pools.at(1).freeBytes, std::optional<qint64>(0));
    }
    void zpoolListDashAndMalformed() {
        QStringList problems;
        const QList<ZfsPool> pools = parseZpoolList(
            QStringLiteral("faulted\t-\t-\t-\tUNAVAIL\nshort\t1\t2\n\ngarbage line\n"), &problems);
        QCOMPARE(pools.size(), 1);
        QVERIFY(!pools.at(0).sizeBytes.has_value());
        QCOMPARE(pools.at(0).health, QStringLiteral("UNAVAIL"));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("line 2")));
        QVERIFY(problems.at(1).contains(QStringLiteral("garbage line")));
    }
    void zpoolListEmpty() {
        QStringList problems;
        QVERIFY(parseZpoolList(QString(), &problems).isEmpty());
        QVERIFY(problems.isEmpty());
    }

    void zfsGet23() {
        const QStringList properties{QStringLiteral("direct"), QStringLiteral("recordsize"),
                                     QStringLiteral("mountpoint"), QStringLiteral("mounted"),
                                     QStringLiteral("readonly")};
        QStringList problems;
        const QList<ZfsDataset> datasets = parseZfsGet(
            test::fixtureText(QStringLiteral("zfs/zfs-get-2.3.txt")), properties, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(datasets.size(), 3);
        const ZfsDataset& tank = datasets.at(0);
        QCOMPARE(tank.name, QStringLiteral("tank"));
        QCOMPARE(tank.direct,
                 (ZfsProperty{QStringLiteral("standard"), QStringLiteral("default"), true}));
        QCOMPARE(tank.recordsize.value, QStringLiteral("131072"));
        QCOMPARE(tank.mounted.source, QStringLiteral("-"));
        QVERIFY(tank.isMounted());
        const ZfsDataset& old = datasets.at(2);
        QCOMPARE(old.name, QStringLiteral("tank/images/old"));
        QCOMPARE(old.pool(), QStringLiteral("tank"));
        QCOMPARE(old.direct.value, QStringLiteral("always"));
        QCOMPARE(old.direct.source, QStringLiteral("inherited from tank/images"));
        QVERIFY(old.direct.isInheritedOrDefault());
        QCOMPARE(old.mountpoint.value, QStringLiteral("/var/lib/extensions/old"));
        QVERIFY(!old.isMounted());
        QCOMPARE(old.readonly.value, QStringLiteral("on"));
    }
    void zfsGetWithoutDirect() {
        const QStringList properties{QStringLiteral("recordsize"), QStringLiteral("mountpoint"),
                                     QStringLiteral("mounted"), QStringLiteral("readonly")};
        QStringList problems;
        const QList<ZfsDataset> datasets =
            parseZfsGet(test::fixtureText(QStringLiteral("zfs/zfs-get-2.2-without-direct.txt")),
                        properties, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(datasets.size(), 1);
        QVERIFY(!datasets.at(0).direct.present);
        QVERIFY(datasets.at(0).recordsize.present);
    }
    void zfsGetMalformed() {
        const QStringList properties{QStringLiteral("direct"), QStringLiteral("recordsize")};
        QStringList problems;
        const QList<ZfsDataset> datasets =
            parseZfsGet(QStringLiteral("a\tdirect\tstandard\tdefault\n"
                                       "a\trecordsize\t131072\n"       // 3 columns
                                       "a\tcompression\tlz4\tlocal\n"  // not asked for
                                       "b\tdirect\talways\tlocal\n"
                                       "a\trecordsize\t4096\tlocal\n"  // a again after b
                                       "b\trecordsize\t1048576\tlocal\textra\n"),  // 5 columns
                        properties, &problems);
        QCOMPARE(datasets.size(), 2);
        QCOMPARE(datasets.at(0).direct.value, QStringLiteral("standard"));
        QVERIFY(!datasets.at(0).recordsize.present);
        QCOMPARE(datasets.at(1).direct.value, QStringLiteral("always"));
        QVERIFY(!datasets.at(1).recordsize.present);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).contains(QStringLiteral("line 2")));
        QVERIFY(problems.at(1).contains(QStringLiteral("compression")));
        QVERIFY(problems.at(2).contains(QStringLiteral("returns to dataset 'a'")));
        QVERIFY(problems.at(3).contains(QStringLiteral("5 columns")));
    }
    void zfsGetEmptyTruncatedGarbage() {
        const QStringList properties{QStringLiteral("direct")};
        QStringList problems;
        QVERIFY(parseZfsGet(QString(), properties, &problems).isEmpty());
        QVERIFY(problems.isEmpty());
        // Output cut in the middle of a line: the partial line is reported.
        const QList<ZfsDataset> truncated = parseZfsGet(
            QStringLiteral("tank\tdirect\tstandard\tdefault\ntank/a\tdir"), properties, &problems);
        QCOMPARE(truncated.size(), 1);
        QCOMPARE(problems.size(), 1);
        problems.clear();
        QVERIFY(
            parseZfsGet(QStringLiteral("\x7f\x45LF\x02\x01\x01"), properties, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }
    void invalidPropertyError() {
        const QString stderrText =
            test::fixtureText(QStringLiteral("zfs/zfs-get-2.2-invalid-direct.stderr"));
        QVERIFY(isInvalidPropertyError(stderrText, QStringLiteral("direct")));
        QVERIFY(!isInvalidPropertyError(stderrText, QStringLiteral("recordsize")));
        QVERIFY(!isInvalidPropertyError(QStringLiteral("cannot open 'x': dataset does not exist\n"),
                                        QStringLiteral("direct")));
        QVERIFY(!isInvalidPropertyError(QString(), QStringLiteral("direct")));
    }
};

QTEST_GUILESS_MAIN(ParseZfsTest)
#include "test_parse_zfs.moc"
