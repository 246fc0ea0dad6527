#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# The harness the Fedora kernel pin test stands on, checked by itself:
# kernel-core test packages built with rpmbuild (kernel-core.spec) are
# installed into an installroot's rpm database, and the real
# `dnf versionlock` (dnf4 + dnf-plugins-core) adds, lists and deletes a lock
# on one of them there, writing the root's lock list and never this
# machine's. Skips (77) where rpm, rpmbuild, dnf or its versionlock plugin
# is missing.
set -euo pipefail
source "$(dirname "$0")/lib/dnf-root.sh"
zd_need_dnf

work=$(mktemp -d /tmp/zd-dnf-root.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
host_list=/etc/dnf/plugins/versionlock.list
host_before=$(md5sum "$host_list" 2>/dev/null || echo absent)

mkdir -p "$work/top"
old=$(zd_build_kernel_core "$work/top" 6.12.24 200.fc41)
new=$(zd_build_kernel_core "$work/top" 6.12.25 200.fc41)
other=$(zd_build_kernel_core "$work/top" 6.14.5 300.fc42)
root="$work/root"
zd_dnf_root_init "$root"
zd_rpm_in "$root" -i --nodeps --noscripts "$old" "$new"

installed=$(zd_rpm_in "$root" -q kernel-core --qf '%{VERSION}-%{RELEASE}.%{ARCH}\n' | sort)
[ "$installed" = $'6.12.24-200.fc41.x86_64\n6.12.25-200.fc41.x86_64' ] ||
  fail "rpm -q kernel-core in the root printed: $installed"
[ -f "$root/lib/modules/6.12.24-200.fc41.x86_64/vmlinuz" ] && [ -f "$root/boot/vmlinuz-6.12.25-200.fc41.x86_64" ] ||
  fail "the kernel-core files are not in the root"
[ "$(zd_rpm_in "$root" -qp --qf '%{NAME}' "$other")" = kernel-core ] || fail "$other is not a kernel-core package"
zd_rpm_in "$root" -qp --provides "$other" | grep -qx 'installonlypkg(kernel)' || fail "no installonlypkg(kernel) provide"

list() { zd_dnf_in "$root" -q versionlock list; }
before=$(list)
[ -z "$before" ] || fail "a fresh root already has locks: $before"

zd_dnf_in "$root" versionlock add kernel-core-6.12.24-200.fc41.x86_64
after=$(list)
[ "$after" = 'kernel-core-0:6.12.24-200.fc41.*' ] || fail "versionlock list after add printed: $after"
grep -qx 'kernel-core-0:6.12.24-200.fc41.\*' "$root/etc/dnf/plugins/versionlock.list" ||
  fail "the root's lock list does not hold the lock"

# A release that is neither installed nor in a repository cannot be locked.
if zd_dnf_in "$root" versionlock add kernel-core-6.14.5-300.fc42.x86_64 >"$work/missing.txt" 2>&1; then
  [ "$(list)" = "$after" ] || fail "dnf locked a kernel that is not installed: $(list)"
fi

zd_dnf_in "$root" versionlock delete 'kernel-core-0:6.12.24-200.fc41.*'
undone=$(list)
[ -z "$undone" ] || fail "versionlock list after delete printed: $undone"

host_after=$(md5sum "$host_list" 2>/dev/null || echo absent)
[ "$host_before" = "$host_after" ] || fail "this machine's $host_list changed"
echo "before: (none); after add: $after; after delete: (none)"
echo "PASS"
