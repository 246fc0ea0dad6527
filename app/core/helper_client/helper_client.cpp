// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client/helper_client.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimer>

#include "helper/contract.h"

namespace zd {

namespace {

HelperReply replyFrom(const QDBusPendingReply<QString>& answer) {
    if (answer.isError()) {
        return HelperReply::failure(answer.error().name(), answer.error().message());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.value().toUtf8(), &parseError);
    if (!document.isObject()) {
        return HelperReply::failure(
            QLatin1String(kClientErrorBadReply),
            QCoreApplication::translate("zd::HelperClient",
                                        "The helper's answer is not a JSON object (%1).")
                .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("no object")
                                                                  : parseError.errorString()));
    }
    return HelperReply::success(document.object());
}

// One call in flight: ends exactly once, with the answer or at the deadline.
// A deadline of our own, not only D-Bus's: a pending call on a connection
// that broke may never report anything.
class PendingHelperCall : public QObject {
  public:
    using Done = std::function<void(const HelperReply&)>;

    PendingHelperCall(const QDBusPendingCall& call, std::chrono::milliseconds limit, Done done,
                      QObject* parent)
        : QObject(parent), m_done(std::move(done)) {
        auto* watcher = new QDBusPendingCallWatcher(call, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher* finished) {
                    finish(replyFrom(QDBusPendingReply<QString>(*finished)));
                });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this, limit] {
            finish(HelperReply::failure(
                QLatin1String(kClientErrorTimeout),
                QCoreApplication::translate("zd::HelperClient", "no answer after %1 seconds")
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(limit).count())));
        });
        m_deadline.start(limit);
    }

  private:
    void finish(const HelperReply& reply) {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_deadline.stop();
        deleteLater();
        // The callback may delete the client, and this object with it.
        const Done done = std::move(m_done);
        done(reply);
    }

    Done m_done;
    QTimer m_deadline;
    bool m_finished = false;
};

}  // namespace

HelperClient::HelperClient(QObject* parent) : HelperClient(QDBusConnection::systemBus(), parent) {}

HelperClient::HelperClient(const QDBusConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    if (m_connection.isConnected()) {
        m_connection.connect(QLatin1String(helper::kServiceName),
                             QLatin1String(helper::kObjectPath),
                             QLatin1String(helper::kInterfaceName), QStringLiteral("Progress"),
                             this, SLOT(onProgress(QString, QString, QString)));
    }
}

void HelperClient::onProgress(const QString& changeId, const QString& step,
                              const QString& message) {
    Q_EMIT progress(changeId, step, message);
}

void HelperClient::probe(const QString& probeName, const QString& dataset, Callback callback) {
    call(QStringLiteral("Probe"), {probeName, dataset}, m_timeouts.probe, std::move(callback));
}

void HelperClient::previewRemedy(const RemedyRequest& request, Callback callback) {
    call(QStringLiteral("PreviewFix"), {request.remedy, request.target, request.option},
         m_timeouts.preview, std::move(callback));
}

void HelperClient::applyRemedy(const RemedyRequest& request, Callback callback) {
    call(QStringLiteral("ApplyFix"), {request.remedy, request.target, request.option},
         m_timeouts.change, std::move(callback));
}

void HelperClient::undo(const QString& changeId, Callback callback) {
    call(QStringLiteral("Undo"), {changeId}, m_timeouts.change, std::move(callback));
}

void HelperClient::undoAll(Callback callback) {
    call(QStringLiteral("UndoAll"), {}, m_timeouts.change, std::move(callback));
}

void HelperClient::history(Callback callback) {
    call(QStringLiteral("History"), {}, m_timeouts.read, std::move(callback));
}

void HelperClient::call(const QString& method, const QVariantList& arguments,
                        std::chrono::milliseconds work, Callback callback) {
    if (!m_connection.isConnected()) {
        // Without a bus nothing would ever answer: fail now, but still
        // through the event loop, as every answer arrives.
        const QString why = m_connection.lastError().message();
        QTimer::singleShot(0, this, [callback = std::move(callback), why] {
            callback(HelperReply::failure(QLatin1String(kClientErrorNoBus),
                                          why.isEmpty() ? QStringLiteral("not connected") : why));
        });
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        QLatin1String(helper::kServiceName), QLatin1String(helper::kObjectPath),
        QLatin1String(helper::kInterfaceName), method);
    message.setArguments(arguments);
    // Lets the helper's polkit check show a password dialog.
    message.setInteractiveAuthorizationAllowed(true);
    const std::chrono::milliseconds limit = m_timeouts.authorization + work;
    // D-Bus's own timeout is a backstop after ours, which decides.
    const std::chrono::milliseconds backstop = limit + std::chrono::seconds(10);
    new PendingHelperCall(m_connection.asyncCall(message, int(backstop.count())), limit,
                          std::move(callback), this);
}

}  // namespace zd
