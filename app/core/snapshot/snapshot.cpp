// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshot/snapshot.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include "collect/collect.h"
#include "collect/replay_source.h"
#include "collect/system_source.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Snapshot)
};

}  // namespace

namespace {

// A snapshot is a few hundred KiB at most (tool outputs, a filtered kernel
// log); anything far larger is not a snapshot and is refused before parsing.
constexpr qint64 kMaxSnapshotBytes = 64 * 1024 * 1024;

QString describeJsonValue(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(value.toDouble(), 'g', 17);
        case QJsonValue::String:
            return QLatin1Char('"') + value.toString() + QLatin1Char('"');
        case QJsonValue::Array:
            return QStringLiteral("an array of %1").arg(value.toArray().size());
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

QString firstDifference(const QJsonValue& expected, const QJsonValue& actual, const QString& path) {
    if (expected.type() != actual.type()) {
        return QStringLiteral("%1: %2 vs %3")
            .arg(path, describeJsonValue(expected), describeJsonValue(actual));
    }
    if (expected.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys) {
            const QString difference =
                firstDifference(a.value(key), b.value(key), path + QLatin1Char('.') + key);
            if (!difference.isEmpty()) {
                return difference;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            const QString difference =
                firstDifference(a.at(i), b.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!difference.isEmpty()) {
                return difference;
            }
        }
        if (a.size() != b.size()) {
            return QStringLiteral("%1: %2 vs %3 elements").arg(path).arg(a.size()).arg(b.size());
        }
        return {};
    }
    if (expected != actual) {
        return QStringLiteral("%1: %2 vs %3")
            .arg(path, describeJsonValue(expected), describeJsonValue(actual));
    }
    return {};
}

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

}  // namespace

Facts deriveFacts(const EvidenceLog& evidence, const QString& capturedAt,
                  const QString& description) {
    ReplaySource replay(evidence, description);
    Facts facts = collectFacts(replay);
    if (!capturedAt.isEmpty()) {
        facts.collectedAt = capturedAt;
    }
    return facts;
}

Snapshot recapturedSnapshot(const Snapshot& stored, const QString& origin) {
    Snapshot snapshot = stored;
    snapshot.toolVersion = QStringLiteral(ZD_VERSION);
    snapshot.storedFacts = snapshot.facts;
    if (!origin.isEmpty()) {
        snapshot.origin = origin;
    }
    return snapshot;
}

Snapshot snapshotFromSource(const SystemSource& source, const Facts& facts, const QString& origin) {
    Snapshot snapshot;
    snapshot.toolVersion = QStringLiteral(ZD_VERSION);
    snapshot.capturedAt = facts.collectedAt.isEmpty()
                              ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                              : facts.collectedAt;
    snapshot.origin = origin;
    // "Not recorded" answers of a replay hold nothing: leaving them out
    // replays the same (still not recorded) and keeps a re-capture identical.
    for (const Evidence& item : source.log().items()) {
        if (item.failure != Evidence::Failure::NotRecorded) {
            snapshot.evidence.add(item);
        }
    }
    snapshot.facts = facts;
    snapshot.facts.collectedAt = snapshot.capturedAt;
    snapshot.storedFacts = snapshot.facts;
    return snapshot;
}

QJsonObject snapshotToJson(const Snapshot& snapshot) {
    QJsonArray evidence;
    for (const Evidence& item : snapshot.evidence.items()) {
        evidence.append(item.toJson());
    }
    QJsonObject object{{QStringLiteral("format"), QLatin1String(Snapshot::kFormat)},
                       {QStringLiteral("schema"), snapshot.schema},
                       {QStringLiteral("tool_version"), snapshot.toolVersion},
                       {QStringLiteral("captured_at"), snapshot.capturedAt},
                       {QStringLiteral("origin"), snapshot.origin},
                       {QStringLiteral("redacted"), snapshot.redacted},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("facts"), toJson(snapshot.facts)}};
    if (!snapshot.probes.isEmpty()) {
        QJsonArray probes;
        for (const ProbeResult& probe : snapshot.probes) {
            probes.append(probe.toJson());
        }
        object.insert(QStringLiteral("probes"), probes);
    }
    return object;
}

QByteArray serializeSnapshot(const Snapshot& snapshot) {
    return QJsonDocument(snapshotToJson(snapshot)).toJson(QJsonDocument::Indented);
}

