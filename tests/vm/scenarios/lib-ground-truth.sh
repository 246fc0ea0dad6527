# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest-side ground-truth experiments: what loop devices whose backing file is
# on real OpenZFS do (work, fail with EINVAL, hang, oops) on the kernel the
# guest booted. Sourced after lib-scenario.sh; run-suite.sh installs it as
# /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh.
#
# These scenarios assert the kernel's and ZFS's behaviour, not ZFS Doctor's.
# Every result is one line "GT-RESULT: kernel | zfs | direct= | zfs_dio_enabled |
# loop | experiment | outcome | detail" in the live log and in
# $ZD_OUT/ground-truth.tsv.
#
# Every command that touches a loop device runs under gt_guarded, which
# watches it instead of waiting: a kernel oops or a loop device that stops
# completing requests ends the experiment with outcome "oops" or "hang". Such
# an outcome is terminal: the kernel is left with a dead loop worker or a
# spinning one, every later step (even a global sync or an orderly shutdown)
# could block forever, so gt_terminal records what it saw (the kernel log with
# the oops or the hung tasks, the stuck tasks, the spinning threads), writes
# the scenario's exit status itself and powers the guest off at once with
# sysrq. A scenario therefore puts at most one experiment that can crash or
# hang, and puts it last.
# shellcheck shell=bash

GT_TSV="$ZD_OUT/ground-truth.tsv"
GT_STALL="${GT_STALL:-45}"     # s without a completed loop request = hang
                               # (reads, writes, discards, flushes: stat
                               # fields 1, 5, 12, 16)
GT_LIMIT="${GT_LIMIT:-900}"    # s for one command, however busy
GT_MNT=/mnt/gt
GT_HAS_DIRECT=1                # 0 on ZFS < 2.3 (gt_setup)

# Only the results disk: a global sync can block behind a stuck loop device.
gt_sync() { sync -f "$ZD_OUT" 2>/dev/null || true; }

gt_dio_enabled() { cat /sys/module/zfs/parameters/zfs_dio_enabled 2>/dev/null || echo -; }

# The pool's Direct I/O counters (2.3+): "reads writes". They tell which path
# ZFS took for the loop device's requests.
gt_dio_counts() {  # a time limit: it is also read after a hang or an oops
  timeout 5 cat /proc/spl/kstat/zfs/gt/iostats 2>/dev/null \
    | awk '$1 == "direct_read_count" { r = $3 } $1 == "direct_write_count" { w = $3 }
           END { print r + 0, w + 0 }'
}

# gt_setup: the zfs module, a file-backed pool with one dataset per direct=
# value, hung-task reports after 20 s (the default 120 s is longer than the
# experiments wait), and the source data the experiments write.
gt_setup() {
  step "ground-truth setup"
  modprobe zfs
  GT_KERNEL="$(uname -r)"
  GT_ZFS="$(cut -d- -f1 /sys/module/zfs/version)"
  info "kernel $GT_KERNEL ($(sed 's/.*Debian //' /proc/version)), zfs kmod $(cat /sys/module/zfs/version)"
  info "kernel.panic_on_oops=$(cat /proc/sys/kernel/panic_on_oops): an oops kills the loop worker, not the guest"
  echo 20 >/proc/sys/kernel/hung_task_timeout_secs
  truncate -s 2G /var/tmp/gt-pool.img
  check "zpool create gt (2 GiB file vdev)" zpool create -O mountpoint=/gt gt /var/tmp/gt-pool.img
  if zfs get -H direct gt >/dev/null 2>&1; then
    GT_HAS_DIRECT=1
    check "zfs create gt/standard (direct left at its default)" zfs create gt/standard
    check "zfs create -o direct=disabled gt/disabled" zfs create -o direct=disabled gt/disabled
    check "zfs create -o direct=always gt/always" zfs create -o direct=always gt/always
    local d
    for d in standard disabled always; do
      info "gt/$d: $(zfs get -Hp -o property,value,source direct,compression,recordsize "gt/$d" | tr '\t\n' ' ;')"
    done
  else
    # ZFS before 2.3 has no Direct I/O and no direct property: one dataset,
    # recorded as direct "n/a".
    GT_HAS_DIRECT=0
    info "no direct property (ZFS $GT_ZFS < 2.3: no Direct I/O)"
    check "zfs create gt/standard" zfs create gt/standard
  fi
  mkdir -p "$GT_MNT"
  dd if=/dev/urandom of=/var/tmp/gt-src48 bs=1M count=48 status=none
  dd if=/dev/urandom of=/var/tmp/gt-src64 bs=1M count=64 status=none
  printf 'kernel\tzfs\tdirect\tzfs_dio_enabled\tloop\texperiment\toutcome\tdetail\n' >"$GT_TSV"
  gt_sync
}

