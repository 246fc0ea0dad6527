// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// When the helper may exit: when every caller it has served has left the bus
// (their unique names are watched), or after the idle timeout - but never
// while a call is in flight.

#include <QDBusConnection>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>

class QDBusServiceWatcher;

namespace zd::helper {

class Lifetime : public QObject {
    Q_OBJECT
  public:
    Lifetime(QDBusConnection connection, std::chrono::milliseconds idleTimeout,
             QObject* parent = nullptr);
    void callStarted(const QString& caller);
    void callFinished();
    void touched() { m_idleTimer.start(); }  // a call was answered at once
    int callsInFlight() const { return m_inFlight; }

  Q_SIGNALS:
    void quitRequested();

  private:
    void maybeQuit();

    QDBusServiceWatcher* m_watcher;
    QSet<QString> m_callers;
    QTimer m_idleTimer;
    int m_inFlight = 0;
};

}  // namespace zd::helper
