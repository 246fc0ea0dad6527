#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 8 (issue 7: remote targets), guest side, ZFS 2.3.2: a guest
# with datasets (one direct=always), a loop device on a dataset and one on the
# root filesystem captures itself locally, then waits while the HOST scans it
# over SSH (host side: tests/vm/ssh-compare.sh, started by run-suite.sh with
# run-vm.sh --ssh PORT). The host compares its remote capture with the local
# one afterwards: the facts must be the same.
#
# The guest's host key goes to the host over the log port (virtio-serial), not
# the network, so the host's OpenSSH verifies it for real (StrictHostKeyChecking=yes).
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup

step "pool tank: tank/std, tank/always (direct=always), tank/images with a loop device"
make_pool tank 512M -O mountpoint=/tank
check "zfs create tank/std" zfs create tank/std
check "zfs create -o direct=always tank/always" zfs create -o direct=always tank/always
check "zfs create -o recordsize=16K tank/images" zfs create -o recordsize=16K tank/images
check "zfs create -o canmount=off tank/unmounted" zfs create -o canmount=off tank/unmounted
check "image file on tank/images" dd if=/dev/zero of=/tank/images/disk.img bs=1M count=8 status=none
zloop="$(losetup -f --show --direct-io=on /tank/images/disk.img)"
check "loop device $zloop on tank/images" test -b "$zloop"
check "image file on the root filesystem" dd if=/dev/zero of=/var/tmp/root.img bs=1M count=4 status=none
rloop="$(losetup -r -f --show /var/tmp/root.img)"
check "read-only loop device $rloop on ext4" test -b "$rloop"
udevadm settle --timeout=60
# The pool's allocated/free bytes are facts too: let the last writes (and the
# atime updates of the first reads) reach the disk before either capture.
check "zpool sync tank" zpool sync tank
sleep 6

step "local capture (what the host's remote capture must equal)"
run capture-local zfs-doctor capture "$ZD_OUT/guest-local.json" --force
expect_rc "zfs-doctor capture" 0
check "the snapshot was written" test -s "$ZD_OUT/guest-local.json"
run guest-scan zfs-doctor scan --json
info "guest scan exit $rc"

step "waiting for the host to scan this guest over SSH"
check "sshd is running" systemctl is-active --quiet ssh.service
# Host-key line first, then the ready marker: the host needs the key before
# it connects. Both also land in stdout (the host reads the live log).
echo "ZD-SSH-HOSTKEY $(cut -d' ' -f1,2 /etc/ssh/ssh_host_ed25519_key.pub)"
echo "ZD-SSH-READY"
sync
waited=0
while [ ! -e /run/zd-ssh-done ] && [ "$waited" -lt 1200 ]; do sleep 2; waited=$((waited + 2)); done
if [ -e /run/zd-ssh-done ]; then
  ok "the host finished its remote scan after ${waited} s ($(cat /run/zd-ssh-done))"
else
  not_ok "the host did not finish its remote scan within ${waited} s"
fi

step "nothing changed on the guest during the remote scan"
run capture-local-after zfs-doctor capture "$ZD_OUT/guest-local-after.json" --force
expect_eq "loop devices after the remote scan" "$(losetup -l -n -O NAME | sort | tr '\n' ' ')" \
  "$(printf '%s\n' "$zloop" "$rloop" | sort | tr '\n' ' ')"
check "no zfs-doctor file left in /tmp or /var/tmp by the remote scan" \
  bash -c "! ls /tmp /var/tmp | grep -i zfs-doctor"
check "losetup -d $zloop $rloop" losetup -d "$zloop" "$rloop"
finish
