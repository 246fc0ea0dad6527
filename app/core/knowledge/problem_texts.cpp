// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/problem_texts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "knowledge/remedy_template.h"

namespace zd {

namespace {

class OverlayReader {
  public:
    explicit OverlayReader(QString* error) : m_error(error) {}
    bool failed() const { return m_failed; }

    void fail(const QString& field, const QString& why) {
        if (!m_failed && m_error) {
            *m_error = field.isEmpty() ? why : QStringLiteral("%1: %2").arg(field, why);
        }
        m_failed = true;
    }

    void allowOnly(const QJsonObject& object, const QString& path, const QStringList& keys) {
        for (const QString& key : object.keys()) {
            if (!keys.contains(key)) {
                fail(join(path, key), QStringLiteral("unknown field"));
            }
        }
    }

    // A translated text: present, not empty, and with the same placeholders
    // and code spans as the English `original`.
    QString text(const QJsonValue& value, const QString& field, const QString& original) {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(field, value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be a non-empty string"));
            return {};
        }
        const QString translated = value.toString();
        const auto asSet = [](const QStringList& list) {
            return QSet<QString>(list.begin(), list.end());
        };
        const QSet<QString> wantedPlaceholders = asSet(templatePlaceholders(original));
        const QSet<QString> placeholders = asSet(templatePlaceholders(translated));
        for (const QString& name : wantedPlaceholders - placeholders) {
            fail(field,
                 QStringLiteral("the placeholder {%1} of the English text is missing").arg(name));
        }
        for (const QString& name : placeholders - wantedPlaceholders) {
            fail(field,
                 QStringLiteral("the placeholder {%1} is not in the English text").arg(name));
        }
        const QSet<QString> wantedSpans = asSet(codeSpans(original));
        const QSet<QString> spans = asSet(codeSpans(translated));
        for (const QString& span : wantedSpans - spans) {
            fail(field,
                 QStringLiteral("the code span `%1` of the English text is missing (commands "
                                "and names stay verbatim)")
                     .arg(span));
        }
        for (const QString& span : spans - wantedSpans) {
            fail(field, QStringLiteral("the code span `%1` is not in the English text").arg(span));
        }
        return translated;
    }

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

  private:
    QString* m_error;
    bool m_failed = false;
};

}  // namespace

QStringList codeSpans(const QString& markdown) {
    static const QRegularExpression span(QStringLiteral("`([^`]+)`"));
    QStringList spans;
    for (auto it = span.globalMatch(markdown); it.hasNext();) {
        spans << it.next().captured(1);
    }
    return spans;
}

std::optional<ProblemTexts> parseProblemTexts(const QByteArray& json, const ProblemInfo& problem,
                                              const QString& language, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("not valid JSON: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : QStringLiteral("must be a JSON object");
        }
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    OverlayReader reader(error);
    reader.allowOnly(object, {},
                     {QStringLiteral("id"), QStringLiteral("language"), QStringLiteral("title"),
                      QStringLiteral("summary"), QStringLiteral("symptoms"),
                      QStringLiteral("probe"), QStringLiteral("remedies")});
    ProblemTexts texts;
    texts.id = object.value(QStringLiteral("id")).toString();
    if (texts.id != problem.id) {
        reader.fail(QStringLiteral("id"),
                    QStringLiteral("must be \"%1\", the problem it translates").arg(problem.id));
    }
    texts.language = object.value(QStringLiteral("language")).toString();
    if (texts.language != language) {
        reader.fail(QStringLiteral("language"),
                    QStringLiteral("must be \"%1\", as in the file name").arg(language));
    }
    texts.title =
        reader.text(object.value(QStringLiteral("title")), QStringLiteral("title"), problem.title);
    texts.summary = reader.text(object.value(QStringLiteral("summary")), QStringLiteral("summary"),
                                problem.summary);

    const QJsonValue symptoms = object.value(QStringLiteral("symptoms"));
    if (!symptoms.isArray() || symptoms.toArray().size() != problem.symptoms.size()) {
        reader.fail(QStringLiteral("symptoms"),
                    QStringLiteral("must be a list of %1 texts, one per English symptom, in the "
                                   "same order")
                        .arg(problem.symptoms.size()));
    } else {
        const QJsonArray list = symptoms.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            texts.symptoms << reader.text(list.at(i), QStringLiteral("symptoms[%1]").arg(i),
                                          problem.symptoms.at(i));
        }
    }

    const QJsonObject probe = object.value(QStringLiteral("probe")).toObject();
    reader.allowOnly(probe, QStringLiteral("probe"), {QStringLiteral("note")});
    texts.probeNote = reader.text(probe.value(QStringLiteral("note")), QStringLiteral("probe.note"),
                                  problem.probe.note);

    const QJsonObject remedies = object.value(QStringLiteral("remedies")).toObject();
    for (const QString& key : remedies.keys()) {
        if (!problem.remedy(key)) {
            reader.fail(QStringLiteral("remedies.") + key,
                        QStringLiteral("no such remedy in %1.json").arg(problem.id));
        }
    }
    for (const RemedyInfo& remedy : problem.remedies) {
        const QString path = QStringLiteral("remedies.") + remedy.id;
        if (!remedies.value(remedy.id).isObject()) {
            reader.fail(path, QStringLiteral("missing: every remedy is translated"));
            continue;
        }
        const QJsonObject fields = remedies.value(remedy.id).toObject();
        reader.allowOnly(
            fields, path,
            {QStringLiteral("title"), QStringLiteral("risk"), QStringLiteral("guidance")});
        RemedyTexts remedyTexts;
        remedyTexts.title = reader.text(fields.value(QStringLiteral("title")),
                                        path + QStringLiteral(".title"), remedy.title);
        remedyTexts.risk = reader.text(fields.value(QStringLiteral("risk")),
                                       path + QStringLiteral(".risk"), remedy.risk);
        // The same shapes as the data: one string is the "default" variant.
        const QJsonValue guidance = fields.value(QStringLiteral("guidance"));
        QJsonObject variants;
        if (guidance.isString()) {
            variants.insert(QStringLiteral("default"), guidance);
        } else {
            variants = guidance.toObject();
        }
        for (const QString& variant : variants.keys()) {
            if (!remedy.guidance.contains(variant)) {
                reader.fail(path + QStringLiteral(".guidance.") + variant,
                            QStringLiteral("no such guidance variant in %1.json").arg(problem.id));
            }
        }
        for (auto it = remedy.guidance.cbegin(); it != remedy.guidance.cend(); ++it) {
            remedyTexts.guidance.insert(
                it.key(), reader.text(variants.value(it.key()),
                                      path + QStringLiteral(".guidance.") + it.key(), it.value()));
        }
        texts.remedies.insert(remedy.id, remedyTexts);
    }
    if (reader.failed()) {
        return std::nullopt;
    }
    return texts;
}

ProblemInfo withTexts(ProblemInfo problem, const ProblemTexts& texts) {
    problem.title = texts.title;
    problem.summary = texts.summary;
    problem.symptoms = texts.symptoms;
    problem.probe.note = texts.probeNote;
    for (RemedyInfo& remedy : problem.remedies) {
        const RemedyTexts translated = texts.remedies.value(remedy.id);
        remedy.title = translated.title;
        remedy.risk = translated.risk;
        remedy.guidance = translated.guidance;
    }
    return problem;
}

}  // namespace zd