# gt_loopdesc DEV: "dio=D ro=R lbs=N" as the kernel reports them.
gt_loopdesc() {
  local n="${1#/dev/}"
  echo "dio=$(cat "/sys/block/$n/loop/dio") ro=$(cat "/sys/block/$n/ro") lbs=$(cat "/sys/block/$n/queue/logical_block_size")"
}

# The experiment being run, for gt_record and gt_terminal. ID names the
# experiment in gt_expected's table; "-dio0" is appended while
# zfs_dio_enabled is 0.
gt_begin() {  # gt_begin ID DESCRIPTION DATASET
  GT_ID="$1" GT_EXP="$2" GT_DIRECT="$3" GT_LOOP="" GT_DEV=""
  GT_DIO0="$(gt_dio_counts)"
  [ "$(gt_dio_enabled)" != 0 ] || GT_ID="$GT_ID-dio0"
  GT_EXPECT="${GT_RECORD_ONLY:+-}"
  GT_EXPECT="${GT_EXPECT:-$(gt_expected "$GT_ID")}"
  step "experiment $GT_ID: $GT_EXP on direct=$GT_DIRECT (zfs_dio_enabled=$(gt_dio_enabled)); expected: $GT_EXPECT"
}

# gt_record OUTCOME DETAIL: one result line, then the check against GT_EXPECT
# ("-" = record only, GT_RECORD_ONLY=1 for exploring; "a|b" = either, for
# a race measured both ways).
gt_record() {
  local outcome="$1" detail="$2" line r0 w0 r1 w1
  read -r r0 w0 <<<"$GT_DIO0"
  read -r r1 w1 <<<"$(gt_dio_counts)"
  detail="$detail (ZFS Direct I/O reads +$((r1 - r0)), writes +$((w1 - w0)))"
  [ "$GT_HAS_DIRECT" = 1 ] || GT_DIRECT=n/a
  line="$GT_KERNEL	$GT_ZFS	$GT_DIRECT	$(gt_dio_enabled)	${GT_LOOP:--}	$GT_ID: $GT_EXP	$outcome	$detail"
  printf '%s\n' "$line" >>"$GT_TSV"
  echo "GT-RESULT: ${line//	/ | }"
  if [ "$GT_EXPECT" != - ]; then
    zd_checks=$((zd_checks + 1))
    if [[ "|$GT_EXPECT|" == *"|$outcome|"* ]]; then
      echo "ok: $GT_ID on $GT_KERNEL + ZFS $GT_ZFS: $outcome"
    else
      zd_failures=$((zd_failures + 1))
      echo "NOT OK: $GT_ID on $GT_KERNEL + ZFS $GT_ZFS: got '$outcome', expected '$GT_EXPECT'"
    fi
  fi
  gt_sync
}

# An oops, not a soft lockup or a hung task (those are a hang's signs).
GT_OOPS_RE='Oops|general protection fault|kernel BUG at|BUG: kernel NULL pointer|BUG: unable to handle'
gt_oops_lines() { dmesg | grep -cE "$GT_OOPS_RE" || true; }

