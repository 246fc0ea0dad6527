// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "window_geometry.h"

#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace zd::gui {
namespace {

constexpr QSize kDesignSize(1280, 820);
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter/%1");

// The same file as the recent hosts (recent_hosts.cpp): ~/.config/zfs-doctor/zfs-doctor.conf.
const QString kOrganization = QStringLiteral("zfs-doctor");
const QString kApplication = QStringLiteral("zfs-doctor");

}  // namespace

QSize initialWindowSize(const QSize& available) {
    if (available.isEmpty()) {
        return kDesignSize;
    }
    return {qMin(kDesignSize.width(), available.width() * 9 / 10),
            qMin(kDesignSize.height(), available.height() * 9 / 10)};
}

QRect fittedGeometry(const QRect& geometry, const QRect& available) {
    if (available.isEmpty()) {
        return geometry;
    }
    QRect fitted(geometry.topLeft(), geometry.size().boundedTo(available.size()));
    fitted.moveLeft(
        qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

void restoreWindowGeometry(QWidget* window, const QList<QSplitter*>& splitters) {
    const QSettings settings(kOrganization, kApplication);
    const QScreen* screen = window->screen();
    const QRect available = screen != nullptr ? screen->availableGeometry() : QRect();
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        const QSize size = initialWindowSize(available.size());
        window->resize(size);
        if (!available.isEmpty()) {
            window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    // A geometry remembered on a larger screen (or another scale) must not
    // open off screen.
    if (!window->isMaximized() && !window->isFullScreen()) {
        const QRect fitted = fittedGeometry(window->geometry(), available);
        if (fitted != window->geometry()) {
            window->setGeometry(fitted);
        }
    }
    for (QSplitter* splitter : splitters) {
        const QByteArray state =
            settings.value(kSplitterKey.arg(splitter->objectName())).toByteArray();
        if (!state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
}

void saveWindowGeometry(const QWidget* window, const QList<QSplitter*>& splitters) {
    QSettings settings(kOrganization, kApplication);
    settings.setValue(kGeometryKey, window->saveGeometry());
    for (const QSplitter* splitter : splitters) {
        settings.setValue(kSplitterKey.arg(splitter->objectName()), splitter->saveState());
    }
}

}  // namespace zd::gui
