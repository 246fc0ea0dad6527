// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The helper's change journal: every change ZFS Doctor made on this machine,
// newest first, with Undo for one change and Undo all.

#include <QWidget>

#include "helper_client/helper_records.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zd {
class HelperClient;
}

namespace zd::gui {

class HistoryPage : public QWidget {
    Q_OBJECT
  public:
    HistoryPage(HelperClient* helper, QWidget* parent = nullptr);

    // Snapshots have no journal here: the page then explains why it is empty.
    void setLive(bool live);
    // Reads the journal through the helper. Every call ends (the client's
    // deadline); a failure is shown in words with Retry.
    void refresh();
    const QList<ChangeRecord>& changes() const { return m_changes; }

  Q_SIGNALS:
    // A change was undone: the system should be scanned again.
    void changesUndone();

  private:
    void showChanges(const QList<ChangeRecord>& changes);
    void undoSelected();
    void undoAll();
    void updateButtons();

    HelperClient* m_helper;
    bool m_live = true;
    QList<ChangeRecord> m_changes;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_undo;
    QPushButton* m_undoAll;
    QPushButton* m_refresh;
    // Shown when reading the history failed (no bus, no helper, no answer
    // before the client's deadline): one click tries again.
    QPushButton* m_retry;
    // Answers to an earlier request are dropped once a newer one was sent.
    quint64 m_request = 0;
    bool m_reading = false;
};

}  // namespace zd::gui
