// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Fake tools for the remote tests: small shell scripts placed first in the
// remote PATH (SshdFixture::remoteBinDirectory()) that stand in for zfs,
// zpool... and record how they were called.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd::test {

// Writes `text` to `path` as an executable (rwxr-xr-x). False on any error.
bool writeExecutable(const QString& path, const QByteArray& text);
// The whole file, empty when it cannot be read.
QByteArray readAll(const QString& path);
// The invocations a fake tool recorded in `path`: one line each, the argv
// NUL-terminated per argument.
QList<QStringList> invocations(const QString& path);

}  // namespace zd::test
