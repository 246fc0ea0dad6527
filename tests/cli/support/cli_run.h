// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Runs the built `zfs-doctor` (ZD_CLI_BINARY) as a process, the way the CLI
// tests need it: no display (so it never opens the window), the language
// variables cleared and LANG=C.UTF-8 (English), then `variables` on top.

#include <QMap>
#include <QString>
#include <QStringList>

namespace zd::test {

struct CliRun {
    int exitCode = -1;  // -2: it crashed; -1: it did not finish in 120 s
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& variables = {});

// "exit N / stdout (its first 3,000 characters) / stderr", for a failed
// check's message.
QString describe(const CliRun& run);

}  // namespace zd::test
