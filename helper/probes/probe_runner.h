// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Runs the three safe probes on a mounted ZFS dataset and returns the raw
// result of one system call (errno, bytes, the exact call). What the result
// means is decided by the unprivileged knowledge base, never here.
//
// Safety rules:
//  - Problems 2 and 5 hang or crash the kernel: there is no probe for them.
//  - copy-file-range-unaligned is refused when the loaded zfs module is 2.3.0
//    (or its version cannot be read): on 2.3.0 that path panicked kernels
//    (openzfs/zfs#16952) and no kernel is known to be safe from it.
//  - Versions, mount state and read-only state are re-read here from the
//    system; nothing the caller says about them is trusted.
//  - All file I/O runs in a child process (probes/probe_child.h) that is
//    killed after the time limit: a probe on a hung pool cannot hang the
//    helper. run() blocks its caller (the service's probe thread) for at
//    most the time limit plus a second.
//  - Files live in <mountpoint>/.zfs-doctor-probe (0700, root's, never a
//    symlink or another mount), under random names, and are removed
//    afterwards; leftovers of a killed probe are removed by the next one.

#include <chrono>

#include "model/probe_result.h"
#include "service/helper_error.h"
#include "system/system_root.h"
#include "system/tool_runner.h"

namespace zd::helper {

class ProbeRunner {
  public:
    ProbeRunner(ToolRunner& tools, const SystemRoot& root,
                std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // False with *error when the arguments are wrong (unknown dataset...);
    // true with a ProbeResult otherwise, which may say it was refused.
    bool run(const QString& probe, const QString& dataset, ProbeResult* result, HelperError* error);

    // Pure: why the unaligned copy_file_range probe must not run with this
    // kmod version text, or empty when it may run.
    static QString unalignedCopyRefusal(const QString& kmodVersion, const QString& kernelRelease);

    static QString probeDirectoryName() { return QStringLiteral(".zfs-doctor-probe"); }

  private:
    ToolRunner& m_tools;
    const SystemRoot& m_root;
    std::chrono::milliseconds m_timeout;
};

}  // namespace zd::helper
