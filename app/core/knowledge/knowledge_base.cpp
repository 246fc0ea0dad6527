// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/knowledge_base.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

#include "i18n/ui_language.h"
#include "knowledge/problem_parser.h"
#include "knowledge/problem_registry.h"
#include "knowledge/remedy_conflicts.h"
#include "util/paths.h"

namespace zd {

namespace {

std::optional<QByteArray> readFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return file.readAll();
}

QString explanationPath(const QString& directory, const QString& id, const QString& locale) {
    return locale.isEmpty() ? QStringLiteral("%1/%2.md").arg(directory, id)
                            : QStringLiteral("%1/%2.%3.md").arg(directory, id, locale);
}

}  // namespace

std::optional<KnowledgeBase> KnowledgeBase::load(const QString& directory, QString* error,
                                                 const QStringList& languages) {
    auto fail = [&](const QString& why) -> std::optional<KnowledgeBase> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QDir dir(directory);
    if (!dir.exists()) {
        return fail(QStringLiteral("%1: knowledge base directory does not exist").arg(directory));
    }

    KnowledgeBase knowledge;
    knowledge.m_directory = dir.absolutePath();
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir.absoluteFilePath(name);
        const std::optional<QByteArray> bytes = readFile(path, error);
        if (!bytes) {
            return std::nullopt;
        }
        QString why;
        const std::optional<ProblemInfo> problem = parseProblem(*bytes, &why);
        if (!problem) {
            return fail(QStringLiteral("%1: %2").arg(path, why));
        }
        // The file name is the id, so that the Markdown texts beside it and
        // the data can never disagree about which problem they describe.
        if (QFileInfo(name).completeBaseName() != problem->id) {
            return fail(QStringLiteral("%1: id \"%2\" does not match the file name")
                            .arg(path, problem->id));
        }
        if (!QFileInfo::exists(explanationPath(knowledge.m_directory, problem->id, QString()))) {
            return fail(QStringLiteral("%1: the explanation %2 is missing")
                            .arg(path, explanationPath(knowledge.m_directory, problem->id, {})));
        }
        knowledge.m_problems << *problem;
    }
    // Every problem with a detector must be described: a missing file would
    // otherwise quietly drop a problem from every scan.
    for (const QString& id : knownProblemIds()) {
        if (!knowledge.problem(id)) {
            return fail(QStringLiteral("%1: no data file for problem \"%2\" (%2.json)")
                            .arg(knowledge.m_directory, id));
        }
    }
    std::sort(knowledge.m_problems.begin(), knowledge.m_problems.end(),
              [](const ProblemInfo& a, const ProblemInfo& b) { return a.number < b.number; });
    // Numbers are what people type (`zfs-doctor explain 2`): 1..N, each once.
    for (qsizetype i = 0; i < knowledge.m_problems.size(); ++i) {
        const ProblemInfo& problem = knowledge.m_problems.at(i);
        if (problem.number != i + 1) {
            return fail(QStringLiteral("%1: problem numbers must run 1 to %2 without gaps or "
                                       "repeats; \"%3\" has number %4 where %5 is expected")
                            .arg(knowledge.m_directory)
                            .arg(knowledge.m_problems.size())
                            .arg(problem.id)
                            .arg(problem.number)
                            .arg(i + 1));
        }
    }
    // Translations of the texts: i18n/<id>.<language>.json, each checked
    // against its problem. A malformed overlay fails the load like malformed
    // data; a missing one leaves that problem in English (the completeness
    // test, tests/unit/test_translations.cpp, insists on every one). Every
    // file's name is checked; only the overlays of `languages` are parsed
    // (parsing and checking them is most of a load's time).
    const QDir i18n(dir.absoluteFilePath(QStringLiteral("i18n")));
    const QStringList overlays =
        i18n.exists() ? i18n.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
                      : QStringList();
    for (const QString& name : overlays) {
        const QString path = i18n.absoluteFilePath(name);
        // "<id>.<language>.json": the id has no dots, the language none either.
        const QStringList parts = name.split(QLatin1Char('.'));
        const ProblemInfo* problem = parts.size() == 3 ? knowledge.problem(parts.at(0)) : nullptr;
        if (!problem || problem->id != parts.at(0)) {
            return fail(QStringLiteral("%1: the name must be <problem id>.<language>.json for a "
                                       "known problem")
                            .arg(path));
        }
        if (!shippedLanguages().contains(parts.at(1))) {
            return fail(QStringLiteral("%1: \"%2\" is not a shipped language (%3)")
                            .arg(path, parts.at(1), shippedLanguages().join(QStringLiteral(", "))));
        }
        if (!languages.contains(parts.at(1))) {
            continue;
        }
        const std::optional<QByteArray> bytes = readFile(path, error);
        if (!bytes) {
            return std::nullopt;
        }
        QString why;
        const std::optional<ProblemTexts> texts =
            parseProblemTexts(*bytes, *problem, parts.at(1), &why);
        if (!texts) {
            return fail(QStringLiteral("%1: %2").arg(path, why));
        }
        knowledge.m_texts[parts.at(1)].insert(problem->id, *texts);
    }
    knowledge.m_english = knowledge.m_problems;
    return knowledge;
}

