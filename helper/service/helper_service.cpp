// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service/helper_service.h"

#include <spdlog/spdlog.h>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QJsonArray>
#include <QJsonDocument>

#include "contract.h"
#include "probes/probe_runner.h"
#include "remedy/validators.h"
#include "system/target_checks.h"

namespace zd::helper {

namespace {

QString toJsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Arguments as they go into the log: hostile input must not forge log lines.
std::string loggable(const QStringList& arguments) {
    QStringList shown;
    for (const QString& argument : arguments) {
        QString clean;
        for (const QChar c : argument.left(120)) {
            clean += c.unicode() < 0x20 || c.unicode() == 0x7f
                         ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                         : QString(c);
        }
        if (argument.size() > 120) {
            clean += QStringLiteral("...(%1 chars)").arg(argument.size());
        }
        shown.append(QLatin1Char('"') + clean + QLatin1Char('"'));
    }
    return shown.join(QLatin1Char(' ')).toStdString();
}

PolkitDetails details(const QString& operation, const QString& verb, const QString& target) {
    return {{QLatin1String(kDetailOperation), operation},
            {QLatin1String(kDetailVerb), verb},
            {QLatin1String(kDetailTarget), target}};
}

}  // namespace

HelperService::HelperService(QDBusConnection connection, HelperDependencies dependencies,
                             QObject* parent)
    : QObject(parent),
      m_connection(std::move(connection)),
      m_deps(dependencies),
      m_lifetime(m_connection, m_deps.idleTimeout),
      m_operations({m_deps.tools, m_deps.root, m_deps.systemd}, m_deps.journal),
      m_changeThread(std::make_unique<WorkerThread>(QStringLiteral("changes"))),
      m_probeThread(std::make_unique<WorkerThread>(QStringLiteral("probes"))) {
    connect(&m_lifetime, &Lifetime::quitRequested, this, &HelperService::quitRequested);
}

bool HelperService::registerObject(QString* error) {
    if (!m_connection.registerObject(QLatin1String(kObjectPath), this,
                                     QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register %1: %2")
                     .arg(QLatin1String(kObjectPath), m_connection.lastError().message());
        return false;
    }
    return true;
}

HelperService::Call HelperService::currentCall(const QString& method,
                                               const QStringList& arguments) {
    setDelayedReply(true);  // every reply is sent explicitly
    return {message(), method, arguments};
}

QString HelperService::reject(const Call& call, const HelperError& error) {
    spdlog::warn("caller {} {} {}: rejected before authorization: {}",
                 call.message.service().toStdString(), call.method.toStdString(),
                 loggable(call.arguments), error.message.toStdString());
    m_connection.send(call.message.createErrorReply(error.name, error.message));
    m_lifetime.touched();
    return {};
}

void HelperService::finish(const Call& call, const QDBusMessage& reply) {
    if (reply.type() == QDBusMessage::ErrorMessage) {
        spdlog::warn("caller {} {} {}: failed: {}: {}", call.message.service().toStdString(),
                     call.method.toStdString(), loggable(call.arguments),
                     reply.errorName().toStdString(), reply.errorMessage().toStdString());
    } else {
        spdlog::info("caller {} {} {}: done: {}", call.message.service().toStdString(),
                     call.method.toStdString(), loggable(call.arguments),
                     reply.arguments().value(0).toString().left(2000).toStdString());
    }
    m_connection.send(reply);
    QMetaObject::invokeMethod(&m_lifetime, &Lifetime::callFinished, Qt::QueuedConnection);
}

void HelperService::finishWith(const Call& call, const Outcome& outcome) {
    finish(call, outcome.ok()
                     ? call.message.createReply(toJsonText(outcome.result))
                     : call.message.createErrorReply(outcome.error.name, outcome.error.message));
}

void HelperService::authorizeThen(const Call& call, const QString& action,
                                  const PolkitDetails& polkitDetails, WorkerThread* thread,
                                  Work work) {
    const QString caller = call.message.service();
    if (m_pending.value(caller) >= kMaxPendingPerCaller || m_pendingTotal >= kMaxPending) {
        reject(call, {QLatin1String(kErrorBusy),
                      QStringLiteral("Too many calls are waiting for authorization; try again "
                                     "when they are answered. Nothing was changed.")});
        return;
    }
    m_lifetime.callStarted(caller);
    ++m_pending[caller];
    ++m_pendingTotal;
    m_deps.authorizer.check(
        caller, action, polkitDetails,
        [this, call, caller, action, thread, work](const AuthorizationResult& result) {
            --m_pendingTotal;
            if (--m_pending[caller] == 0) {
                m_pending.remove(caller);
            }
            // A caller that left while polkit was deciding gets nothing done:
            // its uid can no longer be told, and nobody would see the result.
            const QDBusReply<uint> uid = m_connection.interface()->serviceUid(caller);
            const std::string who = (uid.isValid() ? QStringLiteral("uid %1 (%2)").arg(uid.value())
                                                   : QStringLiteral("gone (%2)"))
                                        .arg(caller)
                                        .toStdString();
            spdlog::log(result.outcome == AuthorizationOutcome::Authorized ? spdlog::level::info
                                                                           : spdlog::level::warn,
                        "{} {} {}: {}: {}", who, call.method.toStdString(),
                        loggable(call.arguments), action.toStdString(),
                        result.outcome == AuthorizationOutcome::Authorized
                            ? std::string("authorized")
                            : result.message.toStdString());
            if (result.outcome != AuthorizationOutcome::Authorized) {
                const char* name = result.outcome == AuthorizationOutcome::Cancelled
                                       ? kErrorCancelled
                                   : result.outcome == AuthorizationOutcome::NotAuthorized
                                       ? kErrorNotAuthorized
                                       : kErrorAuthorizationUnavailable;
                return finish(call,
                              call.message.createErrorReply(QLatin1String(name), result.message));
            }
            if (!uid.isValid()) {
                return m_lifetime.callFinished();
            }
            if (!thread) {
                return finishWith(call, work(call, uid.value()));
            }
            thread->post(
                [this, call, work, uid = uid.value()]() { finishWith(call, work(call, uid)); });
        });
}

bool HelperService::validateRemedyArguments(const QString& fix, const QString& target,
                                            const QString& option, HelperError* error) const {
    QString message;
    if (!validatePlainText(fix, QStringLiteral("remedy name"), &message)) {
        return setError(error, kErrorInvalidArgument, message);
    }
    if (!isRemedyVerb(fix)) {
        return setError(error, kErrorUnknownVerb,
                        QStringLiteral("'%1' is not a remedy this helper knows (known: %2).")
                            .arg(fix, fixVerbs().join(QStringLiteral(", "))));
    }
    if (!option.isEmpty()) {
        return setError(error, kErrorInvalidArgument,
                        QStringLiteral("The remedy %1 takes no option, but '%2' was given.")
                            .arg(fix, option.left(64)));
    }
    if (!validateRemedyTarget(fix, target, &message)) {
        if (targetKindForFix(fix) == TargetKind::LoopDevice &&
            isNonLoopBlockDevice(m_deps.root, target)) {
            message = QStringLiteral(
                          "%1 is a block device but not a loop device; loop-dio-off only "
                          "changes loop devices.")
                          .arg(target);
        }
        return setError(error, kErrorInvalidArgument, message);
    }
    return true;
}

ChangeRunner::Progress HelperService::progressTo(const QString& caller) {
    // Targeted: only the caller that asked for the change hears about it.
    return [this, caller](const QString& id, const QString& step, const QString& text) {
        QDBusMessage signal = QDBusMessage::createTargetedSignal(caller, QLatin1String(kObjectPath),
                                                                 QLatin1String(kInterfaceName),
                                                                 QStringLiteral("Progress"));
        signal << id << step << text;
        m_connection.send(signal);
    };
}

QString HelperService::Probe(const QString& probe, const QString& dataset) {
    const Call call = currentCall(QStringLiteral("Probe"), {probe, dataset});
    QString message;
    if (!validatePlainText(probe, QStringLiteral("probe name"), &message)) {
        return reject(call, {QLatin1String(kErrorInvalidArgument), message});
    }
    if (!isProbeVerb(probe)) {
        return reject(call, {QLatin1String(kErrorUnknownVerb),
                             QStringLiteral("'%1' is not a probe this helper knows (known: %2). "
                                            "Problems 2 and 5 are never probed: reproducing them "
                                            "hangs or crashes the kernel.")
                                 .arg(probe, probeVerbs().join(QStringLiteral(", ")))});
    }
    if (!validateDatasetName(dataset, &message)) {
        return reject(call, {QLatin1String(kErrorInvalidArgument), message});
    }
    authorizeThen(
        call, QLatin1String(kActionProbe), details(QStringLiteral("probe"), probe, dataset),
        m_probeThread.get(), [this, probe, dataset](const Call&, uint) {
            ProbeRunner runner(m_deps.tools, m_deps.root, m_deps.probeTimeout);
            ProbeResult result;
            HelperError error;
            return runner.run(probe, dataset, &result, &error) ? Outcome{result.toJson(), {}}
                                                               : Outcome{{}, error};
        });
    return {};
}

QString HelperService::PreviewFix(const QString& fix, const QString& target,
                                  const QString& option) {
    const Call call = currentCall(QStringLiteral("PreviewFix"), {fix, target, option});
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        return reject(call, error);
    }
    // Its own read-only action: a kept authorization never covers a change.
    authorizeThen(
        call, QLatin1String(kActionPreview), details(QStringLiteral("preview"), fix, target),
        m_changeThread.get(),
        [this, fix, target](const Call&, uint) { return m_operations.preview(fix, target); });
    return {};
}

QString HelperService::ApplyFix(const QString& fix, const QString& target, const QString& option) {
    const Call call = currentCall(QStringLiteral("ApplyFix"), {fix, target, option});
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        return reject(call, error);
    }
    authorizeThen(call, actionForFix(fix), details(QStringLiteral("apply"), fix, target),
                  m_changeThread.get(), [this, fix, target](const Call& c, uint uid) {
                      return m_operations.apply(fix, target, uid, progressTo(c.message.service()));
                  });
    return {};
}

