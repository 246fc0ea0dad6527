// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "window_launch.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

namespace zd::cli {

namespace {

constexpr const char* kWindowProgramName = "zfs-doctor-window";
// The libexec directory relative to the bin directory ("../libexec"), set by
// app/cli/CMakeLists.txt from the install directories: relative, like the
// data directory (util/paths.h), so that an installation under any prefix
// finds its own window.
constexpr const char* kLibexecFromBindir = ZD_LIBEXEC_FROM_BINDIR;

bool isExecutable(const std::string& path) {
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::vector<std::string> windowProgramCandidates() {
    // Runs before any QCoreApplication exists, hence /proc/self/exe rather
    // than QCoreApplication::applicationDirPath().
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        return {};
    }
    const std::filesystem::path bindir = self.parent_path();
    return {(bindir / kWindowProgramName).string(),
            (bindir / kLibexecFromBindir / kWindowProgramName).lexically_normal().string()};
}

std::string windowProgram() {
    for (const std::string& candidate : windowProgramCandidates()) {
        if (isExecutable(candidate)) {
            return candidate;
        }
    }
    return {};
}

int execWindow(char** argv) {
    // Exit code 3, "could not complete" (docs/cli.md): the command line was
    // right, the window program is missing or would not start.
    constexpr int kCannotRun = 3;
    const std::string program = windowProgram();
    if (program.empty()) {
        // Names where an installed window would be (the last candidate).
        const std::vector<std::string> candidates = windowProgramCandidates();
        std::fprintf(stderr,
                     "zfs-doctor: the window is not installed (%s); use a command, see --help\n",
                     candidates.empty() ? kWindowProgramName : candidates.back().c_str());
        return kCannotRun;
    }
    ::execv(program.c_str(), argv);
    const int execError = errno;
    std::fprintf(stderr, "zfs-doctor: cannot start the window (%s): %s\n", program.c_str(),
                 std::strerror(execError));
    return kCannotRun;
}

}  // namespace zd::cli
