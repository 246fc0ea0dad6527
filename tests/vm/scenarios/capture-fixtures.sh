#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest scenario: captures real command outputs of OpenZFS, loop devices and
# systemd into $ZD_OUT (one file per command: NAME = stdout, NAME.stderr when
# non-empty, NAME.exit = exit status; commands.tsv indexes them).
# Works on 2.1 (legacy) and 2.3 (current): failures are recorded, not fatal.
# NEVER writes through a loop device whose backing file is on ZFS (problem 2
# hangs the kernel on 6.12.25+ with zfs < 2.3.3). The only buffered-loop I/O
# on ZFS here is the read-only sysext merge at the very end, under a timeout.
set -u
out="${ZD_OUT:?}"
cd "$out" || exit 1
printf 'name\texit\tcommand\n' >commands.tsv

# The command line as one would type it (for commands.tsv and the README).
qjoin() {
  local a out=()
  for a in "$@"; do
    if [[ $a =~ ^[A-Za-z0-9_./:=,@%+-]+$ ]]; then out+=("$a"); else out+=("'${a//\'/\'\\\'\'}'"); fi
  done
  echo "${out[*]}"
}
# cap NAME CMD...: run, store stdout/stderr/exit, sync (results survive a hang).
shown=""
cap() {
  local name="$1"; shift
  "$@" >"$name" 2>"$name.stderr" </dev/null
  local rc=$?
  echo "$rc" >"$name.exit"
  [ -s "$name.stderr" ] || rm -f "$name.stderr"
  printf '%s\t%s\t%s\n' "$name" "$rc" "${shown:-$(qjoin "$@")}" >>commands.tsv
  echo "[$rc] $name: ${shown:-$(qjoin "$@")}"
  shown=""
  sync
  return 0
}
# capsh NAME 'shell text': same, for pipelines/globs.
capsh() { shown="$2"; cap "$1" bash -c "$2"; }
note() { echo "$*" >>notes.txt; echo "note: $*"; sync; }
step() { echo "== $*"; }

step system
cap uname-r uname -r
cap cat-proc-version cat /proc/version
cap cat-etc-os-release cat /etc/os-release
cap systemctl-version systemctl --version
cap dpkg-query-linux-image dpkg-query -W -f='${Package} ${Version} ${Status}\n' 'linux-image-*'
cap dpkg-query-zfs dpkg-query -W -f='${Package} ${Version} ${Status}\n' 'zfs*' 'libzfs*' 'linux-headers-*'
cap ls-lib-modules ls /lib/modules
cap ls-boot ls /boot
cap apt-mark-showhold apt-mark showhold

step "modprobe zfs"
# Debian's zfs-load-module.service has loaded it at boot already: unload it
# first so that the timing below is a real load.
if [ -d /sys/module/zfs ]; then
  note "zfs was loaded at boot ($(systemctl show zfs-load-module.service -p ActiveState -p ExecMainStartTimestampMonotonic -p ExecMainExitTimestampMonotonic | tr '\n' ' '))"
  cap modprobe-r-zfs modprobe -r zfs
fi
t0=$(date +%s.%N)
cap modprobe-zfs modprobe zfs
t1=$(date +%s.%N)
note "modprobe zfs took $(awk "BEGIN{printf \"%.2f\", $t1-$t0}") s"
cap cat-sys-module-zfs-version cat /sys/module/zfs/version
cap cat-sys-module-spl-version cat /sys/module/spl/version
cap zfs-version zfs version
cap zfs-version-j zfs version -j
cap zpool-version zpool version
cap modinfo-zfs modinfo zfs
cap ls-sys-module-zfs-parameters ls /sys/module/zfs/parameters
for p in zfs_dio_enabled zfs_bclone_enabled zfs_dio_strict zfs_bclone_wait_dirty; do
  cap "cat-zfs-param-$p" cat "/sys/module/zfs/parameters/$p"
done

