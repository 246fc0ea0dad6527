// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/live_source.h"

#include <dirent.h>
#include <fcntl.h>
#include <libudev.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include "collect/source_requests.h"

namespace zd {

namespace {

const QStringList& systemBinaryDirectories() {
    static const QStringList dirs{
        QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin"),
        QStringLiteral("/usr/sbin"),       QStringLiteral("/usr/bin"),
        QStringLiteral("/sbin"),           QStringLiteral("/bin")};
    return dirs;
}

Evidence::Failure failureFromErrno(int error) {
    switch (error) {
        case ENOENT:
        case ENOTDIR:
        case ENODEV:
        case ENXIO:
            return Evidence::Failure::NotFound;
        case EACCES:
        case EPERM:
            return Evidence::Failure::PermissionDenied;
        default:
            return Evidence::Failure::Error;
    }
}

void setFailureFromErrno(Evidence& evidence, int error, const QString& what) {
    evidence.failure = failureFromErrno(error);
    evidence.message =
        QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error)));
}

// Closes a file descriptor on every return path.
struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

Evidence readPlainFile(const QString& path) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    const QByteArray nativePath = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not hang the scan; it is refused below.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        setFailureFromErrno(evidence, errno, QStringLiteral("cannot open %1").arg(path));
        return evidence;
    }
    FdCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        setFailureFromErrno(evidence, errno, QStringLiteral("cannot stat %1").arg(path));
        return evidence;
    }
    if (!S_ISREG(info.st_mode)) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("%1 is not a regular file").arg(path);
        return evidence;
    }
    // /proc and /sys files report a size of 0 or 4096 whatever they hold, so
    // read until end of file instead of trusting st_size.
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            setFailureFromErrno(evidence, errno, QStringLiteral("cannot read %1").arg(path));
            return evidence;
        }
        if (count == 0) {
            break;
        }
        data.append(buffer, count);
        if (data.size() > LiveSource::kMaxFileBytes) {
            evidence.failure = Evidence::Failure::Error;
            evidence.message = QStringLiteral("%1 is larger than %2 bytes; not read")
                                   .arg(path)
                                   .arg(LiveSource::kMaxFileBytes);
            return evidence;
        }
    }
    evidence.output = QString::fromUtf8(data);
    return evidence;
}

// Reads a directory's entry names; with `markDirectories`, subdirectories
// (after following symlinks) get a trailing "/".
Evidence readDirectory(const QString& path, const QString& key, bool markDirectories) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = key;
    DIR* dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir) {
        setFailureFromErrno(evidence, errno, QStringLiteral("cannot list %1").arg(path));
        return evidence;
    }
    std::unique_ptr<DIR, int (*)(DIR*)> closer(dir, &::closedir);
    QStringList names;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0) {
                setFailureFromErrno(evidence, errno, QStringLiteral("cannot list %1").arg(path));
                return evidence;
            }
            break;
        }
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0) {
            continue;
        }
        QString name = QFile::decodeName(entry->d_name);
        if (markDirectories) {
            struct stat info {};
            if (::fstatat(::dirfd(dir), entry->d_name, &info, 0) == 0 && S_ISDIR(info.st_mode)) {
                name += QLatin1Char('/');
            }
        }
        names.append(name);
    }
    // Plain code-point order: deterministic, independent of the locale.
    std::sort(names.begin(), names.end());
    evidence.output =
        names.isEmpty() ? QString() : names.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return evidence;
}

int loopNumber(const QString& name) {
    return QStringView(name).mid(4).toInt();
}

QString loopListing(QStringList names) {
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return loopNumber(a) < loopNumber(b); });
    return names.isEmpty() ? QString() : names.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const QRegularExpression& loopNamePattern() {
    static const QRegularExpression pattern(QStringLiteral("^loop[0-9]+$"));
    return pattern;
}

struct UdevDeleter {
    void operator()(udev* handle) const { udev_unref(handle); }
    void operator()(udev_enumerate* handle) const { udev_enumerate_unref(handle); }
    void operator()(udev_device* handle) const { udev_device_unref(handle); }
};
template <typename T>
using UdevPtr = std::unique_ptr<T, UdevDeleter>;

