// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/sshd_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <pwd.h>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace zd::test {

namespace {

bool writeFile(const QString& path, const QByteArray& text, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool runTool(const QString& program, const QStringList& arguments, QString* error) {
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool makeKey(const QString& path, QString* error) {
    return runTool(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                    QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                    QStringLiteral("zfs-doctor-test"), QStringLiteral("-f"), path},
                   error);
}

QByteArray publicKey(const QString& path) {
    QFile file(path + QStringLiteral(".pub"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // "ssh-ed25519 AAAA... comment" -> type and key only
    const QList<QByteArray> words = file.readAll().trimmed().split(' ');
    return words.size() >= 2 ? words.at(0) + ' ' + words.at(1) : QByteArray();
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

QString currentUser() {
    const passwd* entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("root");
}

// Every descendant of `root`, found through /proc/<pid>/stat's parent field.
QList<qint64> descendants(qint64 root) {
    QList<qint64> result{root};
    bool grew = true;
    while (grew) {
        grew = false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString& entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok || result.contains(pid)) {
                continue;
            }
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray text = stat.readAll();
            const qsizetype close = text.lastIndexOf(')');
            const QList<QByteArray> fields = text.mid(close + 2).split(' ');
            if (fields.size() > 1 && result.contains(fields.at(1).toLongLong())) {
                result.append(pid);
                grew = true;
            }
        }
    }
    return result;
}

}  // namespace

int freeLocalPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

SilentListener::SilentListener() {
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    // listen() without ever calling accept(): the kernel completes the TCP
    // handshake from the backlog, and then nothing is ever sent.
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_fd, 8) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
}

SilentListener::~SilentListener() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture() {
    stop();
}

bool SshdFixture::writeClientConfig(const QString& name, const QString& identity,
                                    const QString& knownHosts, QString* error) const {
    const QString dir = m_dir.path();
    const QByteArray config =
        QStringLiteral(
            "Host *\n"
            "  IdentityFile %1\n"
            "  IdentitiesOnly yes\n"
            "  IdentityAgent none\n"
            "  UserKnownHostsFile %2\n"
            "  GlobalKnownHostsFile /dev/null\n"
            "  StrictHostKeyChecking yes\n"
            "  UpdateHostKeys no\n")
            .arg(dir + QLatin1Char('/') + identity, dir + QLatin1Char('/') + knownHosts)
            .toUtf8();
    return writeFile(dir + QLatin1Char('/') + name, config, error);
}

bool SshdFixture::start(QString* error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    if (!makeKey(dir + QStringLiteral("/host_key"), error) ||
        !makeKey(dir + QStringLiteral("/other_host_key"), error) ||
        !makeKey(dir + QStringLiteral("/client_key"), error) ||
        !makeKey(dir + QStringLiteral("/stranger_key"), error)) {
        return false;
    }
    if (!writeFile(dir + QStringLiteral("/authorized_keys"),
                   publicKey(dir + QStringLiteral("/client_key")) + '\n', error)) {
        return false;
    }
    QDir().mkpath(remoteBinDirectory());
    // sshd refuses to start without its privilege separation directory.
    QDir().mkpath(QStringLiteral("/run/sshd"));

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLocalPort();
        const QByteArray hostEntry = QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8();
        if (!writeFile(dir + QStringLiteral("/known_hosts"),
                       hostEntry + publicKey(dir + QStringLiteral("/host_key")) + '\n', error) ||
            !writeFile(dir + QStringLiteral("/wrong_known_hosts"),
                       hostEntry + publicKey(dir + QStringLiteral("/other_host_key")) + '\n',
                       error) ||
            !writeClientConfig(QStringLiteral("ssh_config"), QStringLiteral("client_key"),
                               QStringLiteral("known_hosts"), error) ||
            !writeClientConfig(QStringLiteral("ssh_config_wrong_host_key"),
                               QStringLiteral("client_key"), QStringLiteral("wrong_known_hosts"),
                               error) ||
            !writeClientConfig(QStringLiteral("ssh_config_stranger"),
                               QStringLiteral("stranger_key"), QStringLiteral("known_hosts"),
                               error)) {
            return false;
        }
        const QByteArray serverConfig =
            QStringLiteral(
                "ListenAddress 127.0.0.1\n"
                "Port %1\n"
                "HostKey %2/host_key\n"
                "PidFile %2/sshd.pid\n"
                "AuthorizedKeysFile %2/authorized_keys\n"
                "UsePAM no\n"
                // The tests run as root with keys in a temporary directory
                // whose ownership sshd's StrictModes would reject.
                "StrictModes no\n"
                "PermitRootLogin prohibit-password\n"
                "PasswordAuthentication no\n"
                "KbdInteractiveAuthentication no\n"
                "AcceptEnv none\n"
                "MaxSessions 50\n"
                "LogLevel ERROR\n")
                .arg(m_port)
                .arg(dir)
                .toUtf8();
        if (!writeFile(dir + QStringLiteral("/sshd_config"), serverConfig, error)) {
            return false;
        }
        m_process = std::make_unique<QProcess>();
        // sshd's log (-e) goes to a file in the fixture directory: the probe
        // connections below would otherwise fill the test output.
        m_process->setStandardOutputFile(dir + QStringLiteral("/sshd.log"), QIODevice::Append);
        m_process->setStandardErrorFile(dir + QStringLiteral("/sshd.log"), QIODevice::Append);
        // -D: stay in the foreground so the test owns the process; -e: log
        // to stderr.
        const QString configPath = dir + QStringLiteral("/sshd_config");
        if (m_fakeZfsModule) {
            const QString script = QStringLiteral(
                "mount -t tmpfs zd-test /sys/module && mkdir -p /sys/module/zfs/parameters && "
                "printf '2.3.2-1\\n' > /sys/module/zfs/version && "
                "printf '1\\n' > /sys/module/zfs/parameters/zfs_dio_enabled && "
                "printf '1\\n' > /sys/module/zfs/parameters/zfs_dmu_offset_next_sync && "
                "exec /usr/sbin/sshd -D -e -f \"$1\"");
            m_process->start(QStringLiteral("unshare"),
                             {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                              QStringLiteral("private"), QStringLiteral("--"), QStringLiteral("sh"),
                              QStringLiteral("-c"), script, QStringLiteral("sh"), configPath});
        } else {
            m_process->start(
                QStringLiteral("/usr/sbin/sshd"),
                {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configPath});
        }
        if (!m_process->waitForStarted(5000)) {
            *error = QStringLiteral("cannot start /usr/sbin/sshd");
            return false;
        }
        const QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            if (accepts(m_port)) {
                return true;
            }
            QThread::msleep(50);
        }
        stop();  // the port was taken in between, or sshd failed: try again
    }
    *error = QStringLiteral("sshd did not start listening");
    return false;
}

