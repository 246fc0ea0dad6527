// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The real zfs-doctor-helper binary started on a private bus
// (DBUS_SYSTEM_BUS_ADDRESS) with --root/--state-dir, plus a client connection.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QtTest>

#include "contract.h"
#include "private_bus.h"

namespace zd::helper::test {

class RealHelper {
  public:
    // ZD_HELPER_UNDER_TEST=/path/to/zfs-doctor-helper runs these tests against
    // another build (an older one, to see a test fail without a guard).
    RealHelper(PrivateBus& bus, const QString& root, const QString& state, int killAfter = 0,
               int idleMs = 20000, const QStringList& extraArguments = {})
        : m_bus(bus) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), bus.address());
        if (killAfter > 0) {
            environment.insert(QStringLiteral("ZFS_DOCTOR_HELPER_KILL_AFTER_STEP"),
                               QString::number(killAfter));
        }
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString binary =
            qEnvironmentVariable("ZD_HELPER_UNDER_TEST", QStringLiteral(ZD_HELPER_BINARY));
        m_process.start(binary,
                        QStringList{QStringLiteral("--root"), root, QStringLiteral("--state-dir"),
                                    state, QStringLiteral("--log-stderr"),
                                    QStringLiteral("--idle-timeout-ms"), QString::number(idleMs)} +
                            extraArguments);
        static int counter = 0;  // a distinct client name per helper
        m_client = bus.connect(QStringLiteral("client%1").arg(++counter));
    }
    ~RealHelper() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    bool waitUntilOnBus() {
        for (int i = 0; i < 100; ++i) {
            if (m_client.interface()->isServiceRegistered(QLatin1String(kServiceName))) {
                return true;
            }
            if (m_process.state() == QProcess::NotRunning) {
                return false;
            }
            QTest::qWait(50);
        }
        return false;
    }
    QDBusMessage call(const QString& method, const QVariantList& arguments) {
        QDBusMessage message =
            QDBusMessage::createMethodCall(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                                           QLatin1String(kInterfaceName), method);
        message.setArguments(arguments);
        return m_client.call(message, QDBus::BlockWithGui, 30000);
    }
    QProcess& process() { return m_process; }
    // Closes the client's bus connection (the helper sees its caller leave).
    void dropClient() {
        const QString name = m_client.name();
        m_client = QDBusConnection(QString());
        QDBusConnection::disconnectFromBus(name);
    }
    QDBusConnection& client() { return m_client; }

  private:
    PrivateBus& m_bus;
    QProcess m_process;
    QDBusConnection m_client{QString()};
};

}  // namespace zd::helper::test
