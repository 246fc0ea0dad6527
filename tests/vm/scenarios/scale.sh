#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 6 (scale), guest side: 2,000 datasets in one pool. The scan
# must see every one of them (+ the pool's root dataset), and its end-to-end
# wall time is compared with the one `zfs get` the collector's property read
# is modelled on, so the README can quote the overhead.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup
count=2000
threads=64   # lzc_create() callers: more per transaction group, fewer groups
par=16       # zfs create processes in the fallback

step "pool scale (mountpoint=none: nothing is mounted, only metadata)"
make_pool scale 1G -O mountpoint=none

# Fastest way found: lzc_create() (libzfs_core, what `zfs create` ends in)
# from $threads threads of one process. Each create is a sync task that waits for
# a transaction group; concurrent ones share it, and no process is started per
# dataset. Falls back to parallel `zfs create` processes if libzfs_core cannot
# be used.
step "create $count datasets: lzc_create() from $threads threads (fallback: $par parallel zfs create)"
t0=$(date +%s.%N)
method="lzc_create() from $threads threads"
if ! python3 - "$count" "$threads" <<'PY'
import ctypes, ctypes.util, glob, sys
from concurrent.futures import ThreadPoolExecutor
count, par = int(sys.argv[1]), int(sys.argv[2])
path = ctypes.util.find_library("zfs_core") or (glob.glob("/lib/*/libzfs_core.so.*") + glob.glob("/usr/lib/*/libzfs_core.so.*"))[0]
lzc = ctypes.CDLL(path, use_errno=True)
if lzc.libzfs_core_init() != 0:
    sys.exit("libzfs_core_init failed")
lzc.lzc_create.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint]
def create(i):  # 2 = LZC_DATSET_TYPE_ZFS (a filesystem)
    return lzc.lzc_create(b"scale/ds%04d" % i, 2, None, None, 0)
with ThreadPoolExecutor(par) as pool:
    errors = [e for e in pool.map(create, range(1, count + 1)) if e != 0]
print(f"{path}: {count - len(errors)} created, {len(errors)} errors {sorted(set(errors))}")
sys.exit(1 if errors else 0)
PY
then
  method="$par parallel zfs create"
  info "the lzc_create() path failed; creating the missing ones with zfs create"
  comm -23 <(seq -f 'scale/ds%04g' 1 "$count" | sort) <(zfs list -H -r -o name scale | sort) \
    | xargs -r -P "$par" -n 1 zfs create
fi
t1=$(date +%s.%N)
zfs list -H -t filesystem -o name >/var/tmp/all-filesystems
created="$(grep -cE '^scale(/|$)' /var/tmp/all-filesystems)"
expect_eq "datasets in pool scale (root + $count)" "$created" "$((count + 1))"
create_s="$(awk "BEGIN{printf \"%.1f\", $t1-$t0}")"
info "created in $create_s s"
total_fs="$(wc -l </var/tmp/all-filesystems)"

# Each pass over 2,000 datasets takes minutes under TCG on a loaded host, so
# one timed zfs get (which also warms the caches for the scan: the comparison
# favours zfs get, if anything) and one timed scan.
zget() { zfs get -Hp -t filesystem -o name,property,value,source direct,recordsize,mountpoint,mounted,readonly >/dev/null; }
secs() { awk "BEGIN{printf \"%.2f\", $2-$1}"; }
step "bare zfs get of the same set"
a=$(date +%s.%N); zget; b=$(date +%s.%N); get1="$(secs "$a" "$b")"
info "zfs get: $get1 s"

step "zfs-doctor scan --json end to end"
a=$(date +%s.%N)
zfs-doctor scan --json >"$ZD_OUT/scan" 2>"$ZD_OUT/scan.stderr"
src=$?
b=$(date +%s.%N); scan_s="$(secs "$a" "$b")"
info "scan: exit $src, $scan_s s"
[ "$src" -le 1 ] && ok "scan completed (exit $src)" || not_ok "scan exit $src: $(head -c 500 "$ZD_OUT/scan.stderr")"
scan_notes="$(jget "$ZD_OUT/scan" "'; '.join(n['message'] for n in d['notes'] if n['collector'] == 'zfs')")"
[ -n "$scan_notes" ] && info "the scan's zfs notes: $scan_notes"
seen="$(jget "$ZD_OUT/scan" "len(d['facts']['zfs']['datasets'])")"
expect_eq "datasets in the scan's facts (every filesystem on the machine)" "$seen" "$total_fs"
seen_scale="$(jget "$ZD_OUT/scan" "len([x for x in d['facts']['zfs']['datasets'] if x['name'] == 'scale' or x['name'].startswith('scale/')])")"
expect_eq "datasets of pool scale in the scan" "$seen_scale" "$((count + 1))"
expect_eq "every dataset has its direct property" \
  "$(jget "$ZD_OUT/scan" "len(d['facts']['zfs']['datasets']) > 0 and all(x['direct']['present'] for x in d['facts']['zfs']['datasets'])")" true

mg="$get1"
ratio="$(awk "BEGIN{ if ($mg > 0) printf \"%.2f\", $scan_s/$mg; else print \"inf\" }")"
echo "SUITE-RESULT: scale: $seen_scale datasets in pool scale ($count + root) created in $create_s s ($method); zfs-doctor scan --json ${scan_s} s; bare zfs get ${mg} s; ratio ${ratio} (TCG guest, $(nproc) vCPUs)${scan_notes:+; scan notes: $scan_notes}"
finish
