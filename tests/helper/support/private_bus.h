// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A private dbus-daemon for one test case (started with the minimal
// tests/helper/support/private-bus.conf, --print-address), and named
// connections to it.

#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace zd::helper::test {

class PrivateBus {
  public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    // Starts the daemon; false with *error when dbus-daemon is missing or fails.
    bool start(QString* error);
    QString address() const { return m_address; }
    // A new connection with a unique bus name (each `name` is a separate client).
    QDBusConnection connect(const QString& name);

  private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

}  // namespace zd::helper::test
