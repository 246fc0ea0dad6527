// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Everything a probe does on the dataset, done in a forked child process.
//
// A probe on a suspended or hung pool blocks in uninterruptible I/O. So not
// only the probed call but all of the probe's file I/O (opening the mount
// point, the probe directory, creating, writing and fsyncing the files,
// removing them) runs in the child: the helper's threads only wait for it
// with a time limit (probe_runner.cpp) and stay free to serve other callers.
//
// The child proves it is working on the dataset's own mount:
//  - the mount point is opened below the system root without following any
//    symlink on the way (openat2 RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH; a
//    component-by-component O_NOFOLLOW walk where the kernel lacks openat2);
//  - what it opened is the root of a mount (STATX_ATTR_MOUNT_ROOT) whose
//    mount id (STATX_MNT_ID, else /proc/self/fdinfo) is the one mountinfo
//    shows for the dataset's root, and ZFS (on the real system root);
//  - the probe directory is opened without crossing into another mount
//    (RESOLVE_NO_XDEV: a bind mount put in its place is refused) and must be
//    a directory of root's with mode 0700;
//  - it holds nothing but files of our own naming with one link each,
//    leftovers of a killed probe, which are removed; anything else (a hard
//    link, a symlink, someone's file) is refused and left alone;
//  - probe files are new (O_CREAT|O_EXCL|O_NOFOLLOW) under random names.
// After fork() only async-signal-safe calls are made: everything the child
// needs is prepared in ProbeChildPlan by the parent.

#include <QByteArray>

#include <sys/types.h>
#include <cstdint>

namespace zd::helper {

enum class ProbeCall { ODirectRead, CopyFileRange };

struct ProbeChildPlan {
    int rootFd = -1;            // the system root ("/" or --root), O_PATH
    QByteArray mountPoint;      // below the root, without a leading '/'; "." for the root
    std::uint64_t mountId = 0;  // mountinfo's id of the dataset's root mount
    bool requireZfs = true;     // false only below a test --root
    QByteArray directoryName;   // ".zfs-doctor-probe"
    QByteArray namePrefix;      // "zd-probe-": what a leftover of ours is called
    QByteArray sourceName;      // random names, namePrefix + 16 hex digits
    QByteArray targetName;
    ProbeCall call = ProbeCall::ODirectRead;
    qint64 sourceSize = 0;
    loff_t inOffset = 0;
    loff_t outOffset = 0;
    size_t length = 0;
    const char* pattern = nullptr;  // 64 KiB of non-zero bytes
    void* alignedBuffer = nullptr;  // 4 KiB, page-aligned, for the O_DIRECT read
};

// Where the child stopped; Done means the probed call ran.
enum class ProbeStage : int {
    Done,
    OpenMountPoint,  // error: errno (ELOOP: a symlink on the way)
    NotTheMount,     // mount id differs from mountinfo's
    NotMountRoot,    // a directory inside a mount, not the mount's root
    NotZfs,
    ReadOnly,
    MakeDirectory,
    OpenDirectory,  // ELOOP: a symlink; EXDEV: another mount in its place
    DirectoryNotPrivate,
    StrangerInDirectory,
    CreateFile,
    WriteFile,
    OpenForCall,
};

struct ProbeChildResult {
    ProbeStage stage = ProbeStage::Done;
    int error = 0;  // errno of the failed step, or of the probed call
    long long bytes = 0;
    bool openFailedBeforeRead = false;  // O_DIRECT open itself failed
};

// Runs in the child; returns what the parent needs to know.
ProbeChildResult runProbeChild(const ProbeChildPlan& plan);

}  // namespace zd::helper
