#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Prepares a Fedora 41-like installroot for the kernel pin test:
#   make-kernel-root.sh ROOT TOOLS_DIR
# - kernel-core 6.12.24-200.fc41, 6.12.25-200.fc41 and 6.14.5-300.fc42 built
#   with rpmbuild from kernel-core.spec and installed into ROOT's rpm database;
# - kernel-core 6.15.2-200.fc42, built the same way but not installed: the
#   update a repository offers (ROOT/srv/updates, made with createrepo_c and
#   enabled in ROOT/etc/yum.repos.d/updates.repo), so `dnf upgrade` in the
#   root shows what a versionlock holds back;
# - a BootLoaderSpec entry per kernel in ROOT/boot/loader/entries, as
#   kernel-install writes them (<machine-id>-<release>.conf), the newest the
#   default (no saved_entry yet);
# - ROOT/etc/os-release (Fedora, tests/fixtures/os-release/fedora-40-server),
#   ROOT/etc/sysconfig/kernel (fixtures/sysconfig-kernel), dnf's
#   configuration and an empty versionlock list (lib/dnf-root.sh);
# - TOOLS_DIR/grubby: the grubby FAKE (fake-grubby) working on ROOT.
# Exits 77 (skip) where rpm, rpmbuild, createrepo_c, dnf 4 or its versionlock
# plugin is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/dnf-root.sh"
[ $# -eq 2 ] || { echo "usage: $0 ROOT TOOLS_DIR" >&2; exit 2; }
zd_need_dnf
root=$(realpath -m "$1")
tools=$(realpath -m "$2")
mkdir -p "$root" "$tools/rpms"

zd_dnf_root_init "$root"
packages=()
for kernel in "6.12.24 200.fc41" "6.12.25 200.fc41" "6.14.5 300.fc42"; do
  set -- $kernel
  packages+=("$(zd_build_kernel_core "$tools/rpms" "$1" "$2")")
done
zd_rpm_in "$root" -i --nodeps --noscripts "${packages[@]}"
update=$(zd_build_kernel_core "$tools/rpms" 6.15.2 200.fc42)
zd_offer_update "$root" "$update"

machine_id=5f1d5d4c0e6a4d0f9a7b3c2e1f0a9b8c
echo "$machine_id" >"$root/etc/machine-id"
mkdir -p "$root/boot/loader/entries" "$root/etc/sysconfig"
for release in 6.12.24-200.fc41.x86_64 6.12.25-200.fc41.x86_64 6.14.5-300.fc42.x86_64; do
  cat >"$root/boot/loader/entries/$machine_id-$release.conf" <<ENTRY
title Fedora Linux ($release) 41 (Workstation Edition)
version $release
linux /boot/vmlinuz-$release
initrd /boot/initramfs-$release.img
options root=UUID=2b6a5a5e-0e0b-4bd4-9a2c-3b1f0c9d8e7f ro rootflags=subvol=root rhgb quiet
grub_users \$grub_users
grub_arg --unrestricted
grub_class fedora
ENTRY
done
cp "$here/../fixtures/os-release/fedora-40-server" "$root/etc/os-release"
cp "$here/fixtures/sysconfig-kernel" "$root/etc/sysconfig/kernel"

cp "$here/fake-grubby" "$tools/grubby"
chmod 755 "$tools/grubby"
echo "$root" >"$tools/grubby.root"
echo "kernel root ready: $root (default $("$tools/grubby" --default-kernel))"
