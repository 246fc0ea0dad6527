// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "wrapping_label.h"

#include <QEvent>

namespace zd::gui {

namespace {
// Widths remembered per label: the layout asks for the same two or three.
constexpr int kRememberedWidths = 4;
}  // namespace

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const {
    if (m_measuredText != text()) {
        m_heights.clear();
        m_measuredText = text();
    }
    for (const auto& [knownWidth, height] : m_heights) {
        if (knownWidth == width) {
            return height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() >= kRememberedWidths) {
        m_heights.removeFirst();
    }
    m_heights.append({width, height});
    return height;
}

QSize WrappingLabel::sizeHint() const {
    // QLabel's preferred width for wrapped text is about 80 characters.
    const int width = qMin(fontMetrics().averageCharWidth() * 80, maximumWidth());
    return {width, heightForWidth(width)};
}

QSize WrappingLabel::minimumSizeHint() const {
    // Narrow as a short word, one line high: the layout asks heightForWidth()
    // for the height at the width it gives.
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 12 + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

bool WrappingLabel::event(QEvent* event) {
    switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::ContentsRectChange:
            m_heights.clear();
            break;
        default:
            break;
    }
    return QLabel::event(event);
}

}  // namespace zd::gui