# CPU use per thread over 5 s (the spinning kworker of a hang), top 5, as a
# share of one CPU. Measured against the CPUs' own tick counts (/proc/stat),
# not the wall clock: under TCG the two disagree.
gt_thread_cpu() {
  local a b c0 c1
  a="$(mktemp)"; b="$(mktemp)"
  gt_thread_ticks >"$a"; c0="$(awk '/^cpu / { s = 0; for (i = 2; i <= NF; i++) s += $i; print s }' /proc/stat)"
  sleep 5
  gt_thread_ticks >"$b"; c1="$(awk '/^cpu / { s = 0; for (i = 2; i <= NF; i++) s += $i; print s }' /proc/stat)"
  join "$a" "$b" | awk -v per_cpu="$(( (c1 - c0) / $(nproc) ))" \
      'per_cpu > 0 { d = ($3 - $2) * 100 / per_cpu; if (d >= 5) print d, $1 }' \
    | sort -rn | head -n 5 | while read -r pct t; do
      printf '%s %.0f%% ' "$(cat "$t/comm" 2>/dev/null)" "$pct"
    done
  rm -f "$a" "$b"
}
gt_thread_ticks() {  # bash builtins only: a process per thread is slow under TCG
  local t line f
  for t in /proc/[0-9]*/task/[0-9]*; do
    read -r line 2>/dev/null <"$t/stat" || continue
    read -r -a f <<<"${line##*) }"
    echo "$t $((f[11] + f[12]))"   # utime + stime (fields 14, 15 of stat)
  done | sort
}

