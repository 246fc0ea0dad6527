// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// A FUSE file system whose I/O never completes: an empty root directory in
// which mkdir(2) blocks until the file system is unmounted, the way a write
// blocks on a suspended pool. The helper tests mount it where a dataset's
// mount point is and probe it:
//   stalling_fs MOUNTPOINT     (foreground; SIGTERM unmounts and exits)
// It prints "ready" on stdout once mounted. Needs root (no fusermount3).
#define FUSE_USE_VERSION 31
#include <fuse3/fuse.h>

#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

int getAttributes(const char* path, struct stat* info, fuse_file_info*) {
    std::memset(info, 0, sizeof *info);
    if (std::strcmp(path, "/") == 0) {
        info->st_mode = S_IFDIR | 0755;
        info->st_nlink = 2;
        return 0;
    }
    return -ENOENT;
}

int makeDirectory(const char*, mode_t) {
    // Blocked I/O: never answered. The caller waits in the kernel until it
    // is killed (FUSE requests wait killably) or the file system goes away.
    for (;;) {
        ::pause();
    }
}

int readDirectory(const char*, void* buffer, fuse_fill_dir_t fill, off_t, fuse_file_info*,
                  fuse_readdir_flags) {
    fill(buffer, ".", nullptr, 0, static_cast<fuse_fill_dir_flags>(0));
    fill(buffer, "..", nullptr, 0, static_cast<fuse_fill_dir_flags>(0));
    return 0;
}

void* initialised(fuse_conn_info*, fuse_config*) {
    std::printf("ready\n");
    std::fflush(stdout);
    return nullptr;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: stalling_fs MOUNTPOINT\n");
        return 2;
    }
    fuse_operations operations{};
    operations.getattr = getAttributes;
    operations.mkdir = makeDirectory;
    operations.readdir = readDirectory;
    operations.init = initialised;
    // -f: foreground; default multi-threaded loop, so a stalled mkdir does
    // not stall the other requests.
    char* arguments[] = {argv[0],
                         const_cast<char*>("-f"),
                         const_cast<char*>("-o"),
                         const_cast<char*>("fsname=stalling"),
                         argv[1],
                         nullptr};
    return fuse_main(5, arguments, &operations, nullptr);
}
