// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The one client of zfs-doctor-helper (the D-Bus contract of
// helper/contract.h). Every caller — the CLI's probe/fix/undo/history, the
// window's wizard, review dialog and History page — goes through this seam,
// as every caller of smartctl goes through plasma-disks' SMARTCtl class:
// one place that makes the call, bounds it in time and turns a failure into a
// HelperReply whose displayMessage() is a sentence.
//
// Calls are asynchronous: the helper asks polkit first, and its password
// dialog can stay open for minutes, during which a window must keep painting.
// The answer arrives through the callback, always later, never from inside
// the call. BlockingHelperClient (blocking_helper_client.h) waits for it for
// the command line.
//
// Every call ends: with the helper's answer, with its error, at once with
// kClientErrorNoBus when there is no system bus, or with kClientErrorTimeout
// when the time allowed for it (Timeouts) has passed. The connection is
// injectable so tests point it at a fake or the real helper on a private bus.

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <chrono>
#include <functional>

#include "helper_client/helper_reply.h"

namespace zd {

// Which remedy to preview or apply, and where (the helper's verb, target and
// option arguments).
struct RemedyRequest {
    QString remedy;  // a knowledge-base remedy id = the helper's fix verb
    QString target;  // dataset, loop device or kernel release; empty for none
    QString option;  // reserved by the contract; empty today
};

class HelperClient : public QObject {
    Q_OBJECT
  public:
    using Callback = std::function<void(const HelperReply&)>;

    // How long a call may take before it ends with kClientErrorTimeout: the
    // time polkit's dialog may stay open, plus the method's own work.
    struct Timeouts {
        // The helper itself waits this long for polkit (helper/authorizer.h).
        std::chrono::milliseconds authorization = std::chrono::minutes(5);
        std::chrono::milliseconds read = std::chrono::seconds(30);  // History
        // The helper's probe limit is 20 s; it also re-reads the mount table
        // and versions first.
        std::chrono::milliseconds probe = std::chrono::seconds(60);
        std::chrono::milliseconds preview = std::chrono::seconds(60);
        // ApplyFix, Undo, UndoAll: a kernel pin runs dnf or update-grub.
        std::chrono::milliseconds change = std::chrono::minutes(10);
    };

    // The system bus (which honours DBUS_SYSTEM_BUS_ADDRESS).
    explicit HelperClient(QObject* parent = nullptr);
    HelperClient(const QDBusConnection& connection, QObject* parent);

    void probe(const QString& probe, const QString& dataset, Callback callback);
    void previewRemedy(const RemedyRequest& request, Callback callback);
    void applyRemedy(const RemedyRequest& request, Callback callback);
    void undo(const QString& changeId, Callback callback);
    void undoAll(Callback callback);
    void history(Callback callback);

    void setTimeouts(const Timeouts& timeouts) { m_timeouts = timeouts; }

  Q_SIGNALS:
    // The helper's Progress signal, which it sends to this connection only.
    void progress(const QString& changeId, const QString& step, const QString& message);

  private Q_SLOTS:
    void onProgress(const QString& changeId, const QString& step, const QString& message);

  private:
    void call(const QString& method, const QVariantList& arguments, std::chrono::milliseconds work,
              Callback callback);

    QDBusConnection m_connection;
    Timeouts m_timeouts;
};

}  // namespace zd
