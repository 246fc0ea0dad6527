// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy_review_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "remedy_review.h"

namespace zd::gui {

RemedyReviewDialog::RemedyReviewDialog(HelperClient* helper, const RemedyOption& remedy,
                                       QWidget* parent)
    : QDialog(parent),
      m_review(new RemedyReview(helper)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Review the change"));
    setObjectName(QStringLiteral("remedyReviewDialog"));
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
    layout->addWidget(m_review, 1);
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_applyButton->setToolTip(
        tr("Apply the change shown above; you will be asked to authorize it"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        m_applyButton->setEnabled(false);
        m_review->apply();
    });
    connect(m_review, &RemedyReview::previewed, this, [this](bool applicable) {
        m_applyButton->setEnabled(applicable);
        if (applicable) {
            m_applyButton->setFocus();
        }
    });
    // Denied or cancelled: nothing changed, and the user may try again.
    connect(m_review, &RemedyReview::applyFailed, this,
            [this] { m_applyButton->setEnabled(true); });
    connect(m_review, &RemedyReview::applied, this, &RemedyReviewDialog::onApplied);
    m_review->preview(remedy);
}

void RemedyReviewDialog::onApplied(const ChangeRecord& change) {
    m_applied = change;
    m_buttons->clear();
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    close->setFocus();
    Q_EMIT applied(change);
}

}  // namespace zd::gui
