// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service/authorizer.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace zd::helper {

namespace {

constexpr uint kAllowUserInteraction = 1;

// polkit's answer (or its error) as an outcome and a sentence for people.
AuthorizationResult interpret(const QDBusMessage& reply, const QString& action) {
    using Outcome = AuthorizationOutcome;
    const QString nothing = QStringLiteral(" Nothing was changed.");
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (reply.errorName() == QLatin1String("org.freedesktop.PolicyKit1.Error.Cancelled")) {
            return {Outcome::Cancelled,
                    QStringLiteral("Authentication for %1 was cancelled.").arg(action) + nothing};
        }
        if (reply.errorName() == QLatin1String("org.freedesktop.PolicyKit1.Error.NotAuthorized")) {
            return {
                Outcome::NotAuthorized,
                QStringLiteral("Not authorized: polkit refused to check %1 for this caller (%2).")
                        .arg(action, reply.errorMessage()) +
                    nothing};
        }
        return {Outcome::Unavailable,
                QStringLiteral("Authorization is unavailable: polkit could not be asked about %1 "
                               "(%2: %3).")
                        .arg(action, reply.errorName(), reply.errorMessage()) +
                    nothing};
    }
    if (reply.signature() != QLatin1String("(bba{ss})")) {
        return {Outcome::Unavailable,
                QStringLiteral("Authorization is unavailable: polkit gave an answer of an "
                               "unexpected type (%1).")
                        .arg(reply.signature()) +
                    nothing};
    }
    const auto answer = qdbus_cast<PolkitAuthorizationResult>(reply.arguments().value(0));
    if (answer.isAuthorized) {
        return {Outcome::Authorized, {}};
    }
    if (answer.details.value(QStringLiteral("polkit.dismissed")) == QLatin1String("true")) {
        return {Outcome::Cancelled,
                QStringLiteral("Authentication for %1 was dismissed.").arg(action) + nothing};
    }
    if (answer.isChallenge) {
        return {Outcome::NotAuthorized,
                QStringLiteral("Not authorized: polkit requires authentication for %1 but no "
                               "authentication agent answered.")
                        .arg(action) +
                    nothing};
    }
    return {
        Outcome::NotAuthorized,
        QStringLiteral("Not authorized: polkit denied %1 for this user.").arg(action) + nothing};
}

}  // namespace

PolkitAuthorizer::PolkitAuthorizer(QDBusConnection connection, QObject* parent)
    : QObject(parent), m_connection(std::move(connection)) {
    registerPolkitTypes();
}

void PolkitAuthorizer::check(const QString& callerBusName, const QString& actionId,
                             const PolkitDetails& details, Callback done) {
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                                       QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
                                       QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                                       QStringLiteral("CheckAuthorization"));
    const PolkitSubject subject{QStringLiteral("system-bus-name"),
                                {{QStringLiteral("name"), callerBusName}}};
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(details)
         << kAllowUserInteraction << QString();
    auto* watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, actionId, done = std::move(done)]() {
                watcher->deleteLater();
                done(interpret(watcher->reply(), actionId));
            });
}

}  // namespace zd::helper
