#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Formats the C++ sources with the project's .clang-format (clang-format 16:
# InsertBraces needs 15 or later, and versions format differently, so one
# version is the reference).
#
#   tools/format.sh [FILE...]        format these files (default: every tracked .cpp/.h)
#   tools/format.sh --check [FILE...] change nothing; list unformatted files, exit 1 if any
#
# Exit 77 (CTest's skip code) when clang-format 16 is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
if [ "${1:-}" = --check ]; then check=1; shift; fi
tool=""
for candidate in clang-format-16 clang-format; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" --version | grep -Eq 'version 16\.'; then
    tool="$candidate"; break
  fi
done
if [ -z "$tool" ]; then
  echo "format.sh: clang-format 16 not found (packaging/install-build-deps.sh installs it)" >&2
  exit 77
fi

if [ "$#" -gt 0 ]; then files=("$@"); else mapfile -t files < <(git ls-files '*.cpp' '*.h'); fi
[ "${#files[@]}" -gt 0 ] || exit 0
if [ "$check" -eq 0 ]; then
  "$tool" -i "${files[@]}"
  exit 0
fi
# Batches of files per process, two at a time: one process per file made
# this the slowest lint test. --dry-run --Werror reports each unformatted
# file as "FILE:LINE:COL: error: code should be clang-formatted"; any other
# failure (an unreadable .clang-format, a missing file) fails the check too.
status=0
report=$(printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$tool" --dry-run --Werror 2>&1 >/dev/null) || status=$?
mapfile -t bad < <(printf '%s\n' "$report" |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ "$status" -ne 0 ] && [ "${#bad[@]}" -eq 0 ]; then
  printf 'format.sh: %s failed:\n%s\n' "$tool" "$report" >&2
  exit 1
fi
if [ "${#bad[@]}" -gt 0 ]; then
  printf 'not formatted (run tools/format.sh):\n'; printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format.sh: ${#files[@]} files formatted as .clang-format says"
