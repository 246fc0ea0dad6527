// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "history_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "change_texts.h"
#include "helper_client/helper_client.h"

namespace zd::gui {

HistoryPage::HistoryPage(HelperClient* helper, QWidget* parent)
    : QWidget(parent),
      m_helper(helper),
      m_list(new QTreeWidget),
      m_status(new QLabel),
      m_undo(new QPushButton(tr("&Undo this change"))),
      m_undoAll(new QPushButton(tr("Undo &all"))),
      m_refresh(new QPushButton(tr("&Refresh"))),
      m_retry(new QPushButton(tr("&Retry"))) {
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Every change ZFS Doctor made on this machine, newest first. "
                      "Each one records the state before it, so it can be undone."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Change history"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("Change"), tr("Target"), tr("Status"), tr("Result")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    m_retry->setObjectName(QStringLiteral("retryHistoryButton"));
    m_retry->setAccessibleName(tr("Retry reading the change history"));
    m_retry->hide();
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    auto* buttons = new QHBoxLayout;
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undoAll->setObjectName(QStringLiteral("undoAllButton"));
    m_refresh->setObjectName(QStringLiteral("refreshHistoryButton"));
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_undoAll);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_retry, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPage::undoSelected);
    connect(m_undoAll, &QPushButton::clicked, this, &HistoryPage::undoAll);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPage::updateButtons);
    updateButtons();
}

void HistoryPage::setLive(bool live) {
    const bool wasLive = m_live;
    m_live = live;
    if (!live) {
        // A late answer about this machine must not fill a snapshot's page.
        ++m_request;
        m_reading = false;
        m_retry->hide();
        m_list->clear();
        m_changes.clear();
        m_status->setText(
            tr("This is a snapshot of another system: its change history is not "
               "available here."));
    } else if (!wasLive) {
        m_status->clear();
    }
    updateButtons();
}

void HistoryPage::refresh() {
    if (!m_live) {
        return;
    }
    m_retry->hide();
    m_reading = true;
    updateButtons();
    m_status->setText(tr("Reading the change history…"));
    const quint64 request = ++m_request;
    QPointer<HistoryPage> self(this);
    m_helper->history([self, request](const HelperReply& reply) {
        if (!self || request != self->m_request) {
            return;
        }
        self->m_reading = false;
        if (!reply.ok) {
            self->m_status->setText(
                tr("Could not read the change history: %1").arg(reply.displayMessage()));
            self->m_retry->setVisible(self->m_live);
            self->updateButtons();
            return;
        }
        self->showChanges(ChangeHistory::fromJson(reply.result).changes);
        self->m_status->setText(self->m_changes.isEmpty()
                                    ? tr("ZFS Doctor has not changed anything on this machine.")
                                    : QString());
    });
}

void HistoryPage::showChanges(const QList<ChangeRecord>& changes) {
    m_changes = changes;
    m_list->clear();
    for (const ChangeRecord& change : changes) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, change.time);
        item->setText(1, change.verb);
        item->setText(2, change.target);
        item->setText(3, changeStatusText(change.status));
        item->setText(4, change.displayMessage());
        item->setToolTip(4, change.commands().join(QLatin1Char('\n')));
        item->setData(0, Qt::UserRole, change.id);
    }
    for (int column = 0; column < 4; ++column) {
        m_list->resizeColumnToContents(column);
    }
    updateButtons();
}

void HistoryPage::updateButtons() {
    const QTreeWidgetItem* current = m_list->currentItem();
    bool canUndoCurrent = false;
    bool anyUndoable = false;
    for (const ChangeRecord& change : m_changes) {
        anyUndoable = anyUndoable || change.canUndo();
        if (current != nullptr && change.id == current->data(0, Qt::UserRole).toString()) {
            canUndoCurrent = change.canUndo();
        }
    }
    m_undo->setEnabled(m_live && canUndoCurrent);
    m_undoAll->setEnabled(m_live && anyUndoable);
    m_refresh->setEnabled(m_live && !m_reading);
}

void HistoryPage::undoSelected() {
    const QTreeWidgetItem* current = m_list->currentItem();
    if (current == nullptr) {
        return;
    }
    const QString id = current->data(0, Qt::UserRole).toString();
    m_status->setText(tr("Waiting for authorization to undo the change…"));
    QPointer<HistoryPage> self(this);
    m_helper->undo(id, [self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            self->m_status->setText(tr("Not undone: %1").arg(reply.displayMessage()));
            return;
        }
        const ChangeRecord change = ChangeRecord::fromHelperAnswer(reply.result);
        self->refresh();
        self->m_status->setText(
            tr("%1 — %2").arg(changeStatusText(change.status), change.displayMessage()));
        Q_EMIT self->changesUndone();
    });
}

void HistoryPage::undoAll() {
    const auto answer = QMessageBox::question(
        this, tr("Undo all changes"),
        tr("Undo every change ZFS Doctor made on this machine, newest first?"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_status->setText(tr("Waiting for authorization to undo all changes…"));
    QPointer<HistoryPage> self(this);
    m_helper->undoAll([self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            self->m_status->setText(tr("Not undone: %1").arg(reply.displayMessage()));
            return;
        }
        const ChangeHistory undone = ChangeHistory::fromJson(reply.result);
        self->showChanges(undone.changes);
        // What could not be undone, each in the user's language.
        QStringList failures;
        for (const ChangeFailure& failure : undone.failures) {
            failures.append(tr("Could not undo %1: %2").arg(failure.id, failure.displayMessage()));
        }
        self->m_status->setText(failures.isEmpty() ? tr("All changes were undone.")
                                                   : failures.join(QLatin1Char('\n')));
        Q_EMIT self->changesUndone();
    });
}

}  // namespace zd::gui
