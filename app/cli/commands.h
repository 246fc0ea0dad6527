// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The subcommands of `zfs-doctor`, one file each, and the table main() uses.

#include <QList>
#include <QString>

#include "cli_command.h"

namespace zd::cli {

int scanCommand(const QStringList& arguments, const GlobalOptions& options);
int explainCommand(const QStringList& arguments, const GlobalOptions& options);
int captureCommand(const QStringList& arguments, const GlobalOptions& options);
int checkKernelCommand(const QStringList& arguments, const GlobalOptions& options);

// Every subcommand, in the order --help lists them.
const QList<CliCommand>& commandTable();
const CliCommand* findCommand(const QString& name);

// The exit-code paragraph every --help ends with.
QString exitCodeHelp();
// The global options paragraph.
QString globalOptionsHelp();
// The complete `zfs-doctor --help` text.
QString mainHelp();

}  // namespace zd::cli
