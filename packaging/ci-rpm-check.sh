#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the RPM and checks it the way packaging/ci-package-check.sh checks
# the .deb, as far as a non-Fedora host allows:
#   1. packaging/rpm/build-rpm.sh --without-tests: rpmbuild -bb from a git
#      archive tarball (CTest already ran in this CI run; %check still runs
#      the desktop-file and AppStream validators);
#   2. rpmlint on the binary RPM: no errors allowed (the warnings that remain
#      are listed with their reasons in docs/packaging.md);
#   3. prints Requires, Recommends and the scriptlets (docs/packaging.md
#      explains each);
#   4. rpm --root DIR -i --nodeps into an empty directory, rpm -V there;
#   5. the file list installed there against the .deb's (dpkg-deb -c), with
#      tests/packaging/compare-package-files.sh, and the translations
#      embedded in both zfs-doctor binaries;
#   6. the RPM's zfs-doctor analyses the RPM's demo snapshots.
# Nothing is installed on this machine. Run as root or not.
#
#   packaging/ci-rpm-check.sh --debs DIR [--rpms DIR] [--out DIR]
#     --debs DIR  the .deb to compare with (ci-package-check.sh passes its own)
#     --rpms DIR  skip step 1 and check the .rpm already in DIR
#     --out DIR   copy the built .rpm to DIR
set -euo pipefail

debs=""
rpms=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --debs) debs=$(realpath "$2"); shift ;;
    --rpms) rpms=$(realpath "$2"); shift ;;
    --out) out=$(realpath -m "$2"); shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "ci-rpm-check: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$debs" ] || { echo "ci-rpm-check: --debs DIR is required (the .deb to compare with)" >&2; exit 2; }

cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/zfs-doctor-rpm.XXXXXX)
trap 'rm -rf "$work"' EXIT
step() { printf '\n==> %s\n' "$*"; }
fail() { echo "ci-rpm-check: FAIL: $*" >&2; exit 1; }
started=$SECONDS

if [ -z "$rpms" ]; then
  step "rpmbuild -bb packaging/rpm/zfs-doctor.spec (packaging/rpm/build-rpm.sh --without-tests)"
  build_started=$SECONDS
  rpms="$work/rpms"
  packaging/rpm/build-rpm.sh --without-tests --out "$rpms" >"$work/build.log" 2>&1 ||
    { tail -n 60 "$work/build.log"; fail "the RPM build failed (log above)"; }
  grep -E '^build-rpm: (this rpm lacks|rpm-build is not)' "$work/build.log" || true
  echo "built in $((SECONDS - build_started)) s"
  if [ -n "$out" ]; then
    mkdir -p "$out"
    cp "$rpms"/*.rpm "$out"/
  fi
fi
rpm_file=$(find "$rpms" -maxdepth 1 -name 'zfs-doctor-[0-9]*.rpm' ! -name '*.src.rpm' ! -name '*debug*' | head -n 1)
[ -n "$rpm_file" ] || fail "no zfs-doctor RPM in $rpms"
deb_file=$(find "$debs" -maxdepth 1 -name 'zfs-doctor_*.deb' | head -n 1)
[ -n "$deb_file" ] || fail "no zfs-doctor .deb in $debs"
rpm -qip "$rpm_file"

step "rpmlint"
set +e
rpmlint --config packaging/rpm/rpmlint-fedora.toml "$rpm_file" >"$work/rpmlint.txt" 2>&1
set -e
cat "$work/rpmlint.txt"
# rpmlint 2 ends with "1 packages and 0 specfiles checked; E errors, W warnings".
summary=$(grep -E '[0-9]+ errors?, [0-9]+ warnings?' "$work/rpmlint.txt" | tail -n 1)
[ -n "$summary" ] || fail "rpmlint printed no summary (did it run?)"
errors=$(printf '%s\n' "$summary" | sed -E 's/.* ([0-9]+) errors?,.*/\1/')
[ "$errors" -eq 0 ] || fail "rpmlint reports $errors errors"
echo "rpmlint: 0 errors"