// Attached loop devices as libudev enumerates them; nullopt when libudev
// itself is unusable (the caller then reads /sys/block directly).
std::optional<QStringList> attachedLoopsFromUdev() {
    UdevPtr<udev> context(udev_new());
    if (!context) {
        return std::nullopt;
    }
    UdevPtr<udev_enumerate> enumerate(udev_enumerate_new(context.get()));
    if (!enumerate || udev_enumerate_add_match_subsystem(enumerate.get(), "block") < 0 ||
        udev_enumerate_add_match_sysname(enumerate.get(), "loop*") < 0 ||
        udev_enumerate_scan_devices(enumerate.get()) < 0) {
        return std::nullopt;
    }
    QStringList names;
    udev_list_entry* entry = nullptr;
    udev_list_entry_foreach(entry, udev_enumerate_get_list_entry(enumerate.get())) {
        UdevPtr<udev_device> device(
            udev_device_new_from_syspath(context.get(), udev_list_entry_get_name(entry)));
        if (!device) {
            continue;
        }
        const QString name = QString::fromUtf8(udev_device_get_sysname(device.get()));
        if (!loopNamePattern().match(name).hasMatch()) {
            continue;
        }
        if (udev_device_get_sysattr_value(device.get(), "loop/backing_file") != nullptr) {
            names.append(name);
        }
    }
    return names;
}

}  // namespace

LiveSource::LiveSource() = default;

Evidence LiveSource::record(Evidence evidence) {
    m_log.add(evidence);
    return evidence;
}

Evidence LiveSource::readFile(const QString& path) {
    return record(readPlainFile(path));
}

Evidence LiveSource::listDirectory(const QString& path) {
    return record(readDirectory(path, path, false));
}

Evidence LiveSource::listDirectoryTyped(const QString& path) {
    return record(readDirectory(path, typedListingEvidenceKey(path), true));
}

QStringList LiveSource::executableSearchPath() {
    QStringList dirs;
    const QStringList fromEnvironment =
        qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // Relative PATH entries (".") would make the tool depend on the current
    // directory: never search them.
    for (const QString& dir : fromEnvironment) {
        if (dir.startsWith(QLatin1Char('/')) && !dirs.contains(dir)) {
            dirs.append(dir);
        }
    }
    for (const QString& dir : systemBinaryDirectories()) {
        if (!dirs.contains(dir)) {
            dirs.append(dir);
        }
    }
    return dirs;
}

QStringList LiveSource::commandEnvironment() {
    return {QStringLiteral("LC_ALL=C"),
            QStringLiteral("PATH=") + systemBinaryDirectories().join(QLatin1Char(':'))};
}

// A command on its way: started (or refused before starting, with
// `evidence` already saying why) and not yet waited for.
struct LiveSource::PendingCommand {
    Evidence evidence;
    std::unique_ptr<QProcess> process;  // null when it was never started
    QDeadlineTimer deadline;
    std::chrono::milliseconds timeout{0};
    QElapsedTimer elapsed;
};

LiveSource::PendingCommand LiveSource::start(const QStringList& argv,
                                             std::chrono::milliseconds timeout) {
    PendingCommand pending;
    Evidence& evidence = pending.evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = commandEvidenceKey(argv);
    evidence.argv = argv;
    pending.timeout = timeout;
    if (argv.isEmpty() || argv.first().isEmpty()) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("empty command line");
        return pending;
    }
    const QString tool = argv.first();
    QString program;
    if (tool.contains(QLatin1Char('/'))) {
        if (!tool.startsWith(QLatin1Char('/'))) {
            evidence.failure = Evidence::Failure::Error;
            evidence.message =
                QStringLiteral("refusing relative tool path '%1': give a name or an absolute path")
                    .arg(tool);
            return pending;
        }
        const QFileInfo info(tool);
        if (!info.exists()) {
            evidence.failure = Evidence::Failure::NotFound;
            evidence.message = QStringLiteral("%1 does not exist").arg(tool);
            return pending;
        }
        if (!info.isFile() || !info.isExecutable()) {
            evidence.failure = Evidence::Failure::PermissionDenied;
            evidence.message = QStringLiteral("%1 is not an executable file").arg(tool);
            return pending;
        }
        program = tool;
    } else {
        const QStringList searched = executableSearchPath();
        program = QStandardPaths::findExecutable(tool, searched);
        if (program.isEmpty()) {
            evidence.failure = Evidence::Failure::NotFound;
            evidence.message = QStringLiteral("the %1 command is not installed (searched %2)")
                                   .arg(tool, searched.join(QLatin1Char(':')));
            return pending;
        }
    }

    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    process->setArguments(argv.mid(1));
    process->setEnvironment(commandEnvironment());
    process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so a timeout kills the helpers it started too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    pending.deadline = QDeadlineTimer(timeout);
    pending.elapsed.start();
    process->start(QIODevice::ReadOnly);
    if (!process->waitForStarted(
            static_cast<int>(std::max<qint64>(pending.deadline.remainingTime(), 1)))) {
        const QFileInfo info(program);
        evidence.failure =
            info.isExecutable() ? Evidence::Failure::Error : Evidence::Failure::PermissionDenied;
        evidence.message =
            QStringLiteral("could not start %1: %2").arg(program, process->errorString());
        return pending;
    }
    pending.process = std::move(process);
    return pending;
}

