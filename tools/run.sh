#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Sets everything up on a fresh machine and runs ZFS Doctor:
#   - installs the build dependencies (packaging/install-build-deps.sh),
#   - configures and builds the optimised tree (CMake preset "ci"),
#   - opens the window when a display exists, otherwise scans this machine;
#     where no ZFS is installed, it also scans a bundled demo system so you
#     can see what a finding looks like.
# Extra arguments are passed to zfs-doctor (e.g. tools/run.sh --demo list).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

zfs_doctor=build/ci/app/cli/zfs-doctor
if [ "$#" -gt 0 ]; then
  exec "$zfs_doctor" "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$zfs_doctor"
fi

status=0
"$zfs_doctor" scan || status=$?
if [ ! -e /sys/module/zfs ] && ! command -v zfs >/dev/null 2>&1; then
  echo
  echo "No ZFS here, so here is a bundled demo system (openzfs/zfs#17027 on Fedora 41):"
  echo
  "$zfs_doctor" --demo problem1-sysext-fedora41 scan || true
fi
exit "$status"
