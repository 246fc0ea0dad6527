// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One change made by a remedy, as the change journal stores it: the helper's
// journal of this machine (/var/lib/zfs-doctor/journal) and the desktop-side
// journal of changes made on remote machines over SSH use the same record,
// the same JSON and the same validating reader; the helper's answers
// (ApplyFix, Undo, History, UndoAll) carry the same record, which the helper
// client reads into this type too. Format: docs/helper.md.
//
// fromJson() is the only way a record comes back from disk, and it trusts
// nothing: id, verb, target and option are checked with the validators of
// the D-Bus arguments, `before` with its verb's schema (recorded_state.h),
// statuses against their known values, and a record's origin (this machine
// or a named remote host) must be the one the reader expects.
// fromHelperAnswer() reads a record the helper sent, for display only.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "remedy/remedy_text.h"

namespace zd {

struct ChangeStep {
    QString name;     // "zfs set", "write drop-in", "daemon reload"...
    QString command;  // the command-line equivalent, for people
    QString status;   // "pending", "running", "done", "failed"
    QString detail;   // tool output or error, when useful
    QString time;     // ISO 8601 UTC of the last status change
    QJsonObject toJson() const;
};

struct ChangeRecord {
    QString id;             // "20261121T204500Z-1a2b3c4d", also the journal file's name
    QString time;           // ISO 8601 UTC, creation
    qint64 callerUid = -1;  // -1: not known (an answer without it)
    QString host;           // empty: this machine; else the remote, "admin@nas:2222"
    QString verb;
    QString target;
    QString option;
    // planned -> applying -> applied -> verified | failed ; undoing -> undone | undo-failed
    // ApplyFix answers "no-op" (and nothing else) when nothing needed changing.
    QString status;
    QString message;  // last outcome, in English (the helper runs without a locale)
    QStringList warnings;
    // The same sentences as codes and arguments (remedy/remedy_text.h), so a
    // client can show them in the user's language; empty in records written
    // before the codes existed. Kept beside message/warnings, never instead.
    QList<RemedyText> messageTexts;
    QList<RemedyText> warningTexts;
    QJsonObject before;  // the state undo restores
    QJsonObject after;   // the state read back after applying (shown, never acted on)
    QList<ChangeStep> steps;
    QList<ChangeStep> undoSteps;

    // Sets message (the English sentences joined) and messageTexts together.
    void setMessage(const QList<RemedyText>& texts);
    // Adds a warning (English and code) unless the record has it already.
    void addWarning(const RemedyText& warning);
    // message and warnings as shown to people: in the user's language where
    // the codes reproduce the recorded English, else as recorded.
    QString displayMessage() const;
    QStringList displayWarnings() const;

    bool anyStepStarted() const;
    bool isUndone() const { return status == QLatin1String("undone"); }
    // The call ended as asked: verified, undone, or nothing to do.
    bool succeeded() const;
    // The change is in effect on the system.
    bool isInEffect() const;
    bool canUndo() const;
    // The steps' command-line equivalents, in order.
    QStringList commands() const;
    QJsonObject toJson() const;

    enum class Origin { ThisMachine, RemoteHost };
    // The validating reader (see above). nullopt with *error naming the first
    // field that failed.
    static std::optional<ChangeRecord> fromJson(const QJsonObject& object, Origin origin,
                                                QString* error);
    // A record as the helper sent it over D-Bus, read leniently for display
    // (the CLI, the window): a field it does not know is ignored, a missing
    // one stays empty. Nothing is ever done from it: the helper acts only on
    // records it reads back from its own journal with fromJson().
    static ChangeRecord fromHelperAnswer(const QJsonObject& object);
};

// The words people read for a change's status ("verified" is "applied and
// read back") and for a step's, in the user's language; an unknown status as
// it is. The journal and JSON keep the status itself.
QString changeStatusText(const QString& status);
QString changeStepStatusText(const QString& status);

}  // namespace zd
