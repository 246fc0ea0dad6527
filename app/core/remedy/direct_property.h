// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The one rule for changing a dataset's `direct` property and undoing the
// change, used by the helper's dataset remedy (helper/remedies/dataset_direct)
// and by remote fixes (remote/remote_fix). Pure functions, no I/O.
//
// A change records the value AND its source (`zfs get -Hp -o value,source
// direct DS`); undo restores both, by source (zfsprops(7), zfs-inherit(8)):
//   default, inherited from X -> `zfs inherit direct DS` (inherits again)
//   local                     -> `zfs set direct=VALUE DS`
//   received                  -> `zfs inherit -S direct DS`: "revert the
//                                property to the received value", which
//                                `zfs set` would turn into a local override
//   temporary, "-", anything else -> refused before anything changes: no zfs
//                                command restores such a value and source.
// Restoring direct=always re-arms problem 5 (loop devices on OpenZFS 2.3.0
// crash the kernel): the undo plan carries that warning.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

#include "remedy/remedy_text.h"

namespace zd {

struct DirectState {
    QString value;   // standard | always | disabled
    QString source;  // default | local | received | "inherited from tank" ...
    bool operator==(const DirectState&) const = default;
};

// A state as change records keep it: {"dataset", "direct", "source"}.
QJsonObject directStateJson(const QString& dataset, const DirectState& state);
DirectState directStateFromJson(const QJsonObject& object);

enum class DirectSource { Default, Inherited, Local, Received, Unrestorable };

// Parses the one line `zfs get -Hp -o value,source direct DS` prints.
std::optional<DirectState> parseDirectState(const QString& zfsGetOutput, QString* error);
// What a source string is; "inherited from X" needs a valid dataset name X.
DirectSource classifyDirectSource(const QString& source);
// Whether a recorded state is one this rule can restore (validates value and source).
bool isRestorableDirectState(const DirectState& state, QString* error);

// The values a remedy sets: "standard" or "disabled", never "always".
bool isRemedyDirectValue(const QString& value);

struct DirectChange {
    QStringList zfsArguments;  // after "zfs": {"set", "direct=disabled", "tank/x"}
    QList<RemedyText> warnings;
    QString refusal;  // non-empty: nothing may be changed, and why
};

// Setting `value` on a dataset whose property is `current` now. Refused when
// the current state could not be restored afterwards.
DirectChange planDirectSet(const QString& dataset, const DirectState& current,
                           const QString& value);
// True when the dataset already has `value`, whatever its source.
bool directSetIsNoop(const DirectState& current, const QString& value);
// True when `now` is what setting `value` produces.
bool directSetVerified(const DirectState& now, const QString& value);

// Restoring `before`.
DirectChange planDirectUndo(const QString& dataset, const DirectState& before);
// True when `now` is `before` restored: the same value from the same kind of
// source (an inherited value may now come from another ancestor).
bool directUndoVerified(const DirectState& before, const DirectState& now);

}  // namespace zd
