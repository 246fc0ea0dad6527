#!/usr/bin/env bash
# Installs everything, builds, and runs every test ZFS Doctor has:
#   1. the CTest suite (unit, CLI end-to-end, helper on a private D-Bus, GUI
#      offscreen) in the optimised, warnings-as-errors build (preset "ci");
#   2. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#      (preset "asan"); skip with ZFS_DOCTOR_SKIP_ASAN=1;
#   3. the real-ZFS virtual machine suite (tests/vm); skip with
#      ZFS_DOCTOR_SKIP_VM=1 (CI never skips it).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh --vm

step() { printf '\n==> %s\n' "$*"; }

step "build and test (preset ci)"
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j2

if [ "${ZFS_DOCTOR_SKIP_ASAN:-0}" != 1 ]; then
  step "build and test under ASan + UBSan (preset asan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan -j2
fi

if [ "${ZFS_DOCTOR_SKIP_VM:-0}" != 1 ] || [ "${CI:-}" = true ]; then
  step "real-ZFS virtual machine suite (tests/vm)"
  tests/vm/run-suite.sh --build-dir build/ci
fi
