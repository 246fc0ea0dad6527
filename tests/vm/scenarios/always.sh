#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 3 (problems 3, 4, 5 on a fixed release), guest side, ZFS 2.3.2:
# datasets with direct=always (local and inherited) and a loop device on one.
# Problems 3 (dio-always-cfr-eagain) and 5 (loop-dio-always-oops) only hit
# 2.3.0 and problem 4 (cfr-linux68-eopnotsupp) only 2.2.0-2.2.3: scan must say
# not-affected with the versions as evidence, and the helper's copy_file_range
# probes must run and succeed here.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup
kmod="$(cut -d- -f1 /sys/module/zfs/version)"

step "pool tank: tank/always (direct=always, local), tank/always/vm (inherits it)"
make_pool tank 512M -O mountpoint=/tank
check "zfs create -o direct=always tank/always" zfs create -o direct=always tank/always
check "zfs create tank/always/vm" zfs create tank/always/vm
expect_eq "direct on tank/always/vm" "$(prop tank/always/vm direct)" "$(printf 'always\tinherited from tank/always')"
check "backing file on tank/always/vm" dd if=/dev/urandom of=/tank/always/vm/disk.img bs=1M count=16 status=none
loopdev="$(losetup -r -f --show /tank/always/vm/disk.img)"
check "loop device $loopdev on the direct=always dataset (read-only)" test -b "$loopdev"
udevadm settle --timeout=60
# The trigger of problem 5 on 2.3.0: a read through the loop device. 2.3.2 has the fix.
check "read 4 KiB through $loopdev (oopses 2.3.0; must work on $kmod)" \
  timeout 60 dd if="$loopdev" of=/dev/null bs=4k count=1 status=none

step "scan --json"
run scan zfs-doctor scan --json
for id in dio-always-cfr-eagain loop-dio-always-oops cfr-linux68-eopnotsupp; do
  expect_finding "$ZD_OUT/scan" "$id" not-affected
  expect_contains "$id evidence names the loaded module" "$(evidence_text "$ZD_OUT/scan" "$id")" "$kmod"
done
# Only 2.3.0 has problems 3 and 5; 2.3.1 fixed them (five-issues.md): the
# evidence names the affected release, the summary the fixed one.
for id in dio-always-cfr-eagain loop-dio-always-oops; do
  expect_contains "$id evidence names the affected release" "$(evidence_text "$ZD_OUT/scan" "$id")" "affected: 2.3.0"
  expect_contains "$id summary names the fixed release" "$(finding "$ZD_OUT/scan" "$id" summary)" "fixed in 2.3.1"
done
info "problem 2 (loop device on ZFS, kernel $(uname -r)): $(finding "$ZD_OUT/scan" loop-write-hang status)"

step "copy_file_range probes through the helper"
for ds in tank/always tank/always/vm; do
  for p in copy-file-range copy-file-range-unaligned; do
    n="probe-$p-${ds//\//-}"
    run "$n" zfs-doctor probe "$p" "$ds" --json
    expect_rc "probe $p $ds" 0
    echo "SUITE-RESULT: always: probe $p $ds -> $(jget "$ZD_OUT/$n" d)"
    expect_eq "probe $p $ds ran" "$(jget "$ZD_OUT/$n" "d['ran']")" true
    expect_eq "probe $p $ds errno" "$(jget "$ZD_OUT/$n" "d['errno']")" 0
  done
done
run probe-text zfs-doctor probe copy-file-range-unaligned tank/always
expect_contains "probe text output" "$(cat "$ZD_OUT/probe-text")" "success"
check "no oops or hung task in the kernel log" bash -c "! dmesg | grep -E 'BUG:|Oops|blocked for more than'"
check "losetup -d $loopdev" losetup -d "$loopdev"
finish
