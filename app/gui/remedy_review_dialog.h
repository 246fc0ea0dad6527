// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The explanation page's Fix… button: one remedy in a dialog, reviewed
// (RemedyReview) and applied only when the user clicks Apply.

#include <QDialog>
#include <optional>

#include "helper_client/helper_records.h"
#include "model/finding.h"

class QDialogButtonBox;
class QPushButton;

namespace zd {
class HelperClient;
}

namespace zd::gui {

class RemedyReview;

class RemedyReviewDialog : public QDialog {
    Q_OBJECT
  public:
    RemedyReviewDialog(HelperClient* helper, const RemedyOption& remedy, QWidget* parent = nullptr);

    // The change the helper made, when it applied one.
    const std::optional<ChangeRecord>& appliedChange() const { return m_applied; }

  Q_SIGNALS:
    void applied(const zd::ChangeRecord& change);

  private:
    void onApplied(const ChangeRecord& change);

    RemedyReview* m_review;
    QPushButton* m_applyButton;
    QDialogButtonBox* m_buttons;
    std::optional<ChangeRecord> m_applied;
};

}  // namespace zd::gui
