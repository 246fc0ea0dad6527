// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The contract between `zfs-doctor`'s main() and its subcommands. Each
// subcommand lives in its own file, parses its own arguments and returns one
// of the exit codes below.

#include <QString>
#include <QStringList>

namespace zd::cli {

// Exit codes, documented in `zfs-doctor --help` and the man page; stable for
// scripts and monitoring (like `zpool status -x`).
enum ExitCode : int {
    kExitHealthy = 0,   // nothing applies / the command succeeded
    kExitFindings = 1,  // at least one problem is affected or at risk
    kExitUsage = 2,     // bad command line
    kExitError = 3,     // could not complete (unreadable snapshot, helper refused, ...)
};

struct GlobalOptions {
    QString snapshotPath;  // --snapshot FILE: analyse a captured system
    QString host;          // --host [user@]HOST[:port]: collect from a remote machine over SSH
    bool json = false;     // --json
    int verbosity = 0;     // -v, -vv
};

using CommandFunction = int (*)(const QStringList& arguments, const GlobalOptions& options);

struct CliCommand {
    const char* name;      // "scan"
    const char* synopsis;  // "scan [--json] [--snapshot FILE]"
    const char* summary;   // one line for --help
    CommandFunction run;
};

}  // namespace zd::cli