std::optional<Snapshot> parseSnapshot(const QByteArray& data, QString* error) {
    if (data.trimmed().isEmpty()) {
        fail(error, Text::tr("the file is empty, not a ZFS Doctor snapshot"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, Text::tr("not valid JSON (%1 at byte %2); the file is truncated or "
                             "not a ZFS Doctor snapshot")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, Text::tr("the JSON document is an array, but a snapshot is an object "
                             "with \"format\": \"%1\"")
                        .arg(QLatin1String(Snapshot::kFormat)));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(Snapshot::kFormat)) {
        fail(error,
             Text::tr("\"format\" is %1, expected \"%2\": not a ZFS Doctor snapshot")
                 .arg(format.isUndefined() ? QStringLiteral("missing") : describeJsonValue(format),
                      QLatin1String(Snapshot::kFormat)));
        return std::nullopt;
    }
    const QJsonValue schemaValue = root.value(QStringLiteral("schema"));
    if (!schemaValue.isDouble() || schemaValue.toDouble() != schemaValue.toInteger() ||
        schemaValue.toInteger() < 1) {
        fail(error, QStringLiteral("\"schema\" is %1, expected a positive whole number")
                        .arg(schemaValue.isUndefined() ? QStringLiteral("missing")
                                                       : describeJsonValue(schemaValue)));
        return std::nullopt;
    }
    if (schemaValue.toInteger() > Snapshot::kSchema) {
        fail(error, Text::tr("the snapshot uses schema %1, but this ZFS Doctor (%2) reads "
                             "schema %3 and older; update ZFS Doctor to read it")
                        .arg(schemaValue.toInteger())
                        .arg(QLatin1String(ZD_VERSION))
                        .arg(Snapshot::kSchema));
        return std::nullopt;
    }

    Snapshot snapshot;
    snapshot.schema = static_cast<int>(schemaValue.toInteger());
    const auto text = [&](const char* key, QString* out) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return true;
        }
        if (!value.isString()) {
            return fail(error, QStringLiteral("\"%1\" is %2, expected a string")
                                   .arg(QLatin1String(key), describeJsonValue(value)));
        }
        *out = value.toString();
        return true;
    };
    if (!text("tool_version", &snapshot.toolVersion) ||
        !text("captured_at", &snapshot.capturedAt) || !text("origin", &snapshot.origin)) {
        return std::nullopt;
    }
    const QJsonValue redacted = root.value(QStringLiteral("redacted"));
    if (!redacted.isUndefined() && !redacted.isBool()) {
        fail(error, QStringLiteral("\"redacted\" is %1, expected true or false")
                        .arg(describeJsonValue(redacted)));
        return std::nullopt;
    }
    snapshot.redacted = redacted.toBool(false);

    const QJsonValue evidence = root.value(QStringLiteral("evidence"));
    if (!evidence.isArray()) {
        fail(error, QStringLiteral("\"evidence\" is %1, expected an array of evidence records")
                        .arg(evidence.isUndefined() ? QStringLiteral("missing")
                                                    : describeJsonValue(evidence)));
        return std::nullopt;
    }
    const QJsonArray records = evidence.toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject()) {
            fail(error, QStringLiteral("evidence[%1] is %2, expected an object")
                            .arg(i)
                            .arg(describeJsonValue(records.at(i))));
            return std::nullopt;
        }
        QString recordError;
        Evidence record = Evidence::fromJson(records.at(i).toObject(), &recordError);
        if (!recordError.isEmpty()) {
            fail(error, QStringLiteral("evidence[%1]: %2").arg(i).arg(recordError));
            return std::nullopt;
        }
        snapshot.evidence.add(std::move(record));
    }

    const QJsonValue storedFacts = root.value(QStringLiteral("facts"));
    if (!storedFacts.isUndefined()) {
        if (!storedFacts.isObject()) {
            fail(error, QStringLiteral("\"facts\" is %1, expected an object")
                            .arg(describeJsonValue(storedFacts)));
            return std::nullopt;
        }
        QString factsError;
        snapshot.storedFacts = factsFromJson(storedFacts.toObject(), &factsError);
        if (!snapshot.storedFacts) {
            fail(error, factsError);
            return std::nullopt;
        }
    }

    const QJsonValue probes = root.value(QStringLiteral("probes"));
    if (!probes.isUndefined() && !probes.isNull()) {
        if (!probes.isArray()) {
            fail(error, QStringLiteral("\"probes\" is %1, expected an array")
                            .arg(describeJsonValue(probes)));
            return std::nullopt;
        }
        const QJsonArray probeArray = probes.toArray();
        for (qsizetype i = 0; i < probeArray.size(); ++i) {
            QString probeError;
            const auto probe = probeArray.at(i).isObject()
                                   ? ProbeResult::fromJson(probeArray.at(i).toObject(), &probeError)
                                   : std::nullopt;
            if (!probe) {
                fail(error, QStringLiteral("probes[%1]: %2")
                                .arg(i)
                                .arg(probeError.isEmpty() ? QStringLiteral("expected an object")
                                                          : probeError));
                return std::nullopt;
            }
            snapshot.probes.append(*probe);
        }
    }

    snapshot.facts = deriveFacts(snapshot.evidence, snapshot.capturedAt,
                                 QStringLiteral("snapshot captured %1").arg(snapshot.capturedAt));
    return snapshot;
}

