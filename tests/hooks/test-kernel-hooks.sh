#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the kernel install hooks (the kernel-install plugin, the Debian
# postinst.d hook and their runner, as configured for this build) against a
# temporary root: ZFS_DOCTOR_HOOK_ROOT makes them look for zfs-doctor and
# /run/user/UID/bus under it. zfs-doctor there is the real program reading
# the fixture snapshot (tests/fixtures/check-kernel/README.md: 6.14.4-061404
# triggers problem 2, 6.8.0-52 does not), or a stand-in that is missing,
# crashes or hangs.
#   test-kernel-hooks.sh hooks|notification ZFS-DOCTOR HOOK-DIR SNAPSHOT BINDIR LIBEXECDIR POSTINSTDIR
set -uo pipefail
part=$1 real=$2 hooks=$3 snapshot=$4 bindir=$5 libexecdir=$6 postinstdir=$7
warns=6.14.4-061404-generic
quiet=6.8.0-52-generic

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
root=$work/root
export ZFS_DOCTOR_HOOK_ROOT=$root
mkdir -p "$root$bindir" "$root$libexecdir" "$root$postinstdir" "$work/bin"
cp "$hooks/zfs-doctor-kernel-hook" "$root$libexecdir/"
cp "$hooks/postinst.d-zfs-doctor" "$root$postinstdir/zfs-doctor"
plugin=$hooks/96-zfs-doctor.install
postinst=$root$postinstdir/zfs-doctor
program=$root$bindir/zfs-doctor

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# zfs-doctor in the root: the real one on the fixture, or a stand-in.
use_real() {
  printf '#!/bin/sh\nexec "%s" --snapshot "%s" "$@"\n' "$real" "$snapshot" >"$program"
  chmod +x "$program"
}
use_stand_in() {
  printf '#!/bin/sh\n%s\n' "$1" >"$program"
  chmod +x "$program"
}

# run NAME COMMAND...: runs a hook with a time limit; sets $rc, $err, $secs.
run() {
  local name=$1
  shift
  local start=$SECONDS
  timeout 60 "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  secs=$((SECONDS - start))
  err=$(cat "$work/$name.err")
  [ "$rc" -eq 0 ] || fail "$name: exit status $rc (a hook must always exit 0); stderr: $err"
  [ ! -s "$work/$name.out" ] || fail "$name: wrote to stdout: $(cat "$work/$name.out")"
}
expect_warning() {
  grep -q "^zfs-doctor: kernel $warns: .*loop-write-hang" <<<"$err" ||
    fail "$1: no warning for $warns on stderr: '$err'"
}
expect_silence() {
  [ -z "$err" ] || fail "$1: expected no output, got: '$err'"
}

