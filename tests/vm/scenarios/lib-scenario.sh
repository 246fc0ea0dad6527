# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest-side helpers for the ZFS Doctor VM suite scenarios (sourced, not run).
# run-suite.sh installs this file into the payload as
# /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh; every suite scenario sources it.
#
# Each assertion prints "ok: ..." or "NOT OK: ..." and is counted; `finish`
# prints the tally and exits non-zero when anything failed, so a scenario
# keeps going after a failed check and reports everything it saw.
# shellcheck shell=bash

set -u
ZD_OUT="${ZD_OUT:-/tmp/zd-out}"
mkdir -p "$ZD_OUT"
zd_checks=0
zd_failures=0

step() { echo; echo "== $*"; sync; }
info() { echo "   $*"; }

ok() {
  zd_checks=$((zd_checks + 1))
  echo "ok: $*"
}
not_ok() {
  zd_checks=$((zd_checks + 1))
  zd_failures=$((zd_failures + 1))
  echo "NOT OK: $*"
  sync
}

# check DESCRIPTION CMD...: passes when CMD exits 0.
check() {
  local d="$1"; shift
  if "$@"; then ok "$d"; else not_ok "$d (command: $*)"; fi
}

# expect_eq DESCRIPTION ACTUAL EXPECTED
expect_eq() {
  if [ "$2" = "$3" ]; then ok "$1: '$2'"
  else not_ok "$1: got '$2', expected '$3'"; fi
}

# expect_contains DESCRIPTION HAYSTACK NEEDLE
expect_contains() {
  case "$2" in
    *"$3"*) ok "$1: contains '$3'" ;;
    *) not_ok "$1: '$3' not found in: $2" ;;
  esac
}

# run NAME CMD...: runs CMD with a time limit, keeps stdout in $ZD_OUT/NAME,
# stderr in $ZD_OUT/NAME.stderr, prints both (shortened) and sets $rc.
# The time limit turns a hang into a failed check instead of a killed VM.
rc=0
run() {
  local name="$1"; shift
  echo "\$ $*"
  timeout --kill-after=10 "${ZD_RUN_TIMEOUT:-300}" "$@" >"$ZD_OUT/$name" 2>"$ZD_OUT/$name.stderr" </dev/null
  rc=$?
  echo "$rc" >"$ZD_OUT/$name.exit"
  head -c 3000 "$ZD_OUT/$name" | sed 's/^/   | /'
  [ -s "$ZD_OUT/$name.stderr" ] && head -c 2000 "$ZD_OUT/$name.stderr" | sed 's/^/   ! /'
  echo "   -> exit $rc"
  [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ] || echo "   (TIMED OUT after ${ZD_RUN_TIMEOUT:-300} s)"
  sync
  return 0
}

# expect_rc DESCRIPTION EXPECTED: checks the $rc of the last `run`.
expect_rc() { expect_eq "$1 exit status" "$rc" "$2"; }

# jq-like access with python3 (in the image): jget FILE EXPR, where EXPR is a
# Python expression over `d` (the parsed JSON). Prints the value (strings raw,
# everything else as JSON); prints nothing and returns 1 on any error.
jget() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    v = eval(sys.argv[2], {"d": d, "len": len, "any": any, "all": all, "sorted": sorted})
except Exception as e:
    print(f"jget error: {e}", file=sys.stderr)
    sys.exit(1)
print(v if isinstance(v, str) else json.dumps(v))
EOF
}

# finding FILE ID FIELD: a field of one finding of `scan --json`.
finding() { jget "$1" "[f for f in d['findings'] if f['id'] == '$2'][0]['$3']"; }

# evidence_text FILE ID: every evidence label/value/note of a finding, one a line.
evidence_text() {
  jget "$1" "'\n'.join(e['label'] + ' = ' + e['value'] + ' (' + e.get('note', '') + ')' for e in [f for f in d['findings'] if f['id'] == '$2'][0]['evidence'])"
}

# expect_finding FILE ID STATUS: checks a finding's status and prints its
# summary and evidence so the log shows why.
expect_finding() {
  local st
  st="$(finding "$1" "$2" status)"
  expect_eq "finding $2 status" "$st" "$3"
  info "summary: $(finding "$1" "$2" summary)"
  evidence_text "$1" "$2" | sed 's/^/   evidence: /'
}

# prop DS PROPERTY: "value<TAB>source" from zfs get -Hp.
prop() { zfs get -Hp -o value,source "$2" "$1"; }

# The payload (run-suite.sh's install of the build) must be in place and the
# system bus must be able to activate the helper; polkitd must know our actions.
suite_setup() {
  step "suite setup: payload, system bus, polkit, zfs module"
  echo "kernel $(uname -r); PID 1 $(cat /proc/1/comm)"
  # The payload copy must not have changed / (cp -a payload/. / copies the
  # payload directory's own mode onto it).
  expect_eq "mode of / after the payload copy" "$(stat -c %a /)" 755
  check "zfs-doctor is installed from the payload" test -x /usr/bin/zfs-doctor
  check "zfs-doctor-helper is installed" test -x /usr/libexec/zfs-doctor-helper
  info "zfs-doctor --version: $(zfs-doctor --version 2>&1)"
  local before after
  before="$(busctl --system --activatable list 2>/dev/null | awk '$1 == "org.zfsdoctor.Helper"' | wc -l)"
  info "org.zfsdoctor.Helper activatable before 'systemctl reload dbus': $before (1 = the bus picked the new service file up by itself)"
  # Reload anyway: the bus policy file (system.d) must be read before our
  # first call, and a reload is what a package's postinst does.
  systemctl reload dbus.service
  after="$(busctl --system --activatable list 2>/dev/null | awk '$1 == "org.zfsdoctor.Helper"' | wc -l)"
  expect_eq "org.zfsdoctor.Helper activatable on the system bus after reload" "$after" 1
  check "polkitd knows org.zfsdoctor.probe" pkaction --action-id org.zfsdoctor.probe
  check "polkitd knows org.zfsdoctor.fix.dataset-direct" pkaction --action-id org.zfsdoctor.fix.dataset-direct
  modprobe zfs
  info "zfs kmod $(cat /sys/module/zfs/version 2>/dev/null), userland $(zfs version 2>/dev/null | head -n1)"
}

# make_pool NAME SIZE [zpool create options...]: file-backed pool on the root disk.
make_pool() {
  local name="$1" size="$2"; shift 2
  truncate -s "$size" "/var/tmp/$name.img"
  check "zpool create $name ($size file vdev)" zpool create "$@" "$name" "/var/tmp/$name.img"
}

# change_id FILE: the id of a change record printed by `fix --json`.
change_id() { jget "$1" "d['id']"; }

finish() {
  step "result"
  echo "$zd_checks checks, $zd_failures failed"
  sync
  [ "$zd_failures" -eq 0 ]
  exit $?
}
