// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/problem_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "knowledge/problem_registry.h"
#include "knowledge/remedy_template.h"

namespace zd {

namespace {

// Reads fields of one JSON object and remembers the first error with its path.
class Reader {
  public:
    Reader(const QJsonObject& object, QString path, QString* error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    bool failed() const { return m_failed; }

    void fail(const QString& field, const QString& why) {
        if (m_failed) {
            return;
        }
        m_failed = true;
        if (m_error) {
            *m_error = QStringLiteral("%1: %2").arg(qualified(field), why);
        }
    }

    // Every key must be one the format knows: a misspelt optional key would
    // otherwise be ignored without a word.
    void allowOnly(const QStringList& keys) {
        for (const QString& key : m_object.keys()) {
            if (!keys.contains(key)) {
                fail(key, QStringLiteral("unknown field"));
            }
        }
    }

    QString string(const QString& field, bool required = true) {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required) {
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be a non-empty string"));
            return {};
        }
        return value.toString();
    }

    int integer(const QString& field, int minimum, int maximum) {
        const QJsonValue value = m_object.value(field);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<int>(number) || number < minimum ||
            number > maximum) {
            fail(
                field,
                value.isUndefined()
                    ? QStringLiteral("missing")
                    : QStringLiteral("must be an integer from %1 to %2").arg(minimum).arg(maximum));
            return minimum;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QString& field) {
        const QJsonValue value = m_object.value(field);
        if (!value.isBool()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be true or false"));
        }
        return value.toBool();
    }

    QStringList strings(const QString& field, bool allowEmpty) {
        const QJsonValue value = m_object.value(field);
        if (!value.isArray()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be a list of strings"));
            return {};
        }
        QStringList result;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(field, QStringLiteral("must be a list of non-empty strings"));
                return {};
            }
            result << item.toString();
        }
        if (result.isEmpty() && !allowEmpty) {
            fail(field, QStringLiteral("must not be empty"));
        }
        return result;
    }

    QList<VersionRange> ranges(const QString& field, bool allowEmpty) {
        QList<VersionRange> result;
        for (const QString& text : strings(field, allowEmpty)) {
            QString why;
            const std::optional<VersionRange> range = VersionRange::parse(text, &why);
            if (!range) {
                fail(field, why);
                return {};
            }
            result << *range;
        }
        return result;
    }

    QJsonObject object(const QString& field) {
        const QJsonValue value = m_object.value(field);
        if (!value.isObject()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be an object"));
        }
        return value.toObject();
    }

    QJsonArray array(const QString& field) {
        const QJsonValue value = m_object.value(field);
        if (!value.isArray()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be a list"));
        }
        return value.toArray();
    }

    // A template field: a string (the "default" variant) or an object of
    // variant -> string; with `needsDefault` the object must contain
    // "default". Placeholders must be known.
    QMap<QString, QString> templates(const QString& field, bool needsDefault = true) {
        QMap<QString, QString> result;
        const QJsonValue value = m_object.value(field);
        if (value.isString()) {
            result.insert(QStringLiteral("default"), value.toString());
        } else if (value.isObject()) {
            const QJsonObject variants = value.toObject();
            for (auto it = variants.begin(); it != variants.end(); ++it) {
                if (!it.value().isString()) {
                    fail(field + QLatin1Char('.') + it.key(), QStringLiteral("must be a string"));
                    return {};
                }
                result.insert(it.key(), it.value().toString());
            }
        } else {
            fail(field, value.isUndefined()
                            ? QStringLiteral("missing")
                            : QStringLiteral("must be a string or an object of variants"));
            return {};
        }
        if (needsDefault && result.value(QStringLiteral("default")).trimmed().isEmpty()) {
            fail(field, QStringLiteral("needs a non-empty \"default\" variant"));
        }
        for (auto it = result.cbegin(); it != result.cend(); ++it) {
            if (it.value().trimmed().isEmpty()) {
                fail(field + QLatin1Char('.') + it.key(), QStringLiteral("must not be empty"));
            }
        }
        for (auto it = result.cbegin(); it != result.cend(); ++it) {
            for (const QString& name : templatePlaceholders(it.value())) {
                if (!knownTemplatePlaceholders().contains(name)) {
                    fail(field + QLatin1Char('.') + it.key(),
                         QStringLiteral("unknown placeholder {%1}").arg(name));
                }
            }
        }
        return result;
    }

