#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# The helper's systemd unit and its D-Bus activation file fit together, and
# the unit's sandbox keeps systemd-analyze's exposure level at 5.0 or below
# (docs/helper.md has the figures). A copy without the sandbox must fail the
# same check, so the check cannot pass by accident.
#   check-systemd-unit.sh UNIT ACTIVATION-FILE
set -euo pipefail
unit=$1
activation=$2
command -v systemd-analyze >/dev/null 2>&1 || { echo "systemd-analyze is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

name=$(basename "$unit")
grep -qx "SystemdService=$name" "$activation" || { echo "FAIL: $activation does not name $name"; status=1; }
grep -q '^Exec=/' "$activation" || { echo "FAIL: $activation has no Exec= for systems without systemd"; status=1; }
bus=$(sed -n 's/^Name=//p' "$activation")
grep -qx "BusName=$bus" "$unit" || { echo "FAIL: $unit does not own $bus"; status=1; }
grep -qx "Type=dbus" "$unit" || { echo "FAIL: $unit is not Type=dbus"; status=1; }
[ "$(sed -n 's/^ExecStart=//p' "$unit")" = "$(sed -n 's/^Exec=//p' "$activation")" ] ||
  { echo "FAIL: the unit and the activation file start different programs"; status=1; }

cp "$unit" "$work/$name"
report=$(systemd-analyze security --offline=true --threshold=50 "$work/$name" 2>&1) ||
  { printf '%s\n' "$report" | tail -n 3; echo "FAIL: exposure above 5.0"; status=1; }
printf '%s\n' "$report" | tail -n 1

# Without its sandbox lines the same unit must fail the threshold.
sed -n '/^\[Unit\]/,/^ExecStart=/p' "$unit" >"$work/bare-$name"
if systemd-analyze security --offline=true --threshold=50 "$work/bare-$name" >/dev/null 2>&1; then
  echo "FAIL: the threshold passes a unit without sandbox"; status=1
fi
[ "$status" -eq 0 ] && echo "ok: $name is activated by $bus and sandboxed"
exit $status
