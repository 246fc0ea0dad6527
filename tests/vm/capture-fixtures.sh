#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Boots a VM variant, runs scenarios/capture-fixtures.sh in it and stores the
# real command outputs in tests/fixtures/real/zfs-<zfs>-linux-<major.minor>/
# with a README.md saying how they were produced. Replaces that directory.
#
#   tests/vm/capture-fixtures.sh [--variant current|stock61|legacy] [--timeout SEC]
#   tests/vm/capture-fixtures.sh --variant V --from DIR   re-import the results of
#       an earlier run (DIR = run-vm.sh --out directory) without booting
set -euo pipefail
. "$(dirname "$0")/lib.sh"

variant=current timeout_s=1200 from=""
while [ $# -gt 0 ]; do
  case "$1" in
    --variant) variant="${2:?}"; shift 2 ;;
    --timeout) timeout_s="${2:?}"; shift 2 ;;
    --from) from="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown option '$1'" ;;
  esac
done
check_variant "$variant"
repo="$(cd "$VM_DIR/../.." && pwd)"

if [ -n "$from" ]; then
  tmp="$from"
  verdict="$(cat "$tmp/verdict" 2>/dev/null || echo unknown)"
else
  tmp="$(mktemp -d /tmp/zfs-doctor-capture.XXXXXX)"
  verdict="$("$VM_DIR/run-vm.sh" --variant "$variant" --timeout "$timeout_s" --out "$tmp" \
               "$VM_DIR/scenarios/capture-fixtures.sh")" || true
  echo "$verdict" >"$tmp/verdict"
fi
echo "$verdict"
res="$tmp/capture-fixtures"
files="$res/files"
[ -s "$files/uname-r" ] || die "no captured files in $files (see $res/console.log)"
[ -s "$files/cat-sys-module-zfs-version" ] || die "zfs module did not load (see $files/modprobe-zfs.stderr)"

kver="$(cat "$files/uname-r")"
zver="$(sed 's/-.*//' "$files/cat-sys-module-zfs-version")"
kmm="$(echo "$kver" | cut -d. -f1,2)"
dest="$repo/tests/fixtures/real/zfs-$zver-linux-$kmm"
img="${ZFS_DOCTOR_VM_IMAGE:-$(image_dir "$variant")}"

rm -rf "$dest"
mkdir -p "$dest"
cp -a "$files/." "$dest/"
cp "$img/packages.txt" "$dest/image-packages.txt"
cp "$img/versions.env" "$dest/image-versions.env"
zfsver="$(sed -n 's/^ZFS=//p' "$img/versions.env")"
key="$(sed -n 's/^KEY=//p' "$img/versions.env")"

{
  echo "# Real outputs: OpenZFS $zver on Linux $kver (Debian 12)"
  echo
  echo "Captured $(date -u -d "@$(cut -d' ' -f1 "$res/times" | cut -d. -f1)" '+%F %T UTC') by \`tests/vm/capture-fixtures.sh --variant $variant\`,"
  echo "which boots kernel \`$kver\` of the \`$variant\` image of \`tests/vm/build-image.sh\` (recipe key \`$key\`,"
  echo "see \`image-versions.env\`, package list \`image-packages.txt\`) under QEMU"
  echo "($(choose_accel "$img/vmlinuz" 2>/dev/null)) and runs \`tests/vm/scenarios/capture-fixtures.sh\` as root"
  echo "in the guest, as a systemd unit after multi-user.target (systemd is PID 1)."
  echo
  echo "- kernel: \`$kver\` (\`$(cat "$files/cat-proc-version")\`)"
  echo "- zfs kmod: \`$(cat "$files/cat-sys-module-zfs-version")\`, zfsutils-linux/zfs-dkms package \`$zfsver\` (built by DKMS in the image)"
  echo "- systemd: \`$(head -n1 "$files/systemctl-version")\`"
  echo "- verdict of the run: \`$verdict\`"
  echo
  echo "Pool: \`truncate -s 512M /var/tmp/pool.img; zpool create -O mountpoint=/tank tank /var/tmp/pool.img\`;"
  echo "datasets: \`tank/std\` (direct default), \`tank/a\` (direct=always, local), \`tank/a/b\` (inherits always),"
  echo "\`tank/c\` (direct=disabled), \`tank/ro\` (readonly=on), \`tank/unmounted\` (canmount=off),"
  echo "\`tank/nomount\` (mountpoint=none), \`tank/big\` (recordsize=1M), zvol \`tank/vol\`, snapshot \`tank/std@snap1\`."
  echo "On ZFS < 2.3 the \`direct\` settings fail; see the \`zfs-create-*\` / \`zfs-set-*\` files."
  echo
  echo "Each command \`NAME\` has: \`NAME\` (stdout), \`NAME.stderr\` (only when non-empty), \`NAME.exit\`"
  echo "(exit status). \`dmesg-*\` are kernel log lines taken around a step; \`notes.txt\` has timings"
  echo "and which loop device is which. \`commands.tsv\` is the machine-readable index."
  echo "Never edit these files by hand: re-run the capture."
  echo
  echo "Emulated with TCG on a busy 2-core host: durations (\`notes.txt\`, dmesg timestamps) are"
  echo "slow and not representative. \`.exit\` files hold the exit status of the command itself"
  echo "(\`timeout 120 ...\` where used: 124 would mean it timed out)."
  echo
  echo "Where to look:"
  echo
  echo "- versions: \`uname-r\`, \`cat-sys-module-zfs-version\`, \`zfs-version\`, \`zfs-version-j\`, \`systemctl-version\`"
  echo "- datasets: \`zfs-get-Hp-direct-etc\` (the collector's one \`zfs get\`), \`zfs-get-Hp-nonexistent-property*\`"
  echo "- problem 1 mechanism: \`dd-direct-512-at-512-tank-*\` (O_DIRECT 512 bytes at offset 512)"
  echo "- problem 1 symptom: \`mount-squashfs-tank-*\` + \`dmesg-squashfs-tank-*\`, \`systemd-dissect-tank-std*\`,"
  echo "  \`systemd-sysext-merge-tank-std*\` + \`dmesg-systemd-sysext-tank-std\`; workaround:"
  echo "  \`systemd-sysext-merge-loop-dio-0-tank-std*\` (read-only; nothing is ever written through a loop device on ZFS)"
  echo "- loop devices: \`losetup-json-list\`, \`cat-sys-block-loopN-*\`, \`udevadm-info-loopN\` (which is which: \`notes.txt\`)"
  echo
  echo "| file | exit | command |"
  echo "|---|---|---|"
  tail -n +2 "$files/commands.tsv" | while IFS=$'\t' read -r n rc cmd; do
    printf '| `%s` | %s | `%s` |\n' "$n" "$rc" "${cmd//|/\\|}"
  done
  echo
} >"$dest/README.md"
log "fixtures in $dest"
echo "$dest"
