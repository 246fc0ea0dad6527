# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Shared helpers for the real-ZFS VM suite (sourced, not executed).
# shellcheck shell=bash

VM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VM_CACHE="${ZFS_DOCTOR_VM_CACHE:-/var/cache/zfs-doctor-vm}"

die()  { echo "${0##*/}: error: $*" >&2; exit 1; }
log()  { echo "${0##*/}: $*" >&2; }

need_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 \
      || die "'$c' not found; run 'packaging/install-build-deps.sh --vm' first"
  done
}

check_variant() {
  case "$1" in
    current|stock61|legacy) ;;
    *) die "unknown variant '$1' (expected 'current', 'stock61' or 'legacy')" ;;
  esac
}

# Debian mirror: ZFS_DOCTOR_VM_MIRROR, else the first .../debian URI that the
# host's apt is configured with, else deb.debian.org.
debian_mirror() {
  if [ -n "${ZFS_DOCTOR_VM_MIRROR:-}" ]; then echo "${ZFS_DOCTOR_VM_MIRROR%/}"; return; fi
  local uri
  uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
             /etc/apt/sources.list.d/*.sources 2>/dev/null \
         | grep -Eo 'https?://[^ ]+/debian/?( |$)' | grep -v -- '-security' \
         | head -n1 | tr -d ' ' || true)"
  echo "${uri:-http://deb.debian.org/debian}" | sed 's:/*$::'
}

# Fails loudly when a suite of the archive cannot be fetched.
check_archive() {
  local url="$1/dists/$2/InRelease"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 30 -o /dev/null "$url" \
      || die "Debian archive unreachable: $url (network? mirror? set ZFS_DOCTOR_VM_MIRROR)"
  else
    wget -q -T 30 -O /dev/null "$url" \
      || die "Debian archive unreachable: $url (network? mirror? set ZFS_DOCTOR_VM_MIRROR)"
  fi
}

# The recipe of an image: the build script and every file it copies into the
# guest. Changing any of them changes the key and forces a rebuild.
recipe_key() {
  local variant="$1"
  # Contents and relative names only: a key that included the checkout's path
  # made every fresh clone (every CI run) build its own image for 35 minutes.
  {
    echo "variant=$variant"
    cd "$VM_DIR" && sha256sum build-image.sh && find image -type f -print0 | sort -z | xargs -0 sha256sum
  } | sha256sum | cut -c1-16
}

image_dir() { echo "$VM_CACHE/$1-$(recipe_key "$1")"; }

# Chooses the accelerator: ZFS_DOCTOR_VM_ACCEL=kvm|tcg wins; otherwise KVM is
# used only if a real boot test with the image's kernel reaches the kernel's
# first console line. (Nested hypervisors such as kvm_pvm expose /dev/kvm but
# cannot run a stock Debian kernel: the guest dies in the decompressor.)
# The result is cached per host boot and kernel.
choose_accel() {
  local kernel="$1"
  if [ -n "${ZFS_DOCTOR_VM_ACCEL:-}" ]; then
    echo "$ZFS_DOCTOR_VM_ACCEL"; return
  fi
  if [ ! -r /dev/kvm ] || [ ! -w /dev/kvm ]; then
    log "accel: /dev/kvm not usable -> tcg"; echo tcg; return
  fi
  local boot_id kh cache
  boot_id="$(cat /proc/sys/kernel/random/boot_id 2>/dev/null || echo unknown)"
  kh="$(sha256sum "$kernel" | cut -c1-12)"
  cache="$VM_CACHE/accel-$boot_id-$kh"
  if [ -s "$cache" ]; then cat "$cache"; return; fi
  local tmp accel=tcg pid _
  tmp="$(mktemp -d)"
  # No root device: a working kernel prints its banner within a second or two
  # (then panics). Under kvm_pvm QEMU stops with "KVM internal error" instead.
  qemu-system-x86_64 -accel kvm -cpu host -m 256 -nodefaults \
    -display none -no-reboot -serial "file:$tmp/serial" -kernel "$kernel" \
    -append "console=ttyS0 panic=-1 root=/dev/nonexistent" >"$tmp/qemu" 2>&1 &
  pid=$!
  for _ in $(seq 1 40); do
    if grep -q 'Linux version' "$tmp/serial" 2>/dev/null; then accel=kvm; break; fi
    if grep -q 'internal error' "$tmp/qemu" || ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$tmp"
  log "accel: KVM boot test $([ "$accel" = kvm ] && echo passed || echo failed) -> $accel"
  echo "$accel" >"$cache"
  echo "$accel"
}

accel_args() {
  case "$1" in
    kvm) echo "-accel kvm -cpu host" ;;
    tcg) echo "-accel tcg,thread=multi -cpu max" ;;
    *) die "unknown accelerator '$1'" ;;
  esac
}
