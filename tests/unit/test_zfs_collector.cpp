// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectZfs() through a scripted source: what it reads, what it concludes,
// and how many processes it starts.

#include <QtTest>

#include "collect/collect.h"
#include "support/parser_fixtures.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {

const QStringList kZfsVersion{QStringLiteral("zfs"), QStringLiteral("version")};
const QStringList kZpoolList{QStringLiteral("zpool"), QStringLiteral("list"), QStringLiteral("-Hp"),
                             QStringLiteral("-o"), QStringLiteral("name,size,alloc,free,health")};

QStringList zfsGet(const QString& properties) {
    return {QStringLiteral("zfs"),
            QStringLiteral("get"),
            QStringLiteral("-Hp"),
            QStringLiteral("-t"),
            QStringLiteral("filesystem"),
            QStringLiteral("-o"),
            QStringLiteral("name,property,value,source"),
            properties};
}
const QString kAllProperties = QStringLiteral("direct,recordsize,mountpoint,mounted,readonly");
const QString kWithoutDirect = QStringLiteral("recordsize,mountpoint,mounted,readonly");

void addLoadedModule(ScriptedSource& source, const QString& version, const QStringList& parameters,
                     const QStringList& values) {
    source.addDirectory(
        QStringLiteral("/sys/module/zfs"),
        {QStringLiteral("parameters"), QStringLiteral("version"), QStringLiteral("refcnt")});
    source.addFile(QStringLiteral("/sys/module/zfs/version"), version + QLatin1Char('\n'));
    source.addDirectory(QStringLiteral("/sys/module/zfs/parameters"), parameters);
    for (qsizetype i = 0; i < values.size(); ++i) {
        source.addFile(QStringLiteral("/sys/module/zfs/parameters/") + parameters.at(i),
                       values.at(i) + QLatin1Char('\n'));
    }
}

