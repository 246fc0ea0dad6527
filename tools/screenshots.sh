#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Screenshots of the ZFS Doctor window over the bundled demo snapshots, for
# docs/screenshots/ and for reviewing the UI by eye.
#
#   tools/screenshots.sh [BUILD_DIR]      (default: build/ci)
#
# Runs the window under Xvfb with its hidden --screenshot-tour option, which
# opens each demo and saves a PNG of every page, every explanation (as shown
# and in full) and every troubleshooting-wizard step into a scratch
# directory. A curated set is then copied to docs/screenshots/: each demo's
# overview, each problem demo's own explanation, the wizard, the history page,
# plus a Chinese (zh_CN) and a dark-palette set, and screen/: the whole screen
# with a window manager at 1024x700 and 1920x1080, in English and Chinese.
#
# Two sets come from tests that drive the real window against real services,
# with ZD_SCREENSHOT_DIR set: the wizard's probe, review, apply, verify and
# summary steps (gui.test_wizard, against the fake helper on a private
# dbus-daemon: this machine has no ZFS to fix), and File > Connect with the
# window after a scan over SSH (remote.test_connect_dialog, against a real
# sshd on 127.0.0.1 scanning this machine).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build/ci}"
app="$build/app/cli/zfs-doctor"
out="$here/docs/screenshots"

if [ ! -x "$app" ]; then
  echo "screenshots: $app not found; build it first: ninja -C $build zfs-doctor" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt install xvfb xauth)" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export ZFS_DOCTOR_DATA_DIR="$here/resources"

tour() {  # tour DIR [extra options...]; runs with the current LANG
  local dir="$1"; shift
  xvfb-run -a -s '-screen 0 1400x900x24' "$app" --screenshot-tour "$dir" "$@" >/dev/null
}

LANG=C.UTF-8 LC_ALL=C.UTF-8 tour "$scratch/en"

# As a person sees the window after starting it: a screen of a small and of a
# large size, a window manager (openbox) framing and placing the window, a
# first start (no remembered geometry), the whole screen saved.
command -v openbox >/dev/null || { echo "screenshots: openbox is missing (apt install openbox)" >&2; exit 2; }
screen_tour() {  # screen_tour DIR WIDTHxHEIGHT; runs with the current LANG
  local dir="$1" size="$2"
  mkdir -p "$scratch/config-$size"
  XDG_CONFIG_HOME="$scratch/config-$size" ZD_SCREENSHOT_SIZE=screen \
    xvfb-run -a -s "-screen 0 ${size}x24" sh -c \
    'openbox --sm-disable & wm=$!; sleep 1; "$@"; rc=$?; kill $wm; exit $rc' sh \
    "$app" --screenshot-tour "$dir" --demo problem1-sysext-fedora41 >/dev/null
}
for size in 1024x700 1920x1080; do
  LANG=C.UTF-8 LC_ALL=C.UTF-8 screen_tour "$scratch/screen-en-$size" "$size"
  LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN screen_tour "$scratch/screen-zh_CN-$size" "$size"
done
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN tour "$scratch/zh_CN" --demo problem1-sysext-fedora41
LANG=C.UTF-8 LC_ALL=C.UTF-8 tour "$scratch/dark" --demo problem1-sysext-fedora41 --dark

shots_from_test() {  # shots_from_test TEST_BINARY DIR
  local test="$build/tests/$1"
  if [ ! -x "$test" ]; then
    echo "screenshots: $test not found; build it first: cmake --build $build --target $(basename "$1")" >&2
    exit 2
  fi
  mkdir -p "$2"
  LANG=C.UTF-8 LC_ALL=C.UTF-8 ZD_SCREENSHOT_DIR="$2" \
    xvfb-run -a -s '-screen 0 1400x900x24' "$test" >/dev/null
}
shots_from_test gui/gui_test_wizard "$scratch/live"
shots_from_test remote/remote_test_connect_dialog "$scratch/remote"

rm -rf "$out"
mkdir -p "$out/zh_CN" "$out/dark" "$out/screen"
copy() { cp "$scratch/$1" "$out/$2"; echo "$out/$2"; }

for overview in "$scratch"/en/*-overview.png; do
  copy "en/$(basename "$overview")" "$(basename "$overview")"
done
# Each problem demo (problemN-...) with the explanation of its problem N.
for demo in "$scratch"/en/problem[0-9]*-overview.png; do
  name="$(basename "$demo" -overview.png)"
  n="${name#problem}"; n="${n%%-*}"
  copy "en/$name-finding-$n.png" "$name-finding-$n.png"
  copy "en/$name-finding-$n-full.png" "$name-finding-$n-full.png"
done
for step in "$scratch"/en/*-wizard-*.png; do
  copy "en/$(basename "$step")" "$(basename "$step")"
done
copy en/problem1-sysext-fedora41-history.png problem1-sysext-fedora41-history.png
for step in "$scratch"/live/wizard-live-*.png; do
  copy "live/$(basename "$step")" "$(basename "$step")"
done
copy remote/connect-dialog.png connect-dialog.png
copy remote/remote-overview.png remote-overview.png
for page in overview finding-1 finding-1-full wizard-1 wizard-3; do
  copy "zh_CN/problem1-sysext-fedora41-$page.png" "zh_CN/problem1-sysext-fedora41-$page.png"
done
for page in overview finding-1 wizard-3; do
  copy "dark/problem1-sysext-fedora41-$page.png" "dark/problem1-sysext-fedora41-$page.png"
done
for lang in en zh_CN; do
  for size in 1024x700 1920x1080; do
    for page in overview finding-1; do
      copy "screen-$lang-$size/problem1-sysext-fedora41-$page.png" "screen/$lang-$size-$page.png"
    done
  done
done
