#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# compare-package-files.sh on the file lists of real packages
# (fixtures/README.md): the .deb's and the .rpm's lists as recorded agree,
# and every kind of difference makes the comparison fail.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
compare="$here/compare-package-files.sh"
deb="$here/fixtures/deb-contents.txt"
rpm="$here/fixtures/rpm-root-files.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expect() {
  local want=$1 name=$2
  shift 2
  set +e
  "$compare" "$@" >"$work/out" 2>&1
  local got=$?
  set -e
  if [ "$got" -ne "$want" ]; then
    cat "$work/out"
    echo "FAIL: $name: exit $got, expected $want"
    exit 1
  fi
}
says() {
  grep -qF -- "$1" "$work/out" || { cat "$work/out"; echo "FAIL: the output does not say: $1"; exit 1; }
}

expect 0 "the recorded lists" "$deb" "$rpm"
says "install the same"

grep -v 'system-services/org.zfsdoctor.Helper.service' "$rpm" >"$work/rpm-1"
expect 1 "the RPM lost the activation file" "$deb" "$work/rpm-1"
says "only in the .deb: /usr/share/dbus-1/system-services/org.zfsdoctor.Helper.service"

{ cat "$rpm"; echo /usr/share/zfs-doctor/demo/extra.json; } >"$work/rpm-2"
expect 1 "a file only the RPM has" "$deb" "$work/rpm-2"
says "only in the .rpm: /usr/share/zfs-doctor/demo/extra.json"

# The same file under different names is a difference too.
sed 's#/usr/share/man/man8/zfs-doctor-helper.8.gz#/usr/share/man/man8/zfs-doctor-helper.8#' "$rpm" >"$work/rpm-3"
expect 1 "an uncompressed manual page" "$deb" "$work/rpm-3"

# Both lose the polkit policy: equal lists, but a required file is missing.
grep -v 'org.zfsdoctor.policy' "$deb" >"$work/deb-4"
grep -v 'org.zfsdoctor.policy' "$rpm" >"$work/rpm-4"
expect 1 "both lost the polkit policy" "$work/deb-4" "$work/rpm-4"
says "no file matching ^/usr/share/polkit-1/actions/org\.zfsdoctor\.policy\$"

# Both lose the kernel-install plugin (issue 13: both packages must ship it).
grep -v '96-zfs-doctor.install' "$deb" >"$work/deb-5"
grep -v '96-zfs-doctor.install' "$rpm" >"$work/rpm-5"
expect 1 "both lost the kernel-install plugin" "$work/deb-5" "$work/rpm-5"
says "install\.d/96-zfs-doctor"

# The window program: required (`zfs-doctor` executes it), on both sides.
grep -v '/usr/libexec/zfs-doctor-window' "$deb" >"$work/deb-7"
grep -v '/usr/libexec/zfs-doctor-window' "$rpm" >"$work/rpm-7"
expect 1 "both lost the window program" "$work/deb-7" "$work/rpm-7"
says "no file matching ^/usr/libexec/zfs-doctor-window\$"

# The helper's systemd unit: required, and /lib (Debian 12) = /usr/lib (Fedora).
grep -v 'zfs-doctor-helper.service' "$deb" >"$work/deb-5"
grep -v 'zfs-doctor-helper.service' "$rpm" >"$work/rpm-5"
expect 1 "both lost the systemd unit" "$work/deb-5" "$work/rpm-5"
says "no file matching ^<systemd-units>/zfs-doctor-helper\.service\$"
grep -v 'systemd/system/zfs-doctor-helper.service' "$rpm" >"$work/rpm-6"
expect 1 "the RPM lost the systemd unit" "$deb" "$work/rpm-6"
says "only in the .deb: <systemd-units>/zfs-doctor-helper.service"

# zsh's directory, Debian's doc files and the RPM's licence are conventions.
grep -q vendor-completions "$deb" && grep -q site-functions "$rpm" && grep -q '^/usr/share/licenses/' "$rpm" &&
  grep -q ' \./lib/systemd/system/' "$deb" && grep -q '^/usr/lib/systemd/system/' "$rpm" ||
  { echo "FAIL: the fixtures no longer show the distribution conventions"; exit 1; }
echo "PASS"
