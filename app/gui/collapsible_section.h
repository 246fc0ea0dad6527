// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A titled section whose content is folded away until the user opens it
// (keyboard: Tab to the toggle, Space to open), used for technical details.

#include <QWidget>

class QToolButton;

namespace zd::gui {

class CollapsibleSection : public QWidget {
    Q_OBJECT
  public:
    CollapsibleSection(const QString& title, QWidget* content, QWidget* parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton* toggleButton() const { return m_toggle; }

  private:
    QToolButton* m_toggle;
    QWidget* m_content;
};

}  // namespace zd::gui
