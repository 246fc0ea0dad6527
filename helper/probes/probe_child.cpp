// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "probes/probe_child.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace zd::helper {

namespace {

constexpr unsigned long kZfsSuperMagic = 0x2fc12fc1;

// openat2(2) with `resolve`; where the kernel has no openat2 (before 5.6),
// each component is opened with O_NOFOLLOW in turn, which refuses symlinks
// the same way. The caller checks mounts itself (xdev below).
int openBeneath(int dirFd, const char* path, int flags, std::uint64_t resolve) {
    open_how how{};
    how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
    how.resolve = resolve | RESOLVE_NO_MAGICLINKS | RESOLVE_BENEATH;
    const long fd = ::syscall(SYS_openat2, dirFd, path, &how, sizeof how);
    if (fd >= 0 || errno != ENOSYS) {
        return static_cast<int>(fd);
    }
    char component[256];
    int current = ::openat(dirFd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    const char* p = path;
    while (current >= 0 && *p != '\0') {
        const char* slash = std::strchr(p, '/');
        const size_t length = slash ? static_cast<size_t>(slash - p) : std::strlen(p);
        if (length == 0 || length >= sizeof component ||
            (length == 2 && p[0] == '.' && p[1] == '.')) {
            ::close(current);
            errno = EINVAL;
            return -1;
        }
        std::memcpy(component, p, length);
        component[length] = '\0';
        const bool last = slash == nullptr;
        const int next = ::openat(current, component,
                                  (last ? flags : O_PATH | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC);
        ::close(current);
        current = next;
        p = last ? p + length : slash + 1;
    }
    return current;
}

// The mount id of an open file: statx (Linux 5.8), else /proc/self/fdinfo.
std::uint64_t mountIdOf(int fd, bool* isMountRoot) {
    struct statx info {};
    *isMountRoot = true;  // unknown on kernels that cannot say: not refused for it
    if (::statx(fd, "", AT_EMPTY_PATH, STATX_MNT_ID, &info) == 0 &&
        (info.stx_mask & STATX_MNT_ID) != 0) {
        if ((info.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) != 0) {
            *isMountRoot = (info.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
        }
        return info.stx_mnt_id;
    }
    char path[64] = "/proc/self/fdinfo/";
    char digits[16];
    int n = 0;
    for (int value = fd; n == 0 || value > 0; value /= 10) {
        digits[n++] = static_cast<char>('0' + value % 10);
    }
    size_t at = std::strlen(path);
    while (n > 0) {
        path[at++] = digits[--n];
    }
    path[at] = '\0';
    const int info_fd = ::open(path, O_RDONLY | O_CLOEXEC);
    char text[1024] = {};
    const ssize_t got = info_fd >= 0 ? ::read(info_fd, text, sizeof text - 1) : -1;
    if (info_fd >= 0) {
        ::close(info_fd);
    }
    const char* line = got > 0 ? std::strstr(text, "mnt_id:") : nullptr;
    std::uint64_t id = 0;
    for (const char* c = line ? line + 7 : ""; *c == ' ' || *c == '\t' || (*c >= '0' && *c <= '9');
         ++c) {
        if (*c >= '0' && *c <= '9') {
            id = id * 10 + static_cast<std::uint64_t>(*c - '0');
        }
    }
    return id;
}

bool startsWith(const char* text, const QByteArray& prefix) {
    return std::strncmp(text, prefix.constData(), static_cast<size_t>(prefix.size())) == 0;
}

// Removes leftovers of a killed probe; false if anything else is in there.
bool clearLeftovers(int directory, const ProbeChildPlan& plan) {
    alignas(8) char buffer[4096];
    for (;;) {
        const long n = ::syscall(SYS_getdents64, directory, buffer, sizeof buffer);
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        for (long offset = 0; offset < n;) {
            // struct linux_dirent64: d_ino, d_off, d_reclen, d_type, d_name
            unsigned short length = 0;
            std::memcpy(&length, buffer + offset + 16, sizeof length);
            const char* name = buffer + offset + 19;
            offset += length;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) {
                continue;
            }
            struct stat info {};
            if (!startsWith(name, plan.namePrefix) ||
                ::fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) != 0 ||
                !S_ISREG(info.st_mode) || info.st_nlink != 1 || info.st_uid != ::geteuid() ||
                ::unlinkat(directory, name, 0) != 0) {
                return false;
            }
        }
    }
}

// Creates and fills a new file. Returns whether it was created (so the
// caller removes it); *result says when creating or filling it failed.
bool createFile(int directory, const QByteArray& name, qint64 size, const char* pattern,
                ProbeChildResult* result) {
    const int fd = ::openat(directory, name.constData(),
                            O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *result = {ProbeStage::CreateFile, errno, 0, false};
        return false;
    }
    for (qint64 written = 0; written < size;) {
        const ssize_t n =
            ::write(fd, pattern, static_cast<size_t>(qMin<qint64>(65536, size - written)));
        if (n <= 0) {
            *result = {ProbeStage::WriteFile, errno, 0, false};
            ::close(fd);
            return true;
        }
        written += n;
    }
    // Flushed, so the probe reads real blocks, not dirty pages or holes.
    if (::fsync(fd) != 0) {
        *result = {ProbeStage::WriteFile, errno, 0, false};
    }
    ::close(fd);
    return true;
}

ProbeChildResult probedCall(int directory, const ProbeChildPlan& plan) {
    ProbeChildResult result;
    if (plan.call == ProbeCall::ODirectRead) {
        const int fd = ::openat(directory, plan.sourceName.constData(),
                                O_RDONLY | O_DIRECT | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            result.error = errno;
            result.openFailedBeforeRead = true;
            return result;
        }
        const ssize_t n = ::pread(fd, plan.alignedBuffer, 512, 512);
        result.error = n < 0 ? errno : 0;
        result.bytes = n < 0 ? 0 : n;
        ::close(fd);
        return result;
    }
    const int in =
        ::openat(directory, plan.sourceName.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    const int out =
        ::openat(directory, plan.targetName.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0 || out < 0) {
        result = {ProbeStage::OpenForCall, errno, 0, false};
    } else {
        loff_t from = plan.inOffset;
        loff_t to = plan.outOffset;
        const ssize_t n = ::copy_file_range(in, &from, out, &to, plan.length, 0);
        result.error = n < 0 ? errno : 0;
        result.bytes = n < 0 ? 0 : n;
    }
    for (const int fd : {in, out}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    return result;
}

}  // namespace

ProbeChildResult runProbeChild(const ProbeChildPlan& plan) {
    const int mount = openBeneath(plan.rootFd, plan.mountPoint.constData(), O_RDONLY | O_DIRECTORY,
                                  RESOLVE_NO_SYMLINKS);
    if (mount < 0) {
        return {ProbeStage::OpenMountPoint, errno, 0, false};
    }
    bool isMountRoot = false;
    if (mountIdOf(mount, &isMountRoot) != plan.mountId) {
        return {ProbeStage::NotTheMount, 0, 0, false};
    }
    if (!isMountRoot) {
        return {ProbeStage::NotMountRoot, 0, 0, false};
    }
    struct statfs filesystem {};
    if (plan.requireZfs && (::fstatfs(mount, &filesystem) != 0 ||
                            static_cast<unsigned long>(filesystem.f_type) != kZfsSuperMagic)) {
        return {ProbeStage::NotZfs, 0, 0, false};
    }
    struct statvfs volume {};
    if (::fstatvfs(mount, &volume) == 0 && (volume.f_flag & ST_RDONLY) != 0) {
        return {ProbeStage::ReadOnly, 0, 0, false};
    }
    if (::mkdirat(mount, plan.directoryName.constData(), 0700) != 0 && errno != EEXIST) {
        return {ProbeStage::MakeDirectory, errno, 0, false};
    }
    const int directory =
        openBeneath(mount, plan.directoryName.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW,
                    RESOLVE_NO_SYMLINKS | RESOLVE_NO_XDEV);
    if (directory < 0) {
        // O_DIRECTORY|O_NOFOLLOW says ENOTDIR for a symlink: tell it apart.
        const int saved = errno;
        struct stat link {};
        const bool isLink =
            ::fstatat(mount, plan.directoryName.constData(), &link, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISLNK(link.st_mode);
        return {ProbeStage::OpenDirectory, isLink ? ELOOP : saved, 0, false};
    }
    bool unused = false;
    struct stat info {};
    if (mountIdOf(directory, &unused) != plan.mountId) {
        return {ProbeStage::OpenDirectory, EXDEV, 0, false};
    }
    if (::fstat(directory, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() ||
        (info.st_mode & 07777) != 0700) {
        return {ProbeStage::DirectoryNotPrivate, 0, 0, false};
    }
    if (!clearLeftovers(directory, plan)) {
        return {ProbeStage::StrangerInDirectory, 0, 0, false};
    }
    ProbeChildResult result;
    const bool copy = plan.call == ProbeCall::CopyFileRange;
    // Only names this child created are removed.
    const bool haveSource =
        createFile(directory, plan.sourceName, plan.sourceSize, plan.pattern, &result);
    const bool haveTarget = haveSource && result.stage == ProbeStage::Done && copy &&
                            createFile(directory, plan.targetName, 0, plan.pattern, &result);
    if (result.stage == ProbeStage::Done && haveSource) {
        result = probedCall(directory, plan);
    }
    if (haveSource) {
        ::unlinkat(directory, plan.sourceName.constData(), 0);
    }
    if (haveTarget) {
        ::unlinkat(directory, plan.targetName.constData(), 0);
    }
    ::close(directory);
    ::unlinkat(mount, plan.directoryName.constData(), AT_REMOVEDIR);
    ::close(mount);
    return result;
}

}  // namespace zd::helper
