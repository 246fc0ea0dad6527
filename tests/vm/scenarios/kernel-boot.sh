#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 25 (kernel-boot), guest side: problem 6 on a real Debian 12.
# The current image carries a second kernel, bookworm's stock 6.1, installed
# WITHOUT its headers: DKMS skipped it, so it has no zfs module
# (build-image.sh). Here an admin makes it the default boot entry the
# documented way (GRUB_DEFAULT in /etc/default/grub, update-grub).
#
# Expected, written before the first run:
#  - default = the running 6.12 (grub's newest-first order): problem 6 not
#    affected (the older kernel without a module is not what boots);
#  - default = 6.1: problem 6 AFFECTED (no ZFS after the next reboot: 6.1 has
#    no zfs module and none can be built, its headers are not installed),
#    pools named, kernel-pin of the running kernel offered as automatic, the
#    rebuild guidance offered (6.1 is inside 2.3.2's 4.18-6.14); scan exits 1;
#    check-kernel of the 6.1 release says so and exits 1;
#  - `fix kernel-pin <running>` through the real helper: verified; the grub
#    default and GRUB_DEFAULT name the running kernel's entry, its package is
#    held; problem 6 not affected;
#  - `undo --all`: GRUB_DEFAULT, grub.cfg's default and the hold are back;
#    problem 6 affected again.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup

running="$(uname -r)"
stock="$(ls /lib/modules | grep -vxF "$running" | head -n 1)"
info "running kernel $running; second kernel $stock"
check "a second kernel is installed" test -n "$stock"
check "$stock has no zfs module" bash -c "! ls /lib/modules/$stock/updates/dkms/zfs.ko* >/dev/null 2>&1"
check "$stock has no headers (build/include)" test ! -e "/lib/modules/$stock/build/include"
check "$running has its zfs module" bash -c "ls /lib/modules/$running/updates/dkms/zfs.ko* >/dev/null"
make_pool tank 256M -O mountpoint=/tank

grub_default() { sed -n 's/^GRUB_DEFAULT=//p' /etc/default/grub | tail -n 1; }
# grub.cfg's default entry: the `set default=` line that is not the
# ${next_entry} one-shot branch of grub's header.
cfg_default() { grep -v '\${' /boot/grub/grub.cfg | sed -n 's/^ *set default="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' | head -n 1; }
held() { apt-mark showhold | tr '\n' ' '; }

step "update-grub: grub.cfg for both kernels, the newest (running) first"
run update-grub-1 update-grub
expect_rc "update-grub" 0
check "grub.cfg lists $stock" grep -q "vmlinuz-$stock" /boot/grub/grub.cfg
run scan-1 zfs-doctor scan --json
expect_finding "$ZD_OUT/scan-1" kernel-zfs-unsupported not-affected

step "the admin makes $stock the default boot entry"
submenu="$(grep -o "gnulinux-advanced-[0-9a-f-]*" /boot/grub/grub.cfg | head -n 1)"
entry="$(grep -o "gnulinux-$stock-advanced-[0-9a-f-]*" /boot/grub/grub.cfg | head -n 1)"
info "entry path: $submenu>$entry"
check "the entry ids were found" test -n "$submenu" -a -n "$entry"
sed -i "s/^GRUB_DEFAULT=.*/GRUB_DEFAULT=\"$submenu>$entry\"/" /etc/default/grub
stock_default="$(grub_default)"
run update-grub-2 update-grub
expect_rc "update-grub" 0
expect_eq "grub.cfg default" "$(cfg_default)" "$submenu>$entry"
hold_before="$(held)"

step "scan: problem 6 affected, kernel-pin offered"
run scan-2 zfs-doctor scan --json
expect_rc "scan" 1
expect_finding "$ZD_OUT/scan-2" kernel-zfs-unsupported affected
summary="$(finding "$ZD_OUT/scan-2" kernel-zfs-unsupported summary)"
expect_contains "summary" "$summary" "No ZFS after the next reboot"
expect_contains "summary" "$summary" "$stock"
expect_contains "summary" "$summary" "headers are not installed"
expect_contains "summary" "$summary" "Pools that would not import: tank"
remedies() { jget "$1" "[(r['id'], r.get('target', ''), r['automatic']) for f in d['findings'] if f['id'] == 'kernel-zfs-unsupported' for r in f['remedies']]"; }
info "remedies: $(remedies "$ZD_OUT/scan-2")"
expect_contains "remedies" "$(remedies "$ZD_OUT/scan-2")" "[\"kernel-pin\", \"$running\", true]"
expect_contains "remedies" "$(remedies "$ZD_OUT/scan-2")" "\"rebuild-zfs-module\", \"$stock\""
run check-kernel zfs-doctor check-kernel "$stock"
expect_rc "check-kernel $stock" 1
expect_contains "check-kernel" "$(cat "$ZD_OUT/check-kernel")" "kernel-zfs-unsupported"

step "fix kernel-pin $running through the real helper"
run fix-pin zfs-doctor fix kernel-pin "$running" --yes --json
expect_rc "fix kernel-pin" 0
expect_eq "fix status" "$(jget "$ZD_OUT/fix-pin" "d['status']")" verified
running_entry="$(grep -o "gnulinux-$running-advanced-[0-9a-f-]*" /boot/grub/grub.cfg | head -n 1)"
expect_eq "GRUB_DEFAULT after the pin" "$(grub_default)" "\"$submenu>$running_entry\""
expect_eq "grub.cfg default after the pin" "$(cfg_default)" "$submenu>$running_entry"
expect_contains "held packages" "$(held)" "linux-image-$running"
run scan-3 zfs-doctor scan --json
expect_finding "$ZD_OUT/scan-3" kernel-zfs-unsupported not-affected

step "undo --all"
run undo-all zfs-doctor undo --all --json
expect_rc "undo --all" 0
expect_eq "undo --all: statuses" "$(jget "$ZD_OUT/undo-all" "sorted(set(c['status'] for c in d['changes']))")" '["undone"]'
expect_eq "GRUB_DEFAULT after undo" "$(grub_default)" "$stock_default"
expect_eq "grub.cfg default after undo" "$(cfg_default)" "$submenu>$entry"
expect_eq "held packages after undo" "$(held)" "$hold_before"
run scan-4 zfs-doctor scan --json
expect_finding "$ZD_OUT/scan-4" kernel-zfs-unsupported affected
finish
