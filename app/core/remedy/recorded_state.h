// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What each remedy records as `before` (the state its undo restores), and the
// checks such a record must pass. Undo acts on a record read back from disk,
// so the record is input like any D-Bus argument: a forged or damaged one
// must not steer the helper. Hence, for every verb:
//  - every field undo reads is checked, with the validators of the D-Bus
//    arguments (remedy/validators.h) where it names a target;
//  - file paths are never taken from a record (the remedies use constants);
//  - restored file contents and configuration values must fit a schema that
//    cannot carry code: a systemd drop-in may only set Environment= in
//    [Service], a modprobe.d file may only hold `options zfs ...` lines, and
//    GRUB_DEFAULT / UPDATEDEFAULT values may not hold shell syntax.
// A remedy's plan is checked with the same function before anything changes
// (helper/remedies/change_runner.cpp), so a state that could not be read back
// is refused up front instead of becoming an undo that cannot run.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace zd {

bool validateRecordedState(const QString& verb, const QString& target, const QJsonObject& before,
                           QString* error);

// Contents a remedy may write back on undo.
bool isRestorableDropinContent(const QByteArray& content, QString* error);
bool isRestorableModprobeContent(const QByteArray& content, QString* error);
// A value after KEY= in a shell-sourced file (/etc/default/grub,
// /etc/sysconfig/kernel): a plain word or a quoted string without $, `, \.
bool isPlainShellValue(const QString& value, QString* error);

}  // namespace zd
