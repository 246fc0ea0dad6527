// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The change journal: one JSON file per change under <state-dir>/journal/
// (/var/lib/zfs-doctor/journal/<id>.json in production).
//
// A change record is rewritten atomically before and after every step, so a
// helper killed at any instant leaves a record that says exactly which steps
// may have run. Undo works from the record alone (its `before` state), never
// from the helper's memory. Format: docs/helper.md.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd::helper {

struct ChangeStep {
    QString name;     // "zfs set", "write drop-in", "daemon reload"...
    QString command;  // the command-line equivalent, for people
    QString status;   // "pending", "running", "done", "failed"
    QString detail;   // tool output or error, when useful
    QString time;     // ISO 8601 UTC of the last status change
    QJsonObject toJson() const;
    static ChangeStep fromJson(const QJsonObject& object);
};

struct ChangeRecord {
    QString id;
    QString time;  // ISO 8601 UTC, creation
    uint callerUid = 0;
    QString verb;
    QString target;
    QString option;
    // planned -> applying -> applied -> verified | failed ; undoing -> undone | undo-failed
    QString status;
    QString message;  // last outcome, one sentence
    QStringList warnings;
    QJsonObject before;  // the state undo restores
    QJsonObject after;   // the state read back after applying
    QList<ChangeStep> steps;
    QList<ChangeStep> undoSteps;

    bool anyStepStarted() const;
    bool isUndone() const { return status == QLatin1String("undone"); }
    QJsonObject toJson() const;
    static std::optional<ChangeRecord> fromJson(const QJsonObject& object, QString* error);
};

class Journal {
  public:
    explicit Journal(QString directory);
    QString directory() const { return m_directory; }

    // Atomically (re)writes the record. Also the crash-test hook: with
    // setKillAfterWrite(n) the process SIGKILLs itself right after its n-th write.
    bool save(const ChangeRecord& record, QString* error);
    std::optional<ChangeRecord> load(const QString& id, QString* error) const;
    // Every record, newest first. Unparseable files are reported in *problems.
    QList<ChangeRecord> all(QStringList* problems = nullptr) const;

    static QString newId();
    static QString now();
    void setKillAfterWrite(int writes) { m_killAfterWrite = writes; }

  private:
    QString m_directory;
    int m_killAfterWrite = 0;
    int m_writes = 0;
};

}  // namespace zd::helper
