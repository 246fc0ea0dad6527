#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Opt-in suite scenario truth-legacy (legacy image: kernel 6.1 + ZFS 2.1.11),
# guest side: the ground truth before Direct I/O existed. A read-write
# buffered loop device reads back correctly; a squashfs image on a direct-I/O
# loop device mounts (no Direct I/O in ZFS, so no problem 1); the experiments
# measured to work here; last, a write through a direct-I/O loop device,
# which reaches ZFS through the kernel's lo_rw_aio() with a skip offset like
# on 2.3.2 (does the #17277 mechanism hang 2.1.11 too?).
# Expected outcomes: gt_expected in lib-ground-truth.sh.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
# shellcheck source=tests/vm/scenarios/lib-ground-truth.sh
. /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh
gt_setup
gt_reads standard rw 64k
gt_squashfs standard 512
gt_squashfs standard 4096
gt_when buffered-write-standard works gt_buffered_write standard
gt_dio_write standard
finish
