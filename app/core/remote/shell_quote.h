// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Quoting for command lines that a REMOTE shell interprets.
//
// ssh hands the remote side one string, which the remote user's login shell
// parses. Every argument we send is therefore wrapped in POSIX single quotes,
// inside which no character is special; a single quote itself becomes
// '\'' (close, escaped quote, reopen). Nothing else is ever interpolated.

#include <QString>
#include <QStringList>
#include <optional>

namespace zd {

// One argument as a single-quoted POSIX shell word. NUL cannot be passed in a
// command line at all: returns nullopt for it.
std::optional<QString> shellQuote(const QString& argument);

// argv as a shell command line: every element quoted, joined by spaces.
// Returns nullopt if any element contains NUL.
std::optional<QString> shellCommandLine(const QStringList& argv);

}  // namespace zd
