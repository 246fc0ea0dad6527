// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service/authorizer.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace zd::helper {

namespace {
constexpr uint kAllowUserInteraction = 1;
}

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
                const QDBusMessage reply = watcher->reply();
                AuthorizationResult result;
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    if (reply.errorName() ==
                        QLatin1String("org.freedesktop.PolicyKit1.Error.Cancelled")) {
                        result.outcome = AuthorizationOutcome::Cancelled;
                        result.message = QStringLiteral(
                                             "Authentication for %1 was cancelled. "
                                             "Nothing was changed.")
                                             .arg(actionId);
                    } else if (reply.errorName() ==
                               QLatin1String("org.freedesktop.PolicyKit1.Error.NotAuthorized")) {
                        result.outcome = AuthorizationOutcome::NotAuthorized;
                        result.message = QStringLiteral(
                                             "Not authorized: polkit refused to check "
                                             "%1 for this caller (%2). Nothing was "
                                             "changed.")
                                             .arg(actionId, reply.errorMessage());
                    } else {
                        result.outcome = AuthorizationOutcome::Unavailable;
                        result.message =
                            QStringLiteral(
                                "Authorization is unavailable: polkit "
                                "could not be asked about %1 (%2: %3). "
                                "Nothing was changed.")
                                .arg(actionId, reply.errorName(), reply.errorMessage());
                    }
                    done(result);
                    return;
                }
                const QVariant first = reply.arguments().value(0);
                if (!first.canConvert<QDBusArgument>() ||
                    reply.signature() != QLatin1String("(bba{ss})")) {
                    result.outcome = AuthorizationOutcome::Unavailable;
                    result.message = QStringLiteral(
                                         "Authorization is unavailable: polkit gave an "
                                         "answer of an unexpected type (%1). Nothing "
                                         "was changed.")
                                         .arg(reply.signature());
                    done(result);
                    return;
                }
                const auto answer = qdbus_cast<PolkitAuthorizationResult>(first);
                if (answer.isAuthorized) {
                    result.outcome = AuthorizationOutcome::Authorized;
                } else if (answer.details.value(QStringLiteral("polkit.dismissed")) ==
                           QLatin1String("true")) {
                    result.outcome = AuthorizationOutcome::Cancelled;
                    result.message = QStringLiteral(
                                         "Authentication for %1 was dismissed. Nothing "
                                         "was changed.")
                                         .arg(actionId);
                } else if (answer.isChallenge) {
                    result.outcome = AuthorizationOutcome::NotAuthorized;
                    result.message = QStringLiteral(
                                         "Not authorized: polkit requires "
                                         "authentication for %1 but no "
                                         "authentication agent answered. Nothing was "
                                         "changed.")
                                         .arg(actionId);
                } else {
                    result.outcome = AuthorizationOutcome::NotAuthorized;
                    result.message = QStringLiteral(
                                         "Not authorized: polkit denied %1 for this "
                                         "user. Nothing was changed.")
                                         .arg(actionId);
                }
                done(result);
            });
}

}  // namespace zd::helper
