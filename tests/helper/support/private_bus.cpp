// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "private_bus.h"

#include <QFileInfo>

namespace zd::helper::test {

PrivateBus::~PrivateBus() {
    for (const QString& name : m_connections) {
        QDBusConnection::disconnectFromBus(name);
    }
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(3000);
        }
    }
}

bool PrivateBus::start(QString* error) {
    const QString config = QStringLiteral(ZD_HELPER_TEST_DIR "/support/private-bus.conf");
    const QString daemon = QStringLiteral("/usr/bin/dbus-daemon");
    if (!QFileInfo(daemon).isExecutable()) {
        *error = QStringLiteral("dbus-daemon is not installed");
        return false;
    }
    m_daemon.setProgram(daemon);
    m_daemon.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1")});
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(5000)) {
        *error = m_daemon.errorString();
        return false;
    }
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(5000)) {
            *error = QStringLiteral("dbus-daemon printed no address: %1")
                         .arg(QString::fromUtf8(m_daemon.readAllStandardError()));
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return !m_address.isEmpty();
}

QDBusConnection PrivateBus::connect(const QString& name) {
    const QString unique = name + QLatin1Char('-') + m_address;
    m_connections.append(unique);
    return QDBusConnection::connectToBus(m_address, unique);
}

}  // namespace zd::helper::test
