// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `fix`, `undo`, `history` and `probe` with --host: changes on ANOTHER
// machine over SSH. Only the dataset property `direct` is ever changed there
// (remote/remote_fix.h); the record of what was changed lives in the desktop
// remote journal ($XDG_DATA_HOME/zfs-doctor/remote-journal/) on THIS
// machine. Every other remedy is refused with guidance on what to do instead.
//
// helper_commands.cpp hands over to these once it has parsed the command
// line; the local (privileged helper) paths stay there.

#include <QString>

#include "cli_command.h"

namespace zd::cli {

struct RemoteFixRequest {
    QString remedy;   // a helper fix verb, e.g. "dataset-direct-disabled"
    QString dataset;  // TARGET / --target
    bool yes = false;
    bool json = false;
};

// `fix REMEDY --target DATASET [--yes] --host H`.
int remoteFixCommand(const RemoteFixRequest& request, const GlobalOptions& options);
// `undo ID [--yes] --host H`: undoes one remote journal entry made on H.
int remoteUndoCommand(const QString& journalId, bool yes, bool json, const GlobalOptions& options);
// `history --host H`: the remote journal entries for H (nothing is sent to H).
int remoteHistoryCommand(bool json, const GlobalOptions& options);
// `probe ... --host H`: refused, with the reason.
int remoteProbeRefusal(const GlobalOptions& options);

}  // namespace zd::cli
