// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Lists the bundled demo systems (name and where each capture comes from) and
// lets the user pick one to open.

#include <QDialog>

class QListWidget;

namespace zd::gui {

class DemoChooserDialog : public QDialog {
    Q_OBJECT
  public:
    explicit DemoChooserDialog(QWidget* parent = nullptr);
    // The chosen demo's file, after exec() returned Accepted.
    QString selectedPath() const;

  private:
    QListWidget* m_list;
};

}  // namespace zd::gui
