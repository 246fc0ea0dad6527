// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy_review.h"

#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

#include "change_texts.h"
#include "helper_client/helper_client.h"

namespace zd::gui {
namespace {

QString preformatted(const QString& text) {
    return QStringLiteral("<pre style='margin:0'>%1</pre>").arg(text.toHtmlEscaped());
}

}  // namespace

RemedyReview::RemedyReview(HelperClient* helper, QWidget* parent)
    : QWidget(parent),
      m_helper(helper),
      m_message(new QLabel),
      m_states(new QLabel),
      m_commands(new QLabel),
      m_warnings(new QLabel),
      m_status(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : {m_message, m_states, m_commands, m_warnings}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
    }
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_states->setObjectName(QStringLiteral("previewStates"));
    m_states->setAccessibleName(tr("Current and new state"));
    m_commands->setObjectName(QStringLiteral("previewCommands"));
    m_commands->setAccessibleName(tr("Commands that will run"));
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    layout->addStretch(1);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    setMessage(QString());
}

void RemedyReview::preview(const RemedyOption& remedy) {
    m_remedy = remedy;
    m_status->clear();
    setMessage(tr("Asking the helper what exactly would change…"));
    QPointer<RemedyReview> self(this);
    m_helper->previewRemedy({remedy.id, remedy.target, {}}, [self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            self->setMessage(
                tr("The helper could not prepare this change: %1").arg(reply.displayMessage()));
            Q_EMIT self->previewed(false);
            return;
        }
        const RemedyPreview preview = RemedyPreview::fromJson(reply.result);
        self->setPreview(preview);
        Q_EMIT self->previewed(!preview.noop);
    });
}

void RemedyReview::apply() {
    setStatus(tr("Waiting for authorization and for the change to be applied…"));
    QPointer<RemedyReview> self(this);
    m_helper->applyRemedy({m_remedy.id, m_remedy.target, {}}, [self](const HelperReply& reply) {
        if (!self) {
            return;
        }
        if (!reply.ok) {
            self->setStatus(tr("Not applied: %1").arg(reply.displayMessage()));
            Q_EMIT self->applyFailed();
            return;
        }
        const ChangeRecord change = ChangeRecord::fromHelperAnswer(reply.result);
        self->setStatus(
            tr("%1 — %2").arg(changeStatusText(change.status), change.displayMessage()));
        Q_EMIT self->applied(change);
    });
}

void RemedyReview::setStatus(const QString& text) {
    m_status->setText(text);
}

void RemedyReview::setMessage(const QString& message) {
    m_message->setText(message.toHtmlEscaped());
    m_message->setVisible(!message.isEmpty());
    m_states->hide();
    m_commands->hide();
    m_warnings->hide();
}

void RemedyReview::setPreview(const RemedyPreview& preview) {
    if (preview.noop) {
        m_message->setText(
            tr("<b>Nothing to change:</b> %1 is already in the state this fix produces.")
                .arg(preview.target.toHtmlEscaped()));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_states->setText(
        QStringLiteral(
            "<table cellpadding='4'><tr><th align='left'>%1</th><th align='left'>%2"
            "</th></tr><tr><td valign='top'>%3</td><td valign='top'>%4</td></tr></table>")
            .arg(tr("Now").toHtmlEscaped(), tr("After the fix").toHtmlEscaped(),
                 preformatted(describeState(preview.current)),
                 preformatted(describeState(preview.next))));
    m_states->show();
    m_commands->setText(QStringLiteral("<b>%1</b>%2")
                            .arg(tr("Exactly these changes will be made:").toHtmlEscaped(),
                                 preformatted(preview.commands.join(QLatin1Char('\n')))));
    m_commands->setVisible(!preview.commands.isEmpty());
    QString warnings;
    for (const QString& warning : preview.displayWarnings()) {
        warnings += QStringLiteral("<p>⚠ %1</p>").arg(warning.toHtmlEscaped());
    }
    m_warnings->setText(warnings);
    m_warnings->setVisible(!warnings.isEmpty());
}

}  // namespace zd::gui
