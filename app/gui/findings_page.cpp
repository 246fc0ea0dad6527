// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "findings_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>

#include "explanation_page.h"
#include "status_style.h"

namespace zd::gui {

FindingsPage::FindingsPage(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent)
    : QWidget(parent), m_list(new QTreeWidget), m_explanation(new ExplanationPage(knowledge)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Problem"), tr("Status")});
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(22, 22));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    splitter->addWidget(m_list);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 900});
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FindingsPage::showCurrent);
    connect(m_explanation, &ExplanationPage::remedyRequested, this, &FindingsPage::remedyRequested);
}

void FindingsPage::setState(const SystemState& state, const QString& remediesDisabledReason) {
    const QString previous = m_explanation->findingId();
    m_state = state;
    m_remediesDisabledReason = remediesDisabledReason;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Finding& finding : state.findings) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(0, statusIcon(finding.status));
        item->setText(0, QStringLiteral("%1. %2").arg(finding.number).arg(finding.title));
        item->setToolTip(0, finding.summary);
        item->setText(1, statusText(finding.status));
        item->setForeground(1, statusColor(finding.status, palette()));
        item->setData(0, Qt::UserRole, finding.id);
        item->setData(
            0, Qt::AccessibleTextRole,
            tr("%1, %2, severity %3")
                .arg(finding.title, statusText(finding.status), severityText(finding.severity)));
    }
    if (!showFinding(previous) && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        showCurrent();
    } else if (m_list->topLevelItemCount() == 0) {
        m_explanation->clear();
    }
}

bool FindingsPage::showFinding(const QString& findingId) {
    if (findingId.isEmpty()) {
        return false;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == findingId) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentItem(item);
            }
            showCurrent();
            return true;
        }
    }
    return false;
}

void FindingsPage::showCurrent() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    if (const Finding* finding = m_state.finding(item->data(0, Qt::UserRole).toString())) {
        m_explanation->showFinding(*finding, m_remediesDisabledReason);
    }
}

}  // namespace zd::gui