namespace {

// A command runs in its own process group (start()): killing the group stops
// the helpers it started too. `pid` is read while it runs (QProcess forgets
// it once the process has finished). Reaped before returning.
void killWithItsGroup(QProcess& process, qint64 pid) {
    // Never kill(-0): that would be our own process group.
    if (pid > 0) {
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    }
    process.kill();
    process.waitForFinished(5000);
}

}  // namespace

Evidence LiveSource::finish(PendingCommand pending) {
    Evidence& evidence = pending.evidence;
    if (!pending.process) {
        return record(evidence);
    }
    QProcess& process = *pending.process;
    const qint64 pid = process.processId();
    const bool finished = process.waitForFinished(
        static_cast<int>(std::max<qint64>(pending.deadline.remainingTime(), 1)));
    m_started.append({evidence.argv, pending.elapsed.elapsed()});
    if (!finished) {
        killWithItsGroup(process, pid);
        evidence.failure = Evidence::Failure::Timeout;
        evidence.message = QStringLiteral("%1 did not finish within %2 ms and was killed")
                               .arg(evidence.key)
                               .arg(pending.timeout.count());
    } else if (process.exitStatus() == QProcess::CrashExit) {
        evidence.failure = Evidence::Failure::Crashed;
        evidence.message = QStringLiteral("%1 was terminated by a signal").arg(evidence.key);
    } else {
        evidence.exitCode = process.exitCode();
    }
    evidence.output = QString::fromUtf8(process.readAllStandardOutput());
    evidence.errorOutput = QString::fromUtf8(process.readAllStandardError());
    return record(evidence);
}

Evidence LiveSource::run(const QStringList& argv, std::chrono::milliseconds timeout) {
    return finish(take(argv, timeout));
}

void LiveSource::startEarly(const QList<QStringList>& commands, std::chrono::milliseconds timeout) {
    for (const QStringList& argv : commands) {
        const bool started = std::any_of(
            m_early.cbegin(), m_early.cend(),
            [&argv](const PendingCommand& pending) { return pending.evidence.argv == argv; });
        if (!started) {
            m_early.push_back(start(argv, timeout));
        }
    }
}

LiveSource::PendingCommand LiveSource::take(const QStringList& argv,
                                            std::chrono::milliseconds timeout) {
    const auto early =
        std::find_if(m_early.begin(), m_early.end(), [&](const PendingCommand& pending) {
            return pending.evidence.argv == argv && pending.timeout == timeout;
        });
    if (early == m_early.end()) {
        return start(argv, timeout);
    }
    PendingCommand pending = std::move(*early);
    m_early.erase(early);
    return pending;
}

LiveSource::~LiveSource() {
    // Started early and never asked for (a collector changed its mind on what
    // it learnt meanwhile): stopped with everything they started, and reaped.
    for (PendingCommand& pending : m_early) {
        if (!pending.process || pending.process->waitForFinished(0)) {
            continue;
        }
        killWithItsGroup(*pending.process, pending.process->processId());
    }
}

QList<StartedProcess> LiveSource::startedProcesses() const {
    QList<StartedProcess> started = m_started;
    for (const PendingCommand& pending : m_early) {
        if (pending.process) {
            started.append({pending.evidence.argv, pending.elapsed.elapsed()});
        }
    }
    return started;
}