KnowledgeBase KnowledgeBase::localized(const QString& language) const {
    KnowledgeBase copy = *this;
    copy.m_language = language;
    // Always from the English data, so that localizing twice cannot mix.
    copy.m_problems = m_english;
    const QMap<QString, ProblemTexts> texts = m_texts.value(language);
    for (ProblemInfo& problem : copy.m_problems) {
        if (texts.contains(problem.id)) {
            problem = withTexts(problem, texts.value(problem.id));
        }
    }
    return copy;
}

bool KnowledgeBase::hasTexts(const QString& id, const QString& language) const {
    return m_texts.value(language).contains(id);
}

std::optional<KnowledgeBase> KnowledgeBase::loadDefault(QString* error) {
    const QString language = uiLanguage();
    std::optional<KnowledgeBase> knowledge = load(
        knowledgeDirectory(), error, language.isEmpty() ? QStringList() : QStringList{language});
    if (knowledge && !language.isEmpty()) {
        return knowledge->localized(language);
    }
    return knowledge;
}

const QList<ProblemInfo>& KnowledgeBase::problems() const {
    return m_problems;
}

const ProblemInfo* KnowledgeBase::problem(const QString& idOrNumber) const {
    bool isNumber = false;
    const int number = idOrNumber.toInt(&isNumber);
    for (const ProblemInfo& candidate : m_problems) {
        if (isNumber ? candidate.number == number : candidate.id == idOrNumber) {
            return &candidate;
        }
    }
    return nullptr;
}

QString KnowledgeBase::explanation(const QString& id, const QString& locale) const {
    if (!problem(id) || problem(id)->id != id) {
        return {};
    }
    // "zh_CN.UTF-8" and "zh_CN" both pick the zh_CN text, "de_AT" the de one.
    const QString name = (locale.isEmpty() ? m_language : locale).section(QLatin1Char('.'), 0, 0);
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (!name.isEmpty() && language != QLatin1String("en")) {
        for (const QString& candidate : {name, language}) {
            QFile translated(explanationPath(m_directory, id, candidate));
            if (translated.open(QIODevice::ReadOnly)) {
                return QString::fromUtf8(translated.readAll());
            }
        }
    }
    QFile english(explanationPath(m_directory, id, QString()));
    if (!english.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(english.readAll());
}

QList<Finding> evaluate(const Facts& facts, const KnowledgeBase& knowledge,
                        const QList<ProbeResult>& probes) {
    // One thread, one pass: the detectors are pure and a 10,000-dataset
    // system evaluates well inside the scan's time budget
    // (tests/bench/bench_scan), so no thread is started for them.
    QList<Finding> findings;
    findings.reserve(knowledge.problems().size());
    for (const ProblemInfo& problem : knowledge.problems()) {
        if (const Detector detect = detectorFor(problem.id)) {
            findings.append(detect(facts, problem, probes));
        }
    }
    markRemedyConflicts(findings, facts, knowledge, probes);
    return findings;
}

}  // namespace zd
