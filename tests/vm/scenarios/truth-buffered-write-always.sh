#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Opt-in suite scenarios truth-buffered-write-always-6.12 and -6.1, guest
# side: one ground-truth experiment that may take the kernel down, so it has a
# boot of its own: a write through a buffered (dio=0) read-write loop device
# on direct=always: mkfs.xfs, mount, 64 MiB with conv=fdatasync, remount,
# compare.
# Expected outcome: gt_expected in lib-ground-truth.sh.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
# shellcheck source=tests/vm/scenarios/lib-ground-truth.sh
. /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh
gt_setup
gt_buffered_write always
finish
