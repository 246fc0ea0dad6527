#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Formats each manual page with groff's warnings on (-ww) and fails on any
# diagnostic; then with man(1) --warnings as a user would see it.
#   check-man-pages.sh PAGE...
set -euo pipefail
command -v groff >/dev/null 2>&1 || { echo "groff is not installed"; exit 77; }
status=0
for page in "$@"; do
  diagnostics=$(groff -ww -z -man -Tutf8 "$page" 2>&1)
  if command -v man >/dev/null 2>&1; then
    diagnostics+=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  fi
  if [ -n "$diagnostics" ]; then
    printf 'FAIL: %s\n%s\n' "$page" "$diagnostics"
    status=1
  else
    echo "ok: $page"
  fi
done
exit $status
