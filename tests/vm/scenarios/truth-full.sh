#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Opt-in suite scenarios truth-full-6.12 and truth-full-6.1, guest side: every
# ground-truth experiment that cannot take the kernel down on this kernel
# (lib-ground-truth.sh, gt_expected), in full: reads through buffered loop
# devices (read-only and read-write, 4 KiB, 64 KiB and 1 MiB requests, on
# direct=standard and always), a squashfs image on a direct-I/O loop device
# with 512- and 4096-byte sectors on all three direct= values and with
# zfs_dio_enabled=0, and every write experiment measured to work here.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
# shellcheck source=tests/vm/scenarios/lib-ground-truth.sh
. /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh
gt_setup
gt_reads standard ro
gt_reads standard rw
gt_reads always ro
for ds in standard disabled always; do
  gt_squashfs "$ds" 512
  gt_squashfs "$ds" 4096
done
gt_set_dio_enabled 0
gt_squashfs standard 512
gt_when dio-write-standard works gt_dio_write standard
gt_set_dio_enabled 1
for ds in standard always; do
  gt_when "buffered-write-$ds" works gt_buffered_write "$ds"
done
for ds in standard disabled always; do
  gt_when "dio-write-$ds" works gt_dio_write "$ds"
done
finish
