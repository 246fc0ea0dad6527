// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The review of one remedy before it is applied, and its application, as the
// Fix… dialog (RemedyReviewDialog) and the wizard's review page both show it:
// preview() asks the helper what would change (PreviewFix) and shows the
// current and the new state, the command-line equivalents in order and the
// helper's warnings; apply() applies it (ApplyFix) and says how that went in
// the status line below. The polkit prompt appears in between; the widget
// stays responsive while it waits.

#include <QWidget>
#include <optional>

#include "helper_client/helper_records.h"
#include "model/finding.h"

class QLabel;

namespace zd {
class HelperClient;
}

namespace zd::gui {

class RemedyReview : public QWidget {
    Q_OBJECT
  public:
    explicit RemedyReview(HelperClient* helper, QWidget* parent = nullptr);

    // Asks the helper about `remedy`; previewed() follows.
    void preview(const RemedyOption& remedy);
    // Applies the remedy last previewed; applied() or applyFailed() follows.
    void apply();

    void setPreview(const RemedyPreview& preview);
    // A line instead of the preview, while waiting or after an error.
    void setMessage(const QString& message);
    // The line under the preview: progress and outcome of apply().
    void setStatus(const QString& text);

  Q_SIGNALS:
    // The helper answered the preview; `applicable` when there is a change to make.
    void previewed(bool applicable);
    void applied(const zd::ChangeRecord& change);
    // Denied, cancelled or failed: nothing was changed, and it may be tried again.
    void applyFailed();

  private:
    HelperClient* m_helper;
    RemedyOption m_remedy;
    QLabel* m_message;
    QLabel* m_states;
    QLabel* m_commands;
    QLabel* m_warnings;
    QLabel* m_status;
};

}  // namespace zd::gui
