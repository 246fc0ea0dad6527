// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One fix, reviewed before it is applied: asks the helper what would change
// (PreviewFix), shows it, and applies it only when the user clicks Apply. The
// polkit prompt appears in between (raised by the helper's authorization
// check); the dialog stays responsive while it waits.

#include <QDialog>

#include "helper_records.h"
#include "model/finding.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace zd::gui {

class FixPreviewView;
class HelperClient;

class FixReviewDialog : public QDialog {
    Q_OBJECT
  public:
    FixReviewDialog(HelperClient* helper, const RemedyOption& remedy, QWidget* parent = nullptr);

    // The change the helper made, when it applied one.
    const std::optional<ChangeSummary>& appliedChange() const { return m_applied; }

  Q_SIGNALS:
    void applied(const zd::gui::ChangeSummary& change);

  private:
    void requestPreview();
    void apply();

    HelperClient* m_helper;
    RemedyOption m_remedy;
    FixPreviewView* m_preview;
    QLabel* m_status;
    QPushButton* m_applyButton;
    QDialogButtonBox* m_buttons;
    std::optional<ChangeSummary> m_applied;
};

}  // namespace zd::gui
