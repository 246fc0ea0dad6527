#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Opt-in suite scenarios truth-dio-write-dio-off-6.12 and -6.1, guest side,
# one ground-truth experiment that may take the kernel down: a write through
# a direct-I/O loop device (4096-byte sectors) on direct=standard with the
# zfs_dio_enabled module parameter at 0 (every dataset then behaves as
# direct=disabled): does turning ZFS Direct I/O off help?
# Expected outcome: gt_expected in lib-ground-truth.sh.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
# shellcheck source=tests/vm/scenarios/lib-ground-truth.sh
. /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh
gt_setup
gt_set_dio_enabled 0
gt_dio_write standard
finish
