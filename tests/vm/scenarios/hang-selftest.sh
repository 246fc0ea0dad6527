#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest scenario that never ends: checks that run-vm.sh's timeout kills QEMU
# and reports a HANG (expected result: FAIL ... HANG).
echo "sleeping forever"
sync
sleep infinity
