// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service/helper_service.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QJsonArray>
#include <QJsonDocument>

#include "contract.h"
#include "probes/probe_runner.h"
#include "remedies/change_runner.h"
#include "remedies/remedy.h"
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
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                clean += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                clean += c;
            }
        }
        if (argument.size() > 120) {
            clean += QStringLiteral("...(%1 chars)").arg(argument.size());
        }
        shown.append(QLatin1Char('"') + clean + QLatin1Char('"'));
    }
    return shown.join(QLatin1Char(' ')).toStdString();
}

}  // namespace

HelperService::HelperService(QDBusConnection connection, HelperDependencies dependencies,
                             QObject* parent)
    : QObject(parent), m_connection(std::move(connection)), m_deps(dependencies) {
    m_callerWatcher = new QDBusServiceWatcher(this);
    m_callerWatcher->setConnection(m_connection);
    m_callerWatcher->setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(m_callerWatcher, &QDBusServiceWatcher::serviceUnregistered, this,
            [this](const QString& name) {
                m_callers.remove(name);
                m_callerWatcher->removeWatchedService(name);
                if (m_callers.isEmpty()) {
                    maybeQuit();
                }
            });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_deps.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this]() {
        if (m_inFlight == 0) {
            spdlog::info("idle for {} ms, exiting", m_deps.idleTimeout.count());
            Q_EMIT quitRequested();
        } else {
            m_idleTimer.start();
        }
    });
    m_idleTimer.start();
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

void HelperService::watchCaller(const QString& busName) {
    if (busName.isEmpty() || m_callers.contains(busName)) {
        return;
    }
    m_callers.insert(busName);
    m_callerWatcher->addWatchedService(busName);
}

void HelperService::callFinished() {
    --m_inFlight;
    m_idleTimer.start();
    // A caller that vanished while its call was running has been removed
    // already; now that nothing is in flight we may go.
    if (m_callers.isEmpty()) {
        maybeQuit();
    }
}

void HelperService::maybeQuit() {
    if (m_inFlight > 0) {
        return;
    }
    spdlog::info("all callers have left, exiting");
    Q_EMIT quitRequested();
}

QDBusMessage HelperService::errorReply(const QDBusMessage& call, const HelperError& error) const {
    return call.createErrorReply(error.name, error.message);
}

void HelperService::reject(const QString& method, const QStringList& arguments,
                           const HelperError& error) {
    const QDBusMessage call = message();
    spdlog::warn("caller {} {} {}: rejected before authorization: {}", call.service().toStdString(),
                 method.toStdString(), loggable(arguments), error.message.toStdString());
    sendErrorReply(error.name, error.message);
    m_idleTimer.start();
}

void HelperService::authorizeThen(const QString& method, const QString& action,
                                  const QStringList& arguments, Work work) {
    setDelayedReply(true);
    const QDBusMessage call = message();
    const QString caller = call.service();
    watchCaller(caller);
    ++m_inFlight;
    m_deps.authorizer.check(
        caller, action,
        [this, call, caller, method, action, arguments, work](const AuthorizationResult& result) {
            // The caller may already have left; never log such a call as uid 0.
            const QDBusReply<uint> uidReply = m_connection.interface()->serviceUid(caller);
            const uint uid = uidReply.isValid() ? uidReply.value() : static_cast<uint>(-1);
            if (result.outcome != AuthorizationOutcome::Authorized) {
                const char* name = result.outcome == AuthorizationOutcome::Cancelled
                                       ? kErrorCancelled
                                   : result.outcome == AuthorizationOutcome::NotAuthorized
                                       ? kErrorNotAuthorized
                                       : kErrorAuthorizationUnavailable;
                spdlog::warn("uid {} ({}) {} {}: {} -> {}", uid, caller.toStdString(),
                             method.toStdString(), loggable(arguments), action.toStdString(),
                             result.message.toStdString());
                m_connection.send(call.createErrorReply(QLatin1String(name), result.message));
                callFinished();
                return;
            }
            const QDBusMessage reply = work(call, uid);
            if (reply.type() == QDBusMessage::ErrorMessage) {
                spdlog::warn("uid {} ({}) {} {}: failed: {}: {}", uid, caller.toStdString(),
                             method.toStdString(), loggable(arguments),
                             reply.errorName().toStdString(), reply.errorMessage().toStdString());
            } else {
                spdlog::info("uid {} ({}) {} {}: done: {}", uid, caller.toStdString(),
                             method.toStdString(), loggable(arguments),
                             reply.arguments().value(0).toString().left(2000).toStdString());
            }
            m_connection.send(reply);
            callFinished();
        });
}