    QString qualified(const QString& field) const {
        return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
    }

  private:
    QJsonObject m_object;
    QString m_path;
    QString* m_error;
    bool m_failed = false;
};

const QStringList kRemedyTargets{QStringLiteral("dataset"), QStringLiteral("loop-device"),
                                 QStringLiteral("kernel"), QStringLiteral("system")};

std::optional<RemedyInfo> parseRemedy(const QJsonObject& object, const QString& path,
                                      QString* error) {
    Reader reader(object, path, error);
    reader.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("target"),
                      QStringLiteral("command"), QStringLiteral("undo"), QStringLiteral("guidance"),
                      QStringLiteral("risk"), QStringLiteral("appliesWhen"), QStringLiteral("rank"),
                      QStringLiteral("automatic")});
    RemedyInfo remedy;
    remedy.id = reader.string(QStringLiteral("id"));
    if (!reader.failed() && !knownRemedyIds().contains(remedy.id)) {
        reader.fail(QStringLiteral("id"),
                    QStringLiteral("unknown remedy id \"%1\" (known: %2)")
                        .arg(remedy.id, knownRemedyIds().join(QStringLiteral(", "))));
    }
    remedy.title = reader.string(QStringLiteral("title"));
    remedy.target = reader.string(QStringLiteral("target"));
    if (!reader.failed() && !kRemedyTargets.contains(remedy.target)) {
        reader.fail(
            QStringLiteral("target"),
            QStringLiteral("must be one of %1").arg(kRemedyTargets.join(QStringLiteral(", "))));
    }
    // A command exists only where one fits. An undo command belongs to a
    // command variant (or to the "inherited" situation); where none is given,
    // the guidance says how to go back.
    if (object.contains(QStringLiteral("command"))) {
        remedy.commands = reader.templates(QStringLiteral("command"), false);
        if (object.contains(QStringLiteral("undo"))) {
            remedy.undo = reader.templates(QStringLiteral("undo"), false);
        }
        for (const QString& variant : remedy.undo.keys()) {
            if (!reader.failed() && variant != QLatin1String("inherited") &&
                !remedy.commands.contains(variant)) {
                reader.fail(QStringLiteral("undo.") + variant,
                            QStringLiteral("an undo for a variant without a command"));
            }
        }
    } else if (object.contains(QStringLiteral("undo"))) {
        reader.fail(QStringLiteral("undo"), QStringLiteral("an undo without a command"));
    }
    remedy.guidance = reader.templates(QStringLiteral("guidance"));
    remedy.risk = reader.string(QStringLiteral("risk"));
    remedy.appliesWhen = reader.string(QStringLiteral("appliesWhen"));
    remedy.rank = reader.integer(QStringLiteral("rank"), 1, 99);
    remedy.automatic = reader.boolean(QStringLiteral("automatic"));
    if (!reader.failed() && remedy.automatic && remedy.commands.isEmpty()) {
        reader.fail(QStringLiteral("automatic"),
                    QStringLiteral("a remedy without a command cannot be automatic"));
    }
    if (reader.failed()) {
        return std::nullopt;
    }
    return remedy;
}

