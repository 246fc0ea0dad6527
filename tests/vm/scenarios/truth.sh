#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenarios 9 (truth-6.12, current image, in the default run) and 10
# (truth-6.1, stock61 image, opt-in), guest side: the ground truth the
# loop-device verdicts rest on, in its quick form.
# It asserts what the kernel and ZFS do, not what ZFS Doctor says; the
# expected outcomes are gt_expected's table in lib-ground-truth.sh.
#   - a read-write buffered loop device reads back the right bytes (it is
#     writes that hang, problem 2);
#   - a squashfs image on a direct-I/O loop device: EINVAL on direct=standard
#     with 512-byte sectors (problem 1), mounts with 4096-byte sectors and on
#     direct=disabled and always; the logical block size of each loop device;
#   - the experiments measured to work on this kernel (e.g. a write through
#     a buffered loop device where the kernel lacks the loop change);
#   - last, because it takes the kernel down on ZFS 2.3.2: a write through a
#     direct-I/O loop device on the default direct=standard (oops or hang).
# The full set (every dataset, every read size) is truth-full; each other
# experiment that crashes or hangs has its own opt-in truth-* scenario.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
# shellcheck source=tests/vm/scenarios/lib-ground-truth.sh
. /usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh
gt_setup
gt_reads standard rw 64k
gt_squashfs standard 512
gt_squashfs standard 4096
gt_squashfs disabled 512
gt_squashfs always 512
gt_when buffered-write-standard works gt_buffered_write standard
gt_dio_write standard
finish