void SshdFixture::stop() {
    if (!m_process) {
        return;
    }
    freeze(false);
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

void SshdFixture::freeze(bool frozen) {
    if (!m_process || m_process->state() != QProcess::Running) {
        return;
    }
    for (const qint64 pid : descendants(m_process->processId())) {
        ::kill(pid_t(pid), frozen ? SIGSTOP : SIGCONT);
    }
}

QString SshdFixture::hostSpec() const {
    return QStringLiteral("%1@127.0.0.1:%2").arg(currentUser()).arg(m_port);
}

SshOptions SshdFixture::optionsFor(const QString& configName) const {
    SshOptions options;
    options.configFile = m_dir.path() + QLatin1Char('/') + configName;
    // Short limits keep the failure tests quick; the production defaults
    // only scale these numbers.
    options.connectTimeoutSeconds = 3;
    options.serverAliveIntervalSeconds = 1;
    options.serverAliveCountMax = 2;
    options.controlPersistSeconds = 20;
    options.remoteSearchPath = remoteBinDirectory() + QLatin1Char(':') + options.remoteSearchPath;
    return options;
}

SshOptions SshdFixture::clientOptions() const {
    return optionsFor(QStringLiteral("ssh_config"));
}

SshOptions SshdFixture::wrongHostKeyOptions() const {
    return optionsFor(QStringLiteral("ssh_config_wrong_host_key"));
}

SshOptions SshdFixture::unauthorizedKeyOptions() const {
    return optionsFor(QStringLiteral("ssh_config_stranger"));
}

}  // namespace zd::test
