// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshot files: write/load round trip, re-derivation of facts, schema and
// format checks, and clear errors for every kind of broken file.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "report/scan_report.h"
#include "snapshot/snapshot.h"
#include "util/paths.h"

using namespace zd;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QString demoPath(const QString& name) {
    return demoDirectory() + QLatin1Char('/') + name + QStringLiteral(".json");
}

QJsonObject demoObject(const QString& name) {
    return QJsonDocument::fromJson(readAll(demoPath(name))).object();
}

QString parseError(const QByteArray& data) {
    QString error;
    const auto snapshot = parseSnapshot(data, &error);
    return snapshot ? QStringLiteral("(parsed)") : error;
}

}  // namespace

class TestSnapshot : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyDemoIsConsistent_data() {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(demoDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 17);
        for (const QString& file : files) {
            QTest::newRow(qPrintable(file)) << file.chopped(5);
        }
    }
    void everyDemoIsConsistent() {
        QFETCH(QString, name);
        QString error;
        const auto snapshot = loadSnapshot(demoPath(name), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QVERIFY(!snapshot->origin.isEmpty());
        QVERIFY(snapshot->origin.contains(QLatin1String("odelled")) ||
                snapshot->origin.contains(QLatin1String("captured")));
        const QString problem = factsConsistencyProblem(*snapshot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The verdicts keep the status rules: at risk names its next step,
        // only a not-affected finding is latent, unknown says why.
        static const std::optional<KnowledgeBase> knowledge = [] {
            QString loadError;
            return KnowledgeBase::load(QStringLiteral(ZD_SOURCE_DIR "/resources/knowledge"),
                                       &loadError);
        }();
        QVERIFY(knowledge.has_value());
        for (const Finding& finding : evaluate(snapshot->facts, *knowledge, snapshot->probes)) {
            const QString what = name + QLatin1Char(' ') + finding.id;
            QVERIFY2(finding.status != FindingStatus::AtRisk || !finding.nextStep.isEmpty(),
                     qPrintable(what));
            QVERIFY2(!finding.latent || finding.status == FindingStatus::NotAffected,
                     qPrintable(what));
            QVERIFY2(finding.status != FindingStatus::Unknown || !finding.unknownReason.isEmpty(),
                     qPrintable(what));
            for (const RemedyOption& remedy : finding.remedies) {
                QVERIFY2(!remedy.guidance.isEmpty(),
                         qPrintable(what + QLatin1Char(' ') + remedy.id));
                QVERIFY2(!remedy.automatic || !remedy.command.isEmpty(),
                         qPrintable(what + QLatin1Char(' ') + remedy.id));
            }
        }
        // Only the deliberately incomplete demo lacks a record a verdict needs.
        QCOMPARE(missingEssentialRecords(snapshot->facts).isEmpty(),
                 name != QLatin1String("incomplete-capture"));
    }

    // Absence of evidence is not evidence of absence: a record the snapshot
    // does not hold leaves its fact unknown (with a note naming the area),
    // where a recorded "not found" is a known absence.
    void missingRecordIsUnknownNotAbsent() {
        QJsonObject object = demoObject(QStringLiteral("no-zfs-debian12"));
        QString error;
        auto snapshot = parseSnapshot(QJsonDocument(object).toJson(), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QCOMPARE(snapshot->facts.zfs.moduleLoaded, Tri::No);
        QVERIFY(snapshot->facts.zfs.absent());

        QJsonArray kept;
        for (const QJsonValue& record : object.value(QStringLiteral("evidence")).toArray()) {
            if (record.toObject().value(QStringLiteral("key")).toString() !=
                QLatin1String("/sys/module/zfs")) {
                kept.append(record);
            }
        }
        object.insert(QStringLiteral("evidence"), kept);
        object.remove(QStringLiteral("facts"));
        snapshot = parseSnapshot(QJsonDocument(object).toJson(), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QCOMPARE(snapshot->facts.zfs.moduleLoaded, Tri::Unknown);
        QVERIFY(!snapshot->facts.zfs.absent());
        const CollectorNote* note = snapshot->facts.unread(FactArea::ZfsModule);
        QVERIFY(note != nullptr);
        QVERIFY2(note->message.contains(QLatin1String("not recorded")), qPrintable(note->message));
    }

    // A snapshot with nothing but a stray record: every essential record is
    // missing, so the scan is incomplete rather than healthy.
    void nearlyEmptySnapshotIsIncomplete() {
        QString error;
        const auto snapshot = parseSnapshot(
            R"({"format":"zfs-doctor-snapshot","schema":1,"evidence":[{"kind":"file","key":"x"}]})",
            &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QCOMPARE(missingEssentialRecords(snapshot->facts).size(), 3);
        ScanResult result;
        result.facts = snapshot->facts;
        QCOMPARE(scanOutcome(result), ScanOutcome::Incomplete);
    }

    void roundTripKeepsEverything() {
        QString error;
        const auto original =
            loadSnapshot(demoPath(QStringLiteral("problem5-loop-dio-always")), &error);
        QVERIFY2(original.has_value(), qPrintable(error));
        Snapshot changed = *original;
        ProbeResult probe;
        probe.probe = QStringLiteral("odirect-alignment");
        probe.dataset = QStringLiteral("tank/images");
        probe.ran = true;
        probe.errorNumber = 22;
        probe.errorName = QStringLiteral("EINVAL");
        probe.detail = QStringLiteral("pread(fd, 512, offset 512) with O_DIRECT");
        changed.probes = {probe};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap.json"));
        QVERIFY2(writeSnapshot(changed, path, false, &error), qPrintable(error));
        const auto back = loadSnapshot(path, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->origin, original->origin);
        QCOMPARE(back->capturedAt, original->capturedAt);
        QCOMPARE(back->redacted, false);
        QCOMPARE(back->evidence.items().size(), original->evidence.items().size());
        for (qsizetype i = 0; i < back->evidence.items().size(); ++i) {
            QCOMPARE(back->evidence.items().at(i).toJson(),
                     original->evidence.items().at(i).toJson());
        }
        QVERIFY(back->facts == original->facts);
        QCOMPARE(back->probes, changed.probes);
        QVERIFY(factsConsistencyProblem(*back).isEmpty());
        // Writing the loaded snapshot again gives the same bytes.
        QCOMPARE(serializeSnapshot(*back), readAll(path));
    }

    // A stored snapshot captured again keeps its evidence, stores the facts
    // this version derives from it, and keeps its origin unless given one.
    void recaptureStoresTheFactsDerivedNow() {
        QString error;
        const auto stored =
            loadSnapshot(demoPath(QStringLiteral("problem5-loop-dio-always")), &error);
        QVERIFY2(stored.has_value(), qPrintable(error));
        Snapshot old = *stored;
        old.toolVersion = QStringLiteral("0.0.1");
        old.storedFacts = Facts{};

        const Snapshot kept = recapturedSnapshot(old);
        QCOMPARE(kept.toolVersion, QStringLiteral(ZD_VERSION));
        QVERIFY(kept.storedFacts == old.facts);
        QCOMPARE(kept.origin, old.origin);
        QCOMPARE(kept.evidence.items().size(), old.evidence.items().size());
        QVERIFY(factsConsistencyProblem(kept).isEmpty());

        const Snapshot renamed = recapturedSnapshot(old, QStringLiteral("copied for a bug report"));
        QCOMPARE(renamed.origin, QStringLiteral("copied for a bug report"));
    }

    void refusesToOverwriteWithoutForce() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap.json"));
        Snapshot snapshot;
        QString error;
        QVERIFY(writeSnapshot(snapshot, path, false, &error));
        QFile::resize(path, 3);
        QVERIFY(!writeSnapshot(snapshot, path, false, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 3);  // untouched
        QVERIFY2(writeSnapshot(snapshot, path, true, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);  // no temp left
        QVERIFY(!writeSnapshot(snapshot, dir.filePath(QStringLiteral("missing/dir/x.json")), false,
                               &error));
        QVERIFY(error.startsWith(QLatin1String("cannot write")));
    }

    void consistencyCheckNamesTheDifference() {
        QString error;
        auto snapshot = loadSnapshot(demoPath(QStringLiteral("problem1-sysext-fedora41")), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        snapshot->storedFacts->zfs.kmodVersion = QStringLiteral("2.4.0-1");
        const QString problem = factsConsistencyProblem(*snapshot);
        QVERIFY2(
            problem.contains(QLatin1String("facts.zfs.kmod_version: \"2.4.0-1\" vs \"2.3.0-1\"")),
            qPrintable(problem));
        snapshot->storedFacts.reset();
        QVERIFY(factsConsistencyProblem(*snapshot).contains(QLatin1String("no stored")));
    }

    void consistencyCheckIgnoresTheCapturingLanguage() {
        // Notes and kernel level texts are in the language of whoever
        // captured the file; a German capture read in English is consistent.
        QString error;
        auto snapshot = loadSnapshot(demoPath(QStringLiteral("problem2-loop-hang-unraid")), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QVERIFY(!snapshot->storedFacts->notes.isEmpty());
        QVERIFY(!snapshot->storedFacts->kernel.level.source.isEmpty());
        snapshot->storedFacts->notes.first().message = QStringLiteral(
            "systemctl ist nicht installiert: Dieses System läuft nicht mit systemd.");
        snapshot->storedFacts->kernel.level.source =
            QStringLiteral("uname -r: Unraid baut stabile Upstream-Releases");
        QVERIFY2(factsConsistencyProblem(*snapshot).isEmpty(),
                 qPrintable(factsConsistencyProblem(*snapshot)));
        // What the notes are about still counts.
        snapshot->storedFacts->notes.first().code = QStringLiteral("another-code");
        QVERIFY(factsConsistencyProblem(*snapshot).contains(QLatin1String("facts.notes[0].code")));
    }

    void storedFactsAreNotTrusted() {
        // A file whose "facts" lie is analysed from its evidence.
        QJsonObject object = demoObject(QStringLiteral("problem1-sysext-fedora41"));
        QJsonObject facts = object.value(QStringLiteral("facts")).toObject();
        QJsonObject zfs = facts.value(QStringLiteral("zfs")).toObject();
        zfs.insert(QStringLiteral("kmod_version"), QStringLiteral("2.4.0-1"));
        facts.insert(QStringLiteral("zfs"), zfs);
        object.insert(QStringLiteral("facts"), facts);
        QString error;
        const auto snapshot = parseSnapshot(QJsonDocument(object).toJson(), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QCOMPARE(snapshot->facts.zfs.kmodVersion, QStringLiteral("2.3.0-1"));
        QCOMPARE(snapshot->storedFacts->zfs.kmodVersion, QStringLiteral("2.4.0-1"));
        QVERIFY(!factsConsistencyProblem(*snapshot).isEmpty());
    }

    void garbageIsRefusedClearly_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QJsonObject valid = demoObject(QStringLiteral("no-zfs-debian12"));
        const QByteArray full = QJsonDocument(valid).toJson();
        const auto with = [&](const char* key, const QJsonValue& value) {
            QJsonObject copy = valid;
            if (value.isUndefined()) {
                copy.remove(QLatin1String(key));
            } else {
                copy.insert(QLatin1String(key), value);
            }
            return QJsonDocument(copy).toJson();
        };
        QJsonArray badEvidence = valid.value(QStringLiteral("evidence")).toArray();
        badEvidence.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("socket")},
                                       {QStringLiteral("key"), QStringLiteral("/run/x")}});
        QJsonArray nonObjectEvidence{QStringLiteral("dmesg")};

        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("whitespace") << QByteArray(" \n") << QStringLiteral("the file is empty");
        QTest::newRow("truncated")
            << full.left(full.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("not json") << QByteArray("zfs-2.3.1-1\n")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("is an array");
        QTest::newRow("no format") << with("format", QJsonValue(QJsonValue::Undefined))
                                   << QStringLiteral("\"format\" is missing");
        QTest::newRow("other format") << with("format", QStringLiteral("sosreport"))
                                      << QStringLiteral("\"format\" is \"sosreport\"");
        QTest::newRow("newer schema")
            << with("schema", 2) << QStringLiteral("uses schema 2, but this ZFS Doctor");
        QTest::newRow("schema text")
            << with("schema", QStringLiteral("1")) << QStringLiteral("\"schema\" is \"1\"");
        QTest::newRow("schema zero")
            << with("schema", 0) << QStringLiteral("expected a positive whole number");
        QTest::newRow("origin number")
            << with("origin", 7) << QStringLiteral("\"origin\" is 7, expected a string");
        QTest::newRow("redacted text")
            << with("redacted", QStringLiteral("no")) << QStringLiteral("\"redacted\" is \"no\"");
        QTest::newRow("no evidence") << with("evidence", QJsonValue(QJsonValue::Undefined))
                                     << QStringLiteral("\"evidence\" is missing");
        QTest::newRow("evidence object")
            << with("evidence", QJsonObject{}) << QStringLiteral("\"evidence\" is an object");
        QTest::newRow("evidence not object")
            << with("evidence", nonObjectEvidence) << QStringLiteral("evidence[0] is \"dmesg\"");
        QTest::newRow("unknown kind")
            << with("evidence", badEvidence)
            << QStringLiteral("evidence[%1]: evidence record has unknown kind 'socket'")
                   .arg(badEvidence.size() - 1);
        QTest::newRow("facts array")
            << with("facts", QJsonArray{}) << QStringLiteral("\"facts\" is an array of 0");
        QTest::newRow("facts bad field")
            << with("facts", QJsonObject{{QStringLiteral("kernel"), 3}})
            << QStringLiteral("facts.kernel: expected an object, got number");
        QTest::newRow("probes object")
            << with("probes", QJsonObject{}) << QStringLiteral("\"probes\" is an object");
        QTest::newRow("probe string")
            << with("probes", QJsonArray{QStringLiteral("x")}) << QStringLiteral("probes[0]:");
    }
    void garbageIsRefusedClearly() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString error = parseError(data);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void loadReportsFileProblems() {
        QString error;
        QVERIFY(!loadSnapshot(QStringLiteral("/nonexistent/snap.json"), &error));
        QCOMPARE(error,
                 QStringLiteral("cannot read snapshot /nonexistent/snap.json: no such file"));
        QTemporaryDir dir;
        QVERIFY(!loadSnapshot(dir.path(), &error));
        QVERIFY(error.endsWith(QLatin1String("it is a directory")));
        const QString empty = dir.filePath(QStringLiteral("empty.json"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(!loadSnapshot(empty, &error));
        QVERIFY2(error.startsWith(QStringLiteral("snapshot %1: the file is empty").arg(empty)),
                 qPrintable(error));
    }

    void olderSnapshotWithoutFactsStillLoads() {
        // Only format, schema and evidence are required; facts are re-derived.
        QJsonObject object = demoObject(QStringLiteral("problem3-dio-always-cfr"));
        object.remove(QStringLiteral("facts"));
        object.remove(QStringLiteral("origin"));
        QString error;
        const auto snapshot = parseSnapshot(QJsonDocument(object).toJson(), &error);
        QVERIFY2(snapshot.has_value(), qPrintable(error));
        QVERIFY(!snapshot->storedFacts.has_value());
        QCOMPARE(snapshot->facts.zfs.kmodVersion, QStringLiteral("2.3.0-1"));
        QCOMPARE(snapshot->facts.collectedAt, snapshot->capturedAt);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
