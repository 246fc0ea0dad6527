#!/bin/bash
# Guest scenario that never ends: checks that run-vm.sh's timeout kills QEMU
# and reports a HANG (expected result: FAIL ... HANG).
echo "sleeping forever"
sync
sleep infinity