bool HelperService::validateRemedyArguments(const QString& fix, const QString& target,
                                            const QString& option, HelperError* error) const {
    QString message;
    if (!validatePlainText(fix, QStringLiteral("fix name"), &message)) {
        return setError(error, kErrorInvalidArgument, message);
    }
    if (!isRemedyVerb(fix)) {
        return setError(error, kErrorUnknownVerb,
                        QStringLiteral("'%1' is not a fix this helper knows (known: %2).")
                            .arg(fix, fixVerbs().join(QStringLiteral(", "))));
    }
    if (!option.isEmpty()) {
        return setError(error, kErrorInvalidArgument,
                        QStringLiteral("The fix %1 takes no option, but '%2' was given.")
                            .arg(fix, option.left(64)));
    }
    switch (targetKindForFix(fix)) {
        case TargetKind::None:
            if (!target.isEmpty()) {
                return setError(error, kErrorInvalidArgument,
                                QStringLiteral("The fix %1 takes no target, but '%2' was given.")
                                    .arg(fix, target.left(64)));
            }
            return true;
        case TargetKind::Dataset:
            if (!validateDatasetName(target, &message)) {
                return setError(error, kErrorInvalidArgument, message);
            }
            return true;
        case TargetKind::LoopDevice:
            if (!validateLoopDeviceName(target, &message)) {
                if (isNonLoopBlockDevice(m_deps.root, target)) {
                    message = QStringLiteral(
                                  "%1 is a block device but not a loop device; loop-dio-off "
                                  "only changes loop devices.")
                                  .arg(target);
                }
                return setError(error, kErrorInvalidArgument, message);
            }
            return true;
        case TargetKind::KernelRelease:
            if (!validateKernelRelease(target, &message)) {
                return setError(error, kErrorInvalidArgument, message);
            }
            return true;
    }
    return true;
}

void HelperService::sendProgress(const QString& destination, const QString& changeId,
                                 const QString& step, const QString& text) {
    // Targeted: only the caller that asked for the change hears about it.
    QDBusMessage signal = QDBusMessage::createTargetedSignal(
        destination, QLatin1String(kObjectPath), QLatin1String(kInterfaceName),
        QStringLiteral("Progress"));
    signal << changeId << step << text;
    m_connection.send(signal);
}

QString HelperService::Probe(const QString& probe, const QString& dataset) {
    const QStringList arguments{probe, dataset};
    QString message;
    if (!validatePlainText(probe, QStringLiteral("probe name"), &message)) {
        reject(QStringLiteral("Probe"), arguments, {QLatin1String(kErrorInvalidArgument), message});
        return {};
    }
    if (!isProbeVerb(probe)) {
        reject(QStringLiteral("Probe"), arguments,
               {QLatin1String(kErrorUnknownVerb),
                QStringLiteral("'%1' is not a probe this helper knows (known: %2). Problems 2 and "
                               "5 are never probed: reproducing them hangs or crashes the kernel.")
                    .arg(probe, probeVerbs().join(QStringLiteral(", ")))});
        return {};
    }
    if (!validateDatasetName(dataset, &message)) {
        reject(QStringLiteral("Probe"), arguments, {QLatin1String(kErrorInvalidArgument), message});
        return {};
    }
    authorizeThen(QStringLiteral("Probe"), QLatin1String(kActionProbe), arguments,
                  [this, probe, dataset](const QDBusMessage& call, uint) {
                      ProbeRunner runner(m_deps.tools, m_deps.root, m_deps.probeTimeout);
                      ProbeResult result;
                      HelperError error;
                      if (!runner.run(probe, dataset, &result, &error)) {
                          return errorReply(call, error);
                      }
                      return call.createReply(toJsonText(result.toJson()));
                  });
    return {};
}

