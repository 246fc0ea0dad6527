// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QJsonDocument>
#include <QJsonParseError>

#include "helper/contract.h"

namespace zd::gui {

bool HelperReply::notAuthorized() const {
    return errorName == QLatin1String(helper::kErrorNotAuthorized);
}

bool HelperReply::cancelled() const {
    return errorName == QLatin1String(helper::kErrorCancelled);
}

bool HelperReply::refused() const {
    return errorName == QLatin1String(helper::kErrorRefused);
}

QString HelperReply::displayMessage() const {
    if (ok) {
        return QString();
    }
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")) {
        return HelperClient::tr(
            "The ZFS Doctor helper is not installed or could not be started, so nothing "
            "can be probed or changed on this system.");
    }
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        return HelperClient::tr("The helper did not answer in time.");
    }
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.NoServer")) {
        return HelperClient::tr("The system bus cannot be reached.");
    }
    if (notAuthorized()) {
        return errorMessage.isEmpty() ? HelperClient::tr("Authorization was denied.")
                                      : errorMessage;
    }
    if (cancelled()) {
        return errorMessage.isEmpty() ? HelperClient::tr("Authorization was cancelled.")
                                      : errorMessage;
    }
    return errorMessage.isEmpty() ? errorName : errorMessage;
}

HelperClient::HelperClient(QObject* parent) : HelperClient(QDBusConnection::systemBus(), parent) {}

HelperClient::HelperClient(const QDBusConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    // The helper targets Progress at the caller only; listening costs nothing.
    m_connection.connect(QLatin1String(helper::kServiceName), QLatin1String(helper::kObjectPath),
                         QLatin1String(helper::kInterfaceName), QStringLiteral("Progress"), this,
                         SLOT(onProgress(QString, QString, QString)));
}

void HelperClient::onProgress(const QString& changeId, const QString& step,
                              const QString& message) {
    Q_EMIT progress(changeId, step, message);
}

void HelperClient::probe(const QString& probeName, const QString& dataset, Callback callback) {
    call(QStringLiteral("Probe"), {probeName, dataset}, std::move(callback));
}

void HelperClient::previewFix(const QString& fix, const QString& target, Callback callback) {
    call(QStringLiteral("PreviewFix"), {fix, target, QString()}, std::move(callback));
}

void HelperClient::applyFix(const QString& fix, const QString& target, Callback callback) {
    call(QStringLiteral("ApplyFix"), {fix, target, QString()}, std::move(callback));
}

void HelperClient::undo(const QString& changeId, Callback callback) {
    call(QStringLiteral("Undo"), {changeId}, std::move(callback));
}

void HelperClient::undoAll(Callback callback) {
    call(QStringLiteral("UndoAll"), {}, std::move(callback));
}

void HelperClient::history(Callback callback) {
    call(QStringLiteral("History"), {}, std::move(callback));
}

void HelperClient::version(Callback callback) {
    call(QStringLiteral("Version"), {}, std::move(callback));
}

void HelperClient::call(const QString& method, const QVariantList& arguments, Callback callback) {
    QDBusMessage message = QDBusMessage::createMethodCall(
        QLatin1String(helper::kServiceName), QLatin1String(helper::kObjectPath),
        QLatin1String(helper::kInterfaceName), method);
    message.setArguments(arguments);
    // Lets the helper's polkit check show a password dialog.
    message.setInteractiveAuthorizationAllowed(true);
    auto* watcher =
        new QDBusPendingCallWatcher(m_connection.asyncCall(message, kCallTimeoutMs), this);
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, callback = std::move(callback)](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                QDBusPendingReply<QString> reply = *finished;
                HelperReply result;
                if (reply.isError()) {
                    result.errorName = reply.error().name();
                    result.errorMessage = reply.error().message();
                } else {
                    QJsonParseError parseError;
                    const QJsonDocument document =
                        QJsonDocument::fromJson(reply.value().toUtf8(), &parseError);
                    if (!document.isObject()) {
                        result.errorName = QStringLiteral("org.zfsdoctor.Gui.Error.BadReply");
                        result.errorMessage =
                            tr("The helper sent an answer that is not a JSON object.");
                    } else {
                        result.ok = true;
                        result.result = document.object();
                    }
                }
                if (--m_pending == 0) {
                    Q_EMIT busyChanged(false);
                }
                callback(result);
            });
}

}  // namespace zd::gui
