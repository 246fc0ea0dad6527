// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "status_style.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QtMath>

namespace zd::gui {
namespace {

// Base hues chosen to be mid-luminance: they read on white and on near-black.
QColor baseColor(FindingStatus status) {
    switch (status) {
        case FindingStatus::Affected:
            return QColor(0xd3, 0x2f, 0x2f);
        case FindingStatus::AtRisk:
            return QColor(0xe0, 0x8a, 0x00);
        case FindingStatus::NotAffected:
            return QColor(0x2e, 0x8b, 0x3e);
        case FindingStatus::Unknown:
            return QColor(0x5c, 0x6b, 0xc0);
    }
    return QColor(Qt::gray);
}

// Draws one status symbol: octagon "!" (affected), triangle "!" (at risk),
// circle with a check (not affected), circle "?" (unknown).
class StatusIconEngine : public QIconEngine {
  public:
    explicit StatusIconEngine(FindingStatus status) : m_status(status) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        QColor fill = baseColor(m_status);
        if (mode == QIcon::Disabled) {
            fill = QColor(0x88, 0x88, 0x88);
        }
        const QRectF inner = box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        QPainterPath shape;
        switch (m_status) {
            case FindingStatus::Affected: {
                QPolygonF octagon;
                for (int i = 0; i < 8; ++i) {
                    const qreal angle = M_PI / 8 + i * M_PI / 4;
                    octagon << QPointF(inner.center().x() + inner.width() / 2 * qCos(angle),
                                       inner.center().y() + inner.height() / 2 * qSin(angle));
                }
                shape.addPolygon(octagon);
                shape.closeSubpath();
                break;
            }
            case FindingStatus::AtRisk: {
                QPolygonF triangle;
                triangle << QPointF(inner.center().x(), inner.top())
                         << QPointF(inner.right(), inner.bottom())
                         << QPointF(inner.left(), inner.bottom());
                shape.addPolygon(triangle);
                shape.closeSubpath();
                break;
            }
            case FindingStatus::NotAffected:
            case FindingStatus::Unknown:
                shape.addEllipse(inner);
                break;
        }
        painter->setPen(QPen(fill.darker(140), qMax(1.0, side / 24.0)));
        painter->setBrush(fill);
        painter->drawPath(shape);

        painter->setPen(
            QPen(Qt::white, qMax(1.5, side / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const QPointF c = inner.center();
        const qreal u = inner.width() / 2;
        switch (m_status) {
            case FindingStatus::Affected:
                painter->drawLine(QPointF(c.x(), c.y() - u * 0.5), QPointF(c.x(), c.y() + u * 0.1));
                painter->drawPoint(QPointF(c.x(), c.y() + u * 0.45));
                break;
            case FindingStatus::AtRisk:
                painter->drawLine(QPointF(c.x(), c.y() - u * 0.25),
                                  QPointF(c.x(), c.y() + u * 0.3));
                painter->drawPoint(QPointF(c.x(), c.y() + u * 0.65));
                break;
            case FindingStatus::NotAffected: {
                QPolygonF check;
                check << QPointF(c.x() - u * 0.45, c.y())
                      << QPointF(c.x() - u * 0.1, c.y() + u * 0.35)
                      << QPointF(c.x() + u * 0.5, c.y() - u * 0.35);
                painter->drawPolyline(check);
                break;
            }
            case FindingStatus::Unknown: {
                QFont font = painter->font();
                font.setBold(true);
                font.setPixelSize(qMax(6, qRound(side * 0.62)));
                painter->setFont(font);
                painter->setPen(Qt::white);
                painter->drawText(inner, Qt::AlignCenter, QStringLiteral("?"));
                break;
            }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_status); }

  private:
    FindingStatus m_status;
};

}  // namespace

QString statusText(FindingStatus status) {
    switch (status) {
        case FindingStatus::Affected:
            return QCoreApplication::translate("zd::gui::Status", "Affected");
        case FindingStatus::AtRisk:
            return QCoreApplication::translate("zd::gui::Status", "At risk");
        case FindingStatus::NotAffected:
            return QCoreApplication::translate("zd::gui::Status", "Not affected");
        case FindingStatus::Unknown:
            return QCoreApplication::translate("zd::gui::Status", "Unknown");
    }
    return QString();
}

QString findingStatusText(const Finding& finding) {
    if (finding.status == FindingStatus::NotAffected && finding.latent) {
        return QCoreApplication::translate("zd::gui::Status", "Not affected (latent)");
    }
    return statusText(finding.status);
}

QString severityText(Severity severity) {
    switch (severity) {
        case Severity::Low:
            return QCoreApplication::translate("zd::gui::Status", "Low");
        case Severity::Medium:
            return QCoreApplication::translate("zd::gui::Status", "Medium");
        case Severity::High:
            return QCoreApplication::translate("zd::gui::Status", "High");
        case Severity::Critical:
            return QCoreApplication::translate("zd::gui::Status", "Critical");
    }
    return QString();
}

QString confidenceText(Confidence confidence) {
    switch (confidence) {
        case Confidence::ConfirmedByProbe:
            return QCoreApplication::translate("zd::gui::Status",
                                               "Confirmed by a probe on this system");
        case Confidence::InferredFromVersions:
            return QCoreApplication::translate("zd::gui::Status",
                                               "Inferred from versions and configuration");
        case Confidence::RestsOnUnconfirmed:
            return QCoreApplication::translate("zd::gui::Status",
                                               "Rests on an unconfirmed upstream fact");
    }
    return QString();
}

QIcon statusIcon(FindingStatus status) {
    return QIcon(new StatusIconEngine(status));
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor statusColor(FindingStatus status, const QPalette& palette) {
    const QColor color = baseColor(status);
    // On dark backgrounds lighten the hue so text in it keeps its contrast.
    return isDarkPalette(palette) ? color.lighter(145) : color.darker(110);
}

int statusRank(FindingStatus status) {
    switch (status) {
        case FindingStatus::Affected:
            return 0;
        case FindingStatus::AtRisk:
            return 1;
        case FindingStatus::Unknown:
            return 2;
        case FindingStatus::NotAffected:
            return 3;
    }
    return 4;
}

}  // namespace zd::gui
