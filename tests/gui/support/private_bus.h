// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A private dbus-daemon for one test process, started from private-bus.conf.
// The test points DBUS_SYSTEM_BUS_ADDRESS at it before anything opens the
// system bus, so the window's HelperClient talks to the fake helper.

#include <QProcess>
#include <QString>

namespace zd::gui::test {

class PrivateBus {
  public:
    PrivateBus() = default;
    ~PrivateBus();
    // Starts the daemon; false with *error when dbus-daemon is missing or fails.
    bool start(QString* error);
    QString address() const { return m_address; }

  private:
    QProcess m_daemon;
    QString m_address;
};

}  // namespace zd::gui::test
