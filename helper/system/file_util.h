// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Small, careful file operations for a root process: atomic replacement
// (write a temporary file, fsync, rename, fsync the directory) so that a crash
// leaves either the old or the new content, never a torn file.

#include <QByteArray>
#include <QString>
#include <optional>

namespace zd::helper {

// Replaces `path` with `content` atomically. A file that is replaced keeps
// its mode, owner, group and SELinux context (and must be a regular file,
// never a symlink); `mode` is for a file that did not exist.
bool writeFileAtomically(const QString& path, const QByteArray& content, int mode, QString* error);
// Removes `path` (absent is success) and fsyncs its directory.
bool removeFileDurably(const QString& path, QString* error);
// nullopt when the file does not exist; *error set (and nullopt) when unreadable.
std::optional<QByteArray> readSmallFile(const QString& path, QString* error,
                                        qint64 limit = 1024 * 1024);
// Creates missing directories (mode 0755) without following a symlink at the leaf.
bool ensureDirectory(const QString& path, int mode, QString* error);

}  // namespace zd::helper
