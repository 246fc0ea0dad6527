// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/ssh_connection.h"

#include <QCoreApplication>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Remote)
};

}  // namespace

namespace {

// sun_path holds 108 bytes; stay well below with the socket's own name.
constexpr qsizetype kMaxControlDirLength = 90;
// What one remote request may send back (stdout and stderr together): a scan
// of 10,000 datasets, hex-encoded, is a few MiB; past this a remote that
// keeps talking is cut off instead of filling this machine's memory.
constexpr qsizetype kMaxRemoteOutput = 64 * 1024 * 1024;

struct ProcessRun {
    bool started = false;
    bool finishedInTime = false;
    bool outputCapped = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

ProcessRun runProcess(const QString& program, const QStringList& arguments, int watchdogMs) {
    ProcessRun run;
    QProcess process;
    // stdin is /dev/null (ssh -n is passed as well): nothing is ever typed in.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return run;
    }
    run.started = true;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        run.standardOutput += process.readAllStandardOutput();
        run.standardError += process.readAllStandardError();
        if (run.standardOutput.size() + run.standardError.size() > kMaxRemoteOutput) {
            run.outputCapped = true;
            break;
        }
        if (process.state() == QProcess::NotRunning) {
            run.finishedInTime = true;
            break;
        }
        const qint64 left = watchdogMs - clock.elapsed();
        if (left <= 0) {
            break;
        }
        if (!process.waitForReadyRead(static_cast<int>(qMin<qint64>(left, 200)))) {
            process.waitForFinished(0);
        }
    }
    if (!run.finishedInTime) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (!run.outputCapped) {
        run.standardOutput += process.readAllStandardOutput();
        run.standardError += process.readAllStandardError();
    }
    return run;
}

std::unique_ptr<QTemporaryDir> makeControlDirectory() {
    // QTemporaryDir creates the directory with mode 0700: only we can reach
    // the socket, which grants a shell on the remote to whoever connects.
    for (const QString& base : {QDir::tempPath(), QStringLiteral("/tmp")}) {
        if (base.size() > kMaxControlDirLength) {
            continue;
        }
        auto directory = std::make_unique<QTemporaryDir>(base + QStringLiteral("/zd-ssh-XXXXXX"));
        if (directory->isValid()) {
            return directory;
        }
    }
    return nullptr;
}

}  // namespace

SshConnection::SshConnection(HostSpec host, SshOptions options)
    : m_host(std::move(host)), m_options(std::move(options)) {}

SshConnection::~SshConnection() {
    close();
}

QStringList SshConnection::commonArguments() const {
    QStringList arguments;
    if (!m_options.configFile.isEmpty()) {
        arguments << QStringLiteral("-F") << m_options.configFile;
    }
    arguments << QStringLiteral("-n") << QStringLiteral("-T")  //
              << QStringLiteral("-o") << QStringLiteral("BatchMode=yes") << QStringLiteral("-o")
              << QStringLiteral("ConnectTimeout=%1").arg(m_options.connectTimeoutSeconds)
              << QStringLiteral("-o")
              << QStringLiteral("ServerAliveInterval=%1").arg(m_options.serverAliveIntervalSeconds)
              << QStringLiteral("-o")
              << QStringLiteral("ServerAliveCountMax=%1").arg(m_options.serverAliveCountMax)
              // A diagnosis needs no agent, X11 or port forwarding on the
              // remote, whatever ~/.ssh/config says for that host.
              << QStringLiteral("-o") << QStringLiteral("ForwardAgent=no")  //
              << QStringLiteral("-o") << QStringLiteral("ForwardX11=no")    //
              << QStringLiteral("-o") << QStringLiteral("ClearAllForwardings=yes")
              << QStringLiteral("-o") << QStringLiteral("PermitLocalCommand=no")
              << QStringLiteral("-o") << QStringLiteral("ControlPath=%1").arg(m_controlPath);
    return arguments;
}

bool SshConnection::masterSocketExists() const {
    return !m_controlPath.isEmpty() && QFileInfo::exists(m_controlPath);
}

