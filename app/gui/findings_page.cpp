// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "findings_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include "explanation_page.h"
#include "long_text.h"
#include "status_style.h"
#include "verdict_headline.h"

namespace zd::gui {

namespace {

// Word wrap in a tree needs the column's width to wrap at: QTreeView asks
// its delegate for a row's height without it, which gives one line.
class WrappingTitleDelegate : public QStyledItemDelegate {
  public:
    explicit WrappingTitleDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem wrapped(option);
        initStyleOption(&wrapped, index);
        const int column = m_view->header()->sectionSize(index.column());
        wrapped.rect = QRect(0, 0, column, 1);
        // The style measures the wrapped text a few pixels wider than it
        // paints it (Fusion: 126 px measured, 123 px painted in a 160 px
        // column), which cuts the last line; measure at the painted width.
        const QStyle* style = m_view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &wrapped, m_view) + 1;
        const int painted =
            style->subElementRect(QStyle::SE_ItemViewItemText, &wrapped, m_view).width() -
            2 * margin;
        const int decoration = wrapped.features.testFlag(QStyleOptionViewItem::HasDecoration)
                                   ? wrapped.decorationSize.width() + 2 * margin
                                   : 0;
        const int measured = column - 2 * margin - decoration;
        wrapped.rect.setWidth(qMax(1, column - qMax(0, measured - painted)));
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

  private:
    QTreeView* m_view;
};

}  // namespace

FindingsPage::FindingsPage(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent)
    : QWidget(parent), m_list(new QTreeWidget), m_explanation(new ExplanationPage(knowledge)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Problem"), tr("Status")});
    // Long titles wrap: at 1024 px wide the list is a third of the window
    // and a cut title hides what the problem is (the tooltip has it too).
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegateForColumn(0, new WrappingTitleDelegate(m_list));
    m_list->setIconSize(QSize(22, 22));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Row heights follow the title column's width (the splitter, the window).
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeWidget::doItemsLayout,
            Qt::QueuedConnection);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_explanation);
    // The list grows with the window (a third of the growth) and can be
    // dragged wider; its position is remembered (window_geometry.h).
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({380, 760});
    layout->addWidget(m_splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FindingsPage::showCurrent);
    connect(m_explanation, &ExplanationPage::remedyRequested, this, &FindingsPage::remedyRequested);
}

void FindingsPage::setState(const SystemState& state, const QString& remediesDisabledReason) {
    // The selected finding stays selected (its explanation may not be built yet).
    const QString previous = m_list->currentItem() != nullptr
                                 ? m_list->currentItem()->data(0, Qt::UserRole).toString()
                                 : m_explanation->findingId();
    m_state = state;
    m_remediesDisabledReason = remediesDisabledReason;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    for (const Finding& finding : findingsByUrgency(state.findings)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(0, statusIcon(finding.status));
        const QString title = QStringLiteral("%1. %2").arg(finding.number).arg(finding.title);
        item->setText(0, title);
        // The full title: the column may be narrower than the longest one.
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(title, shortenedText(finding.summary)));
        const QString status = findingStatusText(finding);
        item->setText(1, status);
        // The status cell's icon is in column 0; a screen reader hears the
        // status with its severity here.
        item->setData(1, Qt::AccessibleTextRole,
                      tr("%1, severity %2").arg(status, severityText(finding.severity)));
        if (finding.status == FindingStatus::NotAffected) {
            item->setForeground(0, quiet);
            item->setForeground(1, quiet);
        } else {
            item->setForeground(1, statusColor(finding.status, palette()));
        }
        item->setData(0, Qt::UserRole, finding.id);
        item->setData(
            0, Qt::AccessibleTextRole,
            tr("%1, %2, severity %3").arg(finding.title, status, severityText(finding.severity)));
    }
    if (m_list->topLevelItemCount() == 0) {
        m_explanationPending = false;
        m_explanation->clear();
        return;
    }
    if (!selectFinding(previous)) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    if (isVisible()) {
        showCurrent();
    } else {
        m_explanationPending = true;
    }
}

void FindingsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_explanationPending) {
        showCurrent();
    }
}

bool FindingsPage::selectFinding(const QString& findingId) {
    if (findingId.isEmpty()) {
        return false;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == findingId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool FindingsPage::showFinding(const QString& findingId) {
    {
        const QSignalBlocker blocker(m_list);
        if (!selectFinding(findingId)) {
            return false;
        }
    }
    showCurrent();
    return true;
}

void FindingsPage::showCurrent() {
    m_explanationPending = false;
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    if (const Finding* finding = m_state.finding(item->data(0, Qt::UserRole).toString())) {
        m_explanation->showFinding(*finding, m_remediesDisabledReason);
    }
}

}  // namespace zd::gui
