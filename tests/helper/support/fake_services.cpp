// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "fake_services.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QMutexLocker>

#include "service/polkit_types.h"

namespace zd::helper::test {

bool FakePolkit::handleMessage(const QDBusMessage& message, const QDBusConnection& connection) {
    if (message.interface() != QLatin1String("org.freedesktop.PolicyKit1.Authority") ||
        message.member() != QLatin1String("CheckAuthorization")) {
        return false;
    }
    PolkitCall call;
    call.signature = message.signature();
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() == 5) {
        const auto subject = qdbus_cast<PolkitSubject>(arguments.at(0));
        call.subjectKind = subject.kind;
        call.subjectName = subject.details.value(QStringLiteral("name")).toString();
        call.actionId = arguments.at(1).toString();
        call.details = qdbus_cast<PolkitDetails>(arguments.at(2));
        call.flags = arguments.at(3).toUInt();
        call.cancellationId = arguments.at(4).toString();
    }
    PolkitAnswer current;
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append(call);
        current = m_answer;
        if (m_held) {
            m_waiting.append({message, connection});
            return true;
        }
    }
    answer(message, connection, current);
    return true;
}

void FakePolkit::setHeld(bool held) {
    QMutexLocker lock(&m_mutex);
    m_held = held;
}

void FakePolkit::release() {
    QList<QPair<QDBusMessage, QDBusConnection>> waiting;
    PolkitAnswer current;
    {
        QMutexLocker lock(&m_mutex);
        waiting.swap(m_waiting);
        m_held = false;
        current = m_answer;
    }
    for (const auto& [message, connection] : waiting) {
        answer(message, connection, current);
    }
}

void FakePolkit::answer(const QDBusMessage& message, const QDBusConnection& connection,
                        PolkitAnswer answer) {
    if (answer == PolkitAnswer::CancelledError) {
        connection.send(
            message.createErrorReply(QStringLiteral("org.freedesktop.PolicyKit1.Error.Cancelled"),
                                     QStringLiteral("The authentication dialog was cancelled")));
        return;
    }
    PolkitAuthorizationResult result;
    result.isAuthorized = answer == PolkitAnswer::Allow;
    result.isChallenge = answer == PolkitAnswer::Challenge;
    if (answer == PolkitAnswer::Dismissed) {
        result.details.insert(QStringLiteral("polkit.dismissed"), QStringLiteral("true"));
    }
    QDBusMessage reply = message.createReply();
    reply << QVariant::fromValue(result);
    connection.send(reply);
}

void FakePolkit::setAnswer(PolkitAnswer answer) {
    QMutexLocker lock(&m_mutex);
    m_answer = answer;
}

QList<PolkitCall> FakePolkit::calls() const {
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

bool FakeSystemd::handleMessage(const QDBusMessage& message, const QDBusConnection& connection) {
    const QString member = message.member();
    const QList<QVariant> arguments = message.arguments();
    QMutexLocker lock(&m_mutex);
    if (message.interface() == QLatin1String("org.freedesktop.systemd1.Manager")) {
        if (member == QLatin1String("Reload")) {
            m_calls.append(QStringLiteral("Reload"));
            connection.send(message.createReply());
            return true;
        }
        if (member == QLatin1String("GetUnit")) {
            m_calls.append(QStringLiteral("GetUnit ") + arguments.value(0).toString());
            if (arguments.value(0).toString() != QLatin1String("systemd-sysext.service")) {
                connection.send(
                    message.createErrorReply(QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"),
                                             QStringLiteral("Unit not loaded.")));
                return true;
            }
            QDBusMessage reply = message.createReply();
            reply << QVariant::fromValue(QDBusObjectPath(
                QStringLiteral("/org/freedesktop/systemd1/unit/systemd_2dsysext_2eservice")));
            connection.send(reply);
            return true;
        }
        if (member == QLatin1String("RestartUnit")) {
            m_calls.append(QStringLiteral("RestartUnit %1 %2")
                               .arg(arguments.value(0).toString(), arguments.value(1).toString()));
            QDBusMessage reply = message.createReply();
            reply << QVariant::fromValue(
                QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/1")));
            connection.send(reply);
            return true;
        }
    }
    if (message.interface() == QLatin1String("org.freedesktop.DBus.Properties") &&
        member == QLatin1String("Get") &&
        message.path() ==
            QLatin1String("/org/freedesktop/systemd1/unit/systemd_2dsysext_2eservice")) {
        m_calls.append(QStringLiteral("Get ") + arguments.value(1).toString());
        QDBusMessage reply = message.createReply();
        reply << QVariant::fromValue(QDBusVariant(m_activeState));
        connection.send(reply);
        return true;
    }
    return false;
}

void FakeSystemd::setSysextActiveState(const QString& state) {
    QMutexLocker lock(&m_mutex);
    m_activeState = state;
}

QStringList FakeSystemd::calls() const {
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

FakeServices::FakeServices(const QString& busAddress, bool withPolkit, bool withSystemd) {
    registerPolkitTypes();
    m_connectionName = QStringLiteral("fake-services-") + busAddress;
    m_thread.start();
    // Create and register the fakes from their own thread, so QtDBus
    // delivers their calls there while the test's thread is blocked.
    auto* context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [&]() {
            QDBusConnection connection =
                QDBusConnection::connectToBus(busAddress, m_connectionName);
            if (!connection.isConnected()) {
                return;
            }
            if (withPolkit) {
                m_polkit = new FakePolkit;
                if (!connection.registerVirtualObject(
                        QStringLiteral("/org/freedesktop/PolicyKit1/Authority"), m_polkit) ||
                    !connection.registerService(QStringLiteral("org.freedesktop.PolicyKit1"))) {
                    return;
                }
            }
            if (withSystemd) {
                m_systemd = new FakeSystemd;
                if (!connection.registerVirtualObject(QStringLiteral("/org/freedesktop/systemd1"),
                                                      m_systemd, QDBusConnection::SubPath) ||
                    !connection.registerService(QStringLiteral("org.freedesktop.systemd1"))) {
                    return;
                }
            }
            m_ok = true;
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater();
}

FakeServices::~FakeServices() {
    auto* context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, context]() {
            QDBusConnection::disconnectFromBus(m_connectionName);
            delete m_polkit;
            delete m_systemd;
            delete context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

}  // namespace zd::helper::test
