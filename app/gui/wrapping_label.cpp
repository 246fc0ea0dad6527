// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "wrapping_label.h"

#include <QEvent>
#include <QPainter>

#include "focus_ring.h"

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
    // QLabel's preferred width for wrapped text is about 80 characters. The
    // height is estimated from the length of the text without its tags: a
    // layout in a box asks heightForWidth() for the real height at the real
    // width, and laying the text out at a width it will not have is the cost
    // this class avoids.
    const QFontMetrics metrics = fontMetrics();
    const int width = qMin(metrics.averageCharWidth() * 80, maximumWidth());
    qsizetype characters = 0;
    bool inTag = false;
    for (const QChar c : text()) {
        if (c == QLatin1Char('<')) {
            inTag = true;
        } else if (c == QLatin1Char('>')) {
            inTag = false;
        } else if (!inTag) {
            ++characters;
        }
    }
    const qsizetype lines = 1 + characters * metrics.averageCharWidth() / qMax(1, width);
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(),
            int(lines) * metrics.lineSpacing() + margins.top() + margins.bottom()};
}

QSize WrappingLabel::minimumSizeHint() const {
    // Narrow as a short word, one line high: the layout asks heightForWidth()
    // for the height at the width it gives.
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 12 + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

void WrappingLabel::paintEvent(QPaintEvent* event) {
    QLabel::paintEvent(event);
    if (hasFocus() && (textInteractionFlags() & Qt::LinksAccessibleByKeyboard) != 0) {
        QPainter painter(this);
        paintFocusRing(painter, this);
    }
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
