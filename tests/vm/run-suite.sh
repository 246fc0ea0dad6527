#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# The real-ZFS end-to-end suite: installs a build of ZFS Doctor into a payload,
# boots the cached guest image once per scenario (run-vm.sh: fresh overlay,
# systemd PID 1, real system bus, real polkitd, D-Bus activation of the helper)
# and runs the scenario there.
#
#   tests/vm/run-suite.sh [options]
#     --build-dir DIR          build to install (default build/ci; must use
#                              CMAKE_INSTALL_PREFIX=/usr like the ci preset)
#     --payload DIR            use an already installed tree (DESTDIR layout)
#                              instead of installing --build-dir
#     --variant current|stock61|legacy
#                              run that image's default scenarios (default
#                              current; legacy runs scenario 7, stock61 has
#                              opt-in scenarios only)
#     --only N,...             scenarios by number or name (e.g. 1,3 or sysext),
#                              including the opt-in ones, each on its own image
#     --jobs N                 VMs at a time (default 2 when the host has
#                              2+ cores and 6 GiB available, else 1)
#     --out DIR                results (default: new directory under /tmp)
#     --timeout-scale F        multiply every per-scenario timeout (slow host)
#
# Prints "PASS name (N s)" / "FAIL name (...)" per scenario, then
# "N passed, M failed" and the total time; exits 1 if any scenario failed,
# 2 on a usage or setup error. Each scenario's logs are in OUT/<name>/
# (see tests/vm/README.md), the run-vm.sh output in OUT/<name>.log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
me="${0##*/}"
die() { echo "$me: error: $*" >&2; exit 2; }

# number:name:image:timeout:script:run
#   image    the variant (build-image.sh --variant); one kernel per image
#   timeout  seconds, boot (2-4 min under TCG on a loaded 2-core host) and
#            shutdown included
#   script   scenarios/SCRIPT.sh (empty: the name); results go by the name
#   run      default: in the variant's default run; opt-in: only with --only
# The truth-* scenarios assert what the kernel and ZFS do (work, EINVAL, hang,
# oops), not what ZFS Doctor says: lib-ground-truth.sh, README "Ground truth".
# They measure upstream behaviour, which does not change with our code: the
# default run keeps only the quick one on its own image (truth-6.12); the
# others, and the stock61 image they need, are built and run on request.
scenarios=(
  "1:sysext:current:1200::default"
  "2:loop-hang:current:1200::default"
  "3:always:current:1200::default"
  "4:authz:current:1200::default"
  "5:data-safety:current:1200::default"
  "6:scale:current:2400::default"
  "7:legacy:legacy:1200::default"
  "8:ssh:current:1500::default"
  "9:truth-6.12:current:1500:truth:default"
  "10:truth-6.1:stock61:1500:truth:opt-in"
  "11:truth-full-6.12:current:2400:truth-full:opt-in"
  "12:truth-full-6.1:stock61:2400:truth-full:opt-in"
  "13:truth-buffered-write-6.12:current:1200:truth-buffered-write:opt-in"
  "14:truth-buffered-write-6.1:stock61:1200:truth-buffered-write:opt-in"
  "15:truth-buffered-write-always-6.12:current:1200:truth-buffered-write-always:opt-in"
  "16:truth-buffered-write-always-6.1:stock61:1200:truth-buffered-write-always:opt-in"
  "17:truth-dio-write-always-6.12:current:1200:truth-dio-write-always:opt-in"
  "18:truth-dio-write-always-6.1:stock61:1200:truth-dio-write-always:opt-in"
  "19:truth-dio-write-disabled-6.12:current:1200:truth-dio-write-disabled:opt-in"
  "20:truth-dio-write-disabled-6.1:stock61:1200:truth-dio-write-disabled:opt-in"
  "21:truth-dio-write-dio-off-6.12:current:1200:truth-dio-write-dio-off:opt-in"
  "22:truth-dio-write-dio-off-6.1:stock61:1200:truth-dio-write-dio-off:opt-in"
  "23:truth-legacy:legacy:1200:truth-legacy:opt-in"
  "24:speed:current:1200::opt-in"
  "25:kernel-boot:current:1200::default"
)

build_dir=build/ci payload="" variant="" only="" jobs="" out="" tscale=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="${2:?--build-dir needs a value}"; shift 2 ;;
    --payload) payload="${2:?--payload needs a value}"; shift 2 ;;
    --variant) variant="${2:?--variant needs a value}"; shift 2 ;;
    --only) only="${2:?--only needs a value}"; shift 2 ;;
    --jobs) jobs="${2:?--jobs needs a value}"; shift 2 ;;
    --out) out="${2:?--out needs a value}"; shift 2 ;;
    --timeout-scale) tscale="${2:?--timeout-scale needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
case "$variant" in
  current|stock61|legacy) ;;
  "") if [ -z "$only" ]; then variant=current; fi ;;
  *) die "unknown variant '$variant' (current, stock61 or legacy)" ;;
