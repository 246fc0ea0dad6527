#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# The shell completions must parse, and must offer what the program really
# has: every command in `zfs-doctor --help`, every problem id and number in
# the knowledge base, every fix and probe verb of the helper contract, and
# every --format value, every option --help names. The manual page must name
# the same commands, options, problems and verbs.
#   check-completions.sh ZFS-DOCTOR-BINARY SOURCE-DIR
set -euo pipefail
binary=$1
source_dir=$2
bash_file=$source_dir/resources/completions/zfs-doctor.bash
zsh_file=$source_dir/resources/completions/_zfs-doctor
man_source=$source_dir/docs/man/zfs-doctor.1
status=0
# The manual page as read: rendered on very long lines (no hyphenation), so
# that \-\-option in the source is --option here.
man_dir=$(mktemp -d)
trap 'rm -rf "$man_dir"' EXIT
man_page=$man_dir/zfs-doctor.1.rendered
if command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 -rLL=2000n -P-cbou "$man_source" >"$man_page" 2>/dev/null
else
  sed 's/\\-/-/g; s/\\f[BIRP]//g' "$man_source" >"$man_page"
fi

bash -n "$bash_file" || { echo "FAIL: bash -n $bash_file"; status=1; }
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$zsh_file" || { echo "FAIL: zsh -n $zsh_file"; status=1; }
else
  echo "note: zsh is not installed; $zsh_file is not parsed"
fi

# Commands: the indented lines of --help that start with a lower-case word.
help=$(ZFS_DOCTOR_DATA_DIR=$source_dir/resources "$binary" --help)
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p')
[ -n "$commands" ] || { echo "FAIL: no commands found in --help"; exit 1; }
# Every --option named in the Commands and Global options sections of --help.
options=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^Exit codes:/p' | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || { echo "FAIL: no options found in --help"; exit 1; }
problems=$(sed -n 's/^  "id": "\([^"]*\)",$/\1/p' "$source_dir"/resources/knowledge/*.json)
numbers=$(sed -n 's/^  "number": \([0-9]*\),$/\1/p' "$source_dir"/resources/knowledge/*.json)
[ -n "$problems" ] && [ -n "$numbers" ] || { echo "FAIL: no problem ids in the knowledge base"; exit 1; }
verbs=$(sed -n 's/^inline constexpr const char\* k\(Fix\|Probe\)[A-Za-z]* = "\([^"]*\)";$/\2/p' \
  "$source_dir/helper/contract.h")
[ -n "$verbs" ] || { echo "FAIL: no verbs found in helper/contract.h"; exit 1; }

expect() {  # expect FILE WHAT WORD...
  local file=$1 what=$2 word
  shift 2
  for word in "$@"; do
    if ! grep -qw -- "$word" "$file"; then
      echo "FAIL: $(basename "$file") lacks $what '$word'"
      status=1
    fi
  done
}
for file in "$bash_file" "$zsh_file"; do
  expect "$file" command $commands
  expect "$file" "problem id" $problems
  expect "$file" "problem number" $numbers
  expect "$file" verb $verbs
  expect "$file" format text json markdown html
  expect "$file" option $options
done
expect "$man_page" command $commands
expect "$man_page" "problem id" $problems
expect "$man_page" verb $verbs
expect "$man_page" option $options
# Behaviour: drive the bash completion function as bash-completion would.
if [ -r /usr/share/bash-completion/bash_completion ]; then
  complete_words() {  # complete_words WORD... -> the candidates for the last word
    ZFS_DOCTOR_DATA_DIR=$source_dir/resources PATH="$(dirname "$binary"):$PATH" bash -c '
      source /usr/share/bash-completion/bash_completion
      source "$0"
      COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _zfs_doctor; printf "%s\n" "${COMPREPLY[@]}"' "$bash_file" "$@" | sort | tr '\n' ' '
  }
  same() {  # same WHAT GOT WANTED
    if [ "$2" != "$3" ]; then echo "FAIL: bash completes $1 as '$2', expected '$3'"; status=1; fi
  }
  sorted() { printf '%s\n' "$@" | sort | tr '\n' ' '; }
  same "the command" "$(complete_words zfs-doctor '')" "$(sorted $commands help)"
  same "explain's argument" "$(complete_words zfs-doctor --json explain '')" "$(sorted $problems $numbers)"
  same "--format" "$(complete_words zfs-doctor scan --format '')" "$(sorted text json markdown html)"
  same "the command after --demo NAME" "$(complete_words zfs-doctor --demo problem1-sysext-fedora41 ex)" "explain "
  demos=$(ZFS_DOCTOR_DATA_DIR=$source_dir/resources "$binary" --demo list | grep -v '^[[:space:]]')
  same "--demo" "$(complete_words zfs-doctor --demo '')" "$(sorted list $demos)"
else
  echo "note: bash-completion is not installed; the bash completion's behaviour is not tested"
fi

[ "$status" -eq 0 ] && echo "ok: completions and manual page match $(echo $commands | wc -w) commands," \
  "$(echo $options | wc -w) options, $(echo $problems | wc -w) problems and $(echo $verbs | wc -w) verbs"
exit $status
