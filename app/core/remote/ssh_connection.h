// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One SSH connection to a remote machine, shared by every command of a scan.
//
// open() starts an OpenSSH control master (ControlMaster=yes) whose socket
// lives in a private 0700 directory we create; every execute() is then a
// short-lived `ssh` client multiplexed over that one authenticated connection,
// so a scan authenticates once. close() (or the destructor) stops the master
// with `ssh -O exit` and removes the directory; should this process die first,
// ControlPersist makes the master exit on its own once idle.
//
// Every call is bounded in time: ConnectTimeout for the handshake,
// ServerAlive* for a peer that goes silent mid-session, and a local watchdog
// on top that kills the client process if all else fails.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <memory>

#include "remote/host_spec.h"
#include "remote/ssh_error.h"
#include "remote/ssh_options.h"

namespace zd {

struct SshExecution {
    enum class Outcome {
        Completed,        // the remote command ran; exitCode is its (wrapper's) status
        TransportFailed,  // ssh could not run it; see error
        WatchdogExpired,  // our local time limit hit; the client was killed
    };
    Outcome outcome = Outcome::TransportFailed;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    SshError error;  // TransportFailed / WatchdogExpired
};

class SshConnection {
  public:
    SshConnection(HostSpec host, SshOptions options);
    ~SshConnection();
    SshConnection(const SshConnection&) = delete;
    SshConnection& operator=(const SshConnection&) = delete;

    // Authenticates and starts the control master. On failure returns false
    // and sets *error (host key, permission, refused, timeout...).
    bool open(SshError* error);
    // Runs one remote command line (already quoted for a POSIX shell) over the
    // master. `timeout` bounds the remote work; the stall detection time is
    // added on top for the watchdog. Reopens the master if it went away
    // (ControlPersist expiry while a person was reviewing a fix).
    SshExecution execute(const QString& remoteCommandLine, std::chrono::milliseconds timeout);
    // Stops the master and removes the control directory. Idempotent.
    void close();

    const HostSpec& host() const { return m_host; }
    const SshOptions& options() const { return m_options; }
    // ssh processes that talked to the remote so far (master start included):
    // the number of network round trips of a scan, give or take the handshake.
    int roundTrips() const { return m_roundTrips; }

  private:
    QStringList commonArguments() const;
    bool masterSocketExists() const;

    HostSpec m_host;
    SshOptions m_options;
    std::unique_ptr<QTemporaryDir> m_controlDir;
    QString m_controlPath;
    bool m_open = false;
    int m_roundTrips = 0;
};

}  // namespace zd
