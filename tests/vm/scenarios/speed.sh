#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 24 (speed), guest side: how long a live scan of a small ZFS
# system takes against the two commands an admin would run instead, `zfs get`
# of the same properties and `zpool list`. One pool, 5 datasets (the root and
# 4 children), one loop device over a file on one of them. Medians of 7 runs
# each; the scan's target is at most 2 x (zfs get + zpool list) (issue 15).
# The scan's own list of the processes it started (`scan -vv`) is printed too.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup
runs=7

step "pool speed: 5 datasets, one loop device"
make_pool speed 1G
for i in 1 2 3 4; do
  check "zfs create speed/ds$i" zfs create "speed/ds$i"
done
expect_eq "filesystems in pool speed" "$(zfs list -H -r -t filesystem -o name speed | wc -l)" 5
truncate -s 64M /speed/ds1/disk.img
loopdev="$(losetup -f --show /speed/ds1/disk.img)"
check "loop device attached over /speed/ds1/disk.img" test -b "$loopdev"

# ms COMMAND...: wall time of one run in milliseconds, output discarded.
ms() {
  local a b
  a=$(date +%s%N)
  "$@" >/dev/null 2>&1
  b=$(date +%s%N)
  echo $(((b - a) / 1000000))
}
# median_of COMMAND...: the median of $runs timed runs, every run on stderr.
median_of() {
  local i all=()
  for ((i = 0; i < runs; i++)); do all+=("$(ms "$@")"); done
  echo "   $*: ${all[*]} ms" >&2
  printf '%s\n' "${all[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

step "medians of $runs runs (ms)"
get_ms="$(median_of zfs get -Hp -t filesystem -o name,property,value,source direct,recordsize,mountpoint,mounted,readonly)"
list_ms="$(median_of zpool list -Hp -o name,size,alloc,free,health)"
status_ms="$(median_of zpool status -x)"
scan_ms="$(median_of zfs-doctor scan)"
info "zfs get $get_ms ms, zpool list $list_ms ms, zpool status -x $status_ms ms, zfs-doctor scan $scan_ms ms"

step "zfs-doctor scan -vv: the processes one scan starts"
zfs-doctor scan -vv >"$ZD_OUT/scan-vv" 2>"$ZD_OUT/scan-vv.stderr"
sed -n '/^processes started:/,$p' "$ZD_OUT/scan-vv"
processes="$(sed -n 's/^processes started: \([0-9]*\)$/\1/p' "$ZD_OUT/scan-vv")"
check "scan -vv lists the processes it started" test -n "$processes"
zfs-doctor scan --json >"$ZD_OUT/scan" 2>/dev/null
expect_eq "datasets of pool speed in the scan" \
  "$(jget "$ZD_OUT/scan" "len([x for x in d['facts']['zfs']['datasets'] if x['name'] == 'speed' or x['name'].startswith('speed/')])")" 5
expect_eq "loop devices in the scan" "$(jget "$ZD_OUT/scan" "len(d['facts']['loop_devices'])")" 1

check "losetup -d $loopdev" losetup -d "$loopdev"
check "zpool destroy speed" zpool destroy speed

ratio="$(awk -v s="$scan_ms" -v g="$get_ms" -v l="$list_ms" 'BEGIN { printf "%.2f", s / (g + l) }')"
check "scan within 2 x (zfs get + zpool list): ratio $ratio" awk -v r="$ratio" 'BEGIN { exit !(r <= 2) }'
echo "SUITE-RESULT: speed: zfs-doctor scan ${scan_ms} ms ($processes processes), zfs get ${get_ms} ms, zpool list ${list_ms} ms, zpool status -x ${status_ms} ms (medians of $runs); scan / (zfs get + zpool list) = ${ratio} (TCG guest, $(nproc) vCPUs)"
finish
