// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Starting the window from `zfs-doctor`.
//
// The window is a program of its own, zfs-doctor-window (app/gui/program/),
// so that the command line loads only Qt Core and Qt DBus: linking the
// window's Qt Gui/Widgets stack (X11, xcb, fontconfig, freetype, GL: about 40
// more shared libraries) made every CLI run pay for loading them, which
// dominated a scan under emulation (issue 15).

#include <string>
#include <vector>

namespace zd::cli {

// Where the window program may be, in the order tried: next to the running
// executable (the build tree writes both into one directory), then in the
// libexec directory of the installation the executable belongs to
// (/usr/bin/zfs-doctor: /usr/libexec/zfs-doctor-window).
std::vector<std::string> windowProgramCandidates();

// The first of those that is executable; empty when none is.
std::string windowProgram();

// Replaces this process by the window program, with this process's argv
// unchanged (so the window sees the same program name and options). Returns
// only when that failed, after printing why; the result is the exit code.
int execWindow(char** argv);

}  // namespace zd::cli
