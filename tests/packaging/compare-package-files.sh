#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Compares the files the .deb installs with the files the .rpm installs:
#   compare-package-files.sh DEB_LIST RPM_LIST
# DEB_LIST: `dpkg-deb --contents zfs-doctor_*.deb` as printed (directories
#   are ignored, "./usr/..." and "usr -> target" forms are understood);
# RPM_LIST: one absolute path per line, the files (not directories) that
#   `rpm --root DIR -i --nodeps` put into DIR (ci-rpm-check.sh uses find).
#
# Both packages must install the same programs, helper, D-Bus activation file
# and bus policy, polkit policy, desktop entry, metainfo, icons, manual pages,
# completions, knowledge base and demos. Only these differences are allowed,
# each a convention of the distribution, not of ZFS Doctor:
#   - zsh completions: Debian's zsh reads /usr/share/zsh/vendor-completions,
#     Fedora's /usr/share/zsh/site-functions (both are compared as
#     <zsh-completions>/);
#   - systemd units: Debian 12's debhelper installs them in /lib/systemd/system
#     (packaging/debian/rules), Fedora's %{_unitdir} is /usr/lib/systemd/system
#     (both are compared as <systemd-units>/);
#   - Debian only: /usr/share/doc/zfs-doctor/{copyright,changelog.Debian.gz}
#     (Debian Policy 12.5 and 12.7) and /usr/share/lintian/overrides/;
#   - RPM only: /usr/share/licenses/zfs-doctor/ (%license) and
#     /usr/lib/.build-id/ (rpmbuild's build-id links).
# Exits 0 when the lists agree and every required file is there, 1 otherwise,
# 2 on a usage error.
set -euo pipefail

[ $# -eq 2 ] || { sed -n '2,26p' "$0" >&2; exit 2; }
deb_list=$1
rpm_list=$2
for f in "$deb_list" "$rpm_list"; do
  [ -r "$f" ] || { echo "compare-package-files: cannot read $f" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Distribution conventions: first the files only one side has by its rules,
# then the directories whose name differs.
normalise() {
  grep -v -E '^/usr/share/doc/zfs-doctor(/|$)|^/usr/share/lintian/overrides/|^/usr/share/licenses/zfs-doctor[^/]*(/|$)|^/usr/lib/\.build-id(/|$)' |
    sed -E -e 's#^/usr/share/zsh/(vendor-completions|site-functions)/#<zsh-completions>/#' \
      -e 's#^(/usr)?/lib/systemd/system/#<systemd-units>/#' |
    LC_ALL=C sort -u
}

# dpkg-deb -c: "mode owner size date time ./path[ -> target]"; directories end in "/".
awk '{ path = $6; if (path ~ /\/$/) next; sub(/^\./, "", path); print path }' "$deb_list" |
  normalise >"$work/deb"
grep -v -E '^[[:space:]]*$' "$rpm_list" | normalise >"$work/rpm"

status=0
if ! diff -u --label deb --label rpm "$work/deb" "$work/rpm" >"$work/diff"; then
  echo "compare-package-files: the .deb and the .rpm install different files:"
  sed -n '3,$p' "$work/diff" | grep -E '^[-+]' | sed -e 's/^-/  only in the .deb: /' -e 's/^+/  only in the .rpm: /'
  status=1
fi

# What both packages must contain (patterns, so that a wrong list is not
# "equal" merely because both sides lost the same file).
required=(
  '^/usr/bin/zfs-doctor$'
  '^/usr/libexec/zfs-doctor-window$'
  '^/usr/libexec/zfs-doctor-helper$'
  '^/usr/libexec/zfs-doctor-kernel-hook$'
  '^/usr/lib/kernel/install\.d/96-zfs-doctor\.install$'
  '^/etc/kernel/postinst\.d/zfs-doctor$'
  '^/usr/share/dbus-1/system-services/org\.zfsdoctor\.Helper\.service$'
  '^/usr/share/dbus-1/system\.d/org\.zfsdoctor\.Helper\.conf$'
  '^<systemd-units>/zfs-doctor-helper\.service$'
  '^/usr/share/polkit-1/actions/org\.zfsdoctor\.policy$'
  '^/usr/share/applications/org\.zfsdoctor\.ZfsDoctor\.desktop$'
  '^/usr/share/metainfo/org\.zfsdoctor\.ZfsDoctor\.metainfo\.xml$'
  '^/usr/share/icons/hicolor/scalable/apps/org\.zfsdoctor\.ZfsDoctor\.svg$'
  '^/usr/share/icons/hicolor/48x48/apps/org\.zfsdoctor\.ZfsDoctor\.png$'
  '^/usr/share/man/man1/zfs-doctor\.1\.gz$'
  '^/usr/share/man/man8/zfs-doctor-helper\.8\.gz$'
  '^/usr/share/bash-completion/completions/zfs-doctor$'
  '^<zsh-completions>/_zfs-doctor$'
  '^/usr/share/zfs-doctor/knowledge/.+'
  '^/usr/share/zfs-doctor/demo/.+\.json$'
)
for pattern in "${required[@]}"; do
  for side in deb rpm; do
    if ! grep -q -E "$pattern" "$work/$side"; then
      echo "compare-package-files: the .$side has no file matching $pattern"
      status=1
    fi
  done
done

if [ "$status" -eq 0 ]; then
  echo "compare-package-files: the .deb and the .rpm install the same $(wc -l <"$work/deb") files"
fi
exit "$status"
