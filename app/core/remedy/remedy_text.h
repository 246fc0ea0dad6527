// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The sentences zfs-doctor-helper says about a remedy when it does not fail
// with a D-Bus error: a preview's message and warnings, a change record's
// message (the outcome of ApplyFix and Undo) and warnings. The helper runs as
// root without the user's locale, so (like fwupd and udisks) it sends each
// sentence as a stable code and its arguments besides its English text; the
// client shows the sentence in the user's language.
//
// THE list of codes is kRemedyTexts in remedy_text.cpp, one row per
// RemedyTextCode: the code string sent over D-Bus and kept in the journal,
// and the English sentence, which is both what the helper writes into the
// record's `message`/`warnings` and the source text of the translation
// (context "zd::RemedyText"). Arguments (%1, %2…) are technical tokens —
// dataset names, values, paths, kernel releases, tool output — and are never
// translated.
//
// A client trusts the codes only when their English sentences, joined with
// spaces, are exactly the English text the helper sent next to them; anything
// else (an old journal record without codes, a newer helper's code, a record
// edited by hand) shows the helper's English text as it is.
//
// The names of a change's steps (what `fix` and `undo` report while they
// run, and the step in "Step '%1' failed") come from the second table here,
// kRemedySteps, one row per RemedyStepCode. The helper sends and records the
// English name only (unchanged for older clients); a client maps that name
// back through the same table to its translation (context "zd::RemedyStep"),
// and shows a name it does not know (an older or newer helper) as it is.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd {

enum class RemedyTextCode {
    // The change runner, for every remedy.
    StepFailed,
    UndoNothingStarted,
    UndoAlreadyUndone,
    FileNotAsBefore,
    // dataset-direct-standard, dataset-direct-disabled.
    DirectAlreadySet,
    DirectTrueNasMiddleware,
    DirectUnreadable,
    DirectNotSet,
    DirectSet,
    DirectNotRestored,
    DirectRestored,
    DirectAlwaysRearmsProblem5,
    // loop-dio-off.
    LoopDioUntilDetached,
    LoopDioAlreadyOff,
    LoopDioUnreadable,
    LoopDioStillOn,
    LoopDioOff,
    LoopDioNotRestored,
    LoopDioRestored,
    // The module-parameter remedies: zfs-dio-disable, dmu-offset-next-sync-off.
    ModprobeInitramfs,
    ModuleParameterAlreadySet,
    ModuleParameterNotSet,
    ModuleParameterNoOptionLine,
    ModuleParameterSet,
    ModuleParameterNotRestored,
    ModuleParameterRestored,
    // zfs-dio-disable.
    ZfsDioAllDatasets,
    // dmu-offset-next-sync-off.
    DmuOffsetHolesLater,
    // sysext-dropin.
    DropinNewLoopDevicesOnly,
    DropinReplacesFile,
    DropinAlreadyPresent,
    DropinNotEffective,
    DropinInPlace,
    DropinRestored,
    DropinRemoved,
    // kernel-pin.
    KernelPinPackageKit,
    KernelPinInstallonlyLimit,
    KernelPinInstallonlyDefault,
    KernelPinAlreadyLocked,
    KernelPinNoGrubEntry,
    KernelPinAlreadyHeld,
    KernelPinWrongDefault,
    KernelPinNoLock,
    KernelPinNoLockUnreadable,
    KernelPinLocked,
    KernelPinNotHeld,
    KernelPinHeld,
    KernelPinLockNotRestored,
    KernelPinFedoraRestored,
    KernelPinStillHeld,
    KernelPinHoldLost,
    KernelPinDebianRestored,
};

enum class RemedyStepCode {
    // sysext-dropin.
    WriteDropin,
    DaemonReload,
    RestartSysext,
    RestoreDropin,
    RemoveDropin,
    // The module-parameter remedies: zfs-dio-disable, dmu-offset-next-sync-off.
    SetZfsDio,
    WriteModprobe,
    RestoreZfsDio,
    SetDmuOffsetNextSync,
    RestoreDmuOffsetNextSync,
    RestoreModprobe,
    RemoveModprobe,
    // loop-dio-off.
    LoopDirectIoOff,
    LoopDirectIoOn,
    // dataset-direct-standard, dataset-direct-disabled.
    ZfsSet,
    ZfsInherit,
    // kernel-pin.
    VersionlockAdd,
    BootDefault,
    UpdateDefaultNo,
    RemoveVersionlock,
    RestoreUpdateDefault,
    AptMarkHold,
    AptMarkUnhold,
    SetGrubDefault,
    RestoreGrubDefault,
    UpdateGrub,
};

// One sentence: its code and arguments. An empty code is "no sentence".
struct RemedyText {
    QString code;
    QStringList arguments;

    static RemedyText make(RemedyTextCode code, const QStringList& arguments = {});
    bool isEmpty() const { return code.isEmpty(); }
    // The English sentence with its arguments; empty for a code this build
    // does not know or a wrong number of arguments.
    QString english() const;
    // The same in the user's language (the installed Qt translators).
    QString translated() const;
    QJsonObject toJson() const;
    bool operator==(const RemedyText&) const = default;
};

// Every code, in enum order (tests check each has its sentence).
QList<RemedyTextCode> allRemedyTextCodes();
QString remedyTextCodeName(RemedyTextCode code);

// The English sentences joined with spaces: what the helper writes as the text.
QString englishText(const QList<RemedyText>& texts);

// JSON: [{"code": "...", "arguments": ["...", ...]}, ...].
QJsonArray remedyTextsToJson(const QList<RemedyText>& texts);
// Lenient, for display: anything malformed is left out.
QList<RemedyText> remedyTextsFromJson(const QJsonValue& value);
// Strict, for the journal reader: absent is an empty list; a non-list, more
// than 64 entries, a code that is not [a-z0-9-]{1,64}, or an argument that is
// not a string of at most 64 KiB is refused with *error. Unknown codes are
// kept (a newer helper wrote them); they are simply not shown.
bool readRemedyTexts(const QJsonValue& value, QList<RemedyText>* texts, QString* error);

// What a client shows for the helper's English `text` sent with `texts`: the
// sentences in the user's language when they reproduce `text` exactly, else
// `text` as it came.
QString displayRemedyText(const QString& text, const QList<RemedyText>& texts);
// Each warning in the user's language where one of `texts` reproduces it.
QStringList displayRemedyWarnings(const QStringList& warnings, const QList<RemedyText>& texts);

// Every step code, in enum order (tests check each has its name).
QList<RemedyStepCode> allRemedyStepCodes();
QString remedyStepCodeName(RemedyStepCode code);
// The English step name: what the helper sends in Progress and records.
QString remedyStepName(RemedyStepCode code);
// The translation of the English step name `name` in the user's language;
// a name not in the table is returned as it is.
QString displayRemedyStepName(const QString& name);

}  // namespace zd