std::optional<ProbeInfo> parseProbe(const QJsonObject& object, const QString& path,
                                    QString* error) {
    Reader reader(object, path, error);
    reader.allowOnly({QStringLiteral("name"), QStringLiteral("safety"),
                      QStringLiteral("confirmingErrors"), QStringLiteral("note")});
    ProbeInfo probe;
    const std::optional<ProbeInfo::Safety> safety =
        probeSafetyFromName(reader.string(QStringLiteral("safety")));
    if (!reader.failed() && !safety) {
        reader.fail(QStringLiteral("safety"), QStringLiteral("must be safe, gated or never"));
    }
    probe.safety = safety.value_or(ProbeInfo::Safety::Never);
    probe.note = reader.string(QStringLiteral("note"));
    // A problem that must never be probed has no probe name to call.
    const bool runnable = probe.safety != ProbeInfo::Safety::Never;
    probe.name = reader.string(QStringLiteral("name"), runnable);
    if (runnable) {
        probe.confirmingErrors = reader.strings(QStringLiteral("confirmingErrors"), false);
    } else if (!probe.name.isEmpty() || object.contains(QStringLiteral("confirmingErrors"))) {
        reader.fail(QStringLiteral("name"),
                    QStringLiteral("a probe with safety \"never\" has no name or errors"));
    }
    if (reader.failed()) {
        return std::nullopt;
    }
    return probe;
}

// A kernel series as META writes it: "4.18", "6.14", "7.0".
std::optional<Version> kernelSeries(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\d+\\.\\d+$"));
    return form.match(text).hasMatch() ? Version::parse(text) : std::nullopt;
}

// "kernelSupport": one row per OpenZFS release, as its META file states the
// kernels it supports. Strict: a row that does not parse, a release listed
// twice or a minimum above the maximum fails the load.
std::optional<QList<KernelSupportInfo>> parseKernelSupport(const QJsonArray& rows, QString* error) {
    const QString field = QStringLiteral("kernelSupport");
    Reader top(QJsonObject(), QString(), error);
    if (rows.isEmpty()) {
        top.fail(field, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    QList<KernelSupportInfo> result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!rows.at(i).isObject()) {
            top.fail(path, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        Reader row(rows.at(i).toObject(), path, error);
        row.allowOnly({QStringLiteral("zfs"), QStringLiteral("linuxMin"),
                       QStringLiteral("linuxMax"), QStringLiteral("source")});
        const QString zfsText = row.string(QStringLiteral("zfs"));
        const QString minText = row.string(QStringLiteral("linuxMin"));
        const QString maxText = row.string(QStringLiteral("linuxMax"));
        const QString source = row.string(QStringLiteral("source"));
        if (row.failed()) {
            return std::nullopt;
        }
        const std::optional<Version> zfs = Version::parse(zfsText);
        const std::optional<Version> linuxMin = kernelSeries(minText);
        const std::optional<Version> linuxMax = kernelSeries(maxText);
        if (!zfs || !zfs->suffix().isEmpty() || zfs->toString() != zfsText) {
            row.fail(QStringLiteral("zfs"),
                     QStringLiteral("\"%1\" is not a release number").arg(zfsText));
        } else if (!linuxMin) {
            row.fail(QStringLiteral("linuxMin"),
                     QStringLiteral("\"%1\" is not a kernel series (major.minor)").arg(minText));
        } else if (!linuxMax) {
            row.fail(QStringLiteral("linuxMax"),
                     QStringLiteral("\"%1\" is not a kernel series (major.minor)").arg(maxText));
        } else if (*linuxMax < *linuxMin) {
            row.fail(QStringLiteral("linuxMin"),
                     QStringLiteral("%1 is above linuxMax %2").arg(minText, maxText));
        } else if (!source.startsWith(QLatin1String("https://"))) {
            row.fail(QStringLiteral("source"),
                     QStringLiteral("\"%1\" is not an https:// address").arg(source));
        }
        for (const KernelSupportInfo& earlier : result) {
            if (!row.failed() && earlier.zfs == *zfs) {
                row.fail(QStringLiteral("zfs"), QStringLiteral("%1 is listed twice").arg(zfsText));
            }
        }
        if (row.failed()) {
            return std::nullopt;
        }
        result << KernelSupportInfo{*zfs, *linuxMin, *linuxMax, source};
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const KernelSupportInfo& a, const KernelSupportInfo& b) { return a.zfs < b.zfs; });
    return result;
}

}  // namespace

