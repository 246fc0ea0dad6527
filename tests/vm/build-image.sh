#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds (or finds in the cache) the Debian 12 guest image for the real-ZFS VM
# suite, from Debian packages only, and prints the image directory.
#
#   tests/vm/build-image.sh [--variant current|stock61|legacy] [--force]
#
#   current: bookworm-backports kernel 6.12 + zfs-dkms/zfsutils 2.3.x from
#            bookworm-backports (the default suite runs here); also bookworm's
#            stock 6.1 kernel without headers (no zfs module) and grub's tools
#            for problem 6's scenario
#   stock61: bookworm's own kernel 6.1 + zfs-dkms/zfsutils 2.3.x from
#            bookworm-backports (Debian 12's stock kernel with backports ZFS)
#   legacy:  bookworm kernel 6.1 + bookworm's zfs-dkms/zfsutils 2.1.x
# One DKMS build of zfs per image.
#
# Output in $ZFS_DOCTOR_VM_CACHE (default /var/cache/zfs-doctor-vm)/<variant>-<key>/:
#   rootfs.qcow2  ext4 root filesystem (whole disk, no partition table)
#   vmlinuz, initrd.img, cmdline   boot directly with qemu -kernel/-initrd/-append
#   id_ed25519[.pub]               ssh key accepted by the guest's root
#   packages.txt, versions.env     what was installed
# <key> hashes this script and tests/vm/image/*: any change rebuilds. Needs root.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

variant=current force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --variant) variant="${2:?--variant needs a value}"; shift 2 ;;
    --variant=*) variant="${1#*=}"; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) die "unknown option '$1'" ;;
  esac
done
check_variant "$variant"
[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot, mounts)"
need_cmd debootstrap chroot mkfs.ext4 qemu-img sha256sum flock

out="$(image_dir "$variant")"
mkdir -p "$VM_CACHE"
# One lock and one work directory per recipe: building a new recipe of a
# variant does not block runs that use the image of another recipe.
exec 9>"$VM_CACHE/.lock-${out##*/}"
flock 9
if [ "$force" -eq 0 ] && [ -f "$out/complete" ]; then echo "$out"; exit 0; fi

mirror="$(debian_mirror)"
check_archive "$mirror" bookworm
case "$variant" in current|stock61) backports=1 ;; *) backports=0 ;; esac
if [ "$backports" -eq 1 ]; then check_archive "$mirror" bookworm-backports; fi
security="${ZFS_DOCTOR_VM_SECURITY_MIRROR:-${mirror%/debian}/debian-security}"

t0=$(date +%s)
# Progress lines carry the seconds since the start: the build phases' costs.
progress() { log "[$(( $(date +%s) - t0 )) s] $*"; }
work="$VM_CACHE/.build-${out##*/}"
root="$work/root"
cleanup() {
  local m
  for m in dev/pts dev proc sys; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  return 0
}
trap cleanup EXIT
cleanup
if grep -qF " $work/" /proc/mounts; then die "stale mounts under $work; unmount them first"; fi
rm -rf "$work"
mkdir -p "$root"

progress "debootstrap bookworm from $mirror into $root"
debootstrap --variant=minbase --components=main,contrib bookworm "$root" "$mirror" \
  >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed (log: $work/debootstrap.log)"; }

