// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An asynchronous client for zfs-doctor-helper (helper/contract.h).
//
// Every call returns at once; the answer arrives later through a callback.
// That matters because the helper asks polkit before a probe or a fix, and
// polkit's password dialog can stay open for minutes: the window must keep
// painting and stay usable meanwhile. The connection is injectable so tests
// point it at a fake helper on a private bus.

#include <QDBusConnection>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <functional>

namespace zd::gui {

struct HelperReply {
    bool ok = false;
    QJsonObject result;    // the method's JSON answer when ok
    QString errorName;     // D-Bus error name otherwise
    QString errorMessage;  // the helper's sentence for people

    bool notAuthorized() const;
    bool cancelled() const;
    bool refused() const;
    // The message to show: the helper's text, or a description of a
    // transport failure (helper not installed, bus unreachable, bad reply).
    QString displayMessage() const;
};

class HelperClient : public QObject {
    Q_OBJECT
  public:
    using Callback = std::function<void(const HelperReply&)>;

    // Uses the system bus unless told otherwise.
    explicit HelperClient(QObject* parent = nullptr);
    HelperClient(const QDBusConnection& connection, QObject* parent);

    void probe(const QString& probe, const QString& dataset, Callback callback);
    void previewFix(const QString& fix, const QString& target, Callback callback);
    void applyFix(const QString& fix, const QString& target, Callback callback);
    void undo(const QString& changeId, Callback callback);
    void undoAll(Callback callback);
    void history(Callback callback);
    void version(Callback callback);

    // Calls whose answer has not arrived yet.
    int pendingCalls() const { return m_pending; }

    // How long a call may wait, including the polkit dialog.
    static constexpr int kCallTimeoutMs = 10 * 60 * 1000;

  Q_SIGNALS:
    void progress(const QString& changeId, const QString& step, const QString& message);
    void busyChanged(bool busy);

  private Q_SLOTS:
    void onProgress(const QString& changeId, const QString& step, const QString& message);

  private:
    void call(const QString& method, const QVariantList& arguments, Callback callback);

    QDBusConnection m_connection;
    int m_pending = 0;
};

}  // namespace zd::gui