std::optional<ProblemInfo> parseProblem(const QJsonObject& object, QString* error) {
    Reader reader(object, QString(), error);
    reader.allowOnly(
        {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"),
         QStringLiteral("severity"), QStringLiteral("summary"), QStringLiteral("zfs"),
         QStringLiteral("kernel"), QStringLiteral("ranges"), QStringLiteral("kernelSupport"),
         QStringLiteral("confidenceNotes"), QStringLiteral("sources"), QStringLiteral("references"),
         QStringLiteral("symptoms"), QStringLiteral("probe"), QStringLiteral("remedies")});
    ProblemInfo problem;
    problem.id = reader.string(QStringLiteral("id"));
    if (!reader.failed() && !knownProblemIds().contains(problem.id)) {
        reader.fail(QStringLiteral("id"),
                    QStringLiteral("unknown problem id \"%1\": there is no detector for it")
                        .arg(problem.id));
    }
    // Unique and without gaps across the knowledge base: KnowledgeBase::load().
    problem.number = reader.integer(QStringLiteral("number"), 1, 99);
    problem.title = reader.string(QStringLiteral("title"));
    const std::optional<Severity> severity =
        severityFromName(reader.string(QStringLiteral("severity")));
    if (!reader.failed() && !severity) {
        reader.fail(QStringLiteral("severity"),
                    QStringLiteral("must be low, medium, high or critical"));
    }
    problem.severity = severity.value_or(Severity::Medium);
    problem.summary = reader.string(QStringLiteral("summary"));

    Reader zfs(reader.object(QStringLiteral("zfs")), QStringLiteral("zfs"), error);
    if (!reader.failed()) {
        zfs.allowOnly({QStringLiteral("affected"), QStringLiteral("fixedIn")});
        problem.zfsAffected = zfs.ranges(QStringLiteral("affected"), false);
        // A problem of every release ("*") has no fixing release to name.
        const bool everyRelease =
            problem.zfsAffected.size() == 1 && problem.zfsAffected.first().isUnbounded();
        problem.zfsFixedIn = zfs.strings(QStringLiteral("fixedIn"), everyRelease);
        for (const QString& release : problem.zfsFixedIn) {
            const std::optional<Version> version = Version::parse(release);
            if (!zfs.failed() && (!version || !version->suffix().isEmpty())) {
                zfs.fail(QStringLiteral("fixedIn"),
                         QStringLiteral("\"%1\" is not a release number").arg(release));
            } else if (!zfs.failed() && anyContains(problem.zfsAffected, *version)) {
                zfs.fail(QStringLiteral("fixedIn"),
                         QStringLiteral("%1 lies inside an affected range").arg(release));
            }
        }
    }
    Reader kernel(reader.object(QStringLiteral("kernel")), QStringLiteral("kernel"), error);
    if (!reader.failed() && !zfs.failed()) {
        kernel.allowOnly({QStringLiteral("affected"), QStringLiteral("unconfirmed")});
        problem.kernelAffected = kernel.ranges(QStringLiteral("affected"), false);
        problem.kernelUnconfirmed = kernel.ranges(QStringLiteral("unconfirmed"), true);
    }
    if (reader.failed() || zfs.failed() || kernel.failed()) {
        return std::nullopt;
    }

    if (object.contains(QStringLiteral("ranges"))) {
        const QJsonObject named = reader.object(QStringLiteral("ranges"));
        Reader rangesReader(named, QStringLiteral("ranges"), error);
        for (const QString& name : named.keys()) {
            problem.namedRanges.insert(name, rangesReader.ranges(name, false));
        }
        if (reader.failed() || rangesReader.failed()) {
            return std::nullopt;
        }
    }
    if (object.contains(QStringLiteral("kernelSupport"))) {
        const std::optional<QList<KernelSupportInfo>> rows =
            parseKernelSupport(reader.array(QStringLiteral("kernelSupport")), error);
        if (reader.failed() || !rows) {
            return std::nullopt;
        }
        problem.kernelSupport = *rows;
    }
    problem.confidenceNotes = reader.strings(QStringLiteral("confidenceNotes"), true);
    problem.symptoms = reader.strings(QStringLiteral("symptoms"), false);

    const QJsonArray sources = reader.array(QStringLiteral("sources"));
    if (!reader.failed() && sources.isEmpty()) {
        reader.fail(QStringLiteral("sources"), QStringLiteral("must not be empty"));
    }
    for (qsizetype i = 0; i < sources.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("sources[%1]").arg(i);
        if (!sources.at(i).isObject()) {
            reader.fail(path, QStringLiteral("must be an object"));
            break;
        }
        Reader item(sources.at(i).toObject(), path, error);
        item.allowOnly({QStringLiteral("claim"), QStringLiteral("urls")});
        SourceInfo source{item.string(QStringLiteral("claim")),
                          item.strings(QStringLiteral("urls"), false)};
        for (const QString& url : source.urls) {
            if (!item.failed() && !url.startsWith(QLatin1String("https://"))) {
                item.fail(QStringLiteral("urls"),
                          QStringLiteral("\"%1\" is not an https:// address").arg(url));
            }
        }
        if (item.failed()) {
            return std::nullopt;
        }
        problem.sources << source;
    }

    const QJsonArray references = reader.array(QStringLiteral("references"));
    if (!reader.failed() && references.isEmpty()) {
        reader.fail(QStringLiteral("references"), QStringLiteral("must not be empty"));
    }
    for (qsizetype i = 0; i < references.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("references[%1]").arg(i);
        Reader item(references.at(i).toObject(), path, error);
        if (!references.at(i).isObject()) {
            reader.fail(path, QStringLiteral("must be an object"));
            break;
        }
        item.allowOnly({QStringLiteral("url"), QStringLiteral("title")});
        ReferenceInfo reference{item.string(QStringLiteral("url")),
                                item.string(QStringLiteral("title"))};
        if (!item.failed() && !reference.url.startsWith(QLatin1String("https://"))) {
            item.fail(QStringLiteral("url"), QStringLiteral("must be an https:// address"));
        }
        if (item.failed()) {
            return std::nullopt;
        }
        problem.references << reference;
    }

    if (!reader.failed()) {
        const std::optional<ProbeInfo> probe =
            parseProbe(reader.object(QStringLiteral("probe")), QStringLiteral("probe"), error);
        if (!reader.failed() && !probe) {
            return std::nullopt;
        }
        problem.probe = probe.value_or(ProbeInfo());
    }

    const QJsonArray remedies = reader.array(QStringLiteral("remedies"));
    if (!reader.failed() && remedies.isEmpty()) {
        reader.fail(QStringLiteral("remedies"), QStringLiteral("must not be empty"));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < remedies.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("remedies[%1]").arg(i);
        if (!remedies.at(i).isObject()) {
            reader.fail(path, QStringLiteral("must be an object"));
            break;
        }
        const std::optional<RemedyInfo> remedy =
            parseRemedy(remedies.at(i).toObject(), path, error);
        if (!remedy) {
            return std::nullopt;
        }
        if (seen.contains(remedy->id)) {
            reader.fail(path, QStringLiteral("remedy \"%1\" is listed twice").arg(remedy->id));
            break;
        }
        seen.insert(remedy->id);
        problem.remedies << *remedy;
    }
    if (reader.failed()) {
        return std::nullopt;
    }
    std::stable_sort(problem.remedies.begin(), problem.remedies.end(),
                     [](const RemedyInfo& a, const RemedyInfo& b) { return a.rank < b.rank; });
    return problem;
}

std::optional<ProblemInfo> parseProblem(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QStringLiteral("not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error) {
            *error = QStringLiteral("the top level must be a JSON object");
        }
        return std::nullopt;
    }
    return parseProblem(document.object(), error);
}

}  // namespace zd
