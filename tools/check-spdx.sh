#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Every tracked source file (C++, CMake, shell, Python) starts with the SPDX
# license header (REUSE style, within its first five lines). Lists the files
# that lack it and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
while IFS= read -r f; do
  case "$f" in tests/fixtures/*) continue ;; esac
  head -n 5 "$f" | grep -q 'SPDX-License-Identifier: ' || missing+=("$f")
done < <(git ls-files '*.cpp' '*.h' '*.sh' '*.py' 'CMakeLists.txt' '*/CMakeLists.txt' '*.cmake')
if [ "${#missing[@]}" -gt 0 ]; then
  printf 'no SPDX-License-Identifier header:\n'; printf '  %s\n' "${missing[@]}"
  exit 1
fi
echo "check-spdx.sh: every source file has an SPDX header"
