#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 5 (data safety), guest side: every automatic remedy that
# applies to this machine is applied and then `zfs-doctor undo --all` runs.
# Files of several sizes on every dataset (and a loop device's backing file)
# must read back bit for bit afterwards, also after exporting and importing the
# pool (so the check reads the disk, not a cache); every `direct` property must
# be back to its original value AND source; the drop-in, the module parameters
# (zfs_dio_enabled, zfs_dmu_offset_next_sync) and the loop device's dio are
# back as they were.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup

step "pool tank with four datasets, each direct source represented"
make_pool tank 1G -O mountpoint=/tank
check "tank/a (direct=always, local)" zfs create -o direct=always tank/a
check "tank/a/child (inherits always)" zfs create tank/a/child
check "tank/b (default)" zfs create tank/b
check "tank/c (direct=disabled, local, recordsize=1M)" zfs create -o direct=disabled -o recordsize=1M tank/c
props() { zfs get -Hp -r -t filesystem -o name,property,value,source direct,recordsize,mountpoint,readonly tank; }
zfs_dio() { cat /sys/module/zfs/parameters/zfs_dio_enabled; }
dmu_sync() { cat /sys/module/zfs/parameters/zfs_dmu_offset_next_sync; }
props >"$ZD_OUT/props-before"; sed 's/^/   /' "$ZD_OUT/props-before"

step "files: random data, sizes 0 B to 8 MiB, on every dataset"
for ds in a a/child b c; do
  for size in 0 1 511 4096 4097 131072 131073 1048576 8388608; do
    head -c "$size" /dev/urandom >"/tank/$ds/file-$size.bin"
  done
done
check "loop backing file /tank/b/loop.img (32 MiB random)" \
  dd if=/dev/urandom of=/tank/b/loop.img bs=1M count=32 status=none
sync
sums() { (cd /tank && find . -type f ! -path '*/.zfs-doctor-probe/*' -print0 | sort -z | xargs -0 sha256sum); }
sums >"$ZD_OUT/sums-before"
info "$(wc -l <"$ZD_OUT/sums-before") files checksummed"
loopdev="$(losetup --direct-io=on -f --show /tank/b/loop.img)"
loop="${loopdev#/dev/}"
udevadm settle --timeout=60
expect_eq "$loop dio before" "$(cat "/sys/block/$loop/loop/dio")" 1
dio_before="$(zfs_dio)"
info "zfs_dio_enabled before: $dio_before"
dmu_before="$(dmu_sync)"
expect_eq "zfs_dmu_offset_next_sync before (2.3's default)" "$dmu_before" 1

step "apply every remedy"
applyfix() {  # applyfix NAME VERB [TARGET]
  local name="$1"; shift
  run "fix-$name" zfs-doctor fix "$@" --yes --json
  expect_rc "fix $*" 0
  expect_eq "fix $* status" "$(jget "$ZD_OUT/fix-$name" "d['status']")" verified
}
applyfix a-standard dataset-direct-standard tank/a
applyfix child-disabled dataset-direct-disabled tank/a/child
applyfix b-disabled dataset-direct-disabled tank/b
applyfix c-standard dataset-direct-standard tank/c
applyfix sysext-dropin sysext-dropin
applyfix loop-dio-off loop-dio-off "$loop"
applyfix zfs-dio-disable zfs-dio-disable
# Problem 7's remedy: 2.3.2 is not affected, so no finding offers it; an
# admin may still apply it by name, and it must work and undo the same way.
applyfix dmu-offset-next-sync-off dmu-offset-next-sync-off
expect_eq "$loop dio after loop-dio-off" "$(cat "/sys/block/$loop/loop/dio")" 0
expect_eq "zfs_dio_enabled after zfs-dio-disable" "$(zfs_dio)" 0
expect_eq "zfs_dmu_offset_next_sync after dmu-offset-next-sync-off" "$(dmu_sync)" 0
check "modprobe.d line for zfs_dmu_offset_next_sync" \
  grep -qx "options zfs zfs_dmu_offset_next_sync=0" /etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf
props | sed 's/^/   after fixes: /'
sums >"$ZD_OUT/sums-during"
check "every file unchanged while the fixes are in place" cmp -s "$ZD_OUT/sums-before" "$ZD_OUT/sums-during"

step "undo --all"
run undo-all zfs-doctor undo --all --json
expect_rc "undo --all" 0
expect_eq "undo --all: no failures" "$(jget "$ZD_OUT/undo-all" "len(d['failures'])")" 0
expect_eq "undo --all: statuses" "$(jget "$ZD_OUT/undo-all" "sorted(set(c['status'] for c in d['changes']))")" '["undone"]'
expect_eq "undo --all: changes undone" "$(jget "$ZD_OUT/undo-all" "len(d['changes'])")" 8
props >"$ZD_OUT/props-after"
if cmp -s "$ZD_OUT/props-before" "$ZD_OUT/props-after"; then
  ok "properties back to original values and sources"
else
  not_ok "properties differ after undo:"; diff "$ZD_OUT/props-before" "$ZD_OUT/props-after"
fi
expect_eq "$loop dio after undo" "$(cat "/sys/block/$loop/loop/dio")" 1
expect_eq "zfs_dio_enabled after undo" "$(zfs_dio)" "$dio_before"
expect_eq "zfs_dmu_offset_next_sync after undo" "$(dmu_sync)" "$dmu_before"
check "drop-in removed" test ! -e /etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf
check "modprobe.d file removed" test ! -e /etc/modprobe.d/zfs-doctor-dio.conf
check "modprobe.d file for zfs_dmu_offset_next_sync removed" \
  test ! -e /etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf

step "read everything back from disk: losetup -d, zpool export, import"
check "losetup -d $loopdev" losetup -d "$loopdev"
check "zpool export tank" zpool export tank
check "zpool import tank" zpool import -d /var/tmp tank
sums >"$ZD_OUT/sums-after"
if cmp -s "$ZD_OUT/sums-before" "$ZD_OUT/sums-after"; then
  ok "all $(wc -l <"$ZD_OUT/sums-after") files identical (sha256) after undo and re-import"
else
  not_ok "files differ:"; diff "$ZD_OUT/sums-before" "$ZD_OUT/sums-after" | head -n 20
fi
props >"$ZD_OUT/props-reimported"
check "properties unchanged after re-import" cmp -s "$ZD_OUT/props-before" "$ZD_OUT/props-reimported"
finish
