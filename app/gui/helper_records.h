// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The helper's JSON answers as the window uses them (formats: helper/contract.h
// and docs/helper.md). Parsed leniently: a field the window does not know is
// ignored, a missing one stays empty.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd::gui {

// PreviewFix: what would change.
struct FixPreview {
    QString fix;
    QString target;
    QJsonObject current;
    QJsonObject next;  // "new" in the JSON
    QStringList commands;
    QStringList warnings;
    bool noop = false;
    static FixPreview fromJson(const QJsonObject& object);
};

// One journal entry (ApplyFix, Undo, History).
struct ChangeSummary {
    QString id;
    QString time;
    QString verb;
    QString target;
    QString status;  // planned, applying, applied, verified, failed, undoing, undone, undo-failed
    QString message;
    QStringList warnings;
    QStringList commands;  // the steps' command-line equivalents
    bool isUndone() const { return status == QLatin1String("undone"); }
    bool succeeded() const {
        return status == QLatin1String("applied") || status == QLatin1String("verified");
    }
    bool canUndo() const { return succeeded() || status == QLatin1String("undo-failed"); }
    static ChangeSummary fromJson(const QJsonObject& object);
};

// {"changes":[...]} from History and UndoAll.
QList<ChangeSummary> changesFromJson(const QJsonObject& object);

// A readable "key: value" list of a state object (current/new/before/after).
QString describeState(const QJsonObject& state);

// The translated word for a change status.
QString changeStatusText(const QString& status);

}  // namespace zd::gui
