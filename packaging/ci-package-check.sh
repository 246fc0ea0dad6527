#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the Debian package, checks it with lintian, installs it on this
# machine and uses the installed files the way a user's system would:
#   1. dpkg-buildpackage -us -uc -b in a copy of the source tree;
#   2. lintian: no errors allowed (warnings are printed);
#   3. dpkg -i (apt-get -f install for missing dependencies);
#   4. the installed zfs-doctor analyses an installed demo snapshot, and
#      opens the installed window (zfs-doctor-window) when a display exists;
#   5. a private system-like dbus-daemon, whose configuration includes the
#      installed bus policy and activation directory, starts the installed
#      helper on the first call; the real polkitd on that bus authorizes
#      root's Version call; `nobody` gets through the bus policy but is
#      refused by the helper (polkit), and cannot own the helper's name;
#   6. packaging/ci-rpm-check.sh: builds the RPM from a git archive, lints it,
#      installs it into a scratch rpm root and compares its files with this
#      .deb's.
# The package is removed again at the end unless it was installed before or
# --keep is given. Needs root (dpkg -i, the helper's bus policy is root-only).
#
#   packaging/ci-package-check.sh [--keep] [--out DIR] [--debs DIR] [--rpms DIR]
#   packaging/ci-package-check.sh --build-only --out DIR
#     --keep        leave the package installed
#     --out DIR     copy the built .deb files, .changes and the .rpm to DIR
#     --debs DIR    skip step 1 and check the .deb/.changes already in DIR
#     --rpms DIR    skip the RPM build and check the .rpm already in DIR
#     --build-only  build the .deb (step 1) and the .rpm into --out DIR and
#                   stop: nothing is checked or installed. tools/test.sh runs
#                   this at the lowest CPU priority beside the tests, then
#                   checks the packages with --debs DIR --rpms DIR.
set -euo pipefail

keep=0
out=""
debs=""
rpms=""
build_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --out) out=$2; shift ;;
    --debs) debs=$(realpath "$2"); shift ;;
    --rpms) rpms=$(realpath "$2"); shift ;;
    --build-only) build_only=1 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "ci-package-check: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")/.."
source_dir=$PWD
if [ "$build_only" -eq 1 ] && { [ -z "$out" ] || [ -n "$debs" ] || [ -n "$rpms" ]; }; then
  echo "ci-package-check: --build-only needs --out DIR (and no --debs/--rpms)" >&2; exit 2
fi
[ "$build_only" -eq 1 ] || [ "$(id -u)" -eq 0 ] || { echo "ci-package-check: run as root (installs the package)" >&2; exit 2; }

