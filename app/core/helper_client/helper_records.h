// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The helper's JSON answers as typed records (formats: helper/contract.h and
// docs/helper.md), read the same way by the CLI and the window. Parsed
// leniently: a field a record does not know is ignored (the helper may add
// fields), a missing one stays empty. Callers that print the raw answer
// (`--json`) keep HelperReply::result as it came.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

#include "remedy/change_record.h"

namespace zd {

// PreviewFix: what applying a remedy would change; nothing has changed yet.
struct RemedyPreview {
    QString remedy;  // "fix" in the JSON: the remedy id (= the helper's verb)
    QString target;
    QString action;  // the polkit action that guards it
    QJsonObject current;
    QJsonObject next;  // "new" in the JSON
    QStringList commands;
    QStringList warnings;
    bool noop = false;  // already in the state the remedy produces
    QString message;
    // message and warnings as codes (remedy/remedy_text.h); empty from an
    // older helper.
    QList<RemedyText> messageTexts;
    QList<RemedyText> warningTexts;
    static RemedyPreview fromJson(const QJsonObject& object);
    // In the user's language where the codes allow, else the helper's English.
    QString displayMessage() const;
    QStringList displayWarnings() const;
};

// ChangeRecord and ChangeStep, the answer of ApplyFix and Undo and each
// element of History and UndoAll, are the journal's own record type
// (remedy/change_record.h), read with ChangeRecord::fromHelperAnswer().

// An entry UndoAll could not undo.
struct ChangeFailure {
    QString id;
    QString error;  // the D-Bus error name it would have had
    QString message;
    // In the user's language: the sentence for the error name, then the
    // helper's own (HelperReply::displayMessage()).
    QString displayMessage() const;
};

// History and UndoAll: the changes newest first, plus what went wrong.
struct ChangeHistory {
    QList<ChangeRecord> changes;
    QList<ChangeFailure> failures;  // UndoAll only
    QStringList problems;           // History only: journal entries that could not be read
    static ChangeHistory fromJson(const QJsonObject& object);
};

// A state object (PreviewFix's current/new, a record's before/after) as
// (key, value text) pairs in key order; booleans read "yes"/"no", null is empty.
QList<std::pair<QString, QString>> stateEntries(const QJsonObject& state);

}  // namespace zd
