// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// ZFS filesystem names as a remote fix accepts them (zfs_namecheck.c rules):
// components of [A-Za-z0-9_-.: ] separated by '/', no empty, '.' or '..'
// component, no snapshot '@' or bookmark '#', shorter than 256 bytes, the
// pool name starting with a letter. Checked before anything is sent, so a
// hostile name is refused here even though quoting would make it harmless.

#include <QString>

namespace zd {

bool isValidFilesystemName(const QString& name, QString* error);

}  // namespace zd