# gt_guarded LABEL CMD...: runs CMD (stdout/stderr into $ZD_OUT/LABEL{,.stderr})
# and watches it. Returns with GT_RC = CMD's exit status when it ends; on an
# oops or a stall of the loop device $GT_DEV, calls gt_terminal (no return).
gt_guarded() {
  local label="$1"; shift
  local oops0 pid waited=0 still=0 st0 st1
  echo "\$ $*"
  oops0="$(gt_oops_lines)"
  "$@" >"$ZD_OUT/$label" 2>"$ZD_OUT/$label.stderr" </dev/null &
  pid=$!
  st0="$( [ -n "$GT_DEV" ] && awk '{ print $1, $5, $12, $16 }' "/sys/block/${GT_DEV#/dev/}/stat")"
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2; waited=$((waited + 2))
    if [ "$(gt_oops_lines)" != "$oops0" ]; then gt_terminal oops "$label" "$pid"; fi
    st1="$( [ -n "$GT_DEV" ] && awk '{ print $1, $5, $12, $16 }' "/sys/block/${GT_DEV#/dev/}/stat")"
    if [ "$st1" = "$st0" ]; then still=$((still + 2)); else still=0; st0="$st1"; fi
    if [ -n "$GT_DEV" ] && [ "$still" -ge "$GT_STALL" ]; then gt_terminal hang "$label" "$pid"; fi
    if [ "$waited" -ge "$GT_LIMIT" ]; then gt_terminal hang "$label" "$pid"; fi
  done
  wait "$pid"; GT_RC=$?
  head -c 1500 "$ZD_OUT/$label" | sed 's/^/   | /'
  [ -s "$ZD_OUT/$label.stderr" ] && head -c 1500 "$ZD_OUT/$label.stderr" | sed 's/^/   ! /'
  echo "   -> exit $GT_RC after ${waited} s"
  if [ "$(gt_oops_lines)" != "$oops0" ]; then gt_terminal oops "$label" ""; fi
  gt_sync
}

# gt_terminal OUTCOME LABEL PID: the kernel is wedged (see the header).
gt_terminal() {
  local outcome="$1" label="$2" pid="$3" detail status
  echo "!! $outcome during '$label' (${GT_EXP})"
  # Powering off with sysrq is only for the disposable guest (guest-run is
  # part of the VM image only), never for a machine this file is sourced on.
  [ -x /usr/local/lib/zfs-doctor-vm/guest-run ] || { echo "not in the VM guest: stopping here"; exit 3; }
  if [ "$outcome" = oops ]; then
    sleep 5   # let the rest of the trace reach the log
    detail="$(dmesg | grep -m1 -E "$GT_OOPS_RE" | sed 's/^\[[ 0-9.]*\] //')"
    detail="$detail; trace: $(dmesg | sed -n '/Call Trace:/,/---\[ end trace/p' | grep -oE '^\[[ 0-9.]*\]  +[a-z_0-9.]+\+' | sed -E 's/^\[[ 0-9.]*\] +//; s/\+$//' | head -n 12 | tr '\n' ' ')"
  else
    local cpu dstate
    cpu="$(gt_thread_cpu)"
    dstate="$(ps -eo stat=,pid=,wchan:32=,comm= | awk '$1 ~ /^D/' | head -n 8 | tr -s ' ' | tr '\n' ';')"
    echo "   busy threads (5 s sample): $cpu"
    echo "   D-state tasks: $dstate"
    # Blocked tasks' stacks and the running CPUs' backtraces into the kernel log.
    echo w >/proc/sysrq-trigger; echo l >/proc/sysrq-trigger; sleep 3
    detail="'$label' made no loop request complete for ${GT_STALL} s; busy: ${cpu:-none}; D state: ${dstate:-none}"
    local hung
    hung="$(dmesg | grep -m1 'blocked for more than' | sed 's/^\[[ 0-9.]*\] //')"
    [ -n "$hung" ] && detail="$detail; hung task: $hung"
  fi
  gt_record "$outcome" "$detail"
  dmesg >"$ZD_OUT/dmesg-$outcome" 2>&1
  timeout 60 journalctl -b --no-pager -o short-monotonic >"$ZD_OUT/journal-$outcome" 2>&1
  echo "== result"
  echo "$zd_checks checks, $zd_failures failed (the guest is powered off with sysrq: after the $outcome it cannot shut down cleanly)"
  status=0; [ "$zd_failures" -eq 0 ] || status=1
  echo "$status" >"$ZD_OUT/../exit-status"
  gt_sync
  # guest-run's tail forwards stdout to the live log (the port itself is
  # held open by it): the same exit line guest-run would print.
  echo "ZD-SCENARIO-EXIT=$status"
  gt_sync
  sleep 3
  echo o >/proc/sysrq-trigger
  sleep infinity
}

gt_detach() { [ -n "$GT_DEV" ] && losetup -d "$GT_DEV"; GT_DEV=""; }

# a. Reads through a buffered loop device: 48 MiB of random data, read with
#    4 KiB, 64 KiB and 1 MiB requests (O_DIRECT on the loop device, so each
#    pass goes through the loop driver, not the page cache), compared.
#    A quick run passes fewer sizes (each pass costs a minute under TCG).
gt_reads() {  # gt_reads DATASET ro|rw [SIZE...]
  local ds="$1" mode="$2" f want bs got bad="" sizes
  shift 2
  sizes="${*:-4k 64k 1M}"
  gt_begin "read-$mode-$ds" "buffered loop read ($mode)" "$ds"
  f="/gt/$ds/reads-$mode.img"
  cp /var/tmp/gt-src48 "$f"
  want="$(sha256sum <"$f")"
  if [ "$mode" = ro ]; then GT_DEV="$(losetup -f --show -r "$f")"; else GT_DEV="$(losetup -f --show "$f")"; fi
  GT_LOOP="$(gt_loopdesc "$GT_DEV")"
  info "$GT_DEV: $GT_LOOP"
  for bs in $sizes; do
    echo 3 >/proc/sys/vm/drop_caches
    gt_guarded "read-$mode-$bs" sh -c "dd if=$GT_DEV bs=$bs iflag=direct status=none | sha256sum"
    got="$(cat "$ZD_OUT/read-$mode-$bs")"
    [ "$GT_RC" -eq 0 ] && [ "$got" = "$want" ] || bad="$bad $bs(rc $GT_RC)"
  done
  if [ -z "$bad" ]; then gt_record works "48 MiB read with ${sizes// /, } requests, bytes identical"
  else gt_record wrong "differs or failed:$bad"; fi
  gt_detach
}

# d. A squashfs image attached like systemd-sysext does (direct I/O,
#    read-only), with 512- or 4096-byte logical blocks: mounts, or EINVAL.
gt_squashfs() {  # gt_squashfs DATASET SECTOR
  local ds="$1" sector="$2" img tree=/var/tmp/gt-sqtree err
  gt_begin "squashfs-$sector-$ds" "squashfs on dio loop (ro, $sector-byte sectors)" "$ds"
  if [ ! -d "$tree" ]; then
    mkdir -p "$tree/usr/lib/extension-release.d" "$tree/usr/share/gt"
    printf 'ID=_any\n' >"$tree/usr/lib/extension-release.d/extension-release.gt"
    for i in $(seq 1 40); do seq 1 $((i * 997)) >"$tree/usr/share/gt/f$i.txt"; done
  fi
  img="/gt/$ds/sq-$sector.raw"
  mksquashfs "$tree" "$img" -noappend -quiet >/dev/null
  GT_DEV="$(losetup -f --show --direct-io=on -r --sector-size "$sector" "$img")"
  GT_LOOP="$(gt_loopdesc "$GT_DEV")"
  info "$GT_DEV: $GT_LOOP ($(stat -c %s "$img") bytes)"
  local n0
  n0="$(dmesg | wc -l)"
  gt_guarded "sq-mount-$ds-$sector" mount -t squashfs -o ro "$GT_DEV" "$GT_MNT"
  if [ "$GT_RC" -eq 0 ]; then
    gt_guarded "sq-diff-$ds-$sector" diff -r "$tree" "$GT_MNT"
    if [ "$GT_RC" -eq 0 ]; then gt_record works "mounted, content identical"
    else gt_record wrong "mounted, content differs"; fi
    umount "$GT_MNT"
  else
    err="$(dmesg | tail -n +$((n0 + 1)) | grep -m3 -iE 'squashfs|I/O error' | sed 's/^\[[ 0-9.]*\] //' | tr '\n' ';')"
    dmesg | tail -n +$((n0 + 1)) >"$ZD_OUT/dmesg-squashfs-$ds-$sector"
    # 6.12's loop driver passes the backing file's EINVAL up (-22); 6.1's
    # turns every error into an I/O error (-5).
    case "$err" in
      *-22*) gt_record EINVAL "mount failed: ${err}" ;;
      *-5*) gt_record EIO "mount failed: ${err}" ;;
      *) gt_record failed "mount exit $GT_RC: $(head -c 200 "$ZD_OUT/sq-mount-$ds-$sector.stderr") ${err}" ;;
    esac
  fi
  gt_detach
}

