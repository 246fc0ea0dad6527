// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/ssh_error.h"
#include <QCoreApplication>

#include <QStringList>

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Remote)
};

}  // namespace

namespace {

// The last non-empty line ssh printed: its most specific complaint.
QString lastLine(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty()) {
            return line;
        }
    }
    return {};
}

bool has(const QString& text, const char* needle) {
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

}  // namespace

SshError classifySshError(const QString& target, const QString& stderrText) {
    if (has(stderrText, "Host key verification failed") ||
        has(stderrText, "REMOTE HOST IDENTIFICATION HAS CHANGED") ||
        has(stderrText, "No ED25519 host key is known") ||
        has(stderrText, "host key is known for")) {
        return {SshFailure::HostKeyVerification,
                Text::tr("Host key verification failed for %1: its key is not in your "
                         "known_hosts or does not match it. Connect once with `ssh %1`, "
                         "check the fingerprint, and accept it; ZFS Doctor never skips "
                         "this check.")
                    .arg(target)};
    }
    if (has(stderrText, "Permission denied")) {
        return {SshFailure::PermissionDenied,
                Text::tr("Permission denied by %1: none of your SSH keys (or agent "
                         "identities) is accepted. ZFS Doctor never asks for a password; "
                         "add your public key to the remote user's authorized keys.")
                    .arg(target)};
    }
    if (has(stderrText, "Connection refused")) {
        return {SshFailure::ConnectionRefused,
                Text::tr("Connection to %1 refused: no SSH server is listening there "
                         "(is SSH enabled on the remote, and the port right?).")
                    .arg(target)};
    }
    if (has(stderrText, "during banner exchange") || has(stderrText, "Connection timed out") ||
        has(stderrText, "Operation timed out")) {
        return {SshFailure::Timeout,
                Text::tr("%1 did not complete the SSH handshake in time: the host or "
                         "its SSH server is not answering.")
                    .arg(target)};
    }
    if (has(stderrText, "not responding")) {
        return {SshFailure::Unresponsive,
                Text::tr("%1 stopped responding during the session (keep-alive "
                         "probes went unanswered); the connection was closed.")
                    .arg(target)};
    }
    if (has(stderrText, "Could not resolve hostname") ||
        has(stderrText, "Name or service not known")) {
        return {SshFailure::HostNotFound,
                Text::tr("The host name in %1 does not resolve.").arg(target)};
    }
    if (has(stderrText, "No route to host") || has(stderrText, "Network is unreachable")) {
        return {SshFailure::Unreachable,
                Text::tr("%1 is unreachable from here (%2).").arg(target, lastLine(stderrText))};
    }
    if (has(stderrText, "Connection closed") || has(stderrText, "Connection reset") ||
        has(stderrText, "Broken pipe") || has(stderrText, "mux_client")) {
        return {
            SshFailure::ConnectionLost,
            Text::tr("The SSH connection to %1 was lost (%2).").arg(target, lastLine(stderrText))};
    }
    const QString detail = lastLine(stderrText);
    return {SshFailure::Other, detail.isEmpty()
                                   ? Text::tr("ssh to %1 failed without a message.").arg(target)
                                   : Text::tr("ssh to %1 failed: %2").arg(target, detail)};
}

}  // namespace zd
