// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "empty_state.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QVBoxLayout>

namespace zd::gui {

QLabel* setEmptyMessage(QAbstractItemView* view, const QString& text) {
    const QString name = view->objectName() + QStringLiteral("Empty");
    auto* label = view->viewport()->findChild<QLabel*>(name, Qt::FindDirectChildrenOnly);
    if (label == nullptr) {
        label = new QLabel;
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setMargin(12);
        // The viewport's layout keeps the label centred at any size.
        auto* layout = new QVBoxLayout(view->viewport());
        layout->addWidget(label);
    }
    const bool empty = view->model() == nullptr || view->model()->rowCount() == 0;
    label->setText(text);
    label->setVisible(empty && !text.isEmpty());
    // The view's accessible description carries it for screen readers.
    view->setAccessibleDescription(empty ? text : QString());
    return label;
}

}  // namespace zd::gui