step "pool and datasets"
truncate -s 512M /var/tmp/pool.img
cap zpool-create zpool create -O mountpoint=/tank tank /var/tmp/pool.img
cap zfs-create-tank-std zfs create tank/std
cap zfs-create-tank-a zfs create tank/a
cap zfs-set-direct-always-tank-a zfs set direct=always tank/a
cap zfs-create-tank-a-b zfs create tank/a/b
cap zfs-create-tank-c zfs create -o direct=disabled tank/c
# ZFS < 2.3 has no 'direct': create tank/c anyway, the loop steps need it.
zfs list tank/c >/dev/null 2>&1 || cap zfs-create-tank-c-without-direct zfs create tank/c
cap zfs-create-tank-ro zfs create -o readonly=on tank/ro
cap zfs-create-tank-unmounted zfs create -o canmount=off tank/unmounted
cap zfs-create-tank-nomount zfs create -o mountpoint=none tank/nomount
cap zfs-create-tank-big zfs create -o recordsize=1M tank/big
cap zfs-create-tank-vol zfs create -V 64M tank/vol
cap zfs-snapshot zfs snapshot tank/std@snap1
cap zpool-list-Hp zpool list -Hp
cap zpool-list-Hp-o-name-size-alloc-free-health-guid zpool list -Hp -o name,size,alloc,free,health,guid
cap zpool-list-header zpool list
cap zpool-status zpool status tank
cap zpool-status-x zpool status -x
cap zpool-status-j zpool status -j
cap zfs-list-Hp-t-filesystem-o-name zfs list -Hp -t filesystem -o name
cap zfs-list-Hp-o-name-type-mountpoint-mounted zfs list -Hp -t all -o name,type,mountpoint,mounted,canmount
cap zfs-get-Hp-direct-etc zfs get -Hp -t filesystem -o name,property,value,source direct,recordsize,mountpoint,mounted,readonly
cap zfs-get-Hp-without-direct zfs get -Hp -t filesystem -o name,property,value,source recordsize,mountpoint,mounted,readonly
cap zfs-get-Hp-nonexistent-property zfs get -Hp -t filesystem -o name,property,value,source direct,nosuchprop,recordsize
cap zfs-get-Hp-nonexistent-dataset zfs get -Hp -o name,property,value,source direct tank/nosuchds
cap zfs-get-Hp-direct-on-zvol zfs get -Hp -o name,property,value,source direct tank/vol
cap zfs-get-j-direct-etc zfs get -j -p -t filesystem -o name,property,value,source direct,recordsize,mountpoint,mounted,readonly
cap zfs-get-direct-header zfs get direct
capsh cat-proc-spl-kstat-zfs-tank-iostats 'cat /proc/spl/kstat/zfs/tank/iostats'

step "O_DIRECT probe (dd iflag=direct): 512 bytes at offset 512, and 4096 at 0"
for ds in std a a/b c big; do
  f="/tank/$ds/probe.bin"
  dd if=/dev/urandom of="$f" bs=1M count=1 status=none
  n="${ds//\//-}"
  cap "dd-direct-512-at-512-tank-$n" dd if="$f" of=/dev/null iflag=direct bs=512 skip=1 count=1
  cap "dd-direct-4096-at-0-tank-$n" dd if="$f" of=/dev/null iflag=direct bs=4096 count=1
done
dd if=/dev/urandom of=/var/tmp/probe.bin bs=1M count=1 status=none
cap dd-direct-512-at-512-ext4 dd if=/var/tmp/probe.bin of=/dev/null iflag=direct bs=512 skip=1 count=1
if [ -w /sys/module/zfs/parameters/zfs_dio_enabled ]; then
  echo 0 >/sys/module/zfs/parameters/zfs_dio_enabled
  cap dd-direct-512-at-512-tank-std-dio_enabled-0 dd if=/tank/std/probe.bin of=/dev/null iflag=direct bs=512 skip=1 count=1
  echo 1 >/sys/module/zfs/parameters/zfs_dio_enabled
fi

step "problem 1 symptom: squashfs via a direct-I/O loop device"
mkdir -p /var/tmp/sq/usr/lib/extension-release.d /var/tmp/sq/usr/share/zd-ext
printf 'ID=_any\n' >/var/tmp/sq/usr/lib/extension-release.d/extension-release.zd-ext
seq 1 20000 >/var/tmp/sq/usr/share/zd-ext/numbers.txt
for ds in std a c; do
  img="/tank/$ds/zd-ext.raw"
  mksquashfs /var/tmp/sq "$img" -noappend -quiet >/dev/null 2>&1
  mkdir -p "/mnt/sq-$ds"
  dmesg_before=$(dmesg | wc -l)
  cap "losetup-dio-ro-squashfs-tank-$ds" losetup --direct-io=on -r -f --show "$img"
  dev="$(cat "losetup-dio-ro-squashfs-tank-$ds")"
  [ -n "$dev" ] && cap "cat-sys-block-$(basename "$dev")-loop-dio-squashfs-tank-$ds" cat "/sys/block/$(basename "$dev")/loop/dio"
  [ -n "$dev" ] && cap "mount-squashfs-tank-$ds" mount -t squashfs -o ro "$dev" "/mnt/sq-$ds"
  sleep 1
  dmesg | tail -n +"$((dmesg_before + 1))" >"dmesg-squashfs-tank-$ds"
  umount "/mnt/sq-$ds" 2>/dev/null
  [ -n "$dev" ] && losetup -d "$dev"
