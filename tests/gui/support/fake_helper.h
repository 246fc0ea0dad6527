// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A stand-in for zfs-doctor-helper on a private bus: it speaks the D-Bus
// contract of helper/contract.h (same names, arguments, JSON answers and
// error names) and lets a test decide each answer: a probe refused or
// confirmed, a fix denied by polkit (NotAuthorized) or applied. A simulated
// machine is told about applied and undone fixes through callbacks.

#include <QDBusConnection>
#include <QDBusContext>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace zd::gui::test {

class FakeHelper : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.zfsdoctor.Helper1")
  public:
    // What Probe answers next: a ProbeResult JSON, or an error when errorName is set.
    QJsonObject probeResult;
    QString probeErrorName;
    QString probeErrorMessage;
    // ApplyFix answers NotAuthorized while true (as when polkit denies).
    bool denyApply = false;
    // State shown by PreviewFix for a fix (current/new) and its commands.
    std::function<QJsonObject(const QString& fix, const QString& target)> preview;
    std::function<void(const QString& fix, const QString& target)> onApplied;
    std::function<void(const QString& fix, const QString& target)> onUndone;
    // Methods ("History", "ApplyFix"...) whose calls are never answered, as
    // a helper stuck in a tool or a dead polkit would leave them.
    QStringList unanswered;

    QStringList calls;           // "Method(arg,arg)" in order
    QList<QJsonObject> journal;  // change records, oldest first

    // Registers the object and the service name on a new connection to `address`.
    bool registerOn(const QString& address, QString* error);
    ~FakeHelper() override;

  public Q_SLOTS:
    QString Probe(const QString& probe, const QString& dataset);
    QString PreviewFix(const QString& fix, const QString& target, const QString& option);
    QString ApplyFix(const QString& fix, const QString& target, const QString& option);
    QString Undo(const QString& changeId);
    QString UndoAll();
    QString History();
    QString Version();

  private:
    // Records the call; true when it must stay unanswered.
    bool record(const QString& method, const QStringList& arguments);
    QString historyJson() const;
    QString m_connectionName;
};

}  // namespace zd::gui::test
