// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Redaction: every identifying name is replaced consistently in every
// evidence text, the facts re-derived from the redacted evidence are exactly
// the stored ones, the analysis does not change, and no original name is left
// anywhere in the written file.

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "snapshot/redact.h"
#include "snapshot/snapshot.h"
#include "util/paths.h"

using namespace zd;

namespace {

QByteArray readDemo(const QString& name) {
    QFile file(demoDirectory() + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// The problem 5 demo with names that identify someone: the host "alicebox",
// the pool "zorgpool", the dataset "zorgpool/projectx" mounted at the user's
// home /home/alice, and the loop backing file "secret-vm.img" there.
std::optional<Snapshot> personalSnapshot(QString* error) {
    QString text = QString::fromUtf8(readDemo(QStringLiteral("problem5-loop-dio-always")));
    text.replace(QStringLiteral("/tank/images"), QStringLiteral("/home/alice"));
    text.replace(QStringLiteral("tank/images"), QStringLiteral("zorgpool/projectx"));
    text.replace(QStringLiteral("tank"), QStringLiteral("zorgpool"));
    text.replace(QStringLiteral("disk.img"), QStringLiteral("secret-vm.img"));
    text.replace(QStringLiteral("ubuntu-loop"), QStringLiteral("alicebox"));
    return parseSnapshot(text.toUtf8(), error);
}

const QStringList kOriginalNames{QStringLiteral("alicebox"), QStringLiteral("zorgpool"),
                                 QStringLiteral("projectx"), QStringLiteral("secret-vm"),
                                 QStringLiteral("alice")};

}  // namespace

class TestRedact : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void personalSnapshotIsWhatTheTestAssumes() {
        QString error;
        const auto snapshot = personalSnapshot(&error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QCOMPARE(snapshot->facts.hostname, QStringLiteral("alicebox"));
        QCOMPARE(snapshot->facts.loopDevices.size(), 1);
        QCOMPARE(snapshot->facts.loopDevices.first().backingFile,
                 QStringLiteral("/home/alice/secret-vm.img"));
        QCOMPARE(snapshot->facts.loopDevices.first().backingLocation->dataset(),
                 QStringLiteral("zorgpool/projectx"));
    }

    void noOriginalNameRemains() {
        QString error;
        const auto snapshot = personalSnapshot(&error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        const Snapshot redacted = redactSnapshot(*snapshot);
        QVERIFY(redacted.redacted);
        const QString file = QString::fromUtf8(serializeSnapshot(redacted));
        for (const QString& name : kOriginalNames) {
            QVERIFY2(!file.contains(name, Qt::CaseInsensitive), qPrintable(name));
        }
    }

    void redactedFactsAreReDerivable() {
        QString error;
        const auto snapshot = personalSnapshot(&error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        const Snapshot redacted = redactSnapshot(*snapshot);
        const auto loaded = parseSnapshot(serializeSnapshot(redacted), &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QVERIFY(loaded->redacted);
        const QString problem = factsConsistencyProblem(*loaded);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(loaded->facts, redacted.facts);
    }

    void namesMapConsistently() {
        QString error;
        const auto snapshot = personalSnapshot(&error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        const Facts facts = redactSnapshot(*snapshot).facts;
        QCOMPARE(facts.hostname, QStringLiteral("host1"));
        QCOMPARE(facts.zfs.pools.size(), 1);
        QCOMPARE(facts.zfs.pools.first().name, QStringLiteral("pool1"));
        QStringList datasets;
        for (const ZfsDataset& dataset : facts.zfs.datasets) {
            datasets << dataset.name + QLatin1Char('=') + dataset.mountpoint.value;
        }
        QCOMPARE(datasets, (QStringList{QStringLiteral("pool1=/pool1"),
                                        QStringLiteral("pool1/fs1=/home/user1")}));
        const LoopDevice& loop = facts.loopDevices.first();
        QCOMPARE(loop.backingFile, QStringLiteral("/home/user1/file1.img"));
        QVERIFY(loop.backingLocation.has_value());
        QCOMPARE(loop.backingLocation->dataset(), QStringLiteral("pool1/fs1"));
        QCOMPARE(loop.backingLocation->mountPoint, QStringLiteral("/home/user1"));
    }

    void versionsAndMessagesAreKept() {
        QString error;
        const auto snapshot = personalSnapshot(&error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        const Facts before = snapshot->facts;
        const Facts after = redactSnapshot(*snapshot).facts;
        QCOMPARE(after.zfs.kmodVersion, before.zfs.kmodVersion);
        QCOMPARE(after.zfs.userlandVersion, before.zfs.userlandVersion);
        QCOMPARE(after.zfs.parameters, before.zfs.parameters);
        QCOMPARE(after.kernel.release, before.kernel.release);
        QCOMPARE(after.kernel.procVersion, before.kernel.procVersion);
        QCOMPARE(after.distro, before.distro);
        QCOMPARE(after.kernelLog, before.kernelLog);
        QCOMPARE(after.systemd.versionText, before.systemd.versionText);
        QCOMPARE(after.zfs.datasets.last().direct, before.zfs.datasets.last().direct);
        QCOMPARE(after.loopDevices.first().directIo, before.loopDevices.first().directIo);
    }

    void analysisIsUnchanged_data() {
        QTest::addColumn<QString>("demo");
        for (const char* demo :
             {"problem1-sysext-fedora41", "problem2-loop-hang-unraid", "problem3-dio-always-cfr",
              "problem4-cfr-linux68", "problem5-loop-dio-always", "healthy-fedora41",
              "truenas-scale", "no-zfs-debian12"}) {
            QTest::newRow(demo) << QString::fromLatin1(demo);
        }
    }
    void analysisIsUnchanged() {
        QFETCH(QString, demo);
        QString error;
        const auto knowledge = KnowledgeBase::loadDefault(&error);
        QVERIFY2(knowledge.has_value(), qPrintable(error));
        const auto snapshot = parseSnapshot(readDemo(demo), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        const Snapshot redacted = redactSnapshot(*snapshot);
        const QList<Finding> before = evaluate(snapshot->facts, *knowledge);
        const QList<Finding> after = evaluate(redacted.facts, *knowledge);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(statusName(after[i].status), statusName(before[i].status));
            QCOMPARE(after[i].remedies.size(), before[i].remedies.size());
        }
    }

    void tableMatchesWholeNamesOnly() {
        Facts facts;
        ZfsPool pool;
        pool.name = QStringLiteral("tank");
        facts.zfs.pools = {pool};
        ZfsDataset dataset;
        dataset.name = QStringLiteral("tank/home");
        dataset.mountpoint = {QStringLiteral("/srv/shares"), QStringLiteral("local"), true};
        facts.zfs.datasets = {dataset};
        const RedactionTable table = RedactionTable::build(facts, EvidenceLog());
        QCOMPARE(
            table.apply(QStringLiteral("tank\ttank/home\t/srv/shares/x tanker tank-old old.tank")),
            QStringLiteral("pool1\tpool1/fs1\t/srv/dir1/x tanker tank-old old.tank"));
        QCOMPARE(
            table.apply(QStringLiteral("cannot open 'tank/home@snap': dataset does not exist")),
            QStringLiteral("cannot open 'pool1/fs1@snap': dataset does not exist"));
        // Directory names everyone has stay: collectors look for these paths.
        QCOMPARE(table.apply(QStringLiteral("/srv /var/lib/extensions")),
                 QStringLiteral("/srv /var/lib/extensions"));
    }

    void genericHostnamesAreKept() {
        // Fedora's default hostname is its os-release ID: replacing it would
        // rewrite ID=fedora and change the analysis.
        Facts facts;
        facts.hostname = QStringLiteral("fedora");
        facts.distro.id = QStringLiteral("fedora");
        const RedactionTable table = RedactionTable::build(facts, EvidenceLog());
        QCOMPARE(table.apply(QStringLiteral("ID=fedora")), QStringLiteral("ID=fedora"));
        QVERIFY(table.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "test_redact.moc"