done

step "loop devices: dio=on over a file on tank, buffered read-only over a deleted file"
truncate -s 64M /tank/std/loop-dio.img
cap losetup-direct-io-on-tank-std losetup --direct-io=on -f --show /tank/std/loop-dio.img
l1="$(basename "$(cat losetup-direct-io-on-tank-std)")"
truncate -s 32M /tank/c/deleted.img
cap losetup-ro-tank-c-deleted losetup -r -f --show /tank/c/deleted.img
l2="$(basename "$(cat losetup-ro-tank-c-deleted)")"
rm -f /tank/c/deleted.img
udevadm settle --timeout=30
for l in "$l1" "$l2"; do
  [ -n "$l" ] || continue
  for a in backing_file dio offset sizelimit autoclear partscan; do
    cap "cat-sys-block-$l-loop-$a" cat "/sys/block/$l/loop/$a"
  done
  cap "cat-sys-block-$l-ro" cat "/sys/block/$l/ro"
  cap "udevadm-info-$l" udevadm info --query=all "/sys/block/$l"
done
note "loop over /tank/std/loop-dio.img (dio on): $l1; loop over deleted /tank/c/deleted.img (ro, buffered): $l2"
cap losetup-json-list losetup --json --list
cap losetup-list losetup --list
cap losetup-list-noheadings-o losetup --list --noheadings -O NAME,BACK-FILE,BACK-INO,BACK-MAJ:MIN,DIO,RO,AUTOCLEAR,OFFSET,SIZELIMIT
cap cat-proc-self-mountinfo cat /proc/self/mountinfo
cap findmnt-json findmnt --json

step "systemd-sysext: unit state and a drop-in"
cap systemctl-show-systemd-sysext systemctl show systemd-sysext.service -p Environment -p DropInPaths -p ActiveState -p FragmentPath
mkdir -p /etc/systemd/system/systemd-sysext.service.d
printf '[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n' >/etc/systemd/system/systemd-sysext.service.d/zfs-doctor.conf
systemctl daemon-reload
cap systemctl-show-systemd-sysext-with-dropin systemctl show systemd-sysext.service -p Environment -p DropInPaths -p ActiveState -p FragmentPath
rm -rf /etc/systemd/system/systemd-sysext.service.d
systemctl daemon-reload

step "package holds"
cap apt-mark-hold-linux-image-amd64 apt-mark hold linux-image-amd64
cap apt-mark-showhold-after-hold apt-mark showhold
cap apt-mark-unhold-linux-image-amd64 apt-mark unhold linux-image-amd64

step "problem 1 as users see it: systemd-sysext / systemd-dissect on a direct=standard dataset"
mkdir -p /var/lib/extensions
ln -sf /tank/std/zd-ext.raw /var/lib/extensions/zd-ext.raw
dmesg_before=$(dmesg | wc -l)
cap systemd-dissect-tank-std timeout 120 systemd-dissect /tank/std/zd-ext.raw
cap systemd-sysext-list timeout 120 systemd-sysext list
cap systemd-sysext-merge-tank-std timeout 120 systemd-sysext merge
cap systemd-sysext-status timeout 60 systemd-sysext status
cap systemd-sysext-unmerge timeout 120 systemd-sysext unmerge
dmesg | tail -n +"$((dmesg_before + 1))" >dmesg-systemd-sysext-tank-std
sync
# Last and guarded: the documented workaround reads the image through a
# buffered loop device on ZFS (read-only; no writes).
dmesg_before=$(dmesg | wc -l)
cap systemd-sysext-merge-loop-dio-0-tank-std timeout 120 env SYSTEMD_LOOP_DIRECT_IO=0 systemd-sysext merge
cap ls-usr-share-zd-ext ls /usr/share/zd-ext
cap systemd-sysext-unmerge-after-workaround timeout 120 systemd-sysext unmerge
dmesg | tail -n +"$((dmesg_before + 1))" >dmesg-systemd-sysext-workaround
rm -f /var/lib/extensions/zd-ext.raw

step cleanup
cap dmesg dmesg
for l in "$l1" "$l2"; do [ -n "$l" ] && losetup -d "/dev/$l"; done
cap zpool-export zpool export tank
echo "capture done"
exit 0