esac
# Two VMs at a time finish two scenarios in about the time of one on the
# 2-core development host (TCG leaves cores idle while the guest waits on
# udev, timers and I/O); each VM takes 2 GiB.
if [ -z "$jobs" ]; then
  avail_mib=$(( $(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo) / 1024 ))
  if [ "$(nproc)" -ge 2 ] && [ "$avail_mib" -ge 6144 ]; then jobs=2; else jobs=1; fi
fi
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "--jobs needs a positive number, not '$jobs'"
[[ "$tscale" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--timeout-scale needs a number, not '$tscale'"

# Which scenarios: --only, else the variant's default run.
selected=()
for s in "${scenarios[@]}"; do
  IFS=: read -r num name image _ _ when <<<"$s"
  if [ -n "$only" ]; then
    if [[ ",$only," == *",$num,"* || ",$only," == *",$name,"* ]]; then selected+=("$s"); fi
  elif [ "$image" = "$variant" ] && [ "$when" = default ]; then
    selected+=("$s")
  fi
done
if [ "${#selected[@]}" -eq 0 ]; then
  [ -n "$only" ] || die "the '$variant' image has no default scenarios; choose some with --only (its scenarios: $(printf '%s\n' "${scenarios[@]}" | awk -F: -v v="$variant" '$3 == v { printf "%s%s", sep, $1; sep = " " }'))"
  die "no scenario matches --only '$only' (known: $(printf '%s ' "${scenarios[@]%%:*:*}"))"
fi
if [ -n "$only" ]; then
  for item in ${only//,/ }; do
    printf '%s\n' "${scenarios[@]}" | grep -Eq "^($item:|[0-9]+:$item:)" || die "unknown scenario '$item'"
  done
fi
# --variant with --only: a guard against running another image by mistake.
if [ -n "$variant" ]; then
  for s in "${selected[@]}"; do
    IFS=: read -r num name image _ <<<"$s"
    [ "$image" = "$variant" ] || die "scenario $num ($name) runs on the '$image' image, not '$variant' (leave --variant out or use --variant $image)"
  done
fi
images="$(for s in "${selected[@]}"; do IFS=: read -r _ _ image _ <<<"$s"; echo "$image"; done | sort -u | tr '\n' ' ')"
images="${images% }"

suite_t0=$(date +%s)
stage="$(mktemp -d /tmp/zfs-doctor-suite-payload.XXXXXX)"
scripts="$stage.scripts"
trap 'rm -rf "$stage" "$scripts"' EXIT
# The guest copies the payload with `cp -a payload/. /`, which gives / the
# mode of the payload's top directory: mktemp's 0700 would lock dbus-daemon
# and polkitd (not root) out of /usr.
chmod 0755 "$stage"

# 1. The payload: the build's own install rules, nothing copied by hand.
if [ -n "$payload" ]; then
  [ -d "$payload" ] || die "payload directory not found: $payload"
  cp -a "$payload/." "$stage/"
  echo "payload: $payload (given)"
else
  bd="$build_dir"
  [ -d "$bd" ] || bd="$repo/$build_dir"
  [ -d "$bd" ] || die "build directory '$build_dir' does not exist; build first: cmake --preset ci && cmake --build --preset ci"
  [ -f "$bd/cmake_install.cmake" ] || die "'$bd' is not a configured CMake build directory (no cmake_install.cmake)"
  bd="$(cd "$bd" && pwd)"
  prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$bd/CMakeCache.txt")"
  [ "$prefix" = /usr ] || die "'$bd' installs to '$prefix'; the suite needs CMAKE_INSTALL_PREFIX=/usr (the D-Bus and polkit files must land where the guest's dbus-daemon and polkitd read them)"
  if ! DESTDIR="$stage" cmake --install "$bd" >"$stage.install.log" 2>&1; then
    cat "$stage.install.log" >&2
    rm -f "$stage.install.log"
    die "'cmake --install $bd' failed (is the build complete? cmake --build $bd)"
  fi
  rm -f "$stage.install.log"
  echo "payload: DESTDIR=... cmake --install $bd"
fi
needed=(
  usr/bin/zfs-doctor
  usr/libexec/zfs-doctor-helper
  usr/share/dbus-1/system-services/org.zfsdoctor.Helper.service
  usr/share/dbus-1/system.d/org.zfsdoctor.Helper.conf
  usr/share/polkit-1/actions/org.zfsdoctor.policy
  usr/share/zfs-doctor/knowledge
  usr/share/zfs-doctor/demo
)
for f in "${needed[@]}"; do
  [ -e "$stage/$f" ] || die "the install has no /$f (needed in the guest)"
done
grep -qx 'Exec=/usr/libexec/zfs-doctor-helper' "$stage/usr/share/dbus-1/system-services/org.zfsdoctor.Helper.service" \
  || die "org.zfsdoctor.Helper.service does not start /usr/libexec/zfs-doctor-helper"
install -D -m 0644 "$here/scenarios/lib-scenario.sh" "$stage/usr/lib/zfs-doctor-vm-suite/lib-scenario.sh"
install -D -m 0644 "$here/scenarios/lib-ground-truth.sh" "$stage/usr/lib/zfs-doctor-vm-suite/lib-ground-truth.sh"
mkdir -p "$stage/etc"
echo "zfs-doctor suite payload $(date -u +%FT%TZ) from ${payload:-$build_dir}" >"$stage/etc/zfs-doctor-vm-payload"

out="${out:-$(mktemp -d /tmp/zfs-doctor-suite.XXXXXX)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
echo "results: $out"
echo "images: $images, scenarios: $(for s in "${selected[@]}"; do IFS=: read -r n nm _ <<<"$s"; printf '%s ' "$n:$nm"; done), jobs: $jobs"

# 2. One VM per scenario. run-vm.sh prints PASS/FAIL itself; the line it
# printed is what we report, with our own wall time.
run_scenario() {
  local num="$1" name="$2" t="$3" image="$4" script="${5:-$2}" t0 t1 line ssh=() companion=""
  t0=$(date +%s)
  # run-vm.sh names the results after the script file: one copy per name.
  mkdir -p "$scripts"
  install -m 0755 "$here/scenarios/$script.sh" "$scripts/$name.sh"
  if [ "$name" = ssh ]; then
    # Scenario 8: the host scans the guest over SSH while it waits
    # (ssh-compare.sh), with the payload's own zfs-doctor.
    local port
    port="$(free_port)"
    ssh=(--ssh "$port")
    mkdir -p "$out/$name-host"
    ZFS_DOCTOR_DATA_DIR="$stage/usr/share/zfs-doctor" "$here/ssh-compare.sh" scan --port "$port" \
      --live "$out/$name/live.log" --cli "$stage/usr/bin/zfs-doctor" --out "$out/$name-host" \
      >"$out/$name-host.log" 2>&1 &
    companion=$!
  fi
  "$here/run-vm.sh" --variant "$image" --payload "$stage" --out "$out" "${ssh[@]}" \
    --timeout "$t" "$scripts/$name.sh" >"$out/$name.log" 2>&1 || true
  t1=$(date +%s)
  line="$(grep -E '^(PASS|FAIL) ' "$out/$name.log" | head -n1 || true)"
  if [ -n "$companion" ]; then
    if ! wait "$companion"; then
      line="FAIL the host's SSH scan: $(tail -n 1 "$out/$name-host.log")"
    elif [[ "$line" == PASS* ]]; then
      if "$here/ssh-compare.sh" compare --remote "$out/$name-host/host-remote.json" \
        --local "$out/$name/files/guest-local.json" >>"$out/$name-host.log" 2>&1; then
        echo "SUITE-RESULT: ssh: $(tail -n 1 "$out/$name-host.log")" >>"$out/$name/live.log"
      else
        line="FAIL $(tail -n 1 "$out/$name-host.log")"
      fi
    fi
  fi
  if [[ "$line" == PASS* ]]; then
    echo "PASS $num $name ($((t1 - t0)) s)" >"$out/$name.verdict"
  else
    echo "FAIL $num $name ($((t1 - t0)) s; ${line:-run-vm.sh printed no verdict}; log $out/$name.log)" >"$out/$name.verdict"
  fi
  cat "$out/$name.verdict"
}

# A TCP port nothing listens on, for a guest's forwarded sshd.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    ss -Htln "sport = :$port" 2>/dev/null | grep -q . || { echo "$port"; return; }
  done
}

# Longest first (scale), so it overlaps the short ones instead of running
# alone at the end; verdicts are still listed in scenario order below.
mapfile -t launch < <(printf '%s\n' "${selected[@]}" | sort -t: -k4,4nr -k1,1n)
pids=()
for s in "${launch[@]}"; do
  IFS=: read -r num name image t script _ <<<"$s"
  t="$(awk -v t="$t" -v f="$tscale" 'BEGIN { printf "%d", t * f }')"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 2; done
  run_scenario "$num" "$name" "$t" "$image" "$script" &
  pids+=($!)
done
wait "${pids[@]}" 2>/dev/null || true

passed=0 failed=0
echo
for s in "${selected[@]}"; do
  IFS=: read -r num name _ <<<"$s"
  v="$(cat "$out/$name.verdict" 2>/dev/null || echo "FAIL $num $name (no verdict)")"
  echo "$v"
  if [[ "$v" == PASS* ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  # A boot that panicked before the scenario started and was retried.
  grep -h '^NOTE ' "$out/$name.log" 2>/dev/null | sed 's/^/    /' || true
  # Lines a scenario marks for the summary (e.g. the scale measurement).
  grep -h '^SUITE-RESULT: ' "$out/$name/live.log" 2>/dev/null | tr -d '\r' | sed 's/^/    /' || true
done
echo "$passed passed, $failed failed"
echo "total suite time: $(( $(date +%s) - suite_t0 )) s (images $images, jobs $jobs); results in $out"
[ "$failed" -eq 0 ]