# No docs, man pages or translations in the image.
cat >"$root/etc/dpkg/dpkg.cfg.d/01-zfs-doctor-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
path-exclude=/usr/share/lintian/*
EOF
rm -rf "$root"/usr/share/{doc,man,info,locale,lintian}/*
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod +x "$root/usr/sbin/policy-rc.d"
cat >"$root/etc/apt/apt.conf.d/90zfs-doctor" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Retries "3";
EOF
{
  echo "deb $mirror bookworm main contrib"
  echo "deb $mirror bookworm-updates main contrib"
  echo "deb $security bookworm-security main contrib"
  if [ "$backports" -eq 1 ]; then echo "deb $mirror bookworm-backports main contrib"; fi
} >"$root/etc/apt/sources.list"

mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
              DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

# Small initrd: only what booting from a virtio disk needs.
mkdir -p "$root/etc/initramfs-tools/conf.d"
echo "MODULES=list" >"$root/etc/initramfs-tools/conf.d/zfs-doctor-vm"
printf '%s\n' virtio_pci virtio_blk ext4 >>"$root/etc/initramfs-tools/modules"

base=(systemd systemd-sysv udev dbus polkitd systemd-container squashfs-tools xfsprogs
      util-linux mount e2fsprogs coreutils kmod procps iproute2 openssh-server
      libqt6core6 libqt6dbus6 libqt6gui6 libqt6widgets6 libudev1 libmount1
      libspdlog1.10 libfmt9 initramfs-tools zstd)
# Backports is NotAutomatic (priority 100): without -t, apt takes bookworm's
# kernel (stock61, legacy) even when backports is in the sources.
case "$variant" in
  current) kpkgs=(-t bookworm-backports linux-image-amd64 linux-headers-amd64)
           zpkgs=(-t bookworm-backports zfs-dkms zfsutils-linux) ;;
  stock61) kpkgs=(linux-image-amd64 linux-headers-amd64)
           zpkgs=(-t bookworm-backports zfs-dkms zfsutils-linux) ;;
  legacy)  kpkgs=(linux-image-amd64 linux-headers-amd64)
           zpkgs=(zfs-dkms zfsutils-linux) ;;
esac

progress "apt: base packages"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; die "apt-get update failed in the chroot"; }
in_root apt-get install -y -q "${base[@]}" >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; die "installing base packages failed"; }
progress "apt: kernel (${kpkgs[*]})"
in_root apt-get install -y -q "${kpkgs[@]}" >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; die "installing the kernel failed"; }
mapfile -t kvers < <(ls "$root/lib/modules")
# A DKMS build of zfs takes about half an hour on a loaded 2-core host: one
# DKMS build per image, so a run builds only the images its scenarios need
# (current's second kernel comes after the build, without headers).
[ "${#kvers[@]}" -eq 1 ] || die "expected one kernel before zfs, found: ${kvers[*]}"
kver="${kvers[0]}"
progress "apt: zfs (${zpkgs[*]}), dkms build for $kver (takes minutes)"
in_root apt-get install -y -q "${zpkgs[@]}" >>"$work/apt.log" 2>&1 || { tail -n 40 "$work/apt.log" >&2; die "installing zfs failed"; }
# zfs-dkms's postinst builds for the newest kernel in the chroot (and for the
# running one, which in a chroot is the host's): check, and build if it did not.
if ! ls "$root/lib/modules/$kver"/updates/dkms/zfs.ko* >/dev/null 2>&1; then
  progress "zfs module not built by postinst; dkms autoinstall -k $kver"
  in_root dkms autoinstall -k "$kver" >>"$work/apt.log" 2>&1 || { tail -n 40 "$work/apt.log" >&2; die "dkms build of zfs for $kver failed"; }
fi
ls "$root/lib/modules/$kver"/updates/dkms/zfs.ko* >/dev/null 2>&1 || die "no zfs.ko for $kver after dkms"
in_root depmod "$kver"

# current only, for problem 6's scenario (scenarios/kernel-boot.sh): bookworm's
# stock 6.1 kernel as a second, older kernel WITHOUT its headers, so DKMS
# cannot build zfs for it (its postinst hook only warns), and GRUB's
# configuration tools so that grub.cfg, GRUB_DEFAULT and update-grub exist as
# on a real Debian host (QEMU still boots vmlinuz directly: no boot loader is
# installed into the disk). /etc/default/grub is what grub-pc's postinst
# would install (ucf from grub2-common's template).
second_kver=""
if [ "$variant" = current ]; then
  stock="$(in_root apt-cache madison linux-image-amd64 | awk '$3 ~ /^6\.1\./ {print $3}' | sort -V | tail -n 1)"
  [ -n "$stock" ] || die "bookworm's linux-image-amd64 6.1 not found in the archive"
  stock_pkg="$(in_root apt-cache show "linux-image-amd64=$stock" | sed -n 's/^Depends: \(linux-image-[^ ,]*\).*/\1/p' | head -n 1)"
  [ -n "$stock_pkg" ] || die "no kernel package behind linux-image-amd64=$stock"
  progress "apt: second kernel $stock_pkg without headers, grub2-common grub-pc-bin"
  in_root apt-get install -y -q "$stock_pkg" grub2-common grub-pc-bin >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; die "installing $stock_pkg and grub's tools failed"; }
  second_kver="${stock_pkg#linux-image-}"
  [ -d "$root/lib/modules/$second_kver" ] || die "no /lib/modules/$second_kver after installing $stock_pkg"
  if ls "$root/lib/modules/$second_kver"/updates/dkms/zfs.ko* >/dev/null 2>&1; then
    die "DKMS built zfs for $second_kver although its headers are not installed"
  fi
  install -D -m 0644 "$root/usr/share/grub/default/grub" "$root/etc/default/grub"
  mkdir -p "$root/boot/grub"
