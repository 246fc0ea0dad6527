// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "text_interaction.h"

#include <QLabel>

namespace zd::gui {

void setReadOnlyTextInteraction(QLabel* label) {
    const bool hasLink = label->textFormat() != Qt::PlainText &&
                         label->text().contains(QLatin1String("href"), Qt::CaseInsensitive);
    label->setTextInteractionFlags(hasLink ? Qt::TextBrowserInteraction
                                           : Qt::TextSelectableByMouse);
    // QLabel gives a mouse-selectable label click focus; keyboard focus only with links.
    label->setFocusPolicy(hasLink ? Qt::StrongFocus : Qt::NoFocus);
}

}  // namespace zd::gui
