// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Every D-Bus call is authorized through polkit: KAuth's contract by hand
// (KF6 KAuth needs Qt >= 6.5; Debian 12 ships 6.4). Subject: the caller's
// system bus name (never a PID, which could be recycled); the action id;
// details naming the change ($(target) in the prompt, and for polkit rules);
// AllowUserInteraction. Nothing is cached here: polkit's auth_admin_keep
// remembers an authentication per subject and action, scoped and expiring.

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <functional>

#include "service/polkit_types.h"

namespace zd::helper {

enum class AuthorizationOutcome {
    Authorized,
    NotAuthorized,  // polkit said no (or a challenge with no agent to answer it)
    Cancelled,      // the user dismissed the password dialog
    Unavailable,    // polkit could not be asked
};

struct AuthorizationResult {
    AuthorizationOutcome outcome = AuthorizationOutcome::Unavailable;
    QString message;  // a sentence for people when not authorized
};

class Authorizer {
  public:
    virtual ~Authorizer() = default;
    using Callback = std::function<void(const AuthorizationResult&)>;
    // Asynchronous: `done` runs later on the event loop, never re-entrantly.
    virtual void check(const QString& callerBusName, const QString& actionId,
                       const PolkitDetails& details, Callback done) = 0;
};

class PolkitAuthorizer final : public QObject, public Authorizer {
    Q_OBJECT
  public:
    explicit PolkitAuthorizer(QDBusConnection connection, QObject* parent = nullptr);
    void check(const QString& callerBusName, const QString& actionId, const PolkitDetails& details,
               Callback done) override;
    // How long polkit may take, password dialog included.
    static constexpr int kTimeoutMs = 5 * 60 * 1000;

  private:
    QDBusConnection m_connection;
};

}  // namespace zd::helper
