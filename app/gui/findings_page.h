// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The findings: a list on the left (status, severity, problem) and the
// selected problem's guided explanation on the right.

#include <QWidget>
#include <memory>

#include "system_state.h"

class QSplitter;
class QTreeWidget;

namespace zd {
class KnowledgeBase;
}

namespace zd::gui {

class ExplanationPage;

class FindingsPage : public QWidget {
    Q_OBJECT
  public:
    FindingsPage(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent = nullptr);

    void setState(const SystemState& state, const QString& remediesDisabledReason);
    // Selects the finding and shows its explanation; false if there is none.
    bool showFinding(const QString& findingId);
    ExplanationPage* explanation() const { return m_explanation; }
    QTreeWidget* list() const { return m_list; }
    QSplitter* splitter() const { return m_splitter; }

  Q_SIGNALS:
    void remedyRequested(const QString& findingId, const zd::RemedyOption& remedy);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void showCurrent();
    // Makes the finding the list's current item (signals as the caller
    // allows); false if there is none.
    bool selectFinding(const QString& findingId);

    QTreeWidget* m_list;
    ExplanationPage* m_explanation;
    QSplitter* m_splitter;
    SystemState m_state;
    QString m_remediesDisabledReason;
    // The selected finding's explanation is built when the page is first
    // shown, not when a result arrives: on a large system it is the
    // costliest widget, and the overview is what shows first.
    bool m_explanationPending = false;
};

}  // namespace zd::gui
