#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the binary RPM from a `git archive` tarball of this checkout:
#   rpmbuild -bb packaging/rpm/zfs-doctor.spec
# on Fedora as it is, and on other hosts (Debian's rpm/rpmbuild) with:
#   - the Fedora macros the host's rpm lacks, taken one by one from
#     packaging/rpm/macros.non-fedora (a macro the host defines is never
#     overridden; on Fedora nothing is loaded);
#   - --nodeps when the host's rpm database does not know rpm-build itself,
#     i.e. the build tools come from another package manager and the
#     BuildRequires cannot be checked by rpm (packaging/install-build-deps.sh
#     installs their Debian equivalents).
# The tarball holds the committed tree plus uncommitted changes to tracked
# files (`git stash create`, which changes nothing in the checkout); untracked
# files are left out, as from any git archive.
#
#   packaging/rpm/build-rpm.sh [--out DIR] [--topdir DIR] [--without-tests]
#     --out DIR        copy the built .rpm files to DIR
#     --topdir DIR     rpmbuild's _topdir (default build/rpm in this checkout:
#                      a fixed path lets ccache reuse objects between runs)
#     --without-tests  do not compile the test suite and skip ctest in %check
#                      (the desktop-file and AppStream validators still run)
set -euo pipefail

out=""
topdir=""
spec_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift ;;
    --topdir) topdir=$2; shift ;;
    --without-tests) spec_args+=(--without tests) ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "build-rpm: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")/../.."
source_dir=$PWD
spec=packaging/rpm/zfs-doctor.spec
macros=packaging/rpm/macros.non-fedora
topdir=$(realpath -m "${topdir:-$source_dir/build/rpm}")

name=$(sed -n 's/^Name:[[:space:]]*//p' "$spec")
version=$(sed -n 's/^Version:[[:space:]]*//p' "$spec")
[ -n "$name" ] && [ -n "$version" ] || { echo "build-rpm: no Name/Version in $spec" >&2; exit 1; }

rm -rf "$topdir"/{BUILD,BUILDROOT,RPMS,SOURCES,SRPMS}
mkdir -p "$topdir"/{BUILD,BUILDROOT,RPMS,SOURCES,SRPMS}
tree=$(git stash create 2>/dev/null || true)
git archive --prefix="$name-$version/" -o "$topdir/SOURCES/$name-$version.tar.gz" "${tree:-HEAD}"

# Each block of the macros file starts with "%name" and runs on while a line
# ends with a backslash; keep the blocks whose macro the host's rpm lacks.
missing_file="$topdir/macros.missing"
: >"$missing_file"
missing=()
keep_if_missing() {
  local macro
  macro=$(printf '%s' "$1" | sed -n '1s/^%\([A-Za-z0-9_]*\).*/\1/p')
  if [ -n "$macro" ] && [ -z "$(rpm --eval "%{?$macro:defined}")" ]; then
    printf '%s\n' "$1" >>"$missing_file"
    missing+=("%$macro")
  fi
}
block=""
while IFS= read -r line; do
  [ -n "$block" ] || [[ $line == %* ]] || continue
  block+="$line"$'\n'
  if [[ $line != *\\ ]]; then
    keep_if_missing "$block"
    block=""
  fi
done <"$macros"

rpmbuild_args=(-bb --define "_topdir $topdir")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build-rpm: this rpm lacks ${missing[*]}; loading them from $macros"
  rpmbuild_args+=(--load "$missing_file")
fi
# Debian 12's brp-compress is a #!/bin/sh script that uses bash's `read -d`:
# under dash it compresses no manual page. Run the same script with bash
# where the host's sh cannot run it (a host bug, not a Fedora macro).
brp_compress=$(rpm --eval '%{?__brp_compress}')
if [ -n "$brp_compress" ] && grep -q 'read -r -d' "${brp_compress%% *}" 2>/dev/null &&
  ! printf 'a\0' | sh -c 'IFS= read -r -d "" x' 2>/dev/null; then
  echo "build-rpm: this host's sh cannot run ${brp_compress%% *}; running it with bash"
  rpmbuild_args+=(--define "__brp_compress bash $brp_compress")
fi
if ! rpm -q --whatprovides rpm-build >/dev/null 2>&1; then
  echo "build-rpm: rpm-build is not in this host's rpm database; building with --nodeps"
  rpmbuild_args+=(--nodeps)
fi

started=$SECONDS
rpmbuild "${rpmbuild_args[@]}" "${spec_args[@]}" "$spec"
echo "build-rpm: built in $((SECONDS - started)) s"
mapfile -t rpms < <(find "$topdir/RPMS" -name '*.rpm' | sort)
[ "${#rpms[@]}" -gt 0 ] || { echo "build-rpm: rpmbuild produced no RPM" >&2; exit 1; }
printf 'build-rpm: %s\n' "${rpms[@]}"
if [ -n "$out" ]; then
  mkdir -p "$out"
  cp "${rpms[@]}" "$out"/
fi
