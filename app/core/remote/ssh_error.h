// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Turns what the OpenSSH client printed on a failed connection into one
// sentence a person can act on. ssh reports every transport problem with exit
// status 255 and an English message on stderr (its messages are not
// translated), so matching the well-known texts is reliable.

#include <QString>

namespace zd {

enum class SshFailure {
    HostKeyVerification,  // unknown or changed host key
    PermissionDenied,     // no key/agent identity accepted (BatchMode: no password prompt)
    ConnectionRefused,    // nothing listening
    Timeout,              // no TCP connection or no SSH banner within ConnectTimeout
    Unresponsive,         // server stopped answering keep-alives mid-session
    HostNotFound,         // name does not resolve
    Unreachable,          // no route / network down
    ConnectionLost,       // the connection closed mid-session
    SshMissing,           // no ssh binary on this machine
    Other,
};

struct SshError {
    SshFailure failure = SshFailure::Other;
    QString message;  // one or two sentences, naming the host
};

// `target` is the host as the user wrote it; `stderrText` is ssh's stderr.
SshError classifySshError(const QString& target, const QString& stderrText);

}  // namespace zd
