// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The knowledge base: what ZFS Doctor knows about the known problems, loaded
// from data files (resources/knowledge/) so that a knowledge update needs no
// recompile. The detectors (one per problem, detectors/, listed in the
// problem table problem_registry.h) turn Facts into Findings using the
// version ranges and remedies from here.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "i18n/ui_language.h"
#include "knowledge/problem_info.h"
#include "knowledge/problem_texts.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd {

class KnowledgeBase {
  public:
    // Loads every problem from `directory` (one JSON data file + Markdown texts
    // per problem) and the translations of their texts into `languages`
    // (i18n/<id>.<language>.json). Any malformed file read fails the whole
    // load with *error naming the file and the problem: a half-loaded
    // knowledge base would give wrong "not affected" verdicts.
    static std::optional<KnowledgeBase> load(const QString& directory, QString* error,
                                             const QStringList& languages = shippedLanguages());
    // knowledgeDirectory(), speaking uiLanguage(). Only that language's
    // translations are read: a scan reads no overlay it will not show (the
    // tests check every language's overlays, test_translations.cpp).
    static std::optional<KnowledgeBase> loadDefault(QString* error);

    // A copy whose problems carry their texts in `language` ("de", "zh_CN"),
    // where the overlay resources/knowledge/i18n/<id>.<language>.json exists
    // (English otherwise), and whose explanations default to that language.
    // Empty: English.
    KnowledgeBase localized(const QString& language) const;
    QString language() const { return m_language; }
    // Whether `id` has an overlay for `language` (checked when loaded).
    bool hasTexts(const QString& id, const QString& language) const;

    const QList<ProblemInfo>& problems() const;
    // By stable id ("sysext-odirect-einval") or number ("1").
    const ProblemInfo* problem(const QString& idOrNumber) const;
    // The guided explanation (Markdown) in `locale` ("zh_CN", "de_DE.UTF-8"),
    // or in language() when `locale` is empty, when translated; English
    // otherwise. Empty when the id is unknown.
    QString explanation(const QString& id, const QString& locale = QString()) const;
    // The directory it was loaded from.
    QString directory() const { return m_directory; }

  private:
    QList<ProblemInfo> m_problems;  // in m_language
    QList<ProblemInfo> m_english;   // as the data files say
    QString m_directory;
    QString m_language;
    // language -> problem id -> texts, from resources/knowledge/i18n/.
    QMap<QString, QMap<QString, ProblemTexts>> m_texts;
};

// Runs every detector. Probe results, when given, can confirm a finding
// (Confidence::ConfirmedByProbe) or contradict it; findings come back in
// problem-number order. A remedy that would trigger another known problem on
// this system carries a conflict note and is never listed first
// (remedy_conflicts.h).
QList<Finding> evaluate(const Facts& facts, const KnowledgeBase& knowledge,
                        const QList<ProbeResult>& probes = {});

}  // namespace zd
