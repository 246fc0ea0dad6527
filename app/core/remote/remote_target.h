// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The entry point for `zfs-doctor --host [user@]HOST[:port] scan|capture`:
// parse the host, open one SSH connection, prefetch the collectors' fixed
// file set, and hand back a SystemSource the collectors use as if local.

#include <QString>
#include <memory>

#include "remote/remote_source.h"
#include "remote/ssh_options.h"

namespace zd {

// Connects with the user's OpenSSH configuration (keys, agent, ~/.ssh/config,
// known_hosts). On failure returns nullptr and sets *error to one sentence
// (bad host spec, host key verification failed, permission denied, refused,
// timed out...). The returned source is not live: fixes are never offered
// through it (see remote/remote_fix.h for the remote fix flow).
std::unique_ptr<RemoteSource> connectRemote(const QString& hostSpec, QString* error);
std::unique_ptr<RemoteSource> connectRemote(const QString& hostSpec, const SshOptions& options,
                                            QString* error);

}  // namespace zd
