// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service/helper_service.h"

#include <spdlog/spdlog.h>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusServiceWatcher>
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
      m_operations({m_deps.tools, m_deps.root, m_deps.systemd}, m_deps.journal),
      m_changeThread(std::make_unique<WorkerThread>(QStringLiteral("changes"))),
      m_probeThread(std::make_unique<WorkerThread>(QStringLiteral("probes"))) {
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

HelperService::~HelperService() = default;

bool HelperService::registerObject(QString* error) {
    if (!m_connection.registerObject(QLatin1String(kObjectPath), this,
                                     QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register %1: %2")
                     .arg(QLatin1String(kObjectPath), m_connection.lastError().message());
        return false;
    }
    return true;
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
    if (m_inFlight == 0) {
        spdlog::info("all callers have left, exiting");
        Q_EMIT quitRequested();
    }
}

HelperService::Call HelperService::currentCall(const QString& method,
                                               const QStringList& arguments) {
    setDelayedReply(true);  // every reply is sent explicitly
    return {message(), method, arguments};
}

void HelperService::reject(const Call& call, const HelperError& error) {
    spdlog::warn("caller {} {} {}: rejected before authorization: {}",
                 call.message.service().toStdString(), call.method.toStdString(),
                 loggable(call.arguments), error.message.toStdString());
    m_connection.send(call.message.createErrorReply(error.name, error.message));
    m_idleTimer.start();
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
    QMetaObject::invokeMethod(this, &HelperService::callFinished, Qt::QueuedConnection);
}

void HelperService::finishWith(const Call& call, const Outcome& outcome) {
    finish(call, outcome.ok()
                     ? call.message.createReply(toJsonText(outcome.result))
                     : call.message.createErrorReply(outcome.error.name, outcome.error.message));
}

void HelperService::authorizeThen(const Call& call, const QString& action,
                                  const PolkitDetails& polkitDetails, Work work) {
    const QString caller = call.message.service();
    if (m_pending.value(caller) >= kMaxPendingPerCaller || m_pendingTotal >= kMaxPending) {
        reject(call, {QLatin1String(kErrorBusy),
                      QStringLiteral("Too many calls are waiting for authorization; try again "
                                     "when they are answered. Nothing was changed.")});
        return;
    }
    if (!m_callers.contains(caller)) {
        m_callers.insert(caller);
        m_callerWatcher->addWatchedService(caller);
    }
    ++m_inFlight;
    ++m_pending[caller];
    ++m_pendingTotal;
    m_deps.authorizer.check(
        caller, action, polkitDetails,
        [this, call, caller, action, work](const AuthorizationResult& result) {
            --m_pendingTotal;
            if (--m_pending[caller] == 0) {
                m_pending.remove(caller);
            }
            if (result.outcome != AuthorizationOutcome::Authorized) {
                const char* name = result.outcome == AuthorizationOutcome::Cancelled
                                       ? kErrorCancelled
                                   : result.outcome == AuthorizationOutcome::NotAuthorized
                                       ? kErrorNotAuthorized
                                       : kErrorAuthorizationUnavailable;
                finish(call, call.message.createErrorReply(QLatin1String(name), result.message));
                return;
            }
            // A caller that left while polkit was deciding gets nothing done:
            // its uid can no longer be told, and nobody would see the result.
            const QDBusReply<uint> uid = m_connection.interface()->serviceUid(caller);
            if (!uid.isValid()) {
                spdlog::warn("caller {} {} {}: left during authorization of {}; nothing done",
                             caller.toStdString(), call.method.toStdString(),
                             loggable(call.arguments), action.toStdString());
                callFinished();
                return;
            }
            spdlog::info("uid {} ({}) {} {}: authorized for {}", uid.value(), caller.toStdString(),
                         call.method.toStdString(), loggable(call.arguments), action.toStdString());
            work(call, uid.value());
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
        reject(call, {QLatin1String(kErrorInvalidArgument), message});
    } else if (!isProbeVerb(probe)) {
        reject(call,
               {QLatin1String(kErrorUnknownVerb),
                QStringLiteral("'%1' is not a probe this helper knows (known: %2). Problems 2 "
                               "and 5 are never probed: reproducing them hangs or crashes "
                               "the kernel.")
                    .arg(probe, probeVerbs().join(QStringLiteral(", ")))});
    } else if (!validateDatasetName(dataset, &message)) {
        reject(call, {QLatin1String(kErrorInvalidArgument), message});
    } else {
        authorizeThen(
            call, QLatin1String(kActionProbe), details(QStringLiteral("probe"), probe, dataset),
            [this](const Call& c, uint) {
                m_probeThread->post([this, c]() {
                    ProbeRunner runner(m_deps.tools, m_deps.root, m_deps.probeTimeout);
                    ProbeResult result;
                    HelperError error;
                    finishWith(c, runner.run(c.arguments.at(0), c.arguments.at(1), &result, &error)
                                      ? Outcome{result.toJson(), {}}
                                      : Outcome{{}, error});
                });
            });
    }
    return {};
}

QString HelperService::PreviewFix(const QString& fix, const QString& target,
                                  const QString& option) {
    const Call call = currentCall(QStringLiteral("PreviewFix"), {fix, target, option});
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        reject(call, error);
        return {};
    }
    // Its own read-only action: a kept authorization never covers a change.
    authorizeThen(call, QLatin1String(kActionPreview),
                  details(QStringLiteral("preview"), fix, target),
                  [this, fix, target](const Call& c, uint) {
                      m_changeThread->post([this, c, fix, target]() {
                          finishWith(c, m_operations.preview(fix, target));
                      });
                  });
    return {};
}

QString HelperService::ApplyFix(const QString& fix, const QString& target, const QString& option) {
    const Call call = currentCall(QStringLiteral("ApplyFix"), {fix, target, option});
    HelperError error;
    if (!validateRemedyArguments(fix, target, option, &error)) {
        reject(call, error);
        return {};
    }
    authorizeThen(call, actionForFix(fix), details(QStringLiteral("apply"), fix, target),
                  [this, fix, target](const Call& c, uint uid) {
                      m_changeThread->post([this, c, fix, target, uid]() {
                          finishWith(c, m_operations.apply(fix, target, uid,
                                                           progressTo(c.message.service())));
                      });
                  });
    return {};
}

QString HelperService::Undo(const QString& changeId) {
    const Call call = currentCall(QStringLiteral("Undo"), {changeId});
    // The record decides the action: undoing a change needs the
    // authorization that making it needed.
    QString message;
    const std::optional<ChangeRecord> record = m_deps.journal.load(changeId, &message);
    if (!record) {
        reject(call, {QLatin1String(kErrorUnknownChange), message});
        return {};
    }
    PolkitDetails polkitDetails = details(QStringLiteral("undo"), record->verb, record->target);
    polkitDetails.insert(QStringLiteral("change"), changeId);
    authorizeThen(
        call, actionForFix(record->verb), polkitDetails, [this, changeId](const Call& c, uint) {
            m_changeThread->post([this, c, changeId]() {
                finishWith(c, m_operations.undo(changeId, progressTo(c.message.service())));
            });
        });
    return {};
}

QString HelperService::UndoAll() {
    const Call call = currentCall(QStringLiteral("UndoAll"), {});
    authorizeThen(call, QLatin1String(kActionUndoAll), details(QStringLiteral("undo-all"), {}, {}),
                  [this](const Call& c, uint) {
                      m_changeThread->post([this, c]() {
                          finishWith(c, m_operations.undoAll(progressTo(c.message.service())));
                      });
                  });
    return {};
}

QString HelperService::History() {
    const Call call = currentCall(QStringLiteral("History"), {});
    authorizeThen(call, QLatin1String(kActionReadHistory),
                  details(QStringLiteral("history"), {}, {}), [this](const Call& c, uint) {
                      finishWith(c, {m_operations.history(), {}});
                  });
    return {};
}

QString HelperService::Version() {
    const Call call = currentCall(QStringLiteral("Version"), {});
    authorizeThen(
        call, QLatin1String(kActionReadHistory), details(QStringLiteral("version"), {}, {}),
        [this](const Call& c, uint) {
            finishWith(c, {{{QStringLiteral("version"), QStringLiteral(ZD_VERSION)},
                            {QStringLiteral("interface"), QLatin1String(kInterfaceName)},
                            {QStringLiteral("contract"), kContractVersion},
                            {QStringLiteral("verbs"), QJsonArray::fromStringList(fixVerbs())},
                            {QStringLiteral("probes"), QJsonArray::fromStringList(probeVerbs())}},
                           {}});
        });
    return {};
}

}  // namespace zd::helper
