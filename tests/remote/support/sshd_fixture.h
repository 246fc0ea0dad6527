// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A real OpenSSH server for the remote tests: Debian's /usr/sbin/sshd on
// 127.0.0.1, a free non-standard port, a throwaway host key and a throwaway
// authorized client key, all in a temporary directory, configured by its own
// sshd_config (-f) so nothing of the machine's SSH setup is used or changed.
//
// The client side gets its own ssh_config (-F) with a known_hosts file that
// holds the throwaway host key and StrictHostKeyChecking=yes: the tests go
// through OpenSSH's real host-key verification. Variants of that file (a wrong
// host key, an unauthorized client key) drive the failure tests.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

#include "remote/ssh_options.h"

namespace zd::test {

class SshdFixture {
  public:
    SshdFixture();
    ~SshdFixture();

    // Generates keys, writes the configurations, starts sshd and waits until
    // it accepts connections. On failure returns false with *error set.
    bool start(QString* error);
    // Before start(): run sshd in a private mount namespace (unshare, root
    // only) where /sys/module is a tmpfs holding a fake zfs module (version
    // 2.3.2-1, zfs_dio_enabled=1). This machine has no ZFS; with a fake `zfs`
    // on the remote PATH, the collectors then see a ZFS system with as many
    // datasets as the fake prints. Nothing outside that namespace changes.
    void setFakeZfsModule(bool fake) { m_fakeZfsModule = fake; }
    void stop();

    int port() const { return m_port; }
    // "user@127.0.0.1:port" for the user running the tests.
    QString hostSpec() const;
    QString directory() const { return m_dir.path(); }
    // Options for a client that trusts this server and holds an authorized key.
    SshOptions clientOptions() const;
    // The same, but known_hosts holds a DIFFERENT key for this server.
    SshOptions wrongHostKeyOptions() const;
    // The same, but the client key is not in authorized_keys.
    SshOptions unauthorizedKeyOptions() const;
    // A directory on the "remote" side put first in the remote PATH by
    // clientOptions(): tests place recording or fake tools there.
    QString remoteBinDirectory() const { return m_dir.path() + QStringLiteral("/remote-bin"); }

    // Freezes (SIGSTOP) or resumes (SIGCONT) sshd and every process it
    // started: the listener and the per-connection servers.
    void freeze(bool frozen);
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

  private:
    bool writeClientConfig(const QString& name, const QString& identity, const QString& knownHosts,
                           QString* error) const;
    SshOptions optionsFor(const QString& configName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_fakeZfsModule = false;
};

// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeLocalPort();

// A listener on 127.0.0.1 that accepts connections and never says a word:
// a peer that stalls before the SSH banner.
class SilentListener {
  public:
    SilentListener();
    ~SilentListener();
    int port() const { return m_port; }
    bool isValid() const { return m_fd >= 0; }

  private:
    int m_fd = -1;
    int m_port = 0;
};

}  // namespace zd::test
