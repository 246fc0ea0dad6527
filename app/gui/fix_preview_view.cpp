// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "fix_preview_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

namespace zd::gui {
namespace {

QString preformatted(const QString& text) {
    return QStringLiteral("<pre style='margin:0'>%1</pre>").arg(text.toHtmlEscaped());
}

}  // namespace

FixPreviewView::FixPreviewView(QWidget* parent)
    : QWidget(parent),
      m_message(new QLabel),
      m_states(new QLabel),
      m_commands(new QLabel),
      m_warnings(new QLabel) {
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
    setMessage(QString());
}

void FixPreviewView::setMessage(const QString& message) {
    m_message->setText(message.toHtmlEscaped());
    m_message->setVisible(!message.isEmpty());
    m_states->hide();
    m_commands->hide();
    m_warnings->hide();
}

void FixPreviewView::setPreview(const FixPreview& preview) {
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
    for (const QString& warning : preview.warnings) {
        warnings += QStringLiteral("<p>⚠ %1</p>").arg(warning.toHtmlEscaped());
    }
    m_warnings->setText(warnings);
    m_warnings->setVisible(!warnings.isEmpty());
}

}  // namespace zd::gui
