// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The subcommands that go through the privileged helper (zfs-doctor-helper):
//   probe PROBE DATASET
//   fix REMEDY [TARGET] [--target T] [--option O] [--yes]
//   undo CHANGE | --all
//   history [--json]
// `arguments` is what follows the subcommand name. They act on this machine
// only: with --snapshot/--demo they refuse (that system is not this machine).

#include <QStringList>

#include "cli_command.h"

namespace zd::cli {

int probeCommand(const QStringList& arguments, const GlobalOptions& options);
int fixCommand(const QStringList& arguments, const GlobalOptions& options);
int undoCommand(const QStringList& arguments, const GlobalOptions& options);
int historyCommand(const QStringList& arguments, const GlobalOptions& options);

}  // namespace zd::cli
