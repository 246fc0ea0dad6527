// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "probes/probe_runner.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "collect/mount_table.h"
#include "contract.h"
#include "system/file_util.h"
#include "system/target_checks.h"
#include "util/version.h"

namespace zd::helper {

namespace {

QString errnoName(int code) {
    if (code == 0) {
        return {};
    }
    const char* name = ::strerrorname_np(code);
    return name ? QString::fromLatin1(name) : QStringLiteral("E%1").arg(code);
}

// The probe's working directory and files; everything is removed when this
// goes out of scope, whatever happened in between.
class ProbeDirectory {
  public:
    ProbeDirectory(const QString& mountPoint, bool requireZfs, QString* error)
        : m_parentPath(mountPoint) {
        m_parent = ::open(QFile::encodeName(mountPoint).constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (m_parent < 0) {
            *error = QStringLiteral("cannot open the mount point %1: %2")
                         .arg(mountPoint, QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        // What we opened must really be ZFS (not a directory swapped in
        // under the mount table's path).
        struct statfs filesystem {};
        constexpr unsigned long kZfsSuperMagic = 0x2fc12fc1;
        if (requireZfs && (::fstatfs(m_parent, &filesystem) != 0 ||
                           static_cast<unsigned long>(filesystem.f_type) != kZfsSuperMagic)) {
            *error = QStringLiteral("%1 is not on a ZFS file system any more; refusing to probe.")
                         .arg(mountPoint);
            return;
        }
        const QByteArray name = QFile::encodeName(ProbeRunner::probeDirectoryName());
        if (::mkdirat(m_parent, name.constData(), 0700) != 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create %1/%2: %3")
                         .arg(mountPoint, ProbeRunner::probeDirectoryName(),
                              QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        // O_NOFOLLOW|O_DIRECTORY refuses a symlink planted in our place; then
        // the directory must be ours (left over from a killed probe) and private.
        m_directory =
            ::openat(m_parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        struct stat info {};
        if (m_directory < 0 || ::fstat(m_directory, &info) != 0 || info.st_uid != ::geteuid() ||
            (info.st_mode & 077) != 0) {
            *error = QStringLiteral(
                         "%1/%2 exists and is not a private directory owned by the "
                         "helper (a symlink or someone else's); refusing to use it.")
                         .arg(mountPoint, ProbeRunner::probeDirectoryName());
            return;
        }
        m_ok = true;
    }
    ~ProbeDirectory() {
        for (const QByteArray& file : m_files) {
            ::unlinkat(m_directory, file.constData(), 0);
        }
        if (m_directory >= 0) {
            ::close(m_directory);
        }
        if (m_parent >= 0) {
            ::unlinkat(m_parent, QFile::encodeName(ProbeRunner::probeDirectoryName()).constData(),
                       AT_REMOVEDIR);
            ::close(m_parent);
        }
    }
    ProbeDirectory(const ProbeDirectory&) = delete;
    ProbeDirectory& operator=(const ProbeDirectory&) = delete;
    bool ok() const { return m_ok; }
    int fd() const { return m_directory; }

    // Creates a new file of `size` bytes of a non-zero pattern, flushed to disk
    // (so the probe reads real blocks, not holes). Returns its name or empty.
    QByteArray createFile(const char* prefix, qint64 size, QString* error) {
        const QByteArray name = QByteArray(prefix) + '-' + QByteArray::number(::getpid());
        ::unlinkat(m_directory, name.constData(), 0);  // a leftover from a killed run
        const int fd = ::openat(m_directory, name.constData(),
                                O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            *error = QStringLiteral("cannot create a probe file: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
        m_files.append(name);
        QByteArray block(65536, 'z');
        qint64 written = 0;
        while (written < size) {
            const size_t chunk = static_cast<size_t>(qMin<qint64>(block.size(), size - written));
            const ssize_t n = ::write(fd, block.constData(), chunk);
            if (n <= 0) {
                *error = QStringLiteral("cannot write a probe file: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)));
                ::close(fd);
                return {};
            }
            written += n;
        }
        ::fsync(fd);
        ::close(fd);
        return name;
    }

  private:
    QString m_parentPath;
    int m_parent = -1;
    int m_directory = -1;
    bool m_ok = false;
    QList<QByteArray> m_files;
};

struct CallOutcome {
    int error = 0;
    long long bytes = 0;
};

// Runs `call` in a child process so that a call that never returns can be
// abandoned after the time limit. The child only makes system calls.
template <typename Call>
bool runInChild(Call call, std::chrono::milliseconds timeout, CallOutcome* outcome,
                QString* error) {
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error = QStringLiteral("pipe failed");
        return false;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        *error = QStringLiteral("fork failed");
        return false;
    }
    if (child == 0) {
        ::close(pipeFds[0]);
        const CallOutcome result = call();
        [[maybe_unused]] const ssize_t n = ::write(pipeFds[1], &result, sizeof result);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    pollfd pending{pipeFds[0], POLLIN, 0};
    const int ready = ::poll(&pending, 1, static_cast<int>(timeout.count()));
    bool got = false;
    if (ready > 0) {
        got = ::read(pipeFds[0], outcome, sizeof *outcome) == sizeof *outcome;
    }
    ::close(pipeFds[0]);
    if (!got) {
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, WNOHANG);
        *error = ready == 0 ? QStringLiteral(
                                  "the probed call did not return within %1 ms "
                                  "(the process was killed)")
                                  .arg(timeout.count())
                            : QStringLiteral("the probe process ended without a result");
        return false;
    }
    ::waitpid(child, nullptr, 0);
    return true;
}

}  // namespace

ProbeRunner::ProbeRunner(ToolRunner& tools, const SystemRoot& root,
                         std::chrono::milliseconds timeout)
    : m_tools(tools), m_root(root), m_timeout(timeout) {}

QString ProbeRunner::unalignedCopyRefusal(const QString& kmodVersion,
                                          const QString& kernelRelease) {
    const auto version = Version::parse(kmodVersion.trimmed());
    if (!version) {
        return QStringLiteral(
            "The loaded zfs module's version could not be read, so it cannot be "
            "ruled out that it is 2.3.0, where this copy_file_range path "
            "panicked kernels (openzfs/zfs#16952). Not probed; the result is "
            "inferred from versions instead.");
    }
    if (version->withoutReleaseCandidate() == Version(2, 3, 0)) {
        return QStringLiteral(
                   "The loaded zfs module is %1: on 2.3.0 this unaligned "
                   "copy_file_range path panicked kernels (openzfs/zfs#16952), and "
                   "kernel %2 is not known to be safe from it. Not probed; the result "
                   "is inferred from versions instead.")
            .arg(kmodVersion.trimmed(),
                 kernelRelease.isEmpty() ? QStringLiteral("(unknown)") : kernelRelease);
    }
    return {};
}

bool ProbeRunner::run(const QString& probe, const QString& dataset, ProbeResult* result,
                      HelperError* error) {
    *result = {};
    result->probe = probe;
    result->dataset = dataset;
    if (!checkDatasetIsFilesystem(m_tools, dataset, error)) {
        return false;
    }

    QString readError;
    const auto mountinfo = readSmallFile(m_root.path(QStringLiteral("/proc/self/mountinfo")),
                                         &readError, 16 * 1024 * 1024);
    if (!mountinfo) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not read the mount table: %1").arg(readError));
    }
    QString parseError;
    const auto table = MountTable::parse(QString::fromUtf8(*mountinfo), &parseError);
    if (!table) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not parse the mount table: %1").arg(parseError));
    }
    const MountTable::Entry* mount = nullptr;
    for (const MountTable::Entry& entry : table->entries()) {
        if (entry.source == dataset && entry.fsType == QLatin1String("zfs")) {
            mount = &entry;
        }
    }
    if (!mount) {
        result->refusedReason =
            QStringLiteral(
                "Dataset '%1' is not mounted as ZFS here; the probe needs to create "
                "temporary files in it.")
                .arg(dataset);
        return true;
    }
    if (mount->options.split(QLatin1Char(',')).contains(QLatin1String("ro"))) {
        result->refusedReason = QStringLiteral(
                                    "Dataset '%1' is mounted read-only (readonly=on); "
                                    "the probe needs to write temporary files.")
                                    .arg(dataset);
        return true;
    }
    if (probe == QLatin1String(kProbeCopyFileRangeUnaligned)) {
        QString ignored;
        const auto kmod =
            readSmallFile(m_root.path(QStringLiteral("/sys/module/zfs/version")), &ignored, 256);
        const auto kernel =
            readSmallFile(m_root.path(QStringLiteral("/proc/sys/kernel/osrelease")), &ignored, 256);
        const QString refusal =
            unalignedCopyRefusal(kmod ? QString::fromUtf8(*kmod) : QString(),
                                 kernel ? QString::fromUtf8(*kernel).trimmed() : QString());
        if (!refusal.isEmpty()) {
            result->refusedReason = refusal;
            return true;
        }
    }

    QString directoryError;
    // Under a test --root the "dataset" is a plain directory; on the real
    // root it must be ZFS.
    ProbeDirectory directory(m_root.path(mount->target), m_root.isRealRoot(), &directoryError);
    if (!directory.ok()) {
        result->refusedReason = directoryError;
        return true;
    }
    const int dirFd = directory.fd();
    CallOutcome outcome;
    QString callError;
    bool finished = false;
    if (probe == QLatin1String(kProbeODirectAlignment)) {
        const QByteArray source = directory.createFile("odirect", 8192, &callError);
        if (source.isEmpty()) {
            result->refusedReason = callError;
            return true;
        }
        void* buffer = nullptr;
        if (::posix_memalign(&buffer, 4096, 4096) != 0) {
            return setError(error, kErrorFailed, QStringLiteral("Out of memory."));
        }
        result->detail = QStringLiteral(
            "pread(fd, buf, 512, 512) on a file opened with "
            "O_RDONLY|O_DIRECT (512-aligned, not page-aligned)");
        finished = runInChild(
            [dirFd, source, buffer]() {
                CallOutcome r;
                const int fd = ::openat(dirFd, source.constData(), O_RDONLY | O_DIRECT | O_CLOEXEC);
                if (fd < 0) {
                    r.error = errno;
                    r.bytes = -1;
                    return r;
                }
                const ssize_t n = ::pread(fd, buffer, 512, 512);
                r.error = n < 0 ? errno : 0;
                r.bytes = n < 0 ? 0 : n;
                ::close(fd);
                return r;
            },
            m_timeout, &outcome, &callError);
        std::free(buffer);
        if (finished && outcome.bytes == -1) {
            result->detail = QStringLiteral("open(O_RDONLY|O_DIRECT) failed before the read");
            outcome.bytes = 0;
        }
    } else {
        const bool unaligned = probe == QLatin1String(kProbeCopyFileRangeUnaligned);
        // Aligned: 128 KiB from offset 0 to 0. Unaligned: upstream's #16958
        // reproduction, `clonefile -f src dst 0 262144 196608` on a 512 KiB file.
        const qint64 sourceSize = unaligned ? 524288 : 262144;
        const loff_t inOffset = 0;
        const loff_t outOffset = unaligned ? 262144 : 0;
        const size_t length = unaligned ? 196608 : 131072;
        const QByteArray source = directory.createFile("cfr-src", sourceSize, &callError);
        const QByteArray target =
            source.isEmpty() ? QByteArray() : directory.createFile("cfr-dst", 0, &callError);
        if (target.isEmpty()) {
            result->refusedReason = callError;
            return true;
        }
        result->detail = QStringLiteral(
                             "copy_file_range(src, offset %1, dst, offset %2, %3, 0) "
                             "between two files of the dataset")
                             .arg(inOffset)
                             .arg(outOffset)
                             .arg(length);
        finished = runInChild(
            [dirFd, source, target, inOffset, outOffset, length]() {
                CallOutcome r;
                const int in = ::openat(dirFd, source.constData(), O_RDONLY | O_CLOEXEC);
                const int out = ::openat(dirFd, target.constData(), O_WRONLY | O_CLOEXEC);
                if (in < 0 || out < 0) {
                    r.error = errno;
                    return r;
                }
                loff_t from = inOffset;
                loff_t to = outOffset;
                const ssize_t n = ::copy_file_range(in, &from, out, &to, length, 0);
                r.error = n < 0 ? errno : 0;
                r.bytes = n < 0 ? 0 : n;
                ::close(in);
                ::close(out);
                return r;
            },
            m_timeout, &outcome, &callError);
    }
    if (!finished) {
        result->refusedReason = callError;
        return true;
    }
    result->ran = true;
    result->errorNumber = outcome.error;
    result->errorName = errnoName(outcome.error);
    result->bytes = outcome.bytes;
    return true;
}

}  // namespace zd::helper
