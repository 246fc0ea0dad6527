// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Validators of remedy arguments: pure functions, no I/O, so every rule is
// unit-tested. Each returns true when the argument is acceptable; otherwise
// it returns false and puts one sentence for people into *error.
//
// One set for every place a remedy argument comes from: the helper runs them
// before anything else in every D-Bus method (before polkit asks for a
// password, before any tool starts), the change journal's reader runs them
// again on every record it loads, and remote fixes run them before anything
// is sent over SSH. Existence checks that need the system live in the
// helper's system/target_checks.h.

#include <QString>

namespace zd {

// Every string argument the helper accepts is at most this long.
inline constexpr int kMaxArgumentLength = 256;

// Length cap, valid UTF-16, no control characters (including NUL, DEL, C1).
bool validatePlainText(const QString& value, const QString& what, QString* error);

// A ZFS filesystem name, following OpenZFS module/zcommon/zfs_namecheck.c:
// components of [A-Za-z0-9_.:- ] separated by single '/', no leading or
// trailing '/', no empty, "." or ".." component, shorter than
// ZFS_MAX_DATASET_NAME_LEN (256); the pool name starts with a letter, is not
// "mirror"/"raidz"/"draid"/"spare"/"log" nor disk-like ("c0..."). Snapshots
// ('@') and bookmarks ('#') are refused: the verbs act on filesystems.
// A leading '-' is impossible (pool names start with a letter), which is what
// keeps a name from being read as a command-line option.
bool validateDatasetName(const QString& name, QString* error);

// "loop" followed by 1-9 decimal digits, without leading zeros ("loop0", "loop12").
bool validateLoopDeviceName(const QString& name, QString* error);

// A kernel release as `uname -r` prints it: starts with a digit,
// [A-Za-z0-9._+~-], at most 128 characters, no "..".
bool validateKernelRelease(const QString& release, QString* error);

// A journal change id as the helper creates them: "20261121T204500Z-1a2b3c4d".
bool validateChangeId(const QString& id, QString* error);

// The target of a remedy verb, by the verb's target kind (helper/contract.h):
// a dataset, a loop device, a kernel release, or nothing at all.
bool validateRemedyTarget(const QString& verb, const QString& target, QString* error);

bool isRemedyVerb(const QString& verb);
bool isProbeVerb(const QString& verb);

}  // namespace zd
