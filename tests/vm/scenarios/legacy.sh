#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 7 (legacy image: kernel 6.1 + ZFS 2.1.11), guest side.
# ZFS 2.1 has no `direct` property and no Direct I/O: scan must cope with the
# failing `zfs get direct` (directPropertySupported false, evidence saying so)
# and judge the five problems as five-issues.md says:
#   1 sysext-odirect-einval    not-affected (no Direct I/O before 2.3.0)
#   2 loop-write-hang          not-affected, latent (2.1.11 < 2.2.8 is in the
#                              affected range, but the loop device is buffered
#                              and kernel 6.1, the only one installed, lacks the
#                              loop change: buffered writes cannot hang here;
#                              issue 11, ground truth in tests/vm/README.md)
#   3 dio-always-cfr-eagain    not-affected (2.3.0 only)
#   4 cfr-linux68-eopnotsupp   not-affected (2.1 has no copy_file_range op)
#   5 loop-dio-always-oops     not-affected (2.3.0 only)
# The triggers are all present (a sysext image on ZFS, a loop device on ZFS),
# so each verdict comes from the versions, not from a missing trigger.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup
kmod="$(cut -d- -f1 /sys/module/zfs/version)"
expect_contains "kernel" "$(uname -r)" "6.1."
expect_eq "zfs module" "$kmod" 2.1.11

step "pool tank: a sysext image on tank/ext, a loop device on tank/vdisks"
make_pool tank 512M -O mountpoint=/tank
check "zfs create tank/ext on /var/lib/extensions" zfs create -o mountpoint=/var/lib/extensions tank/ext
check "zfs create tank/vdisks" zfs create tank/vdisks
run get-direct zfs get -Hp direct tank/ext
info "zfs get direct on 2.1 (expected to fail): exit $rc"
tree=/var/tmp/zd-ext
mkdir -p "$tree/usr/lib/extension-release.d" "$tree/usr/share/zd-ext"
printf 'ID=_any\n' >"$tree/usr/lib/extension-release.d/extension-release.zd-ext"
seq 1 20000 >"$tree/usr/share/zd-ext/numbers.txt"
check "mksquashfs /var/lib/extensions/zd-ext.raw" mksquashfs "$tree" /var/lib/extensions/zd-ext.raw -noappend -quiet
run merge systemd-sysext merge
expect_rc "systemd-sysext merge works on 2.1 (no Direct I/O)" 0
run unmerge systemd-sysext unmerge
check "backing file /tank/vdisks/disk.img" dd if=/dev/urandom of=/tank/vdisks/disk.img bs=1M count=16 status=none
loopdev="$(losetup -f --show /tank/vdisks/disk.img)"
check "loop device $loopdev on ZFS (buffered, read-write; never written)" test -b "$loopdev"
udevadm settle --timeout=60

step "scan --json"
run scan zfs-doctor scan --json
expect_rc "scan (nothing needs attention; problem 2 latent)" 0
expect_eq "facts.zfs.direct_property_supported" "$(jget "$ZD_OUT/scan" "d['facts']['zfs']['direct_property_supported']")" false
expect_eq "no dataset claims a direct value" \
  "$(jget "$ZD_OUT/scan" "any(x['direct']['present'] for x in d['facts']['zfs']['datasets'])")" false
expect_eq "tank/ext is in the facts anyway" \
  "$(jget "$ZD_OUT/scan" "[x['name'] for x in d['facts']['zfs']['datasets'] if x['name'] == 'tank/ext']")" '["tank/ext"]'
notes="$(jget "$ZD_OUT/scan" "[n for n in d['notes']] + [n for n in d['facts'].get('notes', [])]")"
info "notes: $notes"
# The detectors that need `direct` say why they are not affected: an evidence
# line "`direct` property = not supported" with a note naming 2.3.0.
for id in sysext-odirect-einval dio-always-cfr-eagain loop-dio-always-oops; do
  expect_contains "$id evidence: the direct property is not supported" \
    "$(evidence_text "$ZD_OUT/scan" "$id")" "property = not supported"
done
expect_finding "$ZD_OUT/scan" sysext-odirect-einval not-affected
expect_finding "$ZD_OUT/scan" loop-write-hang not-affected
expect_contains "problem 2 evidence: the module version" "$(evidence_text "$ZD_OUT/scan" loop-write-hang)" "2.1.11"
expect_contains "problem 2 evidence: the kernel" "$(evidence_text "$ZD_OUT/scan" loop-write-hang)" "$(uname -r)"
expect_finding "$ZD_OUT/scan" dio-always-cfr-eagain not-affected
expect_finding "$ZD_OUT/scan" cfr-linux68-eopnotsupp not-affected
expect_finding "$ZD_OUT/scan" loop-dio-always-oops not-affected
run scan-text zfs-doctor scan -v
expect_rc "scan -v" 0
expect_contains "scan -v names problem 2 as latent" "$(cat "$ZD_OUT/scan-text")" "loop-write-hang"

step "probes on 2.1 (raw results)"
for p in odirect-alignment copy-file-range copy-file-range-unaligned; do
  run "probe-$p" zfs-doctor probe "$p" tank/vdisks --json
  expect_rc "probe $p" 0
  echo "SUITE-RESULT: legacy: probe $p -> $(jget "$ZD_OUT/probe-$p" d)"
done
expect_eq "O_DIRECT 512 at 512 succeeds on 2.1 (no Direct I/O, no EINVAL)" \
  "$(jget "$ZD_OUT/probe-odirect-alignment" "d['errno']")" 0

step "fixes that need 2.3 are refused with a sentence"
run fix-direct zfs-doctor fix dataset-direct-disabled --target tank/ext --yes
info "dataset-direct-disabled on 2.1: exit $rc"
[ "$rc" -ne 0 ] && ok "dataset-direct-disabled refused on 2.1 (exit $rc)" || not_ok "dataset-direct-disabled should fail on 2.1"
run fix-dio zfs-doctor fix zfs-dio-disable --yes
[ "$rc" -ne 0 ] && ok "zfs-dio-disable refused on 2.1 (exit $rc)" || not_ok "zfs-dio-disable should fail on 2.1"
check "losetup -d $loopdev" losetup -d "$loopdev"
finish