QString HelperService::PreviewFix(const QString& fix, const QString& target,
                                  const QString& option) {
    const QStringList arguments{fix, target, option};
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        reject(QStringLiteral("PreviewFix"), arguments, error);
        return {};
    }
    authorizeThen(QStringLiteral("PreviewFix"), actionForFix(fix), arguments,
                  [this, fix, target](const QDBusMessage& call, uint) {
                      auto handler = makeRemedy(fix, {m_deps.tools, m_deps.root, m_deps.systemd});
                      RemedyPlan plan;
                      HelperError planError;
                      if (!handler->plan(target, &plan, &planError)) {
                          return errorReply(call, planError);
                      }
                      const QJsonObject preview{
                          {QStringLiteral("fix"), fix},
                          {QStringLiteral("target"), target},
                          {QStringLiteral("action"), actionForFix(fix)},
                          {QStringLiteral("current"), plan.before},
                          {QStringLiteral("new"), plan.after},
                          {QStringLiteral("commands"), QJsonArray::fromStringList(plan.commands)},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                          {QStringLiteral("noop"), plan.noop},
                          {QStringLiteral("message"), plan.noopMessage}};
                      return call.createReply(toJsonText(preview));
                  });
    return {};
}

QString HelperService::ApplyFix(const QString& fix, const QString& target, const QString& option) {
    const QStringList arguments{fix, target, option};
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        reject(QStringLiteral("ApplyFix"), arguments, error);
        return {};
    }
    authorizeThen(
        QStringLiteral("ApplyFix"), actionForFix(fix), arguments,
        [this, fix, target, option](const QDBusMessage& call, uint uid) {
            auto handler = makeRemedy(fix, {m_deps.tools, m_deps.root, m_deps.systemd});
            RemedyPlan plan;
            HelperError planError;
            if (!handler->plan(target, &plan, &planError)) {
                return errorReply(call, planError);
            }
            if (plan.noop) {
                const QJsonObject noop{{QStringLiteral("verb"), fix},
                                       {QStringLiteral("target"), target},
                                       {QStringLiteral("status"), QStringLiteral("no-op")},
                                       {QStringLiteral("noop"), true},
                                       {QStringLiteral("message"), plan.noopMessage},
                                       {QStringLiteral("before"), plan.before}};
                return call.createReply(toJsonText(noop));
            }
            const QString caller = call.service();
            ChangeRunner runner(
                m_deps.journal,
                [this, caller](const QString& id, const QString& step, const QString& text) {
                    sendProgress(caller, id, step, text);
                });
            ChangeRecord record;
            HelperError applyError;
            if (!runner.apply(*handler, fix, target, option, plan, uid, &record, &applyError)) {
                return errorReply(call, applyError);
            }
            return call.createReply(toJsonText(record.toJson()));
        });
    return {};
}

