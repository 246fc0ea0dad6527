// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_command.h"

#include "collect/source_requests.h"
#include "remote/remote_protocol.h"

namespace zd {

Evidence runRemoteCommand(SshConnection& connection, const QStringList& argv,
                          std::chrono::milliseconds timeout, QString* transportError) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = commandEvidenceKey(argv);
    evidence.argv = argv;
    const QString host = connection.host().toString();
    if (argv.isEmpty() || argv.first().isEmpty()) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("empty command");
        return evidence;
    }
    if (argv.first().contains(QLatin1Char('/')) && !argv.first().startsWith(QLatin1Char('/'))) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message =
            QStringLiteral("refusing relative tool path '%1': give a name or an absolute path")
                .arg(argv.first());
        return evidence;
    }
    const std::optional<QString> commandLine =
        remoteRunCommandLine(argv, connection.options().remoteSearchPath, timeout);
    if (!commandLine) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("an argument contains a NUL character");
        return evidence;
    }
    const SshExecution execution = connection.execute(*commandLine, timeout);
    if (execution.outcome != SshExecution::Outcome::Completed) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = execution.error.message;
        if (transportError) {
            *transportError = execution.error.message;
        }
        return evidence;
    }
    const RemoteRunOutput output = parseRemoteRunOutput(execution.standardOutput);
    evidence.errorOutput = QString::fromUtf8(execution.standardError);
    switch (output.status) {
        case RemoteRunOutput::Status::Ran:
            evidence.exitCode = output.exitCode;
            evidence.output = QString::fromUtf8(output.output);
            // A POSIX shell reports death by signal N as status 128+N. Like the
            // live source (QProcess::CrashExit), a crash has no exit code.
            if (output.exitCode > 128 && output.exitCode <= 128 + 64) {
                evidence.exitCode = 0;
                evidence.failure = Evidence::Failure::Crashed;
                evidence.message = QStringLiteral("%1 on %2 was killed by signal %3")
                                       .arg(argv.first(), host)
                                       .arg(output.exitCode - 128);
            }
            break;
        case RemoteRunOutput::Status::NotFound:
            evidence.failure = Evidence::Failure::NotFound;
            evidence.message = QStringLiteral("%1 is not installed on %2 (PATH searched: %3)")
                                   .arg(argv.first(), host, connection.options().remoteSearchPath);
            break;
        case RemoteRunOutput::Status::PermissionDenied:
            evidence.failure = Evidence::Failure::PermissionDenied;
            evidence.message = QStringLiteral("%1 on %2 is not executable").arg(argv.first(), host);
            break;
        case RemoteRunOutput::Status::TimedOut:
            evidence.output = QString::fromUtf8(output.output);
            evidence.failure = Evidence::Failure::Timeout;
            evidence.message = QStringLiteral("%1 on %2 did not finish within %3 s and was stopped")
                                   .arg(argv.first(), host)
                                   .arg(double(timeout.count()) / 1000.0);
            break;
        case RemoteRunOutput::Status::Truncated:
        case RemoteRunOutput::Status::Garbled:
            evidence.output = QString::fromUtf8(output.output);
            evidence.failure = Evidence::Failure::Error;
            evidence.message =
                QStringLiteral(
                    "the output of %1 from %2 broke off before the end (connection lost?)")
                    .arg(argv.first(), host);
            break;
    }
    return evidence;
}

}  // namespace zd
