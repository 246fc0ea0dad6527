#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 2 (problem 2, loop-write-hang), guest side, kernel 6.12.95 +
# ZFS 2.3.2: the affected combination. A read-write, buffered loop device
# whose backing file is on ZFS is attached and never written through (that
# hangs this kernel). scan must report the problem as affected with the kernel
# and ZFS versions as evidence, and nothing ZFS Doctor does (scan, explain,
# capture, every probe the helper offers) may write through the loop device
# or touch its backing file: the device's write counters and the file's
# checksum and mtime are compared before and after. Finishing at all proves
# nothing hung.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup
kernel="$(uname -r)"
kmod="$(cut -d- -f1 /sys/module/zfs/version)"
info "kernel $kernel, zfs kmod $kmod"

step "pool tank, dataset tank/vdisks with a 64 MiB backing file (written through ZFS, not the loop)"
make_pool tank 512M -O mountpoint=/tank
check "zfs create tank/vdisks" zfs create tank/vdisks
img=/tank/vdisks/disk.img
check "fill the backing file with random data (dd to the file on ZFS)" \
  dd if=/dev/urandom of="$img" bs=1M count=64 status=none conv=fsync
touch -d '2026-01-01 00:00:00' "$img"
loopdev="$(losetup -f --show "$img")"
loop="${loopdev#/dev/}"
check "losetup attached $img read-write as $loopdev" test -b "$loopdev"
udevadm settle --timeout=60
expect_eq "$loop is buffered (dio)" "$(cat "/sys/block/$loop/loop/dio")" 0
expect_eq "$loop is read-write (ro)" "$(cat "/sys/block/$loop/ro")" 0

# Write-side fields of /sys/block/loopN/stat (Documentation/block/stat.rst):
# 5 write I/Os, 6 write merges, 7 write sectors, 12-14 discard I/Os, merges,
# sectors, 16 flush I/Os. Reads (udev's blkid probe) are allowed.
write_stats() { awk '{ print "writes=" $5, "wmerges=" $6, "wsectors=" $7, "discards=" $12, "dmerges=" $13, "dsectors=" $14, "flushes=" $16 }' "/sys/block/$loop/stat"; }
file_state() { echo "sha256=$(sha256sum "$img" | cut -d' ' -f1) mtime=$(stat -c %y "$img") size=$(stat -c %s "$img")"; }

step "baseline (and proof that the counters are stable on their own: sync + 5 s)"
s0="$(write_stats)"; f0="$(file_state)"
sync; sleep 5
s1="$(write_stats)"
info "loop stat:    $s0"
info "backing file: $f0"
expect_eq "write counters stable without ZFS Doctor" "$s1" "$s0"

step "everything ZFS Doctor offers that reads this system"
run scan zfs-doctor scan --json
expect_rc "scan (problem 2 affected)" 1
expect_finding "$ZD_OUT/scan" loop-write-hang affected
ev="$(evidence_text "$ZD_OUT/scan" loop-write-hang)"
expect_contains "problem 2 evidence: kernel" "$ev" "$kernel"
expect_contains "problem 2 evidence: ZFS module" "$ev" "$kmod"
expect_contains "problem 2 evidence: the loop device" "$ev" "$loop"
expect_contains "problem 2 evidence: its backing file" "$ev" "$img"
run scan-text zfs-doctor scan -vv
expect_rc "scan -vv" 1
run explain-2 zfs-doctor explain loop-write-hang
expect_rc "explain loop-write-hang" 0
run explain-2-json zfs-doctor explain 2 --json
expect_rc "explain 2 --json" 0
for p in 1 3 4 5; do run "explain-$p" zfs-doctor explain "$p"; expect_rc "explain $p" 0; done
run capture zfs-doctor capture /var/tmp/capture.json
expect_rc "capture" 0
run capture-redact zfs-doctor capture /var/tmp/capture-redacted.json --redact
expect_rc "capture --redact" 0
check "the redacted capture does not name the backing file" bash -c "! grep -q 'disk.img' /var/tmp/capture-redacted.json"
run scan-snapshot zfs-doctor --snapshot /var/tmp/capture.json scan --json
expect_eq "the capture re-scans with the same verdict" \
  "$(finding "$ZD_OUT/scan-snapshot" loop-write-hang status)" affected
cp /var/tmp/capture.json /var/tmp/capture-redacted.json "$ZD_OUT/"
for p in odirect-alignment copy-file-range copy-file-range-unaligned; do
  run "probe-$p" zfs-doctor probe "$p" tank/vdisks --json
  expect_rc "probe $p tank/vdisks" 0
  info "raw result: $(cat "$ZD_OUT/probe-$p")"
done
run history zfs-doctor history
expect_rc "history" 0

step "after: nothing was written through $loop, the backing file is untouched"
sync; sleep 2
s2="$(write_stats)"; f2="$(file_state)"
info "loop stat:    $s2"
info "backing file: $f2"
expect_eq "write counters of $loop" "$s2" "$s0"
expect_eq "backing file checksum, mtime, size" "$f2" "$f0"
check "no hung-task message in the kernel log" bash -c "! dmesg | grep -E 'blocked for more than|hung_task'"
check "losetup -d $loopdev" losetup -d "$loopdev"
finish
