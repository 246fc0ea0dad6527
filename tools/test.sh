#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs everything, builds, and runs every test ZFS Doctor has:
#   1. the CTest suite (unit, CLI end-to-end, helper on a private D-Bus with
#      real polkitd, remote over a real sshd, GUI offscreen, packaging
#      validators) in the optimised, warnings-as-errors build (preset "ci");
#   2. the real-ZFS virtual machine suite (tests/vm/run-suite.sh), started
#      beside step 1 at a lower priority;
#   3. the packages: builds the .deb and the .rpm (beside steps 1 and 2, at
#      the lowest priority), lints them, installs the .deb and runs the
#      installed program and helper, compares the .rpm's files
#      (packaging/ci-package-check.sh).
# Set ZFS_DOCTOR_ASAN=1 to also build and run the CTest suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (preset "asan"; doubles the
# build time, so it is not part of the default run).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh --vm

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

step "build (preset ci)"
cmake --preset ci >/dev/null
cmake --build --preset ci

if [ "${ZFS_DOCTOR_ASAN:-0}" = 1 ]; then
  step "build and test under ASan + UBSan (preset asan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan -j2
fi

# CTest, the VM suite and the two package builds run at the same time, each
# in its own process group (setsid) so that a failure stops the others whole.
# CTest keeps the CPU when it wants it: it has timing-sensitive tests. The
# VM suite boots its guests beside it at a lower priority (nice 10) and gets
# the normal priority back when CTest is done. The package builds (two more
# compiles of everything, in scratch trees with the distributions' flags)
# take only what the others leave idle (nice 19); the packages are checked,
# and the .deb installed, after the VM suite, so every test sees the machine
# as it was.
#
# A new session is also a new scheduling autogroup where the kernel has them
# (/proc/sys/kernel/sched_autogroup_enabled): CPU time is then shared between
# sessions first and a process's nice value counts only inside its own
# session. So the priority is set both ways: on the session's autogroup and
# on every process in it (their children inherit it).
set_priority() {  # SESSION-ID NICE
  local _
  # Until setsid has run, the process is still in this script's session.
  for _ in $(seq 50); do
    [ "$(ps -o sid= -p "$1" | tr -d ' ')" = "$1" ] && break
    sleep 0.1
  done
  [ "$(ps -o sid= -p "$1" | tr -d ' ')" = "$1" ] || return 0
  if [ -w "/proc/$1/autogroup" ]; then echo "$2" >"/proc/$1/autogroup" 2>/dev/null || true; fi
  ps -s "$1" -o pid= | xargs -r renice -n "$2" -p >/dev/null 2>&1 || true
}
packages=$(mktemp -d /tmp/zfs-doctor-ci-packages.XXXXXX)
setsid nice -n 19 packaging/ci-package-check.sh --build-only --out "$packages" \
  >"$packages/build.log" 2>&1 &
package_build=$!
set_priority "$package_build" 19
vm_log="$packages/vm-suite.log"
setsid nice -n 10 tests/vm/run-suite.sh --build-dir build/ci >"$vm_log" 2>&1 &
vm_suite=$!
set_priority "$vm_suite" 10
trap 'kill -- -"$package_build" -"$vm_suite" 2>/dev/null || true' EXIT
echo "started in the background: the VM suite (log: $vm_log) and the package builds (log: $packages/build.log)"

step "test (preset ci)"
ctest --preset ci -j2
set_priority "$vm_suite" 0  # (nothing to do if it has finished)

step "real-ZFS virtual machine suite (tests/vm/run-suite.sh)"
tail -n +1 -f --pid="$vm_suite" "$vm_log"
vm_status=0
wait "$vm_suite" || vm_status=$?
[ "$vm_status" -eq 0 ] || { echo "test.sh: the VM suite failed (exit $vm_status)" >&2; exit 1; }

step "packages (packaging/ci-package-check.sh)"
waited=$SECONDS
if ! wait "$package_build"; then
  cat "$packages/build.log"
  echo "test.sh: the package builds failed (log above)" >&2
  exit 1
fi
trap - EXIT
tail -n 3 "$packages/build.log"
echo "(waited $((SECONDS - waited)) s for them after the VM suite)"
packaging/ci-package-check.sh --debs "$packages" --rpms "$packages"
rm -rf "$packages"

step "all tests passed in $((SECONDS - started)) s"
