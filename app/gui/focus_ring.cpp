// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "focus_ring.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QPen>

namespace zd::gui {

namespace {

// A transparent child on top of the scroll area: it only paints the ring,
// and lets every mouse event through.
class FocusRingOverlay : public QWidget {
  public:
    explicit FocusRingOverlay(QAbstractScrollArea* area) : QWidget(area), m_area(area) {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        hide();
        area->installEventFilter(this);
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_area) {
            switch (event->type()) {
                case QEvent::FocusIn:
                    setGeometry(m_area->rect());
                    raise();
                    show();
                    break;
                case QEvent::FocusOut:
                    hide();
                    break;
                case QEvent::Resize:
                    setGeometry(m_area->rect());
                    break;
                default:
                    break;
            }
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        paintFocusRing(painter, this);
    }

  private:
    QAbstractScrollArea* m_area;
};

}  // namespace

void paintFocusRing(QPainter& painter, const QWidget* widget) {
    QPen pen(widget->palette().color(QPalette::Active, QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1));
}

void addFocusRing(QAbstractScrollArea* area) {
    if (area->findChild<QWidget*>(QStringLiteral("focusRing"), Qt::FindDirectChildrenOnly) ==
        nullptr) {
        new FocusRingOverlay(area);
    }
}

void addFocusRings(QWidget* root) {
    for (QAbstractScrollArea* area : root->findChildren<QAbstractScrollArea*>()) {
        if ((area->focusPolicy() & Qt::TabFocus) != 0 && area->window() == root->window()) {
            addFocusRing(area);
        }
    }
}

}  // namespace zd::gui