step "Requires, Recommends and scriptlets"
rpm -qp --requires "$rpm_file" | sed 's/^/Requires: /'
rpm -qp --recommends "$rpm_file" | sed 's/^/Recommends: /'
rpm -qp --scripts "$rpm_file"

step "rpm --root DIR -i --nodeps"
root="$work/root"
mkdir -p "$root"
# --nodeps (also for -V): the root holds nothing else. --noscripts: rpm runs scriptlets
# chrooted into the root, which has no shell; they only call
# systemd-update-helper, which skips itself when missing.
# Debian's rpm keeps its database in ~/.rpmdb: name Fedora's place instead.
rpm_root() { rpm --root "$root" --dbpath /var/lib/rpm "$@"; }
rpm_root -i --nodeps --noscripts "$rpm_file"
rpm_root -V --nodeps zfs-doctor || fail "rpm -V: the installed files differ from the package"
find "$root" -path "$root/var/lib/rpm" -prune -o ! -type d -printf '/%P\n' | LC_ALL=C sort >"$work/rpm-files.txt"
rpm_root -ql zfs-doctor | while IFS= read -r path; do
  [ -e "$root$path" ] || [ -L "$root$path" ] || fail "rpm -ql lists $path, which is not in the root"
done
echo "$(wc -l <"$work/rpm-files.txt") files installed"

step "the same files as the .deb ($(basename "$deb_file"))"
dpkg-deb --contents "$deb_file" >"$work/deb-contents.txt"
tests/packaging/compare-package-files.sh "$work/deb-contents.txt" "$work/rpm-files.txt" ||
  fail "the .deb and the .rpm install different files"

# The translations are compiled into the program (Qt resources under :/i18n),
# not installed as files: compare the catalogues embedded in both binaries.
mkdir -p "$work/deb-root"
dpkg-deb --extract "$deb_file" "$work/deb-root"
embedded_catalogues() {
  # rcc stores resource names as UTF-16BE.
  LC_ALL=C grep -aoP '(?:\x00[a-zA-Z0-9_.-]){1,64}' "$1" | tr -d '\000' |
    grep -E '^zfs-doctor_[A-Za-z_]+\.qm$' | LC_ALL=C sort -u
}
embedded_catalogues "$work/deb-root/usr/bin/zfs-doctor" >"$work/deb-qm.txt"
embedded_catalogues "$root/usr/bin/zfs-doctor" >"$work/rpm-qm.txt"
echo "translations in the .deb's zfs-doctor: $(tr '\n' ' ' <"$work/deb-qm.txt")"
echo "translations in the .rpm's zfs-doctor: $(tr '\n' ' ' <"$work/rpm-qm.txt")"
diff -u "$work/deb-qm.txt" "$work/rpm-qm.txt" || fail "the two programs embed different translations"
for lang in de zh_CN; do
  grep -qx "zfs-doctor_$lang.qm" "$work/rpm-qm.txt" || fail "the .rpm's zfs-doctor has no $lang translation"
done

step "the RPM's zfs-doctor analyses the RPM's demo snapshots"
export ZFS_DOCTOR_DATA_DIR="$root/usr/share/zfs-doctor"
"$root/usr/bin/zfs-doctor" --version
set +e
"$root/usr/bin/zfs-doctor" --demo problem1-sysext-fedora41 scan >"$work/scan.txt"
status=$?
"$root/usr/bin/zfs-doctor" --snapshot "$root/usr/share/zfs-doctor/demo/healthy-fedora41.json" scan >/dev/null
healthy_status=$?
set -e
[ "$status" -eq 1 ] || fail "scan of problem1-sysext-fedora41 exited $status, expected 1 (affected)"
grep -q 'sysext-odirect-einval' "$work/scan.txt" || fail "scan of problem1-sysext-fedora41 does not name sysext-odirect-einval"
[ "$healthy_status" -eq 0 ] || fail "scan of healthy-fedora41 exited $healthy_status, expected 0"

echo
echo "ci-rpm-check: OK in $((SECONDS - started)) s"
