#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the build tree into a temporary prefix (cmake --install) and checks
# that every file the packages list is there and that the installed files fit
# together: the desktop file validates and names an installed binary and icon,
# the D-Bus activation file names the installed helper.
#   check-install-tree.sh BUILD-DIR
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null

status=0
expect() { [ -e "$prefix/$1" ] || { echo "FAIL: not installed: $1"; status=1; }; }
expect bin/zfs-doctor
expect libexec/zfs-doctor-window
expect libexec/zfs-doctor-helper
expect libexec/zfs-doctor-kernel-hook
expect lib/kernel/install.d/96-zfs-doctor.install
expect etc/kernel/postinst.d/zfs-doctor
# The kernel hooks must be executable: run-parts and kernel-install skip
# files that are not.
for hook in libexec/zfs-doctor-kernel-hook lib/kernel/install.d/96-zfs-doctor.install \
  etc/kernel/postinst.d/zfs-doctor; do
  [ ! -e "$prefix/$hook" ] || [ -x "$prefix/$hook" ] || { echo "FAIL: $hook is not executable"; status=1; }
done
expect share/zfs-doctor/knowledge/sysext-odirect-einval.json
expect share/zfs-doctor/demo/problem1-sysext-fedora41.json
expect share/applications/org.zfsdoctor.ZfsDoctor.desktop
expect share/metainfo/org.zfsdoctor.ZfsDoctor.metainfo.xml
expect share/icons/hicolor/scalable/apps/org.zfsdoctor.ZfsDoctor.svg
for size in 16 24 32 48 64 128 256; do
  expect share/icons/hicolor/${size}x${size}/apps/org.zfsdoctor.ZfsDoctor.png
done
expect share/dbus-1/system-services/org.zfsdoctor.Helper.service
expect share/dbus-1/system.d/org.zfsdoctor.Helper.conf
expect share/polkit-1/actions/org.zfsdoctor.policy
expect lib/systemd/system/zfs-doctor-helper.service
expect share/man/man1/zfs-doctor.1
expect share/man/man8/zfs-doctor-helper.8
expect share/bash-completion/completions/zfs-doctor
[ -n "$(find "$prefix/share/zsh" -name _zfs-doctor 2>/dev/null)" ] || { echo "FAIL: no zsh completion"; status=1; }

# PNG renders: real PNG files of the size their directory says.
for png in "$prefix"/share/icons/hicolor/*x*/apps/org.zfsdoctor.ZfsDoctor.png; do
  [ -e "$png" ] || continue
  size=$(basename "$(dirname "$(dirname "$png")")")
  header=$(od -An -tx1 -j12 -N12 "$png" | tr -d ' \n')  # IHDR, width, height
  width=$((16#${header:8:8}))
  height=$((16#${header:16:8}))
  [ "${header:0:8}" = 49484452 ] && [ "${width}x${height}" = "$size" ] ||
    { echo "FAIL: $png is not a ${size} PNG (${width}x${height})"; status=1; }
done

desktop=$prefix/share/applications/org.zfsdoctor.ZfsDoctor.desktop
if [ -e "$desktop" ]; then
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || { echo "FAIL: desktop-file-validate"; status=1; }
  fi
  exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$prefix/bin/$exec_name" ] || { echo "FAIL: Exec=$exec_name is not installed in bin/"; status=1; }
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ -e "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || { echo "FAIL: Icon=$icon is not installed"; status=1; }
fi
service=$prefix/share/dbus-1/system-services/org.zfsdoctor.Helper.service
if [ -e "$service" ]; then
  helper=$(sed -n 's/^Exec=//p' "$service")
  [ "$(basename "$helper")" = zfs-doctor-helper ] && [ "$(basename "$(dirname "$helper")")" = libexec ] ||
    { echo "FAIL: the activation file runs '$helper'"; status=1; }
fi
[ "$status" -eq 0 ] && echo "ok: $(find "$prefix" -type f | wc -l) files installed as expected"
exit $status