std::optional<Snapshot> loadSnapshot(const QString& path, QString* error) {
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, Text::tr("cannot read snapshot %1: no such file").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        fail(error, Text::tr("cannot read snapshot %1: it is a directory").arg(path));
        return std::nullopt;
    }
    if (info.size() > kMaxSnapshotBytes) {
        fail(error, Text::tr("cannot read snapshot %1: %2 bytes is far larger than any "
                             "snapshot (limit %3)")
                        .arg(path)
                        .arg(info.size())
                        .arg(kMaxSnapshotBytes));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, Text::tr("cannot read snapshot %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString parseError;
    auto snapshot = parseSnapshot(file.readAll(), &parseError);
    if (!snapshot) {
        fail(error, Text::tr("snapshot %1: %2").arg(path, parseError));
    }
    return snapshot;
}

bool writeSnapshot(const Snapshot& snapshot, const QString& path, bool overwrite, QString* error) {
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        return fail(error, Text::tr("%1 already exists; use --force to replace it").arg(path));
    }
    if (info.isDir()) {
        return fail(error, Text::tr("%1 is a directory").arg(path));
    }
    // QSaveFile writes a temporary file next to the target and renames it on
    // commit, so a reader never sees a half-written snapshot.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write(serializeSnapshot(snapshot));
    if (!file.commit()) {
        return fail(error, Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return true;
}

QString firstFactsDifference(const Facts& expected, const Facts& actual) {
    if (expected == actual) {
        return {};
    }
    const QString difference =
        firstDifference(toJson(expected), toJson(actual), QStringLiteral("facts"));
    // Facts compare unequal only through a field toJson() writes, so the JSON
    // comparison always finds it; say so plainly if that ever stops being true.
    return difference.isEmpty() ? QStringLiteral("facts differ in a field the JSON form omits")
                                : difference;
}

namespace {

// The facts without their sentences for people: collector notes' messages and
// how a kernel level was found or why it was not. Those are written in the
// language of the session that derived them (translations/*.ts), so a
// snapshot captured in German and read in English holds the same facts; the
// notes' codes, areas and evidence keys and the levels themselves still count.
Facts withoutProse(Facts facts) {
    for (CollectorNote& note : facts.notes) {
        note.message.clear();
    }
    auto clearLevel = [](KernelLevel& level) {
        level.source.clear();
        level.unknownReason.clear();
    };
    clearLevel(facts.kernel.level);
    for (InstalledKernel& installed : facts.kernel.installed) {
        clearLevel(installed.level);
    }
    return facts;
}

}  // namespace

QString factsConsistencyProblem(const Snapshot& snapshot) {
    if (!snapshot.storedFacts) {
        return QStringLiteral("the snapshot has no stored \"facts\" section");
    }
    const QString difference =
        firstFactsDifference(withoutProse(*snapshot.storedFacts), withoutProse(snapshot.facts));
    if (difference.isEmpty()) {
        return {};
    }
    return QStringLiteral(
               "stored facts differ from the facts re-derived from the evidence "
               "(stored vs re-derived) at %1")
        .arg(difference);
}

}  // namespace zd
