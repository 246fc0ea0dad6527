// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "probes/probe_runner.h"

#include <libmount/libmount.h>
#include <QFile>
#include <QRandomGenerator>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "contract.h"
#include "probes/probe_child.h"
#include "system/child_process.h"
#include "system/file_util.h"
#include "system/target_checks.h"
#include "util/version.h"

namespace zd::helper {

namespace {

// How long a finished probe child may take to be reaped, and a killed one to die.
constexpr auto kReapTimeout = std::chrono::seconds(1);

QString errnoName(int code) {
    if (code == 0) {
        return {};
    }
    const char* name = ::strerrorname_np(code);
    return name ? QString::fromLatin1(name) : QStringLiteral("E%1").arg(code);
}

QString errnoText(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

struct DatasetMount {
    std::uint64_t id = 0;
    QString target;
    bool readOnly = false;
    bool onlySubdirectory = false;  // only bind mounts of a subdirectory are visible
};

// The dataset's own mount in mountinfo: source == dataset, type zfs, and
// root "/" (a bind mount of a subdirectory has another root). The last such
// entry wins, as the kernel lists newer mounts later.
std::optional<DatasetMount> findDatasetMount(const QString& mountinfoPath, const QString& dataset,
                                             QString* error) {
    libmnt_table* table = ::mnt_new_table_from_file(QFile::encodeName(mountinfoPath).constData());
    if (!table) {
        *error = QStringLiteral("cannot parse %1").arg(mountinfoPath);
        return std::nullopt;
    }
    libmnt_iter* iterator = ::mnt_new_iter(MNT_ITER_FORWARD);
    libmnt_fs* fs = nullptr;
    DatasetMount found;
    bool sawRoot = false;
    bool sawSubdirectory = false;
    const QByteArray wanted = dataset.toUtf8();
    while (::mnt_table_next_fs(table, iterator, &fs) == 0) {
        const char* source = ::mnt_fs_get_source(fs);
        const char* type = ::mnt_fs_get_fstype(fs);
        const char* root = ::mnt_fs_get_root(fs);
        if (!source || !type || wanted != source || qstrcmp(type, "zfs") != 0) {
            continue;
        }
        if (!root || qstrcmp(root, "/") != 0) {
            sawSubdirectory = true;
            continue;
        }
        sawRoot = true;
        found.id = static_cast<std::uint64_t>(::mnt_fs_get_id(fs));
        found.target = QFile::decodeName(::mnt_fs_get_target(fs));
        const char* options = ::mnt_fs_get_vfs_options(fs);
        found.readOnly = options && QByteArray(options).split(',').contains("ro");
    }
    ::mnt_free_iter(iterator);
    ::mnt_unref_table(table);
    found.onlySubdirectory = !sawRoot && sawSubdirectory;
    return found;
}

QByteArray randomName(const QByteArray& prefix) {
    return prefix +
           QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');
}

QString describeStage(const ProbeChildResult& outcome, const QString& dataset,
                      const QString& mountPoint) {
    const QString directory = mountPoint + QLatin1Char('/') + ProbeRunner::probeDirectoryName();
    switch (outcome.stage) {
        case ProbeStage::Done:
            return {};
        case ProbeStage::OpenMountPoint:
            return outcome.error == ELOOP
                       ? QStringLiteral(
                             "The path to the mount point %1 of '%2' contains a "
                             "symbolic link; refusing to probe.")
                             .arg(mountPoint, dataset)
                       : QStringLiteral("Cannot open the mount point %1 of '%2': %3.")
                             .arg(mountPoint, dataset, errnoText(outcome.error));
        case ProbeStage::NotTheMount:
            return QStringLiteral(
                       "%1 is not the mount of '%2' that the mount table lists "
                       "(something else is mounted there now); refusing to probe.")
                .arg(mountPoint, dataset);
        case ProbeStage::NotMountRoot:
            return QStringLiteral(
                       "%1 is a directory inside a file system, not the root of the "
                       "mount of '%2'; refusing to probe.")
                .arg(mountPoint, dataset);
        case ProbeStage::NotZfs:
            return QStringLiteral("%1 is not on a ZFS file system any more; refusing to probe.")
                .arg(mountPoint);
        case ProbeStage::ReadOnly:
            return QStringLiteral(
                       "Dataset '%1' is mounted read-only; the probe needs to write "
                       "temporary files.")
                .arg(dataset);
        case ProbeStage::MakeDirectory:
            return QStringLiteral("Cannot create %1: %2.").arg(directory, errnoText(outcome.error));
        case ProbeStage::OpenDirectory:
            return outcome.error == ELOOP
                       ? QStringLiteral("%1 is a symlink; refusing to use it.").arg(directory)
                   : outcome.error == EXDEV
                       ? QStringLiteral(
                             "%1 is another file system mounted in its place (a bind "
                             "mount); refusing to use it.")
                             .arg(directory)
                       : QStringLiteral("Cannot open %1: %2.")
                             .arg(directory, errnoText(outcome.error));
        case ProbeStage::DirectoryNotPrivate:
            return QStringLiteral(
                       "%1 exists and is not a private directory (mode 0700) owned by "
                       "root; refusing to use it.")
                .arg(directory);
        case ProbeStage::StrangerInDirectory:
            return QStringLiteral(
                       "%1 holds files ZFS Doctor did not create (a hard link, a "
                       "symlink or someone's file); refusing to use it and leaving "
                       "them alone.")
                .arg(directory);
        case ProbeStage::CreateFile:
        case ProbeStage::WriteFile:
        case ProbeStage::OpenForCall:
            return QStringLiteral("Cannot %1 a probe file in %2: %3.")
                .arg(outcome.stage == ProbeStage::WriteFile ? QStringLiteral("write")
                                                            : QStringLiteral("create"),
                     directory, errnoText(outcome.error));
    }
    return QStringLiteral("The probe stopped for an unknown reason.");
}

// Forks the child that does all of the probe's I/O and waits for it, at most
// `timeout`. A child that does not answer in time is killed, and reaped
// later if it cannot die yet (stuck in I/O): never a zombie, never a wait.
bool runChild(const ProbeChildPlan& plan, std::chrono::milliseconds timeout,
              ProbeChildResult* outcome, QString* error) {
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error = QStringLiteral("pipe failed: %1").arg(errnoText(errno));
        return false;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        *error = QStringLiteral("fork failed: %1").arg(errnoText(errno));
        return false;
    }
    if (child == 0) {
        ::close(pipeFds[0]);
        const ProbeChildResult result = runProbeChild(plan);
        [[maybe_unused]] const ssize_t n = ::write(pipeFds[1], &result, sizeof result);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    const int pidfd = openPidfd(child);
    pollfd pending{pipeFds[0], POLLIN, 0};
    int ready;
    do {
        ready = ::poll(&pending, 1, static_cast<int>(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    const bool got = ready > 0 && ::read(pipeFds[0], outcome, sizeof *outcome) == sizeof *outcome;
    ::close(pipeFds[0]);
    if (!got) {
        ::kill(child, SIGKILL);
    }
    if (!reapWithin(child, pidfd, kReapTimeout)) {
        reapLater(child);
    }
    if (pidfd >= 0) {
        ::close(pidfd);
    }
    if (!got) {
        *error = ready == 0 ? QStringLiteral(
                                  "the probe did not finish within %1 ms (its I/O is blocked; the "
                                  "probe process was killed)")
                                  .arg(timeout.count())
                            : QStringLiteral("the probe process ended without a result");
    }
    return got;
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
    QString mountError;
    const std::optional<DatasetMount> mount =
        findDatasetMount(m_root.path(QStringLiteral("/proc/self/mountinfo")), dataset, &mountError);
    if (!mount) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not read the mount table: %1").arg(mountError));
    }
    if (mount->onlySubdirectory) {
        result->refusedReason = QStringLiteral(
                                    "Only a bind mount of a subdirectory of '%1' is mounted "
                                    "here, not the dataset itself; refusing to probe.")
                                    .arg(dataset);
        return true;
    }
    if (mount->target.isEmpty()) {
        result->refusedReason =
            QStringLiteral(
                "Dataset '%1' is not mounted as ZFS here; the probe needs to create "
                "temporary files in it.")
                .arg(dataset);
        return true;
    }
    if (mount->readOnly) {
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

    // Everything the child needs, prepared before fork().
    ProbeChildPlan plan;
    plan.rootFd =
        ::open(QFile::encodeName(m_root.root()).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (plan.rootFd < 0) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Cannot open %1: %2").arg(m_root.root(), errnoText(errno)));
    }
    const QString relative = mount->target.mid(1);
    plan.mountPoint = relative.isEmpty() ? QByteArray(".") : QFile::encodeName(relative);
    plan.mountId = mount->id;
    // Under a test --root the "dataset" is a tmpfs; on the real root it must be ZFS.
    plan.requireZfs = m_root.isRealRoot();
    plan.directoryName = QFile::encodeName(probeDirectoryName());
    plan.namePrefix = "zd-probe-";
    plan.sourceName = randomName(plan.namePrefix);
    plan.targetName = randomName(plan.namePrefix);
    const QByteArray pattern(65536, 'z');
    plan.pattern = pattern.constData();
    void* buffer = nullptr;
    if (::posix_memalign(&buffer, 4096, 4096) != 0) {
        ::close(plan.rootFd);
        return setError(error, kErrorFailed, QStringLiteral("Out of memory."));
    }
    plan.alignedBuffer = buffer;
    if (probe == QLatin1String(kProbeODirectAlignment)) {
        plan.call = ProbeCall::ODirectRead;
        plan.sourceSize = 8192;
        result->detail = QStringLiteral(
            "pread(fd, buf, 512, 512) on a file opened with "
            "O_RDONLY|O_DIRECT (512-aligned, not page-aligned)");
    } else if (probe == QLatin1String(kProbeCopyFileRange)) {
        // 100 bytes at offset 1: a range block cloning can never satisfy,
        // so the call shows whether ZFS falls back to a copy (fixed) or
        // returns the cloning error (openzfs/zfs#15930 on Linux >= 6.8).
        plan.call = ProbeCall::CopyFileRange;
        plan.sourceSize = 262144;
        plan.inOffset = 1;
        plan.outOffset = 1;
        plan.length = 100;
    } else {
        // Upstream's #16958 reproduction, `clonefile -f src dst 0 262144 196608`.
        plan.call = ProbeCall::CopyFileRange;
        plan.sourceSize = 524288;
        plan.inOffset = 0;
        plan.outOffset = 262144;
        plan.length = 196608;
    }
    if (plan.call == ProbeCall::CopyFileRange) {
        result->detail = QStringLiteral(
                             "copy_file_range(src, offset %1, dst, offset %2, %3, 0) "
                             "between two files of the dataset")
                             .arg(plan.inOffset)
                             .arg(plan.outOffset)
                             .arg(plan.length);
    }
    ProbeChildResult outcome;
    QString childError;
    const bool finished = runChild(plan, m_timeout, &outcome, &childError);
    std::free(buffer);
    ::close(plan.rootFd);
    if (!finished) {
        result->refusedReason = childError;
        return true;
    }
    if (outcome.stage != ProbeStage::Done) {
        result->refusedReason = describeStage(outcome, dataset, mount->target);
        return true;
    }
    if (outcome.openFailedBeforeRead) {
        result->detail = QStringLiteral("open(O_RDONLY|O_DIRECT) failed before the read");
    }
    result->ran = true;
    result->errorNumber = outcome.error;
    result->errorName = errnoName(outcome.error);
    result->bytes = outcome.bytes;
    return true;
}

}  // namespace zd::helper
