// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonDocument>

#include "../../helper/contract.h"

namespace zd::cli {

namespace {
// Long enough for polkit's password dialog plus a slow fix (kernel pin runs
// dnf/update-grub).
constexpr int kCallTimeoutMs = 15 * 60 * 1000;
}  // namespace

HelperClient::HelperClient(QObject* parent) : QObject(parent) {}

void HelperClient::onProgress(const QString& changeId, const QString& step,
                              const QString& message) {
    if (m_progress) {
        m_progress(changeId, step, message);
    }
}

HelperReply HelperClient::call(const QString& method, const QVariantList& arguments) {
    HelperReply reply;
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        reply.errorName = QStringLiteral("org.freedesktop.DBus.Error.NoServer");
        reply.errorMessage =
            QStringLiteral("Cannot connect to the system bus: %1").arg(bus.lastError().message());
        return reply;
    }
    if (!m_subscribed) {
        bus.connect(QLatin1String(helper::kServiceName), QLatin1String(helper::kObjectPath),
                    QLatin1String(helper::kInterfaceName), QStringLiteral("Progress"), this,
                    SLOT(onProgress(QString, QString, QString)));
        m_subscribed = true;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        QLatin1String(helper::kServiceName), QLatin1String(helper::kObjectPath),
        QLatin1String(helper::kInterfaceName), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    // BlockWithGui keeps processing events, so Progress signals arrive while we wait.
    const QDBusMessage answer = bus.call(message, QDBus::BlockWithGui, kCallTimeoutMs);
    if (answer.type() == QDBusMessage::ErrorMessage) {
        reply.errorName = answer.errorName();
        reply.errorMessage = answer.errorMessage();
        return reply;
    }
    const QString text = answer.arguments().value(0).toString();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        reply.errorName = QLatin1String(helper::kErrorFailed);
        reply.errorMessage = QStringLiteral("The helper's answer is not valid JSON (%1).")
                                 .arg(parseError.errorString());
        return reply;
    }
    reply.ok = true;
    reply.result = document.object();
    return reply;
}

HelperReply HelperClient::probe(const QString& probe, const QString& dataset) {
    return call(QStringLiteral("Probe"), {probe, dataset});
}
HelperReply HelperClient::previewFix(const QString& fix, const QString& target,
                                     const QString& option) {
    return call(QStringLiteral("PreviewFix"), {fix, target, option});
}
HelperReply HelperClient::applyFix(const QString& fix, const QString& target,
                                   const QString& option) {
    return call(QStringLiteral("ApplyFix"), {fix, target, option});
}
HelperReply HelperClient::undo(const QString& changeId) {
    return call(QStringLiteral("Undo"), {changeId});
}
HelperReply HelperClient::undoAll() {
    return call(QStringLiteral("UndoAll"), {});
}
HelperReply HelperClient::history() {
    return call(QStringLiteral("History"), {});
}
HelperReply HelperClient::version() {
    return call(QStringLiteral("Version"), {});
}

QString HelperClient::describeError(const HelperReply& reply) {
    const QString& name = reply.errorName;
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
        name == QLatin1String("org.freedesktop.DBus.Error.Spawn.ServiceNotFound")) {
        return QStringLiteral(
            "The ZFS Doctor helper (org.zfsdoctor.Helper) is not installed or "
            "cannot be started on this system bus. Nothing was changed.");
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")) {
        return QStringLiteral(
                   "The system bus refused the call to the helper (%1). Nothing was "
                   "changed.")
            .arg(reply.errorMessage);
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
        name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        return QStringLiteral(
            "The helper did not answer in time. Check `zfs-doctor history` to "
            "see whether the change was made.");
    }
    if (name.startsWith(QLatin1String("org.zfsdoctor.Helper.Error."))) {
        return reply.errorMessage;  // the helper's own sentences are already complete
    }
    return QStringLiteral("The helper call failed: %1 (%2).").arg(reply.errorMessage, name);
}

}  // namespace zd::cli
