#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest scenario: the VM plumbing works — systemd is PID 1, the system bus and
# polkitd answer, the payload (if any) arrived, the zfs module loads.
set -euo pipefail
echo "PID 1: $(cat /proc/1/comm)"
[ "$(cat /proc/1/comm)" = systemd ]
systemctl is-active dbus.service polkit.service
busctl --system call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus GetId
busctl --system introspect org.freedesktop.PolicyKit1 /org/freedesktop/PolicyKit1/Authority >/dev/null
echo "polkit authority answers on the system bus"
if [ -e /etc/zfs-doctor-vm-payload ]; then echo "payload marker: $(cat /etc/zfs-doctor-vm-payload)"; fi
echo "kernel $(uname -r), systemd $(systemctl --version | head -n1)"
s=$(date +%s.%N); modprobe zfs; e=$(date +%s.%N)
echo "modprobe zfs: $(awk "BEGIN{printf \"%.2f\", $e-$s}") s, zfs kmod $(cat /sys/module/zfs/version)"
systemd-analyze 2>/dev/null | head -n1 || true
echo "stderr works" >&2
