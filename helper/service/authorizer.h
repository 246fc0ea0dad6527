// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Authorization of every D-Bus call through polkit.
//
// This implements KAuth's contract by hand with QtDBus: KF6 KAuth needs
// Qt >= 6.5 and Debian 12 ships Qt 6.4. Like KAuth's polkit backend we call
// org.freedesktop.PolicyKit1.Authority.CheckAuthorization with the caller's
// *system bus name* as the subject (never a PID, which could be recycled), the
// verb's action id, details naming the change (verb, target, operation: the
// policy messages show them as $(target), and polkit rules can filter on
// them), AllowUserInteraction, on the same bus the call came in on. We do not cache decisions
// ourselves: polkit's auth_admin_keep already remembers a successful authentication for a few
// minutes per subject, with the right scoping and expiry, and a second cache here could only get
// that wrong.

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
