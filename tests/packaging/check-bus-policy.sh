#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Loads the helper's bus policy into a private dbus-daemon, the way the
# system bus includes /usr/share/dbus-1/system.d/*.conf, and checks that the
# daemon accepts it; then that a deliberately broken copy (an unknown
# attribute in an <allow> rule) makes the daemon refuse to start, so the
# first check cannot pass by accident.
#   check-bus-policy.sh POLICY.conf
set -euo pipefail
policy=$1
command -v dbus-daemon >/dev/null 2>&1 || { echo "dbus-daemon is not installed"; exit 77; }

work=$(mktemp -d)
daemon=""
cleanup() { [ -n "$daemon" ] && kill "$daemon" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

write_config() {  # write_config CONFIG INCLUDED-POLICY
  cat >"$1" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:path=$work/socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus"/>
  </policy>
  <include>$2</include>
</busconfig>
CONF
}

# 1. The real policy: the daemon starts and answers on its socket.
write_config "$work/good.conf" "$(realpath "$policy")"
dbus-daemon --config-file="$work/good.conf" --nofork >"$work/good.log" 2>&1 &
daemon=$!
for _ in $(seq 50); do [ -S "$work/socket" ] && break; kill -0 "$daemon" 2>/dev/null || break; sleep 0.1; done
if ! [ -S "$work/socket" ]; then
  cat "$work/good.log"
  echo "FAIL: dbus-daemon did not start with $policy included"
  exit 1
fi
dbus-send --bus="unix:path=$work/socket" --print-reply --dest=org.freedesktop.DBus \
  /org/freedesktop/DBus org.freedesktop.DBus.GetId >/dev/null
# An unprivileged daemon may not raise its fd limit; anything else is a complaint.
if grep -v 'Failed to set fd limit' "$work/good.log" | grep -q .; then
  cat "$work/good.log"
  echo "FAIL: dbus-daemon complained about $policy"
  exit 1
fi
kill "$daemon"; wait "$daemon" 2>/dev/null || true; daemon=""
rm -f "$work/socket"
echo "ok: dbus-daemon accepts $policy"

# 2. A broken copy: the same file with an attribute dbus-daemon does not know.
sed 's/<allow own=/<allow bogus_attribute="x" own=/' "$policy" >"$work/broken.conf"
cmp -s "$policy" "$work/broken.conf" && { echo "FAIL: could not break a copy of $policy"; exit 1; }
write_config "$work/bad.conf" "$work/broken.conf"
if timeout 10 dbus-daemon --config-file="$work/bad.conf" --nofork >"$work/bad.log" 2>&1; then
  echo "FAIL: dbus-daemon accepted a broken policy"
  exit 1
fi
grep -q 'bogus_attribute' "$work/bad.log" || { cat "$work/bad.log"; echo "FAIL: refused for another reason"; exit 1; }
echo "ok: dbus-daemon refuses a broken copy: $(head -n 1 "$work/bad.log")"
