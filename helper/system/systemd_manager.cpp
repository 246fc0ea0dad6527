// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/systemd_manager.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

namespace zd::helper {

namespace {

const QString kSystemd = QStringLiteral("org.freedesktop.systemd1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kManagerInterface = QStringLiteral("org.freedesktop.systemd1.Manager");
// Reload re-reads every unit file; on a busy system that takes a while.
constexpr int kSystemdTimeoutMs = 90 * 1000;

bool callFailed(const QDBusMessage& reply, const QString& what, QString* error) {
    if (reply.type() != QDBusMessage::ErrorMessage) {
        return false;
    }
    if (error) {
        *error = QStringLiteral("systemd %1 failed: %2 (%3)")
                     .arg(what, reply.errorMessage(), reply.errorName());
    }
    return true;
}

}  // namespace

DBusSystemdManager::DBusSystemdManager(QDBusConnection connection)
    : m_connection(std::move(connection)) {}

bool DBusSystemdManager::reload(QString* error) {
    const QDBusMessage call = QDBusMessage::createMethodCall(
        kSystemd, kManagerPath, kManagerInterface, QStringLiteral("Reload"));
    return !callFailed(m_connection.call(call, QDBus::Block, kSystemdTimeoutMs),
                       QStringLiteral("Reload"), error);
}

std::optional<QString> DBusSystemdManager::activeState(const QString& unit, QString* error) {
    QDBusMessage call = QDBusMessage::createMethodCall(kSystemd, kManagerPath, kManagerInterface,
                                                       QStringLiteral("GetUnit"));
    call << unit;
    const QDBusMessage reply = m_connection.call(call, QDBus::Block, kSystemdTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (reply.errorName() == QLatin1String("org.freedesktop.systemd1.NoSuchUnit")) {
            return QStringLiteral("inactive");
        }
        callFailed(reply, QStringLiteral("GetUnit"), error);
        return std::nullopt;
    }
    const QString path = reply.arguments().value(0).value<QDBusObjectPath>().path();
    QDBusMessage get = QDBusMessage::createMethodCall(
        kSystemd, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.systemd1.Unit") << QStringLiteral("ActiveState");
    const QDBusMessage value = m_connection.call(get, QDBus::Block, kSystemdTimeoutMs);
    if (callFailed(value, QStringLiteral("ActiveState"), error)) {
        return std::nullopt;
    }
    return value.arguments().value(0).value<QDBusVariant>().variant().toString();
}

bool DBusSystemdManager::restartUnit(const QString& unit, QString* error) {
    QDBusMessage call = QDBusMessage::createMethodCall(kSystemd, kManagerPath, kManagerInterface,
                                                       QStringLiteral("RestartUnit"));
    call << unit << QStringLiteral("replace");
    return !callFailed(m_connection.call(call, QDBus::Block, kSystemdTimeoutMs),
                       QStringLiteral("RestartUnit"), error);
}

}  // namespace zd::helper
