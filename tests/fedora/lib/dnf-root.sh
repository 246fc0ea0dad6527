# shellcheck shell=bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Shell functions for tests that run the real rpm and dnf (dnf4 with
# dnf-plugins-core's versionlock, as Debian 12 packages them) against an
# installroot, never against this machine's own rpm database or dnf
# configuration. Source it; set -euo pipefail is expected.
#
#   zd_need_dnf                      exit 77 (CTest skip) without rpm, rpmbuild, dnf
#                                    or the versionlock plugin
#   zd_build_kernel_core TOPDIR VERSION RELEASE
#                                    builds tests/fedora/kernel-core.spec, prints the .rpm path
#   zd_dnf_root_init ROOT            an installroot: rpm database, dnf.conf and a
#                                    versionlock plugin whose lock list is ROOT's
#   zd_offer_update ROOT RPM...      a repository "updates" in ROOT offering the packages
#   zd_rpm_in ROOT ARGS...           rpm --root ROOT ARGS...
#   zd_dnf_in ROOT ARGS...           the real dnf on ROOT (see zd_dnf_argv)

zd_fedora_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

zd_need_dnf() {
  local tool
  for tool in rpm rpmbuild createrepo_c dnf; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed (packaging/install-build-deps.sh installs it)"; exit 77; }
  done
  # dnf5 (Fedora 41+ as `dnf`) keeps locks in the installroot's
  # /etc/dnf/versionlock.toml and has no plugin configuration: these tests
  # drive dnf4's plugin, the dnf Debian packages.
  if ! dnf --version 2>/dev/null | head -n 1 | grep -q '^4\.'; then
    echo "SKIP: this dnf is not dnf 4 ($(dnf --version 2>/dev/null | head -n 1))"
    exit 77
  fi
  if ! dnf versionlock --help >/dev/null 2>&1; then
    echo "SKIP: dnf has no versionlock command (dnf-plugins-core is not installed)"
    exit 77
  fi
}

zd_build_kernel_core() {
  local topdir=$1 version=$2 release=$3
  rpmbuild -bb --quiet --define "_topdir $topdir" --define "kversion $version" \
    --define "krelease $release" "$zd_fedora_dir/kernel-core.spec" >"$topdir/rpmbuild-$version.log" 2>&1 ||
    { cat "$topdir/rpmbuild-$version.log" >&2; return 1; }
  ls "$topdir/RPMS/x86_64/kernel-core-$version-$release.x86_64.rpm"
}

# dnf4 reads its configuration and repositories from inside the installroot
# when they exist there (dnf(8), --installroot), but plugin configuration
# from the host's pluginconfpath, and the versionlock plugin opens its
# `locklist` path as written, outside the installroot
# (dnf-plugins-core plugins/versionlock.py). So the root gets its own
# plugin configuration directory whose locklist names the root's file, and
# every dnf call points pluginconfpath there.
zd_dnf_root_init() {
  local root=$1
  mkdir -p "$root/etc/dnf/plugins" "$root/etc/yum.repos.d" "$root/boot" "$root/lib/modules"
  zd_rpm_in "$root" --initdb
  cat >"$root/etc/dnf/dnf.conf" <<CONF
[main]
gpgcheck=1
installonly_limit=3
reposdir=/etc/yum.repos.d
CONF
  printf '[main]\nenabled = 1\nlocklist = %s/etc/dnf/plugins/versionlock.list\n' "$root" \
    >"$root/etc/dnf/plugins/versionlock.conf"
  # The plugin refuses to run without its list (versionlock.rst: "The file
  # has to exist ... However, it can be empty."); Fedora ships it empty.
  : >"$root/etc/dnf/plugins/versionlock.list"
}

# A local repository inside the root, as Fedora's updates repository would
# offer a newer kernel. dnf reads reposdir inside the installroot; the
# baseurl is used as written, so it names the root's directory in full.
zd_offer_update() {
  local root=$1
  shift
  mkdir -p "$root/srv/updates"
  cp "$@" "$root/srv/updates/"
  createrepo_c -q "$root/srv/updates"
  printf '[updates]\nname=Test updates\nbaseurl=file://%s/srv/updates\nenabled=1\ngpgcheck=0\nmetadata_expire=0\n' \
    "$root" >"$root/etc/yum.repos.d/updates.repo"
}

zd_rpm_in() {
  local root=$1
  shift
  # Debian's rpm warns on every install that alien should be used instead.
  rpm --root "$root" "$@" 2> >(grep -v -e 'use Alien instead' -e 'assuming you know what you are doing' >&2)
}

zd_dnf_argv() {
  printf '%s\n' dnf "--installroot=$1" "--setopt=pluginconfpath=$1/etc/dnf/plugins" \
    --releasever=41 -y
}

zd_dnf_in() {
  local root=$1
  shift
  local argv
  mapfile -t argv < <(zd_dnf_argv "$root")
  "${argv[@]}" "$@"
}