QString HelperService::Undo(const QString& changeId) {
    const Call call = currentCall(QStringLiteral("Undo"), {changeId});
    // The record (read and checked now) decides the action: undoing a change
    // needs the authorization making it needed.
    QString message;
    const std::optional<ChangeRecord> record = m_deps.journal.load(changeId, &message);
    if (!record) {
        return reject(call, {QLatin1String(kErrorUnknownChange), message});
    }
    PolkitDetails polkitDetails = details(QStringLiteral("undo"), record->verb, record->target);
    polkitDetails.insert(QStringLiteral("change"), changeId);
    authorizeThen(call, actionForFix(record->verb), polkitDetails, m_changeThread.get(),
                  [this, changeId](const Call& c, uint) {
                      return m_operations.undo(changeId, progressTo(c.message.service()));
                  });
    return {};
}

QString HelperService::UndoAll() {
    authorizeThen(currentCall(QStringLiteral("UndoAll"), {}), QLatin1String(kActionUndoAll),
                  details(QStringLiteral("undo-all"), {}, {}), m_changeThread.get(),
                  [this](const Call& c, uint) {
                      return m_operations.undoAll(progressTo(c.message.service()));
                  });
    return {};
}

QString HelperService::History() {
    authorizeThen(currentCall(QStringLiteral("History"), {}), QLatin1String(kActionReadHistory),
                  details(QStringLiteral("history"), {}, {}), nullptr, [this](const Call&, uint) {
                      return Outcome{m_operations.history(), {}};
                  });
    return {};
}

QString HelperService::Version() {
    authorizeThen(currentCall(QStringLiteral("Version"), {}), QLatin1String(kActionReadHistory),
                  details(QStringLiteral("version"), {}, {}), nullptr, [](const Call&, uint) {
                      return Outcome{
                          {{QStringLiteral("version"), QStringLiteral(ZD_VERSION)},
                           {QStringLiteral("interface"), QLatin1String(kInterfaceName)},
                           {QStringLiteral("contract"), kContractVersion},
                           {QStringLiteral("verbs"), QJsonArray::fromStringList(fixVerbs())},
                           {QStringLiteral("probes"), QJsonArray::fromStringList(probeVerbs())}},
                          {}};
                  });
    return {};
}

}  // namespace zd::helper