work=$(mktemp -d /tmp/zfs-doctor-pkg.XXXXXX)
bus_pid=""
polkit_pid=""
installed_here=0
cleanup() {
  [ -n "$polkit_pid" ] && kill "$polkit_pid" 2>/dev/null || true
  [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null || true
  if [ "$installed_here" -eq 1 ] && [ "$keep" -eq 0 ]; then
    dpkg -r zfs-doctor >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "ci-package-check: FAIL: $*" >&2; exit 1; }
started=$(date +%s)

if [ -n "$debs" ]; then
  cp "$debs"/zfs-doctor*.deb "$debs"/zfs-doctor_*.changes "$debs"/zfs-doctor_*.buildinfo "$work"/
else
  step "copy the source tree (tracked and untracked, not ignored) to $work/src"
  # dpkg-buildpackage wants ./debian and writes obj-*/ and debian/<pkg>/ into
  # the tree it builds; a copy keeps the working tree clean and lets the
  # packaging live in packaging/debian without a top-level symlink.
  mkdir -p "$work/src"
  if git -C "$source_dir" rev-parse >/dev/null 2>&1; then
    git -C "$source_dir" ls-files -z --cached --others --exclude-standard |
      (cd "$source_dir" && xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh) |
      tar -C "$source_dir" --null -T - -cf - | tar -C "$work/src" -xf -
  else
    tar -C "$source_dir" --exclude=./build --exclude=./.git -cf - . | tar -C "$work/src" -xf -
  fi
  rm -rf "$work/src/debian"
  cp -a "$source_dir/packaging/debian" "$work/src/debian"

  step "dpkg-buildpackage -us -uc -b"
  # nocheck: the CTest suite already ran in this CI run's build (tools/test.sh,
  # presets ci and asan); running it again inside the package build would only
  # double the time. Without nocheck, debian/rules runs ctest.
  build_started=$(date +%s)
  # debhelper (compat 13) gives the build an empty HOME of its own, and with
  # it an empty ccache: name the machine's cache, so that a package build
  # reuses the objects of the last one (CMakeLists.txt makes them independent
  # of this scratch directory).
  if command -v ccache >/dev/null; then
    CCACHE_DIR=${CCACHE_DIR:-$(ccache -k cache_dir)}
    export CCACHE_DIR
  fi
  (cd "$work/src" &&
    DEB_BUILD_OPTIONS="nocheck parallel=2 ${DEB_BUILD_OPTIONS:-}" DEB_BUILD_PROFILES="nocheck" \
      dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1) ||
    { tail -n 60 "$work/build.log"; fail "dpkg-buildpackage failed (log above)"; }
  echo "built in $(($(date +%s) - build_started)) s"
  if [ -n "$out" ]; then
    mkdir -p "$out"
    cp "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out"/
  fi
fi
if [ "$build_only" -eq 1 ]; then
  step "rpmbuild -bb packaging/rpm/zfs-doctor.spec (packaging/rpm/build-rpm.sh --without-tests)"
  build_started=$(date +%s)
  packaging/rpm/build-rpm.sh --without-tests --out "$out" >"$work/rpm-build.log" 2>&1 ||
    { tail -n 60 "$work/rpm-build.log"; fail "the RPM build failed (log above)"; }
  echo "built in $(($(date +%s) - build_started)) s"
  echo
  echo "ci-package-check: packages built into $out in $(($(date +%s) - started)) s"
  exit 0
fi
deb=$(ls "$work"/zfs-doctor_*.deb | grep -v dbgsym | head -n 1)
[ -n "$deb" ] || fail "no .deb found"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

step "lintian"
changes=$(ls "$work"/zfs-doctor_*.changes | head -n 1)
set +e
lintian_out=$(lintian --display-info --pedantic --fail-on error "$changes" 2>&1)
lintian_status=$?
set -e
printf '%s\n' "$lintian_out"
if [ "$lintian_status" -ne 0 ] || printf '%s\n' "$lintian_out" | grep -q '^E: '; then
  fail "lintian reports errors (or did not run)"
fi
echo "lintian: no errors ($(printf '%s\n' "$lintian_out" | grep -c '^W: ' || true) warnings)"

step "install"
if dpkg-query -W -f='${Status}' zfs-doctor 2>/dev/null | grep -q 'install ok installed'; then
  echo "zfs-doctor was already installed: it will be upgraded and left installed"
else
  installed_here=1
fi
if ! dpkg -i "$deb"; then
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi
dpkg-query -W -f='${Status}\n' zfs-doctor | grep -q 'install ok installed' || fail "zfs-doctor is not installed"
dpkg -V zfs-doctor || fail "installed files differ from the package"

step "the installed CLI analyses an installed demo snapshot"
# The installed binary must find its data in /usr/share/zfs-doctor by itself.
unset ZFS_DOCTOR_DATA_DIR
/usr/bin/zfs-doctor --version
# Read the whole list first: `zfs-doctor --demo list | grep -q` fails under
# pipefail whenever grep finds the name in the first 4 KiB write and exits
# before the second one (zfs-doctor then dies of SIGPIPE).
demos=$(/usr/bin/zfs-doctor --demo list)
grep -qx 'problem1-sysext-fedora41' <<<"$demos" || fail "--demo list misses problem1-sysext-fedora41"
set +e
/usr/bin/zfs-doctor --demo problem1-sysext-fedora41 scan >"$work/scan.txt"
status=$?
/usr/bin/zfs-doctor --snapshot /usr/share/zfs-doctor/demo/healthy-fedora41.json scan >"$work/healthy.txt"
healthy_status=$?
set -e
head -n 5 "$work/scan.txt"
[ "$status" -eq 1 ] || fail "scan of problem1-sysext-fedora41 exited $status, expected 1 (affected)"
grep -q 'sysext-odirect-einval' "$work/scan.txt" || fail "scan of problem1-sysext-fedora41 does not name sysext-odirect-einval"
[ "$healthy_status" -eq 0 ] || fail "scan of healthy-fedora41 exited $healthy_status, expected 0"
man -l /usr/share/man/man1/zfs-doctor.1.gz >/dev/null 2>&1 || fail "the installed manual page does not format"

step "the installed zfs-doctor opens the installed window"
# With a display and no command, /usr/bin/zfs-doctor executes
# /usr/libexec/zfs-doctor-window (Qt's offscreen platform stands in for the
# display); its hidden screenshot tour shows the pages of a demo and exits.
mkdir -p "$work/shots"
DISPLAY=:ci-package-check QT_QPA_PLATFORM=offscreen \
  /usr/bin/zfs-doctor --demo problem1-sysext-fedora41 --screenshot-tour "$work/shots" >/dev/null ||
  fail "zfs-doctor did not run the window's screenshot tour"
ls "$work/shots"/*overview*.png >/dev/null 2>&1 || fail "the window saved no overview screenshot"
echo "the window saved $(ls "$work/shots"/*.png | wc -l) screenshots"

step "the installed helper, activated on a private system-like bus"
helper_exec=$(sed -n 's/^Exec=//p' /usr/share/dbus-1/system-services/org.zfsdoctor.Helper.service)
[ -x "$helper_exec" ] || fail "the activation file names $helper_exec, which is not an executable"
# Like /usr/share/dbus-1/system.conf: method calls are denied unless a policy
# file allows them; here only polkit's and the helper's installed policies.
cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:path=$work/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <servicedir>/usr/share/dbus-1/system-services</servicedir>
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
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
  </policy>
  <include ignore_missing="yes">/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf</include>
  <include>/usr/share/dbus-1/system.d/org.zfsdoctor.Helper.conf</include>
</busconfig>
EOF
chmod 755 "$work"
# The daemon's own environment names it as the system bus: the helper it
# activates inherits that and connects back to it, not to the machine's bus.
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$work/system_bus_socket"
dbus-daemon --config-file="$work/bus.conf" --nofork >"$work/bus.log" 2>&1 &
bus_pid=$!
for _ in $(seq 50); do [ -S "$work/system_bus_socket" ] && break; sleep 0.1; done
[ -S "$work/system_bus_socket" ] || { cat "$work/bus.log"; fail "the private dbus-daemon did not start"; }

# polkitd reads the installed actions, org.zfsdoctor.policy among them.
/usr/lib/polkit-1/polkitd --no-debug >"$work/polkitd.log" 2>&1 &
polkit_pid=$!
for _ in $(seq 100); do
  dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1 2>/dev/null |
    grep -q 'boolean true' && break
  sleep 0.1
done

call_version() {
  dbus-send --system --print-reply --reply-timeout=20000 --dest=org.zfsdoctor.Helper \
    /org/zfsdoctor/Helper org.zfsdoctor.Helper1.Version
}
set +e
reply=$(call_version 2>&1)
reply_status=$?
nobody_reply=$(setpriv --reuid=nobody --regid=nogroup --clear-groups \
  env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
  dbus-send --system --print-reply --reply-timeout=20000 --dest=org.zfsdoctor.Helper \
  /org/zfsdoctor/Helper org.zfsdoctor.Helper1.Version 2>&1)
own_reply=$(setpriv --reuid=nobody --regid=nogroup --clear-groups \
  env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
  dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.RequestName string:org.zfsdoctor.Helper uint32:0 2>&1)
set -e
echo "root:   $reply"
echo "nobody: $nobody_reply"
echo "nobody owning the name: $own_reply"
if [ "$reply_status" -ne 0 ]; then
  cat "$work/bus.log" "$work/polkitd.log"
  fail "Version through D-Bus activation failed"
fi
version=$(dpkg-query -W -f='${Version}' zfs-doctor)
printf '%s\n' "$reply" | grep -q "\"version\": *\"${version%%-*}\"" ||
  fail "Version did not report version ${version%%-*}"
printf '%s\n' "$reply" | grep -q '"interface": *"org.zfsdoctor.Helper1"' || fail "Version did not name the interface"
# The bus policy lets anyone call the interface; the helper's polkit check
# then refuses a caller without a session.
printf '%s\n' "$nobody_reply" | grep -q 'org.zfsdoctor.Helper.Error.NotAuthorized' ||
  fail "nobody's Version call was not refused by the helper's polkit check"
printf '%s\n' "$own_reply" | grep -q 'org.freedesktop.DBus.Error.AccessDenied' ||
  fail "nobody could own org.zfsdoctor.Helper"

step "the RPM (packaging/ci-rpm-check.sh)"
# Builds, lints and installs the RPM into a scratch root and compares its
# files with this .deb's; nothing is installed on this machine.
packaging/ci-rpm-check.sh --debs "$work" ${rpms:+--rpms "$rpms"} ${out:+--out "$out"} ||
  fail "the RPM check failed"

echo
echo "ci-package-check: OK in $(($(date +%s) - started)) s"
