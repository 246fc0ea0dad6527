// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The part of systemd's D-Bus API the helper needs (org.freedesktop.systemd1),
// used instead of running systemctl: no process, exact errors, and tests can
// put a fake Manager on the private bus.

#include <QDBusConnection>
#include <QString>
#include <optional>

namespace zd::helper {

class SystemdManager {
  public:
    virtual ~SystemdManager() = default;
    // Manager.Reload() (what `systemctl daemon-reload` does); returns when done.
    virtual bool reload(QString* error) = 0;
    // The unit's ActiveState ("active", "inactive"...); "inactive" when the
    // unit is not loaded; nullopt with *error when systemd cannot be asked.
    virtual std::optional<QString> activeState(const QString& unit, QString* error) = 0;
    // Manager.RestartUnit(unit, "replace").
    virtual bool restartUnit(const QString& unit, QString* error) = 0;
};

class DBusSystemdManager final : public SystemdManager {
  public:
    explicit DBusSystemdManager(QDBusConnection connection);
    bool reload(QString* error) override;
    std::optional<QString> activeState(const QString& unit, QString* error) override;
    bool restartUnit(const QString& unit, QString* error) override;

  private:
    QDBusConnection m_connection;
};

}  // namespace zd::helper
