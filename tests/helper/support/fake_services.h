// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Fakes of the two system services the helper talks to, served on the
// private bus from their own thread (the helper makes blocking calls to
// systemd; an in-process fake on the same thread would deadlock):
//  - org.freedesktop.PolicyKit1 Authority.CheckAuthorization, answering as
//    told (allow / deny / dismissed / Cancelled error / challenge) and
//    recording subject, action id and flags;
//  - org.freedesktop.systemd1 Manager Reload/GetUnit/RestartUnit and the unit's
//    ActiveState property, recording every call.
// Either fake can be left out to simulate an unreachable service.

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QMutex>
#include <QStringList>
#include <QThread>

namespace zd::helper::test {

enum class PolkitAnswer { Allow, Deny, Dismissed, CancelledError, Challenge };

struct PolkitCall {
    QString subjectKind;
    QString subjectName;
    QString actionId;
    uint flags = 0;
    QString cancellationId;
    QString signature;
    QMap<QString, QString> details;
};

class FakePolkit : public QDBusVirtualObject {
  public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override;
    void setAnswer(PolkitAnswer answer);
    // Held: questions are recorded but not answered until release(), like a
    // password dialog nobody has answered yet.
    void setHeld(bool held);
    void release();
    QList<PolkitCall> calls() const;

  private:
    void answer(const QDBusMessage& message, const QDBusConnection& connection,
                PolkitAnswer answer);
    mutable QMutex m_mutex;
    PolkitAnswer m_answer = PolkitAnswer::Allow;
    bool m_held = false;
    QList<QPair<QDBusMessage, QDBusConnection>> m_waiting;
    QList<PolkitCall> m_calls;
};

class FakeSystemd : public QDBusVirtualObject {
  public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override;
    void setSysextActiveState(const QString& state);
    QStringList calls()
        const;  // "Reload", "GetUnit systemd-sysext.service", "RestartUnit ... replace"

  private:
    mutable QMutex m_mutex;
    QString m_activeState = QStringLiteral("active");
    QStringList m_calls;
};

// Owns the thread and the connection the fakes are served on.
class FakeServices {
  public:
    FakeServices(const QString& busAddress, bool withPolkit, bool withSystemd);
    ~FakeServices();
    FakePolkit* polkit() { return m_polkit; }
    FakeSystemd* systemd() { return m_systemd; }
    bool ok() const { return m_ok; }

  private:
    QThread m_thread;
    QString m_connectionName;
    FakePolkit* m_polkit = nullptr;
    FakeSystemd* m_systemd = nullptr;
    bool m_ok = false;
};

}  // namespace zd::helper::test
