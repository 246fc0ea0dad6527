// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The D-Bus object /org/zfsdoctor/Helper (interface org.zfsdoctor.Helper1).
// Every method: validate the arguments (remedy/validators.h; no tool runs,
// polkit is not asked) -> polkit for the action, with details, for the
// calling bus name (the reply is delayed, so others are served meanwhile) ->
// is the caller still there? -> the work, off this thread for changes and
// probes -> the JSON reply. Each step is logged with the caller's uid.

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <chrono>
#include <functional>
#include <memory>

#include "remedies/remedy_operations.h"
#include "service/authorizer.h"
#include "system/lifetime.h"
#include "system/worker_thread.h"

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
    int callsInFlight() const { return m_lifetime.callsInFlight(); }

    // Calls waiting for polkit, per caller and in all: a caller cannot queue
    // password dialogs (or polkit requests) without end.
    static constexpr int kMaxPendingPerCaller = 4;
    static constexpr int kMaxPending = 32;

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
    struct Call {
        QDBusMessage message;
        QString method;
        QStringList arguments;
    };
    // The work of an authorized call; runs on `thread` (nullptr: right away).
    using Work = std::function<Outcome(const Call& call, uint callerUid)>;
    Call currentCall(const QString& method, const QStringList& arguments);
    void authorizeThen(const Call& call, const QString& action, const PolkitDetails& details,
                       WorkerThread* thread, Work work);
    // Replies with the error at once (invalid arguments; polkit is not asked).
    QString reject(const Call& call, const HelperError& error);
    // Sends the reply and logs it; callable from any thread.
    void finish(const Call& call, const QDBusMessage& reply);
    void finishWith(const Call& call, const Outcome& outcome);
    bool validateRemedyArguments(const QString& fix, const QString& target, const QString& option,
                                 HelperError* error) const;
    ChangeRunner::Progress progressTo(const QString& caller);

    QDBusConnection m_connection;
    HelperDependencies m_deps;
    Lifetime m_lifetime;
    RemedyOperations m_operations;
    QHash<QString, int> m_pending;  // per caller, waiting for polkit
    int m_pendingTotal = 0;
    // Last: they finish their job before anything they use goes away.
    std::unique_ptr<WorkerThread> m_changeThread;
    std::unique_ptr<WorkerThread> m_probeThread;
};

}  // namespace zd::helper