// `count` datasets in `zfs get` order, each with the five properties.
QString zfsGetOutput(int count, bool withDirect) {
    QString text;
    for (int i = 0; i < count; ++i) {
        const QString name = i == 0 ? QStringLiteral("tank") : QStringLiteral("tank/ds%1").arg(i);
        const QString source =
            i == 0 ? QStringLiteral("default") : QStringLiteral("inherited from tank");
        if (withDirect) {
            text += QStringLiteral("%1\tdirect\tstandard\t%2\n").arg(name, source);
        }
        text += QStringLiteral("%1\trecordsize\t131072\t%2\n").arg(name, source);
        text += QStringLiteral("%1\tmountpoint\t/%1\t%2\n").arg(name, source);
        text += QStringLiteral("%1\tmounted\tyes\t-\n").arg(name);
        text += QStringLiteral("%1\treadonly\toff\tdefault\n").arg(name);
    }
    return text;
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

class ZfsCollectorTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void healthy23() {
        ScriptedSource source;
        // zfs_dio_strict does not exist before 2.4: it must stay absent.
        addLoadedModule(source, QStringLiteral("2.3.1-1"),
                        {QStringLiteral("zfs_arc_max"), QStringLiteral("zfs_bclone_enabled"),
                         QStringLiteral("zfs_dio_enabled")},
                        {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1")});
        source.addCommand(kZfsVersion,
                          test::fixtureText(QStringLiteral("zfs/zfs-version-2.3.1.txt")));
        source.addCommand(kZpoolList, test::fixtureText(QStringLiteral("zfs/zpool-list-Hp.txt")));
        source.addCommand(zfsGet(kAllProperties),
                          test::fixtureText(QStringLiteral("zfs/zfs-get-2.3.txt")));

        Facts facts;
        collectZfs(source, facts);
        const ZfsFacts& zfs = facts.zfs;
        QCOMPARE(zfs.moduleLoaded, Tri::Yes);
        QCOMPARE(zfs.kmodVersion, QStringLiteral("2.3.1-1"));
        QCOMPARE(zfs.userlandInstalled, Tri::Yes);
        QCOMPARE(zfs.userlandVersion, QStringLiteral("2.3.1-1"));
        QCOMPARE(zfs.userlandKmodVersion, QStringLiteral("2.3.1-1"));
        QVERIFY(!zfs.versionMismatch());
        QCOMPARE(zfs.parameters.value(QStringLiteral("zfs_dio_enabled")), QStringLiteral("1"));
        QCOMPARE(zfs.parameters.value(QStringLiteral("zfs_bclone_enabled")), QStringLiteral("1"));
        QVERIFY(!zfs.parameters.contains(QStringLiteral("zfs_dio_strict")));
        QVERIFY(!zfs.parameters.contains(QStringLiteral("zfs_arc_max")));
        QCOMPARE(zfs.directPropertySupported, std::optional<bool>(true));
        QCOMPARE(zfs.pools.size(), 2);
        QCOMPARE(zfs.datasets.size(), 3);
        QCOMPARE(zfs.dataset(QStringLiteral("tank/images"))->direct.value,
                 QStringLiteral("always"));
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.value(0).message));
        QCOMPARE(source.processCount(), 3);
        // The module's version (2.3) has `direct`: the listing with it starts
        // alongside `zfs version` and `zpool list`, and is the one used.
        QCOMPARE(source.commandsStartedEarly(), QList<QStringList>{zfsGet(kAllProperties)});
        QCOMPARE(source.commandsRun().last(), zfsGet(kAllProperties));
        // The parameters directory is listed once and only the wanted files are read.
        QCOMPARE(source.pathsRead().count(QStringLiteral("/sys/module/zfs/parameters")), 1);
        QVERIFY(
            !source.pathsRead().contains(QStringLiteral("/sys/module/zfs/parameters/zfs_arc_max")));
        QVERIFY(!source.pathsRead().contains(
            QStringLiteral("/sys/module/zfs/parameters/zfs_dio_strict")));
    }

    void versionMismatchAfterUpgrade() {
        ScriptedSource source;
        addLoadedModule(source, QStringLiteral("2.3.1-1"), {}, {});
        source.addCommand(kZfsVersion, QStringLiteral("zfs-2.3.3-1\nzfs-kmod-2.3.1-1\n"));
        source.addCommand(kZpoolList, QString());
        source.addCommand(zfsGet(kAllProperties), QString());
        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.userlandVersion, QStringLiteral("2.3.3-1"));
        QCOMPARE(facts.zfs.kmodVersion, QStringLiteral("2.3.1-1"));
        QVERIFY(facts.zfs.versionMismatch());
        QVERIFY(facts.zfs.parameters.isEmpty());
    }

    // OpenZFS 2.2 has no `direct`, and `zfs version` says it is 2.2: one
    // `zfs get` without it, and every dataset's direct is marked not present.
    void releaseBeforeDirectAsksWithoutIt() {
        ScriptedSource source;
        addLoadedModule(source, QStringLiteral("2.2.7-1"), {QStringLiteral("zfs_bclone_enabled")},
                        {QStringLiteral("0")});
        source.addCommand(kZfsVersion, QStringLiteral("zfs-2.2.7-1\nzfs-kmod-2.2.7-1\n"));
        source.addCommand(kZpoolList, test::fixtureText(QStringLiteral("zfs/zpool-list-Hp.txt")));
        source.addCommand(
            zfsGet(kAllProperties), QString(), 2,
            test::fixtureText(QStringLiteral("zfs/zfs-get-2.2-invalid-direct.stderr")));
        source.addCommand(zfsGet(kWithoutDirect), zfsGetOutput(3, false));

        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.directPropertySupported, std::optional<bool>(false));
        QCOMPARE(facts.zfs.datasets.size(), 3);
        for (const ZfsDataset& dataset : facts.zfs.datasets) {
            QVERIFY(!dataset.direct.present);
            QVERIFY(dataset.recordsize.present);
        }
        QCOMPARE(source.processCount(QStringLiteral("zfs")), 2);  // version + 1 x get
        QCOMPARE(source.commandsRun().last(), zfsGet(kWithoutDirect));
        // The module says 2.2, so the listing started early is the same one.
        QCOMPARE(source.commandsStartedEarly(), QList<QStringList>{zfsGet(kWithoutDirect)});
        QCOMPARE(facts.zfs.parameters.value(QStringLiteral("zfs_bclone_enabled")),
                 QStringLiteral("0"));
        QVERIFY(!facts.zfs.parameters.contains(QStringLiteral("zfs_dio_enabled")));
        QVERIFY(facts.notes.isEmpty());
    }

    // A development build (2.2.99-N) may or may not have `direct`: asked, and
    // when refused, exactly one extra `zfs get` without it.
    void refusedDirectIsAskedAgainWithoutIt() {
        ScriptedSource source;
        addLoadedModule(source, QStringLiteral("2.2.99-1"), {}, {});
        source.addCommand(kZfsVersion, QStringLiteral("zfs-2.2.99-1\nzfs-kmod-2.2.99-1\n"));
        source.addCommand(kZpoolList, test::fixtureText(QStringLiteral("zfs/zpool-list-Hp.txt")));
        source.addCommand(
            zfsGet(kAllProperties), QString(), 2,
            test::fixtureText(QStringLiteral("zfs/zfs-get-2.2-invalid-direct.stderr")));
        source.addCommand(zfsGet(kWithoutDirect), zfsGetOutput(3, false));

        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.directPropertySupported, std::optional<bool>(false));
        QCOMPARE(facts.zfs.datasets.size(), 3);
        QCOMPARE(source.processCount(QStringLiteral("zfs")), 3);  // version + 2 x get
        QVERIFY(facts.notes.isEmpty());
    }

    // The process count does not depend on the number of datasets.
    void tenThousandDatasetsSameProcessCountAsOne() {
        auto scan = [](int datasets) {
            ScriptedSource source;
            addLoadedModule(source, QStringLiteral("2.3.2-1"), {}, {});
            source.addCommand(kZfsVersion, QStringLiteral("zfs-2.3.2-1\nzfs-kmod-2.3.2-1\n"));
            source.addCommand(kZpoolList, QStringLiteral("tank\t100\t50\t50\tONLINE\n"));
            source.addCommand(zfsGet(kAllProperties), zfsGetOutput(datasets, true));
            Facts facts;
            collectZfs(source, facts);
            return std::make_pair(source.processCount(), facts.zfs.datasets.size());
        };
        const auto one = scan(1);
        const auto many = scan(10000);
        QCOMPARE(one.second, qsizetype(1));
        QCOMPARE(many.second, qsizetype(10000));
        QCOMPARE(many.first, one.first);
        QCOMPARE(one.first, 3);
    }

    void notInstalled() {
        ScriptedSource source;  // nothing scripted: no module, no zfs command
        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.moduleLoaded, Tri::No);
        QCOMPARE(facts.zfs.userlandInstalled, Tri::No);
        QVERIFY(facts.zfs.absent());
        QVERIFY(hasNote(facts, QStringLiteral("zfs-not-installed")));
        QVERIFY(hasNote(facts, QStringLiteral("zfs-module-not-loaded")));
        QVERIFY(!facts.zfs.directPropertySupported.has_value());
        QCOMPARE(source.processCount(), 1);  // only `zfs version`, which found no zfs
    }

    void userlandWithoutModule() {
        ScriptedSource source;
        source.addCommand(
            kZfsVersion, test::fixtureText(QStringLiteral("zfs/zfs-version-no-module.stdout")), 1,
            QStringLiteral("zfs_version_kernel() failed: No such file or directory\n"));
        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.userlandInstalled, Tri::Yes);
        QCOMPARE(facts.zfs.userlandVersion, QStringLiteral("2.2.7-1"));
        QVERIFY(facts.zfs.userlandKmodVersion.isEmpty());
        QVERIFY(hasNote(facts, QStringLiteral("zfs-module-not-loaded")));
        QVERIFY(!hasNote(facts, QStringLiteral("zfs-version-unknown")));
        QCOMPARE(source.processCount(), 1);  // no zpool/zfs get without the module
    }

    void malformedOutputBecomesNotes() {
        ScriptedSource source;
        addLoadedModule(source, QStringLiteral("2.3.2-1"), {}, {});
        source.addCommand(kZfsVersion, QStringLiteral("garbage\n"));
        source.addCommand(kZpoolList, QStringLiteral("tank\tONLINE\n"));
        source.addCommand(zfsGet(kAllProperties),
                          QStringLiteral("tank\tdirect\tstandard\tdefault\nbroken line\n"));
        Facts facts;
        collectZfs(source, facts);
        QVERIFY(hasNote(facts, QStringLiteral("zfs-version-unknown")));
        QVERIFY(hasNote(facts, QStringLiteral("zpool-list-malformed")));
        QVERIFY(hasNote(facts, QStringLiteral("zfs-get-malformed")));
        QCOMPARE(facts.zfs.datasets.size(), 1);
        bool namesLine = false;
        for (const CollectorNote& note : facts.notes) {
            namesLine = namesLine || note.message.contains(QStringLiteral("broken line"));
        }
        QVERIFY(namesLine);
    }

    void zfsGetFailsForAnotherReason() {
        ScriptedSource source;
        addLoadedModule(source, QStringLiteral("2.3.2-1"), {}, {});
        source.addCommand(kZfsVersion, QStringLiteral("zfs-2.3.2-1\nzfs-kmod-2.3.2-1\n"));
        source.addCommand(kZpoolList, QString(), 1,
                          QStringLiteral("internal error: Permission denied\n"));
        source.addFailingCommand(zfsGet(kAllProperties), Evidence::Failure::Timeout,
                                 QStringLiteral("killed after 20 s"));
        Facts facts;
        collectZfs(source, facts);
        QVERIFY(!facts.zfs.directPropertySupported.has_value());
        QVERIFY(hasNote(facts, QStringLiteral("zfs-get-failed")));
        QVERIFY(hasNote(facts, QStringLiteral("zpool-list-failed")));
        QCOMPARE(source.processCount(), 3);  // no retry: the failure was not about `direct`
    }

    void unreadableModuleFiles() {
        ScriptedSource source;
        source.addDirectory(QStringLiteral("/sys/module/zfs"), {QStringLiteral("version")});
        source.addUnreadableFile(QStringLiteral("/sys/module/zfs/version"));
        source.addCommand(kZfsVersion, QStringLiteral("zfs-2.3.2-1\nzfs-kmod-2.3.2-1\n"));
        source.addCommand(kZpoolList, QString());
        source.addCommand(zfsGet(kAllProperties), QString());
        Facts facts;
        collectZfs(source, facts);
        QCOMPARE(facts.zfs.moduleLoaded, Tri::Yes);
        QVERIFY(facts.zfs.kmodVersion.isEmpty());
        QVERIFY(hasNote(facts, QStringLiteral("zfs-kmod-version-unknown")));
        QVERIFY(hasNote(facts, QStringLiteral("zfs-parameters-unreadable")));
        // Without the module's version the listing waits for `zfs version`.
        QVERIFY(source.commandsStartedEarly().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ZfsCollectorTest)
#include "test_zfs_collector.moc"
