// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Runs one argv on the remote machine through the RUN wrapper
// (remote_protocol.h) and reports it as Evidence exactly as the live source
// would for the same program run locally: same key, same failure kinds
// (NotFound for a missing tool, Timeout, Crashed), same exit code rules.

#include <QString>
#include <QStringList>
#include <chrono>

#include "model/evidence.h"
#include "remote/ssh_connection.h"

namespace zd {

// When ssh itself failed (connection lost, stalled peer...), the evidence has
// Failure::Error and *transportError is set to the same sentence.
Evidence runRemoteCommand(SshConnection& connection, const QStringList& argv,
                          std::chrono::milliseconds timeout, QString* transportError);

}  // namespace zd
