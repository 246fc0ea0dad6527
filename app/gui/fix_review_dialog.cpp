// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "fix_review_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "fix_preview_view.h"
#include "helper_client.h"

namespace zd::gui {

FixReviewDialog::FixReviewDialog(HelperClient* helper, const RemedyOption& remedy, QWidget* parent)
    : QDialog(parent),
      m_helper(helper),
      m_remedy(remedy),
      m_preview(new FixPreviewView),
      m_status(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Review the change"));
    setObjectName(QStringLiteral("fixReviewDialog"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(remedy.title.toHtmlEscaped()));
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!remedy.target.isEmpty()) {
        layout->addWidget(new QLabel(tr("Target: %1").arg(remedy.target)));
    }
    if (!remedy.risk.isEmpty()) {
        auto* risk = new QLabel(tr("<b>Risk:</b> %1").arg(remedy.risk.toHtmlEscaped()));
        risk->setWordWrap(true);
        layout->addWidget(risk);
    }
    layout->addWidget(m_preview, 1);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_applyButton->setToolTip(
        tr("Apply the change shown above; you will be asked to authorize it"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &FixReviewDialog::apply);
    requestPreview();
}

void FixReviewDialog::requestPreview() {
    m_preview->setMessage(tr("Asking the helper what exactly would change…"));
    QPointer<FixReviewDialog> self(this);
    m_helper->previewFix(m_remedy.id, m_remedy.target, [self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            self->m_preview->setMessage(
                tr("The helper could not prepare this change: %1").arg(reply.displayMessage()));
            return;
        }
        const FixPreview preview = FixPreview::fromJson(reply.result);
        self->m_preview->setPreview(preview);
        self->m_applyButton->setEnabled(!preview.noop);
        if (!preview.noop) {
            self->m_applyButton->setFocus();
        }
    });
}

void FixReviewDialog::apply() {
    m_applyButton->setEnabled(false);
    m_status->setText(tr("Waiting for authorization and for the change to be applied…"));
    QPointer<FixReviewDialog> self(this);
    m_helper->applyFix(m_remedy.id, m_remedy.target, [self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            // Denied or cancelled: nothing changed, and the user may try again.
            self->m_status->setText(tr("Not applied: %1").arg(reply.displayMessage()));
            self->m_applyButton->setEnabled(true);
            return;
        }
        const ChangeSummary change = ChangeSummary::fromJson(reply.result);
        self->m_applied = change;
        self->m_status->setText(tr("%1 — %2").arg(changeStatusText(change.status), change.message));
        self->m_buttons->clear();
        QPushButton* close = self->m_buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("closeButton"));
        connect(close, &QPushButton::clicked, self, &QDialog::accept);
        close->setFocus();
        Q_EMIT self->applied(change);
    });
}

}  // namespace zd::gui