# c. Writes through a direct-I/O loop device (4 KiB sectors): mkfs.ext4,
#    mount, a 48 MiB write with fsync, then remount and compare.
gt_dio_write() {  # gt_dio_write DATASET
  local ds="$1" f
  gt_begin "dio-write-$ds" "dio loop write (ext4, 4096-byte sectors, 48 MiB)" "$ds"
  f="/gt/$ds/ext4-$GT_ID.img"
  truncate -s 128M "$f"
  GT_DEV="$(losetup -f --show --direct-io=on --sector-size 4096 "$f")"
  GT_LOOP="$(gt_loopdesc "$GT_DEV")"
  info "$GT_DEV: $GT_LOOP"
  gt_guarded mkfs-ext4 mkfs.ext4 -q -F "$GT_DEV"
  [ "$GT_RC" -eq 0 ] || { gt_record failed "mkfs.ext4 exit $GT_RC"; gt_detach; return; }
  gt_guarded mount-ext4 mount "$GT_DEV" "$GT_MNT"
  [ "$GT_RC" -eq 0 ] || { gt_record failed "mount exit $GT_RC"; gt_detach; return; }
  gt_guarded write-ext4 dd if=/var/tmp/gt-src48 of="$GT_MNT/data" bs=1M conv=fsync status=none
  gt_verify_remount ext4 /var/tmp/gt-src48 "mkfs.ext4, mount, 48 MiB written with fsync"
}

# b. Writes through a buffered (dio=0) read-write loop device: mkfs.xfs,
#    mount, a 64 MiB write with conv=fdatasync, then remount and compare.
gt_buffered_write() {  # gt_buffered_write DATASET
  local ds="$1" f
  gt_begin "buffered-write-$ds" "buffered loop write (xfs, 512-byte sectors, 64 MiB)" "$ds"
  f="/gt/$ds/xfs-$GT_ID.img"
  truncate -s 320M "$f"
  GT_DEV="$(losetup -f --show "$f")"
  GT_LOOP="$(gt_loopdesc "$GT_DEV")"
  info "$GT_DEV: $GT_LOOP"
  gt_guarded mkfs-xfs mkfs.xfs -q -f "$GT_DEV"
  [ "$GT_RC" -eq 0 ] || { gt_record failed "mkfs.xfs exit $GT_RC"; gt_detach; return; }
  gt_guarded mount-xfs mount "$GT_DEV" "$GT_MNT"
  [ "$GT_RC" -eq 0 ] || { gt_record failed "mount exit $GT_RC"; gt_detach; return; }
  gt_guarded write-xfs dd if=/var/tmp/gt-src64 of="$GT_MNT/data" bs=1M conv=fdatasync status=none
  gt_verify_remount xfs /var/tmp/gt-src64 "mkfs.xfs, mount, 64 MiB written with fdatasync"
}