fi

# System configuration.
echo zfs-doctor-vm >"$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 zfs-doctor-vm\n' >"$root/etc/hosts"
printf '/dev/vda / ext4 defaults 0 1\n' >"$root/etc/fstab"
# A fixed machine-id: an empty one would make every run a "first boot".
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"; echo >>"$root/etc/machine-id"
in_root passwd -d root >/dev/null
install -D -m 0755 "$VM_DIR/image/guest-run" "$root/usr/local/lib/zfs-doctor-vm/guest-run"
install -D -m 0644 "$VM_DIR/image/zfs-doctor-vm-scenario.service" \
  "$root/etc/systemd/system/zfs-doctor-vm-scenario.service"
cat >"$root/etc/systemd/network/50-zfs-doctor-vm.network" <<'EOF'
[Match]
Name=e*
[Network]
DHCP=ipv4
EOF
in_root systemctl enable zfs-doctor-vm-scenario.service systemd-networkd.service ssh.service >/dev/null 2>&1
in_root systemctl disable systemd-networkd-wait-online.service apt-daily.timer apt-daily-upgrade.timer \
  e2scrub_all.timer fstrim.timer >/dev/null 2>&1 || true
in_root systemctl mask systemd-networkd-wait-online.service >/dev/null 2>&1 || true
# ssh: a key made per cache, root login by key only.
ssh-keygen -q -t ed25519 -N '' -C zfs-doctor-vm -f "$work/id_ed25519"
install -d -m 0700 "$root/root/.ssh"
install -m 0600 "$work/id_ed25519.pub" "$root/root/.ssh/authorized_keys"
rm -f "$root"/etc/ssh/ssh_host_*
in_root ssh-keygen -A >/dev/null

in_root update-initramfs -u -k "$kver" >>"$work/apt.log" 2>&1 || die "update-initramfs -k $kver failed"
in_root dpkg-query -W -f='${Package} ${Version}\n' >"$work/packages.txt"
{
  echo "VARIANT=$variant"
  echo "KERNEL=$kver"
  echo "SECOND_KERNEL=$second_kver"
  echo "ZFS=$(in_root dpkg-query -W -f='${Version}' zfsutils-linux)"
  echo "SYSTEMD=$(in_root dpkg-query -W -f='${Version}' systemd)"
  echo "KEY=$(recipe_key "$variant")"
  echo "MIRROR=$mirror"
  echo "BUILT=$(date -u +%FT%TZ)"
} >"$work/versions.env"
in_root apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root/usr/sbin/policy-rc.d" \
       "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/var/tmp/*
cleanup

cp "$root/boot/vmlinuz-$kver" "$work/vmlinuz"
cp "$root/boot/initrd.img-$kver" "$work/initrd.img"
echo "root=/dev/vda rw console=ttyS0,115200 panic=-1 net.ifnames=0 systemd.show_status=1" >"$work/cmdline"

progress "making the ext4 root filesystem"
used_mb=$(du -sxm "$root" | cut -f1)
size_mb=$(( used_mb + 3072 ))      # headroom for pool files written by scenarios
truncate -s "${size_mb}M" "$work/rootfs.raw"
mkfs.ext4 -q -L zd-root -E lazy_itable_init=0,lazy_journal_init=0 -d "$root" "$work/rootfs.raw"
qemu-img convert -O qcow2 "$work/rootfs.raw" "$work/rootfs.qcow2"
rm -f "$work/rootfs.raw"
rm -rf "$root"

touch "$work/complete"
rm -rf "$out"
mv "$work" "$out"
# Older builds of this variant are stale now.
for d in "$VM_CACHE/$variant"-*; do
  if [ "$d" != "$out" ] && [ -d "$d" ]; then rm -rf "$d"; fi
done
log "built $variant image in $(( $(date +%s) - t0 )) s: $out ($(du -sm "$out" | cut -f1) MiB)"
echo "$out"
