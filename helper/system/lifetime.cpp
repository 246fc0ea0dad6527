// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/lifetime.h"

#include <spdlog/spdlog.h>
#include <QDBusServiceWatcher>

namespace zd::helper {

Lifetime::Lifetime(QDBusConnection connection, std::chrono::milliseconds idleTimeout,
                   QObject* parent)
    : QObject(parent), m_watcher(new QDBusServiceWatcher(this)) {
    m_watcher->setConnection(connection);
    m_watcher->setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this,
            [this](const QString& name) {
                m_callers.remove(name);
                m_watcher->removeWatchedService(name);
                if (m_callers.isEmpty()) {
                    maybeQuit();
                }
            });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this, idleTimeout]() {
        if (m_inFlight == 0) {
            spdlog::info("idle for {} ms, exiting", idleTimeout.count());
            Q_EMIT quitRequested();
        } else {
            m_idleTimer.start();
        }
    });
    m_idleTimer.start();
}

void Lifetime::callStarted(const QString& caller) {
    ++m_inFlight;
    if (!m_callers.contains(caller)) {
        m_callers.insert(caller);
        m_watcher->addWatchedService(caller);
    }
}

void Lifetime::callFinished() {
    --m_inFlight;
    m_idleTimer.start();
    // A caller that vanished while its call was running has been removed
    // already; now that nothing is in flight we may go.
    if (m_callers.isEmpty()) {
        maybeQuit();
    }
}

void Lifetime::maybeQuit() {
    if (m_inFlight == 0) {
        spdlog::info("all callers have left, exiting");
        Q_EMIT quitRequested();
    }
}

}  // namespace zd::helper
