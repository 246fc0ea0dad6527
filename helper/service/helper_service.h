// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The D-Bus object /org/zfsdoctor/Helper (interface org.zfsdoctor.Helper1).
//
// Every method: validate the arguments (pure validators, no tool started) ->
// ask polkit for the verb's action on behalf of the calling bus name (the
// reply is delayed, so the service keeps serving while a password dialog is
// open) -> check the target on the system -> act -> reply with JSON. Every
// privileged action is logged with the caller's uid, the verb, the arguments
// and the outcome. Progress signals go to the caller only.
//
// Lifetime: the service asks to quit (quitRequested) when its callers have
// all disconnected, or after the idle timeout, but never while a call is in flight.

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

#include "remedy/change_journal.h"
#include "service/authorizer.h"
#include "service/helper_error.h"
#include "system/system_root.h"
#include "system/systemd_manager.h"
#include "system/tool_runner.h"

class QDBusServiceWatcher;

namespace zd::helper {

struct HelperDependencies {
    Authorizer& authorizer;
    ToolRunner& tools;
    SystemdManager& systemd;
    const SystemRoot& root;
    ChangeJournal& journal;
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(60);
    std::chrono::milliseconds probeTimeout = std::chrono::seconds(20);
};

class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.zfsdoctor.Helper1")

  public:
    HelperService(QDBusConnection connection, HelperDependencies dependencies,
                  QObject* parent = nullptr);
    // Registers the object (slots only; Progress is sent as targeted signals).
    bool registerObject(QString* error);
    int callsInFlight() const { return m_inFlight; }

  public Q_SLOTS:
    QString Probe(const QString& probe, const QString& dataset);
    QString PreviewFix(const QString& fix, const QString& target, const QString& option);
    QString ApplyFix(const QString& fix, const QString& target, const QString& option);
    QString Undo(const QString& changeId);
    QString UndoAll();
    QString History();
    QString Version();

  Q_SIGNALS:
    void quitRequested();

  private:
    using Work = std::function<QDBusMessage(const QDBusMessage& call, uint callerUid)>;
    // Delays the reply, asks polkit, then runs `work` and sends its reply.
    void authorizeThen(const QString& method, const QString& action, const QStringList& arguments,
                       Work work);
    // Replies with an error right away (validation failures); logs it.
    void reject(const QString& method, const QStringList& arguments, const HelperError& error);
    bool validateRemedyArguments(const QString& fix, const QString& target, const QString& option,
                                 HelperError* error) const;
    QDBusMessage errorReply(const QDBusMessage& call, const HelperError& error) const;
    bool undoOne(const QString& caller, const QString& changeId, QJsonObject* record,
                 HelperError* error);
    void sendProgress(const QString& destination, const QString& changeId, const QString& step,
                      const QString& message);
    void watchCaller(const QString& busName);
    void callFinished();
    void maybeQuit();

    QDBusConnection m_connection;
    HelperDependencies m_deps;
    QDBusServiceWatcher* m_callerWatcher = nullptr;
    QSet<QString> m_callers;
    QTimer m_idleTimer;
    int m_inFlight = 0;
};

}  // namespace zd::helper
