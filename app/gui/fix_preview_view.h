// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shows what a fix would change, exactly as the helper computed it
// (PreviewFix): the current and the new state, the command-line
// equivalents in order, and the helper's warnings.

#include <QWidget>

#include "helper_records.h"

class QLabel;

namespace zd::gui {

class FixPreviewView : public QWidget {
    Q_OBJECT
  public:
    explicit FixPreviewView(QWidget* parent = nullptr);

    void setPreview(const FixPreview& preview);
    // A line of status while waiting or after an error (the preview is hidden).
    void setMessage(const QString& message);

  private:
    QLabel* m_message;
    QLabel* m_states;
    QLabel* m_commands;
    QLabel* m_warnings;
};

}  // namespace zd::gui