bool HelperService::undoOne(const QString& caller, const QString& changeId, QJsonObject* out,
                            HelperError* error) {
    QString loadError;
    auto record = m_deps.journal.load(changeId, &loadError);
    if (!record) {
        return setError(error, kErrorUnknownChange, loadError);
    }
    if (record->isUndone()) {
        record->message =
            QStringLiteral("Change %1 was already undone; nothing to do.").arg(changeId);
        *out = record->toJson();
        return true;
    }
    // Undoing an older change under a newer one on the same thing would
    // restore a state the newer change's undo then overwrites: refuse.
    for (const ChangeRecord& other : m_deps.journal.all()) {
        if (other.id != record->id && other.time > record->time && !other.isUndone() &&
            other.target == record->target &&
            actionForFix(other.verb) == actionForFix(record->verb)) {
            return setError(error, kErrorRefused,
                            QStringLiteral("Change %1 was made later on the same target; undo it "
                                           "first (or use undo --all).")
                                .arg(other.id));
        }
    }
    auto handler = makeRemedy(record->verb, {m_deps.tools, m_deps.root, m_deps.systemd});
    if (!handler) {
        return setError(
            error, kErrorFailed,
            QStringLiteral("Change %1 has the unknown verb '%2'.").arg(changeId, record->verb));
    }
    ChangeRunner runner(m_deps.journal, [this, caller](const QString& id, const QString& step,
                                                       const QString& text) {
        sendProgress(caller, id, step, text);
    });
    if (!runner.undo(*handler, &*record, error)) {
        return false;
    }
    *out = record->toJson();
    return true;
}

QString HelperService::Undo(const QString& changeId) {
    QString message;
    if (!validateChangeId(changeId, &message)) {
        reject(QStringLiteral("Undo"), {changeId}, {QLatin1String(kErrorUnknownChange), message});
        return {};
    }
    authorizeThen(QStringLiteral("Undo"), QLatin1String(kActionUndo), {changeId},
                  [this, changeId](const QDBusMessage& call, uint) {
                      QJsonObject record;
                      HelperError error;
                      if (!undoOne(call.service(), changeId, &record, &error)) {
                          return errorReply(call, error);
                      }
                      return call.createReply(toJsonText(record));
                  });
    return {};
}

QString HelperService::UndoAll() {
    authorizeThen(
        QStringLiteral("UndoAll"), QLatin1String(kActionUndo), {},
        [this](const QDBusMessage& call, uint) {
            QJsonArray changes;
            QJsonArray failures;
            // Newest first, so each undo restores the state the
            // next-older change expects.
            for (const ChangeRecord& record : m_deps.journal.all()) {
                if (record.isUndone()) {
                    continue;
                }
                QJsonObject undone;
                HelperError error;
                if (undoOne(call.service(), record.id, &undone, &error)) {
                    changes.append(undone);
                } else {
                    failures.append(QJsonObject{{QStringLiteral("id"), record.id},
                                                {QStringLiteral("error"), error.name},
                                                {QStringLiteral("message"), error.message}});
                }
            }
            return call.createReply(toJsonText(
                {{QStringLiteral("changes"), changes}, {QStringLiteral("failures"), failures}}));
        });
    return {};
}

QString HelperService::History() {
    authorizeThen(QStringLiteral("History"), QLatin1String(kActionReadHistory), {},
                  [this](const QDBusMessage& call, uint) {
                      QStringList problems;
                      QJsonArray changes;
                      for (const ChangeRecord& record : m_deps.journal.all(&problems)) {
                          changes.append(record.toJson());
                      }
                      return call.createReply(toJsonText(
                          {{QStringLiteral("changes"), changes},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
                  });
    return {};
}

QString HelperService::Version() {
    authorizeThen(QStringLiteral("Version"), QLatin1String(kActionReadHistory), {},
                  [](const QDBusMessage& call, uint) {
                      return call.createReply(toJsonText(
                          {{QStringLiteral("version"), QStringLiteral(ZD_VERSION)},
                           {QStringLiteral("interface"), QLatin1String(kInterfaceName)},
                           {QStringLiteral("contract"), kContractVersion},
                           {QStringLiteral("verbs"), QJsonArray::fromStringList(fixVerbs())},
                           {QStringLiteral("probes"), QJsonArray::fromStringList(probeVerbs())}}));
                  });
    return {};
}

}  // namespace zd::helper
