// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guided explanation of one problem on one system:
//   What you see · Why it happens (plain first, details folded) · Are you
//   affected (this system's evidence, deciding facts highlighted) · What to
//   do (remedies ranked, each with its exact command, risk, undo and a Fix…
//   button) · How it will be verified · References.
// The prose comes from the knowledge base's Markdown; this page only lays it
// out around the finding's evidence and remedies.

#include <QScrollArea>
#include <memory>

#include "model/finding.h"

namespace zd {
class KnowledgeBase;
}

namespace zd::gui {

// The evidence rows shown at first, and how many more each click shows.
inline constexpr int kEvidenceFirstRows = 12;
inline constexpr int kEvidenceStep = 200;

// At most `limit` rows, deciding facts before the others, in their original
// order; `hidden` counts the rest.
struct EvidenceRows {
    QList<const FindingEvidence*> shown;
    int hidden = 0;
};
EvidenceRows evidenceRows(const QList<FindingEvidence>& evidence, int limit);

class ExplanationPage : public QScrollArea {
    Q_OBJECT
  public:
    explicit ExplanationPage(std::shared_ptr<const KnowledgeBase> knowledge,
                             QWidget* parent = nullptr);

    // `remediesDisabledReason` empty: the Fix… buttons of automatic remedies are enabled.
    void showFinding(const Finding& finding, const QString& remediesDisabledReason);
    void clear();
    QString findingId() const { return m_findingId; }
    // The language of the knowledge-base text ("zh_CN", "de"; empty = English).
    void setTextLocale(const QString& locale) { m_locale = locale; }

  Q_SIGNALS:
    void remedyRequested(const QString& findingId, const zd::RemedyOption& remedy);

  private:
    QWidget* buildHeader(const Finding& finding);
    QWidget* buildEvidence(const Finding& finding);
    QWidget* buildRemedy(const Finding& finding, const QList<RemedyOption>& group,
                         const QString& remediesDisabledReason);
    QWidget* buildReferences(const Finding& finding, const QString& knowledgeText);

    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QString m_findingId;
    QString m_locale;
};

}  // namespace zd::gui
