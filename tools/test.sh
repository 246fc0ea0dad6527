#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs everything, builds, and runs every test ZFS Doctor has:
#   1. the CTest suite (unit, CLI end-to-end, helper on a private D-Bus with
#      real polkitd, remote over a real sshd, GUI offscreen, packaging
#      validators) in the optimised, warnings-as-errors build (preset "ci");
#   2. the packages: builds the .deb, lints it, installs it and runs the
#      installed program and helper (packaging/ci-package-check.sh);
#   3. the real-ZFS virtual machine suite (tests/vm/run-suite.sh).
# Set ZFS_DOCTOR_ASAN=1 to also build and run the CTest suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (preset "asan"; doubles the
# build time, so it is not part of the default run).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh --vm

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

step "build and test (preset ci)"
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j2

if [ "${ZFS_DOCTOR_ASAN:-0}" = 1 ]; then
  step "build and test under ASan + UBSan (preset asan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan -j2
fi

step "packages (packaging/ci-package-check.sh)"
packaging/ci-package-check.sh

step "real-ZFS virtual machine suite (tests/vm/run-suite.sh)"
tests/vm/run-suite.sh --build-dir build/ci

step "all tests passed in $((SECONDS - started)) s"