# After a write that returned: its status, then unmount, remount (the data is
# read back through the loop device, not from the page cache) and compare.
gt_verify_remount() {  # gt_verify_remount FSTYPE SOURCE WHAT
  local fs="$1" src="$2" what="$3" wrc="$GT_RC"
  gt_guarded "umount-$fs" umount "$GT_MNT"
  echo 3 >/proc/sys/vm/drop_caches
  gt_guarded "remount-$fs" mount -o ro "$GT_DEV" "$GT_MNT"
  gt_guarded "readback-$fs" cmp "$src" "$GT_MNT/data"
  local crc="$GT_RC"
  umount "$GT_MNT"
  if [ "$wrc" -eq 0 ] && [ "$crc" -eq 0 ]; then gt_record works "$what; read back after remount, identical"
  else gt_record failed "$what: write exit $wrc, compare exit $crc ($(head -c 200 "$ZD_OUT/write-$fs.stderr"))"; fi
  gt_detach
}

# zfs_dio_enabled: 0 makes every dataset behave as direct=disabled.
gt_set_dio_enabled() {
  echo "$1" >/sys/module/zfs/parameters/zfs_dio_enabled
  expect_eq "zfs_dio_enabled" "$(gt_dio_enabled)" "$1"
}

# The ground truth measured so far (tests/vm/README.md, "Ground truth"), by
# ZFS release, kernel series and experiment id. A combination nobody has
# measured yet (a newer Debian package, another kernel) gives "unmeasured",
# which fails: measure it (GT_RECORD_ONLY=1) and add it here, never assume.
gt_expected() {  # gt_expected ID
  local series
  series="$(echo "$GT_KERNEL" | cut -d. -f1,2)"
  case "$GT_ZFS/$series/$1" in
    2.3.2/6.12/read-* | 2.3.2/6.1/read-*) echo works ;;
    # Problem 1: the squashfs superblock read is 512-byte aligned, Direct I/O
    # on direct=standard refuses it; 6.1's loop driver reports EIO instead.
    2.3.2/6.12/squashfs-512-standard) echo EINVAL ;;
    2.3.2/6.1/squashfs-512-standard) echo EIO ;;
    2.3.2/6.12/squashfs-* | 2.3.2/6.1/squashfs-*) echo works ;;
    # Problem 2 needs the kernel's loop change (6.12.25+), not in 6.1. Its
    # skip overrun in zfs_uiomove_iter() mostly spins (hang, 4 of 4 runs
    # here) but was also caught once by hardened usercopy ("kernel BUG at
    # mm/usercopy.c", an oops; dio-write-disabled below): same code path.
    2.3.2/6.12/buffered-write-*) echo 'hang|oops' ;;
    2.3.2/6.1/buffered-write-*) echo works ;;
    # A direct-I/O loop reaches ZFS through lo_rw_aio() with a skip offset on
    # every kernel: requests ZFS takes as Direct I/O oops (short page array),
    # the others take its buffered path and hang or oops as above. Which
    # comes first is a race: both outcomes were measured on standard and on
    # disabled; always and zfs_dio_enabled=0 take the same two paths.
    2.3.2/6.12/dio-write-* | 2.3.2/6.1/dio-write-*) echo 'oops|hang' ;;
    # ZFS 2.1.11 (the legacy image, bookworm's own package): no Direct I/O,
    # but the same skip-offset bug, reached through a direct-I/O loop device
    # on a kernel without the loop change.
    2.1.11/6.1/read-* | 2.1.11/6.1/squashfs-*) echo works ;;
    2.1.11/6.1/buffered-write-*) echo works ;;
    2.1.11/6.1/dio-write-*) echo hang ;;
    *) echo unmeasured ;;
  esac
}

# gt_when ID OUTCOME FUNCTION ARGS...: runs the experiment only where the
# table expects OUTCOME on this kernel, e.g. "works": safe to run before the
# scenario's last step. Elsewhere it says which scenario measures it.
gt_when() {
  local id="$1" want="$2" expected
  shift 2
  [ "$(gt_dio_enabled)" != 0 ] || id="$id-dio0"
  expected="$(gt_expected "$id")"
  if [ "$expected" = "$want" ]; then
    "$@"
  else
    info "$id: not run in this scenario on $GT_KERNEL (expected: $expected; the opt-in truth-* scenarios measure it)"
  fi
}
