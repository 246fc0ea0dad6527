#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# `zfs-doctor` (the command line) must not link the window's libraries: every
# CLI run would load Qt Gui/Widgets and, through them, X11, xcb, fontconfig,
# freetype and GL, which dominated a scan under emulation (issue 15). The
# window is the separate program zfs-doctor-window (app/cli/window_launch.h).
#   check-cli-libraries.sh ZFS-DOCTOR-BINARY
set -euo pipefail
binary=$1
command -v readelf >/dev/null || { echo "readelf is not installed (binutils)"; exit 77; }

# The libraries the binary itself names (DT_NEEDED), not those of its
# dependencies: a library listed here is loaded by every run.
needed=$(LC_ALL=C readelf --dynamic --wide "$binary" |
  sed -n 's/.*(NEEDED).*Shared library: \[\(.*\)\]/\1/p')
echo "$binary needs:" $needed

# A sanity check, so that a readelf whose output we cannot parse fails
# instead of passing: the command line does link Qt Core.
grep -qx 'libQt6Core\.so\.6' <<<"$needed" || { echo "FAIL: libQt6Core.so.6 not found among the NEEDED entries"; exit 1; }

status=0
for forbidden in 'libQt6Gui\.so' 'libQt6Widgets\.so' 'libQt6OpenGL' 'libX11\.so' 'libxcb' \
                 'libEGL\.so' 'libGL' 'libfontconfig\.so' 'libfreetype\.so'; do
  if grep -q "^$forbidden" <<<"$needed"; then
    echo "FAIL: $binary needs $(grep "^$forbidden" <<<"$needed" | head -1), a window library"
    status=1
  fi
done
exit $status
