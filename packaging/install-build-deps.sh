#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs everything ZFS Doctor needs to build, run and test, on Debian 12 /
# Ubuntu (apt) or Fedora (dnf). Idempotent and non-interactive: packages that
# are already present are left alone, so running it twice is cheap.
#
#   packaging/install-build-deps.sh          build + test dependencies
#   packaging/install-build-deps.sh --vm     also what tests/vm needs (QEMU, debootstrap)
set -euo pipefail

want_vm=0
for arg in "$@"; do
  case "$arg" in
    --vm) want_vm=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install-build-deps: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libudev-dev libmount-dev libspdlog-dev libfmt-dev libselinux1-dev
  clang-format-16 ccache
  # run and test: a private system bus, polkit, loop devices, a display for GUI tests
  dbus dbus-daemon polkitd util-linux squashfs-tools xvfb xauth
  # tools/screenshots.sh: a window manager framing the window, as on a desktop
  openbox
  libqt6svg6 qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk
  # Qt's own strings (the wizard's Back/Next/Cancel) in German and Chinese
  qt6-translations-l10n
  openssh-client openssh-server
  # helper tests: a stalling FUSE file system; the remote sudoers rule against a real sudo
  libfuse3-dev sudo
  # icons rendered at build time; packaging validators and the .deb build
  librsvg2-bin desktop-file-utils appstream libxml2-utils libpolkit-gobject-1-dev
  zsh bash-completion groff-base man-db lintian rpm rpmlint debhelper dpkg-dev fakeroot
  # the RPM build and the Fedora kernel pin test: the real dnf (dnf4) and its versionlock plugin,
  # createrepo_c for the test's repository of kernel updates
  dnf dnf-plugins-core createrepo-c
)
apt_vm_packages=(qemu-system-x86 qemu-utils debootstrap e2fsprogs cpio zstd)

dnf_packages=(
  gcc-c++ cmake ninja-build pkgconf-pkg-config git
  qt6-qtbase-devel qt6-qttools-devel qt6-linguist
  systemd-devel libmount-devel spdlog-devel fmt-devel libselinux-devel
  clang-tools-extra ccache
  dbus-daemon polkit util-linux squashfs-tools xorg-x11-server-Xvfb xorg-x11-xauth
  qt6-qtsvg google-noto-sans-cjk-fonts qt6-qttranslations
  openssh-clients openssh-server dbus-tools fuse3-devel sudo
  librsvg2-tools desktop-file-utils libappstream-glib appstream libxml2 polkit-devel
  zsh bash-completion man-db rpm-build rpmlint
  # the Fedora kernel pin test (tests/fedora): versionlock plugin, a test repository
  dnf-plugins-core createrepo_c
)
dnf_vm_packages=(qemu-system-x86 qemu-img debootstrap e2fsprogs cpio zstd)

if command -v apt-get >/dev/null 2>&1; then
  pkgs=("${apt_packages[@]}")
  [ "$want_vm" -eq 1 ] && pkgs+=("${apt_vm_packages[@]}")
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-build-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
elif command -v dnf >/dev/null 2>&1; then
  pkgs=("${dnf_packages[@]}")
  [ "$want_vm" -eq 1 ] && pkgs+=("${dnf_vm_packages[@]}")
  missing=()
  for p in "${pkgs[@]}"; do rpm -q "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-build-deps: installing ${missing[*]}"
    as_root dnf install -y -q "${missing[@]}"
  fi
else
  echo "install-build-deps: neither apt-get nor dnf found; install Qt 6 (Core, DBus, Widgets, LinguistTools), libudev, libmount, spdlog and CMake by hand" >&2
  exit 1
fi
echo "install-build-deps: all dependencies present"