hooks_part() {
  use_real
  run plugin-warns "$plugin" add "$warns" /boot/entry "/lib/modules/$warns/vmlinuz"
  expect_warning plugin-warns
  run plugin-quiet "$plugin" add "$quiet" /boot/entry "/lib/modules/$quiet/vmlinuz"
  expect_silence plugin-quiet
  run plugin-remove "$plugin" remove "$warns" /boot/entry
  expect_silence plugin-remove
  run postinst-warns "$postinst" "$warns" "/boot/vmlinuz-$warns"
  expect_warning postinst-warns
  run postinst-quiet "$postinst" "$quiet" "/boot/vmlinuz-$quiet"
  expect_silence postinst-quiet
  # The runner itself exits 0 after a warning, whoever calls it.
  run runner-warns "$root$libexecdir/zfs-doctor-kernel-hook" "$warns"
  expect_warning runner-warns

  # Debian with systemd-boot: zz-systemd-boot runs kernel-install from
  # the postinst's run-parts; the postinst.d hook has warned already.
  run plugin-under-postinst env DEB_MAINT_PARAMS="configure" "$plugin" add "$warns" /boot/entry
  expect_silence plugin-under-postinst
  mv "$postinst" "$work/postinst.away"
  run plugin-under-postinst-without-hook env DEB_MAINT_PARAMS="configure" "$plugin" add "$warns" /boot/entry
  expect_warning plugin-under-postinst-without-hook
  mv "$work/postinst.away" "$postinst"

  rm -f "$program"
  run missing "$plugin" add "$warns" /boot/entry
  expect_silence missing
  run missing-postinst "$postinst" "$warns"
  expect_silence missing-postinst

  use_stand_in 'kill -SEGV $$'
  run crash "$plugin" add "$warns" /boot/entry
  grep -q "^zfs-doctor: could not check kernel $warns" <<<"$err" || fail "crash: no line saying so: '$err'"

  use_stand_in 'echo "half a line"; exit 2'
  run usage-error "$postinst" "$warns"
  grep -q "^zfs-doctor: could not check kernel $warns (exit status 2)" <<<"$err" ||
    fail "usage-error: '$err'"

  # Hangs, with a child of its own: the time limit stops both, quickly.
  marker=$((RANDOM + 40000))
  use_stand_in "sleep $marker; sleep $marker"
  ZFS_DOCTOR_HOOK_TIMEOUT=2 run hang "$plugin" add "$warns" /boot/entry
  [ "$secs" -le 10 ] || fail "hang: took $secs s with a 2 s limit"
  grep -q "did not finish within 2 s" <<<"$err" || fail "hang: no line saying so: '$err'"
  sleep 0.5
  if left=$(pgrep -f "^sleep $marker\$"); then
    fail "hang: left a process behind: $left"
    kill $left 2>/dev/null
  fi

  # Not a release: nothing is run.
  use_stand_in 'echo "ran" >&2; exit 1'
  run not-a-release "$plugin" add "--help" /boot/entry
  expect_silence not-a-release
}

# A private session bus at $root/run/user/0/bus, a loginctl stand-in that
# lists two sessions of root's (of the type in bin/session-type), and
# dbus-monitor recording Notify.
notification_part() {
  [ "$(id -u)" -eq 0 ] || { echo "SKIP: runuser needs root"; exit 77; }
  for tool in dbus-daemon dbus-monitor gdbus runuser; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
  done
  mkdir -p "$root/run/user/0"
  bus=$root/run/user/0/bus
  dbus-daemon --session --address="unix:path=$bus" --nofork --nopidfile &
  pids+=($!)
  for _ in $(seq 50); do [ -S "$bus" ] && break; sleep 0.1; done
  DBUS_SESSION_BUS_ADDRESS=unix:path=$bus dbus-monitor --session \
    "interface='org.freedesktop.Notifications'" >"$work/monitor" 2>&1 &
  pids+=($!)
  sleep 0.5
  cat >"$work/bin/loginctl" <<'FAKE'
#!/bin/sh
case "$1" in
  list-sessions) printf '      3    0 root seat0 tty2\n      5    0 root seat0 tty3\n' ;;
  show-session) cat "$(dirname "$0")/session-type" ;;
esac
FAKE
  chmod +x "$work/bin/loginctl"
  export PATH=$work/bin:$PATH
  use_real

  echo tty >"$work/bin/session-type"
  run text-session "$plugin" add "$warns" /boot/entry
  expect_warning text-session
  echo wayland >"$work/bin/session-type"
  run quiet-kernel "$plugin" add "$quiet" /boot/entry
  sleep 0.5
  grep -q "member=Notify" "$work/monitor" &&
    fail "a notification for a text session or a quiet kernel: $(cat "$work/monitor")"

  run graphical-session "$plugin" add "$warns" /boot/entry
  expect_warning graphical-session
  for _ in $(seq 20); do grep -q "member=Notify" "$work/monitor" && break; sleep 0.1; done
  grep -q "member=Notify" "$work/monitor" || fail "no Notify call on the session bus"
  grep -q "string \"ZFS Doctor: kernel $warns\"" "$work/monitor" || fail "Notify without the summary"
  grep -q "kernel $warns: .*loop-write-hang" "$work/monitor" || fail "Notify without check-kernel's line"
  # Two sessions of one user: one notification.
  [ "$(grep -c "member=Notify" "$work/monitor")" -eq 1 ] || fail "more than one notification"
}

case $part in
  hooks) hooks_part ;;
  notification) notification_part ;;
  *) echo "unknown part $part"; exit 2 ;;
esac
[ "$failures" -eq 0 ] && echo "ok: $part"
exit $((failures > 0))
