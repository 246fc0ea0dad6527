#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Validates the AppStream metadata offline and checks it against the project:
# the newest release is this version, the launchable names the desktop file
# that is installed, and the desktop file itself validates.
#   check-metainfo.sh METAINFO DESKTOP-FILE PROJECT-VERSION
set -euo pipefail
metainfo=$1
desktop=$2
version=$3
command -v appstreamcli >/dev/null 2>&1 || { echo "appstreamcli is not installed"; exit 77; }
appstreamcli validate --no-net --explain "$metainfo"
first_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$first_release" = "$version" ] ||
  { echo "FAIL: newest <release> is '$first_release', the project is $version"; exit 1; }
launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
[ "$launchable" = "$(basename "$desktop")" ] ||
  { echo "FAIL: launchable '$launchable' is not $(basename "$desktop")"; exit 1; }
echo "ok: release $version, launchable $launchable"