QList<Evidence> LiveSource::runTogether(const QList<QStringList>& commands,
                                        std::chrono::milliseconds timeout) {
    std::vector<PendingCommand> pending;
    pending.reserve(commands.size());
    for (const QStringList& argv : commands) {
        pending.push_back(take(argv, timeout));
    }
    // Waiting for one while another fills its output pipe is harmless: that
    // one only pauses until its turn comes.
    QList<Evidence> answers;
    for (PendingCommand& command : pending) {
        answers.append(finish(std::move(command)));
    }
    return answers;
}

Evidence LiveSource::listLoopDevices() {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = loopDeviceListEvidenceKey();
    if (const auto names = attachedLoopsFromUdev()) {
        evidence.output = loopListing(*names);
        return record(evidence);
    }
    // libudev unusable: the same rule from /sys/block directly.
    const Evidence blockDir = readDirectory(QStringLiteral("/sys/block"), evidence.key, false);
    if (blockDir.failure != Evidence::Failure::None) {
        return record(blockDir);
    }
    QStringList names;
    for (const QString& name : blockDir.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QByteArray loopDir =
            QFile::encodeName(QStringLiteral("/sys/block/%1/loop").arg(name));
        if (loopNamePattern().match(name).hasMatch() && ::access(loopDir.constData(), F_OK) == 0) {
            names.append(name);
        }
    }
    evidence.output = loopListing(names);
    return record(evidence);
}

Evidence LiveSource::readBlockAttribute(const QString& device, const QString& attribute) {
    if (const std::optional<Evidence> refused = refusedBlockAttribute(device, attribute)) {
        return record(*refused);
    }
    const QString key = blockAttributeEvidenceKey(device, attribute);
    UdevPtr<udev> context(udev_new());
    if (context) {
        UdevPtr<udev_device> handle(udev_device_new_from_subsystem_sysname(
            context.get(), "block", device.toUtf8().constData()));
        if (handle) {
            errno = 0;
            const char* value =
                udev_device_get_sysattr_value(handle.get(), attribute.toUtf8().constData());
            if (value) {
                Evidence evidence;
                evidence.kind = Evidence::Kind::File;
                evidence.key = key;
                // libudev strips the newline the kernel ends every attribute
                // with; put it back so the record equals the file's contents.
                evidence.output = QString::fromUtf8(value) + QLatin1Char('\n');
                return record(evidence);
            }
        }
    }
    // libudev could not answer: a plain read gives the same text, or an errno
    // that says why not.
    return record(readPlainFile(key));
}

Evidence LiveSource::readKernelRingBuffer() {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = kernelRingBufferEvidenceKey();
    const QByteArray path = QFile::encodeName(evidence.key);
    // Opening checks the same permission as `dmesg` (kernel/printk/printk.c:
    // devkmsg_open -> check_syslog_permissions, kernel.dmesg_restrict).
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        setFailureFromErrno(evidence, errno, QStringLiteral("cannot open %1").arg(evidence.key));
        return record(evidence);
    }
    FdCloser closer{fd};
    // One record per read(); a record is at most 8 KiB (CONSOLE_EXT_LOG_MAX
    // in the kernel), so a larger buffer never gets EINVAL.
    QByteArray data;
    char buffer[16384];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0) {
            if (errno == EINTR || errno == EPIPE) {
                continue;  // EPIPE: records overwritten meanwhile; the next read goes on
            }
            if (errno == EAGAIN) {
                break;  // every record read
            }
            setFailureFromErrno(evidence, errno,
                                QStringLiteral("cannot read %1").arg(evidence.key));
            return record(evidence);
        }
        if (count == 0) {
            break;
        }
        data.append(buffer, count);
        if (data.size() > kMaxFileBytes) {
            evidence.failure = Evidence::Failure::Error;
            evidence.message = QStringLiteral("%1 holds more than %2 bytes; not read")
                                   .arg(evidence.key)
                                   .arg(kMaxFileBytes);
            return record(evidence);
        }
    }
    evidence.output = QString::fromUtf8(data);
    return record(evidence);
}

QString LiveSource::description() const {
    return QStringLiteral("this machine (%1)").arg(QSysInfo::machineHostName());
}

}  // namespace zd