bool SshConnection::open(SshError* error) {
    close();
    if (QStandardPaths::findExecutable(m_options.sshProgram).isEmpty() &&
        !QFileInfo(m_options.sshProgram).isExecutable()) {
        if (error) {
            *error = {SshFailure::SshMissing,
                      Text::tr("The OpenSSH client (`%1`) is not installed on this machine.")
                          .arg(m_options.sshProgram)};
        }
        return false;
    }
    m_controlDir = makeControlDirectory();
    if (!m_controlDir) {
        if (error) {
            *error = {SshFailure::Other,
                      Text::tr("Could not create a private directory for the SSH control "
                               "socket in %1.")
                          .arg(QDir::tempPath())};
        }
        return false;
    }
    m_controlPath = m_controlDir->path() + QStringLiteral("/cm");

    // -f -N: authenticate, then go to the background as the master with no
    // command; the foreground process exits 0 once the connection is ready.
    QStringList arguments = commonArguments();
    arguments << QStringLiteral("-o") << QStringLiteral("ControlMaster=yes")  //
              << QStringLiteral("-o")
              << QStringLiteral("ControlPersist=%1").arg(m_options.controlPersistSeconds)
              << QStringLiteral("-f") << QStringLiteral("-N");
    arguments << m_host.sshDestinationArguments();
    ++m_roundTrips;
    const int watchdogMs = (m_options.connectTimeoutSeconds + 5) * 1000;
    const ProcessRun run = runProcess(m_options.sshProgram, arguments, watchdogMs);
    const QString target = m_host.toString();
    if (!run.started) {
        if (error) {
            *error = {
                SshFailure::SshMissing,
                Text::tr("Could not start the OpenSSH client `%1`.").arg(m_options.sshProgram)};
        }
        close();
        return false;
    }
    if (!run.finishedInTime) {
        if (error) {
            *error = {SshFailure::Timeout,
                      Text::tr("%1 did not complete the SSH handshake within %2 s.")
                          .arg(target)
                          .arg(watchdogMs / 1000)};
        }
        close();
        return false;
    }
    if (run.exitCode != 0 || !masterSocketExists()) {
        if (error) {
            *error = classifySshError(target, QString::fromUtf8(run.standardError));
        }
        close();
        return false;
    }
    m_open = true;
    return true;
}

SshExecution SshConnection::execute(const QString& remoteCommandLine,
                                    std::chrono::milliseconds timeout) {
    SshExecution execution;
    const QString target = m_host.toString();
    if (!m_open || !masterSocketExists()) {
        // The master is gone: idle expiry (ControlPersist) or a dead peer.
        // One reconnect attempt keeps a slow review from failing a fix; a
        // peer that is really gone fails here with a precise reason.
        SshError reopenError;
        if (!open(&reopenError)) {
            execution.error = reopenError;
            return execution;
        }
    }
    QStringList arguments = commonArguments();
    arguments << QStringLiteral("-o") << QStringLiteral("ControlMaster=no");
    const bool hadMaster = masterSocketExists();
    arguments << m_host.sshDestinationArguments() << remoteCommandLine;
    ++m_roundTrips;
    const int watchdogMs = int(timeout.count()) + m_options.stallDetectionMs();
    const ProcessRun run = runProcess(m_options.sshProgram, arguments, watchdogMs);
    execution.standardOutput = run.standardOutput;
    execution.standardError = run.standardError;
    if (!run.started) {
        execution.error = {
            SshFailure::SshMissing,
            Text::tr("Could not start the OpenSSH client `%1`.").arg(m_options.sshProgram)};
        return execution;
    }
    if (run.outputCapped) {
        execution.standardOutput.clear();
        execution.standardError.clear();
        execution.error = {SshFailure::Other,
                           Text::tr("%1 sent more than %2 MiB for one request; it was cut "
                                    "off and nothing of it was used.")
                               .arg(target)
                               .arg(kMaxRemoteOutput / (1024 * 1024))};
        return execution;
    }
    if (!run.finishedInTime) {
        execution.outcome = SshExecution::Outcome::WatchdogExpired;
        execution.error = {SshFailure::Unresponsive,
                           Text::tr("%1 did not answer within %2 s; the request was "
                                    "abandoned.")
                               .arg(target)
                               .arg(watchdogMs / 1000)};
        return execution;
    }
    // Our remote wrappers always exit 0 themselves (they report the wrapped
    // command's status in-band), so any other status is ssh's own failure.
    if (run.exitCode != 0) {
        execution.error = classifySshError(target, QString::fromUtf8(run.standardError));
        // The master was there when we started and is gone now: it gave up
        // on a silent peer (ServerAlive*). If ssh then fell back to a direct
        // connection, its handshake timeout is not the real story.
        const bool masterLost = hadMaster && !masterSocketExists();
        if (masterLost && execution.error.failure != SshFailure::HostKeyVerification &&
            execution.error.failure != SshFailure::PermissionDenied) {
            execution.error = {SshFailure::ConnectionLost,
                               Text::tr("The SSH connection to %1 was lost during the "
                                        "session: the remote stopped answering or closed "
                                        "the connection.")
                                   .arg(target)};
        }
        execution.exitCode = run.exitCode;
        if (!masterSocketExists()) {
            m_open = false;
        }
        return execution;
    }
    execution.outcome = SshExecution::Outcome::Completed;
    execution.exitCode = 0;
    return execution;
}

void SshConnection::close() {
    if (masterSocketExists()) {
        QStringList arguments = commonArguments();
        arguments << QStringLiteral("-O") << QStringLiteral("exit")
                  << m_host.sshDestinationArguments();
        runProcess(m_options.sshProgram, arguments, 10000);
    }
    m_open = false;
    m_controlDir.reset();  // removes the directory (and a stale socket, if any)
    m_controlPath.clear();
}

}  // namespace zd
