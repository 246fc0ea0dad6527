#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Host side of suite scenario 8 (scenarios/ssh.sh): scans the guest over SSH
# with the host's build of zfs-doctor, then compares that remote capture with
# the capture the guest made of itself.
#
#   tests/vm/ssh-compare.sh scan --port PORT --live LIVE_LOG --cli ZFS_DOCTOR \
#                                --out DIR [--image IMAGE_DIR]
#     Waits for the guest's "ZD-SSH-READY" line in LIVE_LOG (run-vm.sh's live
#     log of the scenario), trusts the host key the guest printed before it
#     (it came over virtio-serial, not the network), runs
#     `zfs-doctor --host root@127.0.0.1:PORT capture` and `scan --json`, then
#     tells the guest it is done (touches /run/zd-ssh-done over SSH).
#     IMAGE_DIR (for the cache's SSH key) defaults to what build-image.sh
#     prints, asked once the guest is up (so the image exists by then).
#   tests/vm/ssh-compare.sh compare --remote REMOTE.json --local LOCAL.json
#     Exits 0 when the facts are equal, except collected_at (two instants)
#     and the wording of collector notes (their collector, code and evidence
#     key must still match); otherwise prints the first difference.
#
# zfs-doctor runs the OpenSSH client found in PATH; a shim first in PATH adds
# -F with this run's configuration (the cache's key, a known_hosts holding
# the guest's key, StrictHostKeyChecking=yes, BatchMode=yes). Nothing else of
# OpenSSH's checking changes.
set -euo pipefail
me="${0##*/}"
die() { echo "$me: error: $*" >&2; exit 2; }

mode="${1:-}"; shift || true
port="" live="" image="" cli="" out="" remote="" local=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?}"; shift 2 ;;
    --live) live="${2:?}"; shift 2 ;;
    --image) image="${2:?}"; shift 2 ;;
    --cli) cli="${2:?}"; shift 2 ;;
    --out) out="${2:?}"; shift 2 ;;
    --remote) remote="${2:?}"; shift 2 ;;
    --local) local="${2:?}"; shift 2 ;;
    *) die "unknown argument '$1'" ;;
  esac
done

compare() {
  [ -s "$remote" ] || die "no remote capture: $remote"
  [ -s "$local" ] || die "no local capture: $local"
  python3 - "$remote" "$local" <<'PY'
import json, sys

def facts(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)["facts"]
    d.pop("collected_at", None)
    for note in d.get("notes", []):
        note.pop("message", None)
    return d

def first_difference(a, b, path="facts"):
    if type(a) != type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'remote' if key in a else 'local'}"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items (remote) != {len(b)} (local)"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: remote {a!r} != local {b!r}"

remote, local = facts(sys.argv[1]), facts(sys.argv[2])
difference = first_difference(remote, local)
if difference:
    print(f"remote and local facts differ: {difference}")
    sys.exit(1)
zfs = local.get("zfs", {})
print(f"remote facts == local facts ({len(zfs.get('datasets', []))} datasets, "
      f"{len(local.get('loop_devices', []))} loop devices, {len(local.get('notes', []))} notes)")
PY
}

scan() {
  [ -n "$port" ] && [ -n "$live" ] && [ -x "$cli" ] && [ -n "$out" ] \
    || die "scan needs --port, --live, --cli and --out"
  mkdir -p "$out"
  local waited=0
  until grep -q '^ZD-SSH-READY' "$live" 2>/dev/null; do
    if grep -q 'ZD-SCENARIO-EXIT=' "$live" 2>/dev/null; then die "the guest scenario ended before it was ready for SSH"; fi
    [ "$waited" -lt 1500 ] || die "the guest was not ready for SSH after ${waited} s"
    sleep 3; waited=$((waited + 3))
  done
  local key
  key="$(tr -d '\r' <"$live" | sed -n 's/^ZD-SSH-HOSTKEY //p' | tail -n1)"
  [[ "$key" == ssh-ed25519\ * ]] || die "the guest printed no ed25519 host key"
  [ -n "$image" ] || image="$("$(dirname "$0")/build-image.sh" --variant current)"
  [ -f "$image/id_ed25519" ] || die "no SSH key in the image directory '$image'"

  local dir
  dir="$(mktemp -d /tmp/zfs-doctor-ssh-compare.XXXXXX)"
  # shellcheck disable=SC2064
  trap "rm -rf '$dir'" EXIT
  echo "[127.0.0.1]:$port $key" >"$dir/known_hosts"
  install -m 0600 "$image/id_ed25519" "$dir/id_ed25519"
  cat >"$dir/ssh_config" <<CFG
Host *
  IdentityFile $dir/id_ed25519
  IdentitiesOnly yes
  UserKnownHostsFile $dir/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
CFG
  mkdir -p "$dir/bin"
  printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$dir/ssh_config" >"$dir/bin/ssh"
  chmod 0755 "$dir/bin/ssh"
  local host="root@127.0.0.1:$port" rc=0 t0
  t0=$(date +%s)
  PATH="$dir/bin:$PATH" "$cli" --host "$host" capture "$out/host-remote.json" --force \
    >"$out/host-capture.log" 2>&1 || rc=$?
  echo "zfs-doctor --host $host capture: exit $rc ($(( $(date +%s) - t0 )) s)"
  PATH="$dir/bin:$PATH" "$cli" --host "$host" scan --json >"$out/host-remote-scan.json" \
    2>"$out/host-scan.log" || echo "zfs-doctor --host $host scan --json: exit $? (1 = findings)"
  # Release the guest whatever happened: it waits for this file.
  PATH="$dir/bin:$PATH" ssh -p "$port" root@127.0.0.1 "echo 'capture exit $rc' >/run/zd-ssh-done" \
    || die "could not tell the guest that the remote scan is done"
  [ "$rc" -eq 0 ] || { cat "$out/host-capture.log" >&2; die "the remote capture failed"; }
}

case "$mode" in
  scan) scan ;;
  compare) compare ;;
  *) die "usage: $me scan|compare ... (see the header)" ;;
esac
