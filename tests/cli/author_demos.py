#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the EVIDENCE of the demo snapshots in resources/demo/.

The demos are modelled systems: each reproduces the situation of one upstream
report (see each demo's "origin") as the raw outputs ZFS Doctor's collectors
read: files, directory listings and command outputs, in the exact formats of
the real tools (shapes copied from tests/fixtures/, whose READMEs name their
sources). This script writes only the evidence; the "facts" section is then
re-derived by ZFS Doctor itself:

    tests/cli/author_demos.py            # evidence -> resources/demo/*.json
    for f in resources/demo/*.json; do   # facts re-derived by the real parsers
        zfs-doctor capture --snapshot "$f" "$f" --force
    done

tests/unit/test_snapshot checks that every demo's stored facts equal
the facts re-derived from its evidence, so the two can never drift apart.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
DEMO_DIR = os.path.join(ROOT, "resources", "demo")
PATH_SEARCHED = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def fixture(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as handle:
        return handle.read()


class Evidence:
    def __init__(self):
        self.items = []

    def file(self, path, text):
        self.items.append({"kind": "file", "key": path, "output": text})

    def no_file(self, path):
        self.items.append({"kind": "file", "key": path, "failure": "not-found",
                           "message": f"cannot open {path}: No such file or directory",
                           "output": ""})

    def listing(self, path, names):
        self.items.append({"kind": "directory", "key": path,
                           "output": "".join(n + "\n" for n in sorted(names))})

    def no_listing(self, path):
        key = path
        shown = path.rstrip("/") or "/"
        self.items.append({"kind": "directory", "key": key, "failure": "not-found",
                           "message": f"cannot list {shown}: No such file or directory",
                           "output": ""})

    def command(self, argv, output, exit_code=0, stderr=""):
        record = {"kind": "command", "key": " ".join(argv), "argv": argv, "exit": exit_code}
        if stderr:
            record["stderr"] = stderr
        record["output"] = output
        self.items.append(record)

    def no_command(self, argv):
        self.items.append({"kind": "command", "key": " ".join(argv), "argv": argv, "exit": 0,
                           "failure": "not-found",
                           "message": f"the {argv[0]} command is not installed (searched {PATH_SEARCHED})",
                           "output": ""})


SYSEXT_DIRS = ["/etc/extensions", "/run/extensions", "/var/lib/extensions",
               "/usr/lib/extensions", "/usr/local/lib/extensions"]
UNIT_DIRS = ["/etc/systemd/system.control", "/run/systemd/system.control",
             "/run/systemd/transient", "/etc/systemd/system", "/run/systemd/system",
             "/usr/local/lib/systemd/system", "/usr/lib/systemd/system", "/lib/systemd/system"]
WANTS_DIRS = ["/etc/systemd/system/sysinit.target.wants",
              "/usr/lib/systemd/system/sysinit.target.wants",
              "/lib/systemd/system/sysinit.target.wants"]
SYSTEMCTL_SHOW = ["systemctl", "show", "systemd-sysext.service", "-p", "Environment", "-p",
                  "DropInPaths", "-p", "ActiveState", "-p", "FragmentPath"]
ZFS_GET = ["zfs", "get", "-Hp", "-t", "filesystem", "-o", "name,property,value,source",
           "direct,recordsize,mountpoint,mounted,readonly"]
ZFS_GET_NO_DIRECT = ["zfs", "get", "-Hp", "-t", "filesystem", "-o", "name,property,value,source",
                     "recordsize,mountpoint,mounted,readonly"]
ZPOOL_LIST = ["zpool", "list", "-Hp", "-o", "name,size,alloc,free,health"]
MODULE_FILES = ["coresize", "drivers", "holders", "initsize", "initstate", "notes", "parameters",
                "refcnt", "sections", "srcversion", "taint", "uevent", "version"]
UNIT_TEXT = fixture("systemd/debian12-systemd-sysext.service")
# The parameters the collector reads (app/core/collect/zfs_collector.cpp).
READ_PARAMETERS = ["zfs_dio_enabled", "zfs_dio_strict", "zfs_bclone_enabled",
                   "zfs_dmu_offset_next_sync"]


def os_release(**values):
    order = ["PRETTY_NAME", "NAME", "VERSION_ID", "VERSION", "VERSION_CODENAME", "ID", "ID_LIKE",
             "HOME_URL", "SUPPORT_URL", "BUG_REPORT_URL"]
    lines = []
    for key in order:
        if key in values:
            value = values[key]
            quoted = any(c in value for c in ' ()/:') or key in ("PRETTY_NAME", "NAME", "VERSION")
            lines.append(f'{key}="{value}"' if quoted else f"{key}={value}")
    return "\n".join(lines) + "\n"


def kernel_basics(ev, release, proc_version, arch="x86_64", signature=None):
    """signature: /proc/version_signature (Ubuntu), None where the kernel has none."""
    ev.file("/proc/sys/kernel/osrelease", release + "\n")
    ev.file("/proc/version", proc_version + "\n")
    ev.file("/proc/sys/kernel/arch", arch + "\n")
    if signature is not None:
        ev.file("/proc/version_signature", signature + "\n")


def zfs_module(ev, version, parameters):
    """parameters: name -> value for the module's parameter files we model."""
    ev.listing("/sys/module/zfs", MODULE_FILES)
    ev.file("/sys/module/zfs/version", version + "\n")
    # The real directory holds ~300 parameters; the listing keeps the ones
    # ZFS Doctor reads and a few neighbours, in the real file names.
    neighbours = ["zfs_arc_max", "zfs_arc_min", "zfs_txg_timeout", "zfs_vdev_async_read_max_active"]
    ev.listing("/sys/module/zfs/parameters", list(parameters) + neighbours)
    for name in READ_PARAMETERS:
        if name in parameters:
            ev.file(f"/sys/module/zfs/parameters/{name}", parameters[name] + "\n")


def zfs_parameters(version):
    """The parameters a module of `version` has, with their defaults (module/zfs)."""
    major, minor, patch = (int(x) for x in version.split("-")[0].split(".")[:3])
    params = {"zfs_dmu_offset_next_sync": "1"}
    if (major, minor) >= (2, 2) and (major, minor, patch) >= (2, 2, 1):
        params["zfs_bclone_enabled"] = "0" if (major, minor) == (2, 2) else "1"
    if (major, minor) >= (2, 3):
        params["zfs_dio_enabled"] = "1"
    if (major, minor) >= (2, 4):
        params["zfs_dio_strict"] = "0"
    return params


def zfs_tools(ev, userland, kmod, pools, datasets, direct_supported=True):
    ev.command(["zfs", "version"], f"zfs-{userland}\nzfs-kmod-{kmod}\n")
    ev.command(ZPOOL_LIST, "".join("\t".join(p) + "\n" for p in pools))
    props = ["direct", "recordsize", "mountpoint", "mounted", "readonly"]
    if direct_supported:
        ev.command(ZFS_GET, "".join(
            f"{name}\t{prop}\t{values[prop][0]}\t{values[prop][1]}\n"
            for name, values in datasets for prop in props))
    else:
        ev.command(ZFS_GET, "", 2, "bad property list: invalid property 'direct'\n" + fixture(
            "zfs/zfs-get-2.2-invalid-direct.stderr").split("\n", 1)[1])
        ev.command(ZFS_GET_NO_DIRECT, "".join(
            f"{name}\t{prop}\t{values[prop][0]}\t{values[prop][1]}\n"
            for name, values in datasets for prop in props[1:]))


def dataset(direct, recordsize, mountpoint, mountpoint_source="default", direct_source="default",
            recordsize_source="default", mounted="yes", readonly=("off", "default")):
    return {"direct": (direct, direct_source), "recordsize": (recordsize, recordsize_source),
            "mountpoint": (mountpoint, mountpoint_source), "mounted": (mounted, "-"),
            "readonly": readonly}


def mountinfo(ev, mounts):
    """mounts: (mount point, fstype, source, options) after the usual API file systems."""
    base = [("/proc", "proc", "proc", "rw"), ("/sys", "sysfs", "sysfs", "rw"),
            ("/dev", "devtmpfs", "devtmpfs", "rw,size=4096k,nr_inodes=1048576,mode=755"),
            ("/run", "tmpfs", "tmpfs", "rw,size=1626452k,nr_inodes=819200,mode=755")]
    lines = []
    mount_id = 22
    root = mounts[0]
    lines.append(f"{mount_id} 1 253:0 / / rw,relatime shared:1 - {root[1]} {root[2]} {root[3]}")
    minor = 20
    for target, fstype, source, options in base + mounts[1:]:
        mount_id += 1
        minor += 1
        lines.append(f"{mount_id} 22 0:{minor} / {target} rw,relatime shared:{mount_id - 20} - "
                     f"{fstype} {source} {options}")
    ev.file("/proc/self/mountinfo", "\n".join(lines) + "\n")


def loop_devices(ev, loops):
    """loops: name -> dict(backing_file, dio, offset, sizelimit, autoclear, ro, block)."""
    ev.listing("/sys/block", list(loops))
    for name, loop in loops.items():
        ev.file(f"/sys/block/{name}/loop/backing_file", loop["backing_file"] + "\n")
        ev.file(f"/sys/block/{name}/loop/dio", f"{loop['dio']}\n")
        ev.file(f"/sys/block/{name}/loop/offset", f"{loop.get('offset', 0)}\n")
        ev.file(f"/sys/block/{name}/loop/sizelimit", f"{loop.get('sizelimit', 0)}\n")
        ev.file(f"/sys/block/{name}/loop/autoclear", f"{loop.get('autoclear', 0)}\n")
        ev.file(f"/sys/block/{name}/ro", f"{loop.get('ro', 0)}\n")
        ev.file(f"/sys/block/{name}/queue/logical_block_size", f"{loop.get('block', 512)}\n")


def fstab(ev, lines):
    """/etc/fstab: the header systemd-based installers write, then `lines`."""
    header = ("# /etc/fstab: static file system information.\n#\n"
              "# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n")
    ev.file("/etc/fstab", header + "".join(line + "\n" for line in lines))


def systemd(ev, version_line, show_output, images, features=None, enabled_in=None):
    """enabled_in: the wants directory holding systemd-sysext.service's link, or None."""
    features = features or ("+PAM +AUDIT +SELINUX -APPARMOR +IMA +SMACK +SECCOMP -GCRYPT +GNUTLS "
                            "+OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN -IPTC +KMOD "
                            "+LIBCRYPTSETUP +LIBFDISK +PCRE2 +PWQUALITY +P11KIT +QRENCODE +TPM2 "
                            "+BZIP2 +LZ4 +XZ +ZLIB +ZSTD +BPF_FRAMEWORK +XKBCOMMON +UTMP +SYSVINIT "
                            "default-hierarchy=unified")
    ev.command(["systemctl", "--version"], version_line + "\n" + features + "\n")
    ev.command(SYSTEMCTL_SHOW, show_output)
    ev.file("/usr/lib/systemd/system/systemd-sysext.service", UNIT_TEXT)
    # The wants directories; /lib is /usr/lib on merged-/usr systems, so the
    # last two list the same units.
    static = ["systemd-journald.service", "systemd-random-seed.service",
              "systemd-tmpfiles-setup.service", "systemd-udevd.service"]
    for directory in WANTS_DIRS:
        names = ["systemd-pstore.service"] if directory.startswith("/etc/") else list(static)
        if enabled_in and (directory == enabled_in or
                           (enabled_in.startswith("/usr/lib/") and directory.startswith("/lib/"))):
            names.append("systemd-sysext.service")
        ev.listing(directory, names)
    for directory in SYSEXT_DIRS:
        if directory in images:
            ev.listing(directory + "/", images[directory])
        else:
            ev.no_listing(directory + "/")


GRUB_HEADER = fixture("kernel/grub-debian-default0.cfg").split("### BEGIN /etc/grub.d/10_linux ###")[0]
GRUB_TRAILER = fixture("kernel/grub-debian-default0.cfg").split("### END /etc/grub.d/10_linux ###")[1]
GRUB_UUID = "6f1c0a8e-4c1e-4b8e-9a57-2f3f1b0c6d11"


def grub_cfg(releases, distro_name, distro_class, root="UUID=" + GRUB_UUID):
    """A grub-mkconfig grub.cfg (10_linux layout of the fixture) for `releases`, newest first:
    the top entry boots releases[0], "Advanced options" lists them all."""
    def entry(release, indent, title, entry_id, options="ro  quiet"):
        pad = "\t" * indent
        return (f"{pad[:-1]}menuentry '{title}' --class {distro_class} --class gnu-linux --class gnu "
                f"--class os $menuentry_id_option '{entry_id}' {{\n"
                f"{pad}load_video\n{pad}insmod gzio\n"
                f"{pad}echo\t'Loading Linux {release} ...'\n"
                f"{pad}linux\t/boot/vmlinuz-{release} root={root} {options}\n"
                f"{pad}echo\t'Loading initial ramdisk ...'\n"
                f"{pad}initrd\t/boot/initrd.img-{release}\n{pad[:-1]}}}\n")
    text = GRUB_HEADER + "### BEGIN /etc/grub.d/10_linux ###\n"
    text += ("function gfxmode {\n\tset gfxpayload=\"${1}\"\n}\nset linux_gfx_mode=\n"
             "export linux_gfx_mode\n")
    text += entry(releases[0], 1, distro_name, f"gnulinux-simple-{GRUB_UUID}")
    text += (f"submenu 'Advanced options for {distro_name}' $menuentry_id_option "
             f"'gnulinux-advanced-{GRUB_UUID}' {{\n")
    for release in releases:
        text += entry(release, 2, f"{distro_name}, with Linux {release}",
                      f"gnulinux-{release}-advanced-{GRUB_UUID}")
        text += entry(release, 2, f"{distro_name}, with Linux {release} (recovery mode)",
                      f"gnulinux-{release}-recovery-{GRUB_UUID}", "ro single")
    text += "}\n\n### END /etc/grub.d/10_linux ###" + GRUB_TRAILER
    return text


def dpkg_status(packages):
    """/var/lib/dpkg/status paragraphs (deb-control(5)) for (name, version, status[, extra])."""
    out = []
    for package in packages:
        name, version, status = package[:3]
        out.append(f"Package: {name}\nStatus: {status}\nPriority: optional\nSection: kernel\n"
                   f"Installed-Size: 1\nMaintainer: {package[3] if len(package) > 3 else 'Debian Kernel Team <debian-kernel@lists.debian.org>'}\n"
                   f"Architecture: amd64\nVersion: {version}\n"
                   f"Description: {name}\n This paragraph is modelled: fields abbreviated.\n")
    return "\n".join(out)


# Where distributions put zfs.ko under /lib/modules/<release>: DKMS on Debian,
# Ubuntu and Arch (updates/dkms), DKMS on Fedora (extra), EL kABI kmods
# (extra/zfs), Ubuntu's own kernels (kernel/zfs), Proxmox VE kernels (zfs,
# pve-kernel debian/rules). The collector's search order is
# zfsModuleDirectories() in app/core/collect/parsers/kernel_parsers.cpp.
ZFS_DIR_ORDER = ["updates/dkms", "extra", "extra/zfs", "kernel/zfs", "zfs", "weak-updates/zfs",
                 "updates"]
MODULE_LAYOUTS = {
    "el-weak": {"weak-updates": ["zfs"], "weak-updates/zfs": ["spl.ko", "zfs.ko"]},
    "dkms": {"updates": ["dkms"], "updates/dkms": ["spl.ko", "zfs.ko"]},
    "dkms-zst": {"updates": ["dkms"], "updates/dkms": ["spl.ko.zst", "zfs.ko.zst"]},
    "fedora-dkms": {"extra": ["spl.ko.xz", "zfs.ko.xz"]},
    "el-kmod": {"extra": ["zfs"], "extra/zfs": ["spl.ko", "zfs.ko"]},
    "ubuntu": {"kernel/zfs": ["spl.ko.zst", "zfs.ko.zst"]},
    "proxmox": {"zfs": ["spl.ko", "zfs.ko"]},
    "truenas": {"extra": ["zfs"], "extra/zfs": ["spl.ko", "zfs.ko"]},
    None: {},
}


def module_tree(ev, release, layout):
    """/lib/modules/<release> as the collector lists it, looking for zfs.ko in `layout`."""
    tree = MODULE_LAYOUTS[layout]
    top = ["build", "kernel", "modules.alias", "modules.builtin", "modules.dep", "modules.order",
           "modules.symbols", "source"]
    for directory in tree:
        if directory.split("/")[0] not in top:
            top.append(directory.split("/")[0])
    root = f"/lib/modules/{release}"
    ev.listing(root, top)
    for directory in ZFS_DIR_ORDER:
        if directory.split("/")[0] not in top:
            continue
        if directory not in tree:
            ev.no_listing(f"{root}/{directory}")
            continue
        ev.listing(f"{root}/{directory}", tree[directory])
        if any(name.startswith("zfs.ko") for name in tree[directory]):
            return


def debian_family(ev, packages, releases, default, distro_name, distro_class, layouts,
                  proxmox=False, grub=True):
    """Debian, Ubuntu, Proxmox VE: the dpkg database, /lib/modules, /boot, the boot default.
    layouts: release -> MODULE_LAYOUTS key (where its zfs.ko is)."""
    ev.file("/var/lib/dpkg/status", dpkg_status(packages))
    ev.listing("/lib/modules", releases)
    boot = ["grub"] if grub else ["efi", "pve"]
    for r in releases:
        boot += [f"config-{r}", f"initrd.img-{r}", f"System.map-{r}", f"vmlinuz-{r}"]
    ev.listing("/boot", boot)
    for r in releases:
        module_tree(ev, r, layouts.get(r))
    if proxmox:
        ev.no_file("/etc/kernel/next-boot-pin")
        ev.no_file("/etc/kernel/proxmox-boot-pin")
    if grub:
        ordered = [default] + [r for r in releases if r != default]
        ev.file("/boot/grub/grub.cfg", grub_cfg(ordered, distro_name, distro_class))
        ev.no_file("/boot/grub/grubenv")
    else:
        ev.no_file("/boot/grub/grub.cfg")


def not_proxmox(ev):
    ev.no_listing("/etc/pve")


def fedora_kernel(ev, releases, default, layout="fedora-dkms"):
    ev.command(["rpm", "-q", "kernel-core", "--qf", "%{VERSION}-%{RELEASE}.%{ARCH}\\n"],
               "".join(r + "\n" for r in releases))
    ev.listing("/lib/modules", releases)
    boot = ["efi", "grub2", "loader", "symvers-" + default + ".xz"]
    for r in releases:
        boot += [f"config-{r}", f"initramfs-{r}.img", f"System.map-{r}", f"vmlinuz-{r}"]
    ev.listing("/boot", boot)
    for r in releases:
        module_tree(ev, r, layout)
    ev.command(["grubby", "--default-kernel"], f"/boot/vmlinuz-{default}\n")
    ev.no_file("/etc/dnf/versionlock.toml")
    ev.no_file("/etc/dnf/plugins/versionlock.list")


FEDORA41 = os_release(NAME="Fedora Linux", VERSION="41 (Server Edition)", ID="fedora",
                      VERSION_ID="41", PRETTY_NAME="Fedora Linux 41 (Server Edition)",
                      HOME_URL="https://fedoraproject.org/",
                      SUPPORT_URL="https://ask.fedoraproject.org/",
                      BUG_REPORT_URL="https://bugzilla.redhat.com/")
UBUNTU2404 = os_release(PRETTY_NAME="Ubuntu 24.04.1 LTS", NAME="Ubuntu", VERSION_ID="24.04",
                        VERSION="24.04.1 LTS (Noble Numbat)", VERSION_CODENAME="noble", ID="ubuntu",
                        ID_LIKE="debian", HOME_URL="https://www.ubuntu.com/",
                        SUPPORT_URL="https://help.ubuntu.com/",
                        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/")
UBUNTU2310 = os_release(PRETTY_NAME="Ubuntu 23.10", NAME="Ubuntu", VERSION_ID="23.10",
                        VERSION="23.10 (Mantic Minotaur)", VERSION_CODENAME="mantic", ID="ubuntu",
                        ID_LIKE="debian", HOME_URL="https://www.ubuntu.com/",
                        SUPPORT_URL="https://help.ubuntu.com/",
                        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/")
DEBIAN12 = fixture("os-release/debian-12")

UBUNTU_SYSTEMD = ("+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL "
                  "+ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP "
                  "+LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD "
                  "-BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified")
SHOW_INACTIVE = "ActiveState=inactive\nFragmentPath=/usr/lib/systemd/system/systemd-sysext.service\n"
SHOW_ACTIVE = "ActiveState=active\nFragmentPath=/usr/lib/systemd/system/systemd-sysext.service\n"
# `systemctl preset` (Fedora: systemd's 90-systemd.preset enables systemd-sysext)
# links the unit into /etc.
PRESET_ENABLED = "/etc/systemd/system/sysinit.target.wants"
DEBIAN13 = os_release(PRETTY_NAME="Debian GNU/Linux 13 (trixie)", NAME="Debian GNU/Linux",
                      VERSION_ID="13", VERSION="13 (trixie)", VERSION_CODENAME="trixie",
                      ID="debian", HOME_URL="https://www.debian.org/",
                      SUPPORT_URL="https://www.debian.org/support",
                      BUG_REPORT_URL="https://bugs.debian.org/")
FEDORA42 = os_release(NAME="Fedora Linux", VERSION="42 (Server Edition)", ID="fedora",
                      VERSION_ID="42", PRETTY_NAME="Fedora Linux 42 (Server Edition)",
                      HOME_URL="https://fedoraproject.org/",
                      SUPPORT_URL="https://ask.fedoraproject.org/",
                      BUG_REPORT_URL="https://bugzilla.redhat.com/")
ROCKY95 = os_release(NAME="Rocky Linux", VERSION="9.5 (Blue Onyx)", ID="rocky",
                     ID_LIKE="rhel centos fedora", VERSION_ID="9.5",
                     PRETTY_NAME="Rocky Linux 9.5 (Blue Onyx)",
                     HOME_URL="https://rockylinux.org/",
                     BUG_REPORT_URL="https://bugs.rockylinux.org/")
ARCH = ('NAME="Arch Linux"\nPRETTY_NAME="Arch Linux"\nID=arch\nBUILD_ID=rolling\n'
        'ANSI_COLOR="38;2;23;147;209"\nHOME_URL="https://archlinux.org/"\n'
        'DOCUMENTATION_URL="https://wiki.archlinux.org/"\nSUPPORT_URL="https://bbs.archlinux.org/"\n'
        'BUG_REPORT_URL="https://gitlab.archlinux.org/groups/archlinux/-/issues"\nLOGO=archlinux-logo\n')
UBUNTU2404_3 = os_release(PRETTY_NAME="Ubuntu 24.04.3 LTS", NAME="Ubuntu", VERSION_ID="24.04",
                          VERSION="24.04.3 LTS (Noble Numbat)", VERSION_CODENAME="noble",
                          ID="ubuntu", ID_LIKE="debian", HOME_URL="https://www.ubuntu.com/",
                          SUPPORT_URL="https://help.ubuntu.com/",
                          BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/")
UBUNTU_KERNEL_TEAM = "Ubuntu Kernel Team <kernel-team@lists.ubuntu.com>"
PROXMOX_TEAM = "Proxmox Support Team <support@proxmox.com>"
INSTALLED = "install ok installed"
FEDORA_FSTAB = ["UUID=3f6a6bb4-6a86-4f1c-9b39-1e6f0d4b2a11 /                       xfs     defaults        0 0",
                "UUID=5d2c1e0f-2b9a-4a1e-8a7c-6b9b2f0e3c22 /boot                   xfs     defaults        0 0",
                "UUID=7A3B-1C2D          /boot/efi               vfat    umask=0077,shortname=winnt 0 2"]
DEBIAN_FSTAB = ["UUID=0b5c7a3e-5d4f-4e8a-9c1b-2a7d6e8f9a10 /               ext4    errors=remount-ro 0       1",
                "UUID=9C4E-2B1A  /boot/efi       vfat    umask=0077      0       1",
                "UUID=2f1e8d7c-6b5a-4c3d-9e8f-7a6b5c4d3e2f none            swap    sw              0       0"]


def zfs_dmesg(ev, banner, version, extra=()):
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] {banner}",
        f"[    5.118902] ZFS: Loaded module v{version}, ZFS pool version 5000, ZFS filesystem version 5",
    ] + list(extra)))




def fedora_problem1():
    ev = Evidence()
    release = "6.11.4-301.fc41.x86_64"
    banner = (f"Linux version {release} (mockbuild@a1b2c3d4e5f6) (gcc (GCC) 14.2.1 20240912 (Red "
              "Hat 14.2.1-3), GNU ld version 2.43.1-2.fc41) #1 SMP PREEMPT_DYNAMIC Sat Oct 19 "
              "17:05:55 UTC 2024")
    ev.file("/proc/sys/kernel/hostname", "fedora-srv\n")
    ev.file("/etc/os-release", FEDORA41)
    kernel_basics(ev, release, banner)
    fedora_kernel(ev, [release], release)
    zfs_module(ev, "2.3.0-1", zfs_parameters("2.3.0"))
    zfs_tools(ev, "2.3.0-1", "2.3.0-1",
              [("tank", "3985729650688", "412316860416", "3573412790272", "ONLINE")],
              [("tank", dataset("standard", "131072", "/tank")),
               ("tank/extensions", dataset("standard", "131072", "/var/lib/extensions",
                                           mountpoint_source="local"))])
    mountinfo(ev, [("/", "xfs", "/dev/mapper/fedora-root", "rw,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/boot", "xfs", "/dev/sda2", "rw,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                   ("/var/lib/extensions", "zfs", "tank/extensions", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, FEDORA_FSTAB)
    systemd(ev, "systemd 256 (256.7-1.fc41)",
            "ActiveState=failed\nFragmentPath=/usr/lib/systemd/system/systemd-sysext.service\n",
            {"/var/lib/extensions": ["debug-tools.raw"]}, enabled_in=PRESET_ENABLED)
    zfs_dmesg(ev, banner, "2.3.0-1", [
        "[    9.871420] loop0: detected capacity change from 0 to 16384",
        "[    9.874011] SQUASHFS error: Failed to read block 0x0: -22",
        "[    9.874019] unable to read squashfs_super_block",
    ])
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#17027 "
        "(https://github.com/openzfs/zfs/issues/17027, \"systemd-sysext fails to install extensions "
        "with Direct I/O\"): Fedora 41 Server, kernel 6.11.4-301.fc41, OpenZFS 2.3.0 from the "
        "zfsonlinux.org repository (DKMS, /lib/modules/<release>/extra), a sysext image "
        "/var/lib/extensions/debug-tools.raw on the dataset tank/extensions with direct=standard (the "
        "default) and zfs_dio_enabled=1; systemd-sysext.service is enabled by preset (the link "
        "`systemctl preset` makes in /etc) and failed at boot, and the kernel logged the squashfs EINVAL "
        "(-22) lines, whose wording was reproduced on real OpenZFS 2.3.2 in the project's VM. Steps "
        "upstream: put a sysext image on a ZFS dataset, run systemd-sysext refresh. Real: the versions "
        "and the output formats (copied from tests/fixtures). Modelled: host and pool names, sizes, "
        "timestamps, UUIDs, the listing of /sys/module/zfs/parameters (abbreviated), the systemd unit "
        "text (Debian 12's copy of the upstream unit).")
    return ev, origin, "2025-02-11T09:30:00Z"


def unraid_problem2():
    ev = Evidence()
    release = "6.12.25-Unraid"
    banner = (f"Linux version {release} (root@Develop-71) (gcc (GCC) 14.2.0, GNU ld version "
              "2.44-slack151) #1 SMP PREEMPT_DYNAMIC Fri Apr 25 14:10:33 PDT 2025")
    ev.file("/proc/sys/kernel/hostname", "tower\n")
    ev.file("/etc/os-release", os_release(NAME="Unraid", VERSION="7.1.0-rc.2", ID="unraid",
                                          VERSION_ID="7.1.0-rc.2", PRETTY_NAME="Unraid 7.1.0-rc.2"))
    kernel_basics(ev, release, banner)
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", ["bzfirmware", "bzimage", "bzmodules", "bzroot", "bzroot-gui", "config",
                         "syslinux"])
    module_tree(ev, release, "fedora-dkms")
    zfs_module(ev, "2.3.1-1", zfs_parameters("2.3.1"))
    zfs_tools(ev, "2.3.1-1", "2.3.1-1",
              [("cache", "1000204886016", "214748364800", "785456521216", "ONLINE")],
              [("cache", dataset("standard", "131072", "/mnt/cache", mountpoint_source="local")),
               ("cache/vdisks", dataset("standard", "131072", "/mnt/cache/vdisks",
                                        mountpoint_source="inherited from cache"))])
    mountinfo(ev, [("/", "rootfs", "rootfs", "rw,size=16330172k,nr_inodes=4082543"),
                   ("/boot", "vfat", "/dev/sda1", "rw,fmask=0177,dmask=0077,shortname=mixed"),
                   ("/mnt/cache", "zfs", "cache", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/cache/vdisks", "zfs", "cache/vdisks", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/xfstest", "xfs", "/dev/loop2", "rw,attr2,inode64,logbufs=8,logbsize=32k,noquota")])
    loop_devices(ev, {"loop2": {"backing_file": "/mnt/cache/vdisks/xfstest.img", "dio": 0,
                                "autoclear": 0}})
    ev.file("/etc/fstab", "/dev/disk/by-label/UNRAID /boot vfat rw,flush,noatime,nodiratime,dmask=77,fmask=177,shortname=mixed 0 0\n")
    ev.no_command(["systemctl", "--version"])
    zfs_dmesg(ev, banner, "2.3.1-1", [
        "[  655.201133] loop2: detected capacity change from 0 to 41943040",
        "[  655.318864] XFS (loop2): Mounting V5 Filesystem 3f0c5d1e-8a9b-4c2d-9e1f-0a1b2c3d4e5f",
    ] + fixture("kernel-log/dmesg-txg-sync-hung.log").splitlines())
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#17277 "
        "(https://github.com/openzfs/zfs/issues/17277, \"Kernel update breaks loopbacks on ZFS "
        "volumes\"): Unraid 7.1.0-rc.2, kernel 6.12.25, OpenZFS 2.3.1; an XFS file system made with "
        "mkfs.xfs on loop2 (writable, buffered: dio=0), whose backing file /mnt/cache/vdisks/xfstest.img "
        "is on the ZFS dataset cache/vdisks; writing to it hangs and the kernel reports txg_sync "
        "blocked (hung-task lines copied from tests/fixtures/kernel-log/dmesg-txg-sync-hung.log). "
        "Unraid runs no systemd, so systemctl is absent. Real: the versions and the output formats. "
        "Modelled: names, sizes, timestamps; Unraid's /etc/os-release content, its kernel's "
        "/proc/version text, its /etc/fstab and where its zfs module lives under /lib/modules are "
        "UNCONFIRMED (Unraid is Slackware-based and these were not checked).")
    return ev, origin, "2025-05-02T18:12:00Z"


def ubuntu_2404(ev, host, release, signature, zfs_version, datasets, mounts, loops, dmesg_extra,
                layout="dkms-zst"):
    build = "#51-Ubuntu SMP PREEMPT_DYNAMIC Sat Nov  9 17:58:29 UTC 2024"
    banner = (f"Linux version {release} (buildd@lcy02-amd64-100) (x86_64-linux-gnu-gcc-13 (Ubuntu "
              f"13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) {build} "
              f"({signature})")
    ev.file("/proc/sys/kernel/hostname", host + "\n")
    ev.file("/etc/os-release", UBUNTU2404)
    ev.file("/var/lib/dpkg/status", dpkg_status([
        (f"linux-image-{release}", "6.8.0-51.52", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("linux-image-generic", "6.8.0-51.52", INSTALLED, UBUNTU_KERNEL_TEAM)]))
    kernel_basics(ev, release, banner, signature=signature)
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", ["grub", f"config-{release}", f"initrd.img-{release}",
                         f"System.map-{release}", f"vmlinuz-{release}"])
    module_tree(ev, release, layout)
    ev.file("/boot/grub/grub.cfg", grub_cfg([release], "Ubuntu", "ubuntu"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, zfs_version, zfs_parameters(zfs_version))
    zfs_tools(ev, zfs_version, zfs_version,
              [("tank", "10670309376", "1179648", "10669129728", "ONLINE")], datasets)
    mountinfo(ev, [("/", "ext4", "/dev/sda2", "rw")] + mounts)
    loop_devices(ev, loops)
    fstab(ev, ["/dev/disk/by-uuid/0f4e2a1b-7c3d-4e5f-8a9b-1c2d3e4f5a6b / ext4 defaults 0 1",
               "/swap.img\tnone\tswap\tsw\t0\t0"])
    systemd(ev, "systemd 255 (255.4-1ubuntu8.4)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    zfs_dmesg(ev, banner, zfs_version, dmesg_extra)


NOBLE_6_8 = ("6.8.0-51-generic", "Ubuntu 6.8.0-51.52-generic 6.8.12")


def ubuntu_problem3():
    ev = Evidence()
    ubuntu_2404(ev, "ubuntu-dio", *NOBLE_6_8, "2.3.0-1",
                [("tank", dataset("always", "131072", "/tank", direct_source="local")),
                 ("tank/data", dataset("always", "131072", "/tank/data",
                                       direct_source="inherited from tank"))],
                [("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                 ("/tank/data", "zfs", "tank/data", "rw,xattr,noacl,casesensitive")],
                {}, [])
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#16958 "
        "(https://github.com/openzfs/zfs/issues/16958, copy_file_range returns EAGAIN with "
        "direct=always): Ubuntu 24.04.1, kernel 6.8.0-51-generic (/proc/version_signature \"Ubuntu "
        "6.8.0-51.52-generic 6.8.12\", the format of real 24.04 kernels), OpenZFS 2.3.0-1 built from "
        "source and installed with DKMS (updates/dkms); the pool was created with `zpool create -O "
        "direct=always tank ...`, so tank and tank/data have direct=always. Steps upstream: a 512 KiB "
        "file, `clonefile -f src dst 0 262144 196608` -> EAGAIN. copy_file_range errors are returned "
        "to the program and never logged, so this capture shows only versions and properties. "
        "systemd-sysext.service is not enabled (Ubuntu does not apply systemd's presets; "
        "UNCONFIRMED). Real: versions, output formats. Modelled: names, sizes, timestamps, the build "
        "host in /proc/version, the parameter listing (abbreviated), the dpkg database (only the "
        "kernel paragraphs, abbreviated).")
    return ev, origin, "2025-01-14T16:20:00Z"


def ubuntu_problem5():
    ev = Evidence()
    oops = fixture("kernel-log/dmesg-zfs-setup-direct-oops.log").splitlines()
    ubuntu_2404(ev, "ubuntu-loop", *NOBLE_6_8, "2.3.0-1",
                [("tank", dataset("standard", "131072", "/tank")),
                 ("tank/images", dataset("always", "131072", "/tank/images", direct_source="local"))],
                [("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                 ("/tank/images", "zfs", "tank/images", "rw,xattr,noacl,casesensitive")],
                {"loop0": {"backing_file": "/tank/images/disk.img", "dio": 0}},
                ["[  298.004511] loop0: detected capacity change from 0 to 2097152"] + oops)
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#16956 "
        "(https://github.com/openzfs/zfs/issues/16956, kernel NULL pointer dereference with a loop "
        "device on a direct=always dataset): Ubuntu 24.04.1, kernel 6.8.0-51-generic (upstream 6.8.12 "
        "in /proc/version_signature), OpenZFS 2.3.0-1 (DKMS); tank/images has direct=always and loop0 "
        "(writable, buffered, 512-byte sectors) is attached to /tank/images/disk.img; the first read "
        "through loop0 oopsed in zfs_setup_direct (oops text copied from "
        "tests/fixtures/kernel-log/dmesg-zfs-setup-direct-oops.log, whose wording is UNCONFIRMED "
        "against the upstream log). Real: versions, output formats. Modelled: names, sizes, "
        "timestamps, the dpkg database (kernel paragraphs only).")
    return ev, origin, "2025-01-13T11:05:00Z"


def ubuntu_problem4():
    ev = Evidence()
    release = "6.8.0-060800rc5-generic"
    older = "6.5.0-21-generic"
    banner = (f"Linux version {release} (kernel@kathleen) (x86_64-linux-gnu-gcc-13 (Ubuntu "
              "13.2.0-4ubuntu3) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #202402182132 SMP "
              "PREEMPT_DYNAMIC Sun Feb 18 21:41:13 UTC 2024")
    ev.file("/proc/sys/kernel/hostname", "mantic\n")
    ev.file("/etc/os-release", UBUNTU2310)
    ev.file("/var/lib/dpkg/status", dpkg_status([
        (f"linux-image-unsigned-{release}", "6.8.0-060800rc5.202402182132", INSTALLED,
         "Kernel Mainline Builds <kernel-team@lists.ubuntu.com>"),
        (f"linux-image-{older}", "6.5.0-21.21", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("linux-image-generic", "6.5.0.21.21", INSTALLED, UBUNTU_KERNEL_TEAM)]))
    kernel_basics(ev, release, banner, signature=None)
    ev.no_file("/proc/version_signature")
    ev.listing("/lib/modules", [release, older])
    ev.listing("/boot", ["grub"] + [f"{kind}-{r}" for r in (release, older)
                                    for kind in ("config", "initrd.img", "System.map", "vmlinuz")])
    module_tree(ev, release, "dkms-zst")
    module_tree(ev, older, "ubuntu")
    ev.file("/boot/grub/grub.cfg", grub_cfg([release, older], "Ubuntu", "ubuntu"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, "2.2.3-1", zfs_parameters("2.2.3"))
    zfs_tools(ev, "2.2.3-1", "2.2.3-1",
              [("rpool", "497142464512", "180388626432", "316753838080", "ONLINE")],
              [("rpool", dataset("", "131072", "/", mountpoint_source="local", mounted="no")),
               ("rpool/home", dataset("", "131072", "/home", mountpoint_source="local"))],
              direct_supported=False)
    mountinfo(ev, [("/", "zfs", "rpool", "rw,xattr,posixacl,casesensitive"),
                   ("/home", "zfs", "rpool/home", "rw,xattr,posixacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["UUID=5E1A-2B3C  /boot/efi       vfat    umask=0077      0       1"])
    systemd(ev, "systemd 253 (253.5-1ubuntu6.1)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    zfs_dmesg(ev, banner, "2.2.3-1")
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#15930 "
        "(https://github.com/openzfs/zfs/issues/15930, copy_file_range fails with EOPNOTSUPP on Linux "
        "6.8): Ubuntu 23.10 with the mainline kernel 6.8.0-rc5 from kernel.ubuntu.com (uname "
        "6.8.0-060800rc5-generic, package linux-image-unsigned-6.8.0-060800rc5-generic) and OpenZFS "
        "2.2.3 built with DKMS, root on ZFS (rpool); Ruby's FileUtils.install failed with `Operation "
        "not supported - copy_file_range`. Ubuntu's own 6.5.0-21-generic kernel, with the ZFS module "
        "Ubuntu builds into its kernels (kernel/zfs), is still installed. OpenZFS 2.2 has no `direct` "
        "property, so `zfs get` refuses it and ZFS Doctor asks again without it (both calls "
        "recorded). Real: versions, output formats. Modelled: names, sizes, timestamps, the mainline "
        "kernel's package version and /proc/version text, the absence of /proc/version_signature on "
        "mainline builds (UNCONFIRMED), the dpkg database (kernel paragraphs only).")
    return ev, origin, "2024-02-22T10:00:00Z"


def ubuntu_problem7():
    ev = Evidence()
    release = "6.5.0-9-generic"
    signature = "Ubuntu 6.5.0-9.9-generic 6.5.3"
    zfs_version = "2.2.0-0ubuntu1~23.10"
    banner = (f"Linux version {release} (buildd@lcy02-amd64-045) (x86_64-linux-gnu-gcc-13 (Ubuntu "
              "13.2.0-4ubuntu3) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #9-Ubuntu SMP "
              f"PREEMPT_DYNAMIC Sat Oct  7 01:35:40 UTC 2023 ({signature})")
    ev.file("/proc/sys/kernel/hostname", "mantic-build\n")
    ev.file("/etc/os-release", UBUNTU2310)
    ev.file("/var/lib/dpkg/status", dpkg_status([
        (f"linux-image-{release}", "6.5.0-9.9", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("linux-image-generic", "6.5.0.9.11", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("zfsutils-linux", zfs_version, INSTALLED, UBUNTU_KERNEL_TEAM)]))
    kernel_basics(ev, release, banner, signature=signature)
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", ["grub"] + [f"{kind}-{release}"
                                    for kind in ("config", "initrd.img", "System.map", "vmlinuz")])
    module_tree(ev, release, "ubuntu")
    ev.file("/boot/grub/grub.cfg", grub_cfg([release], "Ubuntu", "ubuntu",
                                            root="ZFS=rpool/ROOT/ubuntu_3kq9ls"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, zfs_version, zfs_parameters("2.2.0"))
    zfs_tools(ev, zfs_version, zfs_version,
              [("bpool", "2013265920", "218103808", "1795162112", "ONLINE"),
               ("rpool", "507343470592", "131701030912", "375642439680", "ONLINE")],
              [("bpool/BOOT/ubuntu_3kq9ls", dataset("", "131072", "/boot", mountpoint_source="local")),
               ("rpool/ROOT/ubuntu_3kq9ls", dataset("", "131072", "/", mountpoint_source="local")),
               ("rpool/USERDATA/home_3kq9ls", dataset("", "131072", "/home", mountpoint_source="local"))],
              direct_supported=False)
    mountinfo(ev, [("/", "zfs", "rpool/ROOT/ubuntu_3kq9ls", "rw,xattr,posixacl,casesensitive"),
                   ("/boot", "zfs", "bpool/BOOT/ubuntu_3kq9ls", "rw,xattr,posixacl,casesensitive"),
                   ("/home", "zfs", "rpool/USERDATA/home_3kq9ls", "rw,xattr,posixacl,casesensitive"),
                   ("/boot/efi", "vfat", "/dev/nvme0n1p1", "rw,fmask=0077,dmask=0077,codepage=437")])
    loop_devices(ev, {})
    fstab(ev, ["UUID=4C1D-7E2F  /boot/efi       vfat    umask=0022,fmask=0022,dmask=0022      0       1"])
    systemd(ev, "systemd 253 (253.5-1ubuntu6)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    zfs_dmesg(ev, banner, zfs_version)
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#15526 "
        "(https://github.com/openzfs/zfs/issues/15526, copied files silently get zero-filled "
        "chunks): Ubuntu 23.10 installed on ZFS (bpool, rpool) with its release kernel "
        "6.5.0-9-generic and the ZFS module Ubuntu builds into its kernels (kernel/zfs), reporting "
        "2.2.0-0ubuntu1~23.10, with zfs_dmu_offset_next_sync at its default 1; copies are made with "
        "cp from coreutils 9.3 (as the issue reports; ZFS Doctor does not read coreutils' version). "
        "The running kernel was built in October 2023 (Ubuntu 23.10 was released on 2023-10-12), "
        "before the fix (openzfs/zfs#15571) existed, so its zfs module cannot carry it. Real: the "
        "affected release, the tunable's default (module/zfs/dmu.c at zfs-2.2.0), output formats. "
        "Modelled: names, sizes, the build time in /proc/version, the exact Ubuntu revisions "
        "(2.2.0-0ubuntu1~23.10, 6.5.0-9.9 with upstream 6.5.3: UNCONFIRMED), the dpkg database "
        "(abbreviated).")
    return ev, origin, "2023-11-20T09:00:00Z"


def fedora_healthy():
    ev = Evidence()
    release = "6.14.11-200.fc41.x86_64"
    older = "6.14.9-200.fc41.x86_64"
    banner = (f"Linux version {release} (mockbuild@f0e1d2c3b4a5) (gcc (GCC) 14.3.1 20250523 (Red "
              "Hat 14.3.1-1), GNU ld version 2.43.1-6.fc41) #1 SMP PREEMPT_DYNAMIC Tue Jun 10 "
              "16:19:19 UTC 2025")
    ev.file("/proc/sys/kernel/hostname", "workstation\n")
    ev.file("/etc/os-release", FEDORA41)
    kernel_basics(ev, release, banner)
    fedora_kernel(ev, [older, release], release)
    params = zfs_parameters("2.3.3")
    params["zfs_dio_enabled"] = "0"
    zfs_module(ev, "2.3.3-1", params)
    zfs_tools(ev, "2.3.3-1", "2.3.3-1",
              [("data", "3985729650688", "1099511627776", "2886218022912", "ONLINE")],
              [("data", dataset("standard", "131072", "/data")),
               ("data/media", dataset("standard", "1048576", "/data/media",
                                      recordsize_source="local"))])
    mountinfo(ev, [("/", "btrfs", "/dev/nvme0n1p3", "rw,seclabel,compress=zstd:1,ssd,space_cache=v2,subvolid=257,subvol=/root"),
                   ("/home", "btrfs", "/dev/nvme0n1p3", "rw,seclabel,compress=zstd:1,ssd,space_cache=v2,subvolid=256,subvol=/home"),
                   ("/data", "zfs", "data", "rw,xattr,noacl,casesensitive"),
                   ("/data/media", "zfs", "data/media", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["UUID=8c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f /                       btrfs   subvol=root,compress=zstd:1 0 0",
               "UUID=8c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f /home                   btrfs   subvol=home,compress=zstd:1 0 0"])
    systemd(ev, "systemd 256 (256.14-1.fc41)", SHOW_ACTIVE, {}, enabled_in=PRESET_ENABLED)
    zfs_dmesg(ev, banner, "2.3.3-1")
    origin = (
        "Modelled demo (not a capture of a real machine): a Fedora 41 machine with OpenZFS 2.3.3 "
        "(zfsonlinux.org, DKMS), which is still in problem 1's affected range, that scans quietly "
        "because Direct I/O is off module-wide: its owner applied `options zfs zfs_dio_enabled=0`, "
        "so /sys/module/zfs/parameters/zfs_dio_enabled reads 0. Kernel 6.14.11 (it carries the loop "
        "change, but 2.3.3 has the fix of problem 2), a data pool with two datasets "
        "(direct=standard), no loop devices and no sysext images; systemd-sysext is enabled by "
        "preset. Real: versions, output formats. Modelled: names, sizes, timestamps, the parameter "
        "listing (abbreviated).")
    return ev, origin, "2025-07-01T08:00:00Z"


def truenas():
    ev = Evidence()
    release = "6.12.15-production+truenas"
    banner = (f"Linux version {release} (root@tnsbuilds01.tn.ixsystems.net) (gcc (Debian "
              "12.2.0-14+deb12u1) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP "
              "PREEMPT_DYNAMIC Mon Apr 14 16:29:45 UTC 2025")
    ev.file("/proc/sys/kernel/hostname", "truenas\n")
    ev.file("/etc/os-release", DEBIAN12)
    ev.file("/data/manifest.json", json.dumps({"buildtime": 1744646400, "train": "TrueNAS-SCALE-Fangtooth",
                                               "version": "25.04.0"}) + "\n")
    ev.listing("/usr/share/truenas", ["eula.html", "sysext-extensions"])
    ev.file("/var/lib/dpkg/status", dpkg_status([
        ("linux-image-truenas-production-amd64", "6.12.15-1", INSTALLED,
         "iXsystems <dev@ixsystems.com>")]))
    kernel_basics(ev, release, banner)
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", ["grub", f"config-{release}", f"initrd.img-{release}",
                         f"System.map-{release}", f"vmlinuz-{release}"])
    module_tree(ev, release, "truenas")
    ev.file("/boot/grub/grub.cfg", grub_cfg([release], "TrueNAS SCALE", "truenas",
                                            root="ZFS=boot-pool/ROOT/25.04.0"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, "2.3.0-1", zfs_parameters("2.3.0"))
    zfs_tools(ev, "2.3.0-1", "2.3.0-1",
              [("boot-pool", "31675383808", "3758096384", "27917287424", "ONLINE"),
               ("tank", "15994458210304", "5368709120000", "10625749090304", "ONLINE")],
              [("boot-pool", dataset("standard", "131072", "none", mountpoint_source="local",
                                     mounted="no")),
               ("tank", dataset("standard", "131072", "/mnt/tank", mountpoint_source="default")),
               ("tank/apps", dataset("standard", "131072", "/mnt/tank/apps")),
               ("tank/share", dataset("standard", "1048576", "/mnt/tank/share",
                                      recordsize_source="local"))])
    mountinfo(ev, [("/", "zfs", "boot-pool/ROOT/25.04.0", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank", "zfs", "tank", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank/apps", "zfs", "tank/apps", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank/share", "zfs", "tank/share", "rw,xattr,nfs4acl,casesensitive")])
    loop_devices(ev, {})
    ev.no_file("/etc/fstab")
    systemd(ev, "systemd 252 (252.36-1~deb12u1)", SHOW_INACTIVE, {},
            fixture("systemd/debian12-systemctl-version.txt").splitlines()[1])
    zfs_dmesg(ev, banner, "2.3.0-1")
    origin = (
        "Modelled demo (not a capture of a real machine): TrueNAS SCALE 25.04.0 (Fangtooth), an "
        "appliance based on Debian 12, whose `zfs version` prints the upstream string zfs-2.3.0-1 "
        "while its build carries iXsystems backports (the reason versions alone never decide a "
        "verdict there). UNCONFIRMED: the kernel release 6.12.15-production+truenas, the kernel "
        "package name and version, where the zfs module lives under /lib/modules, the contents of "
        "/data/manifest.json beyond its version. No loop devices, no sysext images, no /etc/fstab "
        "(the middleware mounts everything). Real: output formats. Modelled: names, sizes, "
        "timestamps.")
    return ev, origin, "2025-05-20T12:00:00Z"


def debian_nozfs():
    ev = Evidence()
    release = "6.1.0-28-amd64"
    banner = (f"Linux version {release} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) "
              "12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian "
              "6.1.119-1 (2024-11-22)")
    ev.file("/proc/sys/kernel/hostname", "bookworm\n")
    ev.file("/etc/os-release", DEBIAN12)
    ev.no_file("/data/manifest.json")
    ev.no_listing("/usr/share/truenas")
    not_proxmox(ev)
    kernel_basics(ev, release, banner)
    debian_family(ev, [(f"linux-image-{release}", "6.1.119-1", INSTALLED),
                       ("linux-image-amd64", "6.1.119-1", INSTALLED)],
                  [release], release, "Debian GNU/Linux", "debian", {})
    ev.no_listing("/sys/module/zfs")
    ev.no_command(["zfs", "version"])
    mountinfo(ev, [("/", "ext4", "/dev/vda1", "rw,errors=remount-ro"),
                   ("/boot/efi", "vfat", "/dev/vda15", "rw,fmask=0022,dmask=0022,codepage=437")])
    loop_devices(ev, {})
    fstab(ev, DEBIAN_FSTAB)
    systemd(ev, fixture("systemd/debian12-systemctl-version.txt").splitlines()[0], SHOW_INACTIVE, {},
            fixture("systemd/debian12-systemctl-version.txt").splitlines()[1])
    ev.command(["dmesg"], "", 1, "dmesg: read kernel buffer failed: Operation not permitted\n")
    ev.command(["journalctl", "-k", "-b", "--no-pager", "-o", "short-monotonic"],
               "-- No entries --\n")
    origin = (
        "Modelled demo (not a capture of a real machine): Debian 12 (bookworm) with its stock kernel "
        "6.1.0-28-amd64 and no ZFS at all (no zfs command, no zfs kernel module). The kernel log is "
        "not readable for an unprivileged user (kernel.dmesg_restrict=1, Debian's default), so dmesg "
        "fails and the journal is asked instead. Real: /etc/os-release and systemctl --version "
        "(from the project's Debian 12 build machine, tests/fixtures), output formats. Modelled: names, "
        "timestamps, the dpkg database (kernel paragraphs only).")
    return ev, origin, "2025-03-03T07:45:00Z"


def debian12_stock():
    ev = Evidence()
    release = "6.1.0-28-amd64"
    older = "6.1.0-27-amd64"
    banner = (f"Linux version {release} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) "
              "12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian "
              "6.1.119-1 (2024-11-22)")
    ev.file("/proc/sys/kernel/hostname", "bookworm-nas\n")
    ev.file("/etc/os-release", DEBIAN12)
    ev.no_file("/data/manifest.json")
    ev.no_listing("/usr/share/truenas")
    not_proxmox(ev)
    kernel_basics(ev, release, banner)
    debian_family(ev, [(f"linux-image-{release}", "6.1.119-1", INSTALLED),
                       (f"linux-image-{older}", "6.1.115-1", INSTALLED),
                       ("linux-image-amd64", "6.1.119-1", INSTALLED),
                       ("zfs-dkms", "2.1.11-1+deb12u1", INSTALLED, "Debian ZFS on Linux maintainers <pkg-zfsonlinux-devel@alioth-lists.debian.net>"),
                       ("zfsutils-linux", "2.1.11-1+deb12u1", INSTALLED, "Debian ZFS on Linux maintainers <pkg-zfsonlinux-devel@alioth-lists.debian.net>")],
                  [release, older], release, "Debian GNU/Linux", "debian",
                  {release: "dkms", older: "dkms"})
    zfs_module(ev, "2.1.11-1+deb12u1", zfs_parameters("2.1.11"))
    zfs_tools(ev, "2.1.11-1+deb12u1", "2.1.11-1+deb12u1",
              [("tank", "7999376588800", "2199023255552", "5800353333248", "ONLINE")],
              [("tank", dataset("", "131072", "/tank")),
               ("tank/backup", dataset("", "1048576", "/tank/backup", recordsize_source="local")),
               ("tank/media", dataset("", "1048576", "/tank/media", recordsize_source="local"))],
              direct_supported=False)
    mountinfo(ev, [("/", "ext4", "/dev/nvme0n1p2", "rw,errors=remount-ro"),
                   ("/boot/efi", "vfat", "/dev/nvme0n1p1", "rw,fmask=0077,dmask=0077,codepage=437"),
                   ("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                   ("/tank/backup", "zfs", "tank/backup", "rw,xattr,noacl,casesensitive"),
                   ("/tank/media", "zfs", "tank/media", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, DEBIAN_FSTAB)
    systemd(ev, fixture("systemd/debian12-systemctl-version.txt").splitlines()[0], SHOW_INACTIVE, {},
            fixture("systemd/debian12-systemctl-version.txt").splitlines()[1])
    zfs_dmesg(ev, banner, "2.1.11-1+deb12u1")
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Debian 12 (bookworm) file server: "
        "the stock kernel 6.1.0-28-amd64 (/proc/version names the Debian package 6.1.119-1, the format "
        "of tests/fixtures/real/zfs-2.1.11-linux-6.1) with the previous 6.1.0-27 still installed, "
        "zfs-dkms and zfsutils-linux 2.1.11-1+deb12u1 from bookworm contrib (DKMS modules in "
        "/lib/modules/<release>/updates/dkms), one pool with three datasets, no loop devices, GRUB "
        "booting the newest kernel. Real: the versions (Debian's bookworm packages) and the output "
        "formats. Modelled: names, sizes, UUIDs, timestamps, the dpkg database (only the kernel and "
        "ZFS paragraphs, abbreviated).")
    return ev, origin, "2025-01-20T09:00:00Z"


def proxmox(ev, host, os_text, pve_version, releases, running, zfs_version, datasets, mounts,
            systemd_line, direct_supported):
    banner_version = running.replace("-pve", "")
    banner = (f"Linux version {running} (build@proxmox) (gcc (Debian 12.2.0-14) 12.2.0, GNU ld (GNU "
              f"Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC PMX {banner_version} "
              "(2024-11-06T15:04Z)")
    ev.file("/proc/sys/kernel/hostname", host + "\n")
    ev.file("/etc/os-release", os_text)
    ev.no_file("/data/manifest.json")
    ev.no_listing("/usr/share/truenas")
    ev.listing("/etc/pve", [".clusterlog", ".debug", ".members", ".rrd", ".version", ".vmlist",
                            "authkey.pub", "datacenter.cfg", "local", "lxc", "nodes", "openvz",
                            "priv", "pve-root-ca.pem", "pve-www.key", "qemu-server",
                            "storage.cfg", "user.cfg", "vzdump.cron"])
    packages = [("proxmox-ve", pve_version.split("~")[0], INSTALLED, PROXMOX_TEAM),
                ("pve-manager", pve_version, INSTALLED, PROXMOX_TEAM),
                ("proxmox-kernel-" + ".".join(running.split(".")[:2]), running.replace("-pve", ""),
                 INSTALLED, PROXMOX_TEAM),
                ("zfsutils-linux", zfs_version, INSTALLED, PROXMOX_TEAM)]
    for release in releases:
        packages.append((f"proxmox-kernel-{release}-signed", release.replace("-pve", ""),
                         INSTALLED, PROXMOX_TEAM))
    kernel_basics(ev, running, banner)
    ev.no_file("/proc/version_signature")
    debian_family(ev, packages, releases, running, "Proxmox VE GNU/Linux", "proxmox",
                  {r: "proxmox" for r in releases}, proxmox=True, grub=False)
    zfs_module(ev, zfs_version, zfs_parameters(zfs_version))
    zfs_tools(ev, zfs_version, zfs_version,
              [("rpool", "1990116046848", "211527270400", "1778588776448", "ONLINE")],
              datasets, direct_supported)
    mountinfo(ev, mounts)
    loop_devices(ev, {})
    ev.file("/etc/fstab", "# <file system> <mount point> <type> <options> <dump> <pass>\n"
                          "proc /proc proc defaults 0 0\n")
    systemd(ev, systemd_line, SHOW_INACTIVE, {},
            fixture("systemd/debian12-systemctl-version.txt").splitlines()[1])
    zfs_dmesg(ev, banner, zfs_version)


def proxmox_ve8():
    ev = Evidence()
    running = "6.8.12-4-pve"
    direct = [("rpool", dataset("", "131072", "/rpool")),
              ("rpool/ROOT", dataset("", "131072", "/rpool/ROOT")),
              ("rpool/ROOT/pve-1", dataset("", "131072", "/", mountpoint_source="local")),
              ("rpool/data", dataset("", "131072", "/rpool/data")),
              ("rpool/var-lib-vz", dataset("", "131072", "/var/lib/vz", mountpoint_source="local"))]
    mounts = [("/", "zfs", "rpool/ROOT/pve-1", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool", "zfs", "rpool", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool/ROOT", "zfs", "rpool/ROOT", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool/data", "zfs", "rpool/data", "rw,relatime,xattr,noacl,casesensitive"),
              ("/var/lib/vz", "zfs", "rpool/var-lib-vz", "rw,relatime,xattr,noacl,casesensitive"),
              ("/etc/pve", "fuse", "/dev/fuse", "rw,nosuid,nodev,user_id=0,group_id=0,default_permissions,allow_other")]
    proxmox(ev, "pve", DEBIAN12, "8.3.0", [running, "6.8.12-2-pve"], running, "2.2.6-pve1",
            direct, mounts, "systemd 252 (252.31-1~deb12u1)", False)
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Proxmox VE 8.3 node installed on "
        "ZFS (rpool): kernel 6.8.12-4-pve (pve-kernel's KVNAME, upstream stable level 6.8.12) with "
        "6.8.12-2-pve still installed, ZFS 2.2.6-pve1 built into the Proxmox kernel packages "
        "(/lib/modules/<release>/zfs, pve-kernel debian/rules), zfsutils-linux from Proxmox's "
        "repository, proxmox-boot-tool with systemd-boot (no /boot/grub/grub.cfg, no pin), VM disks "
        "on zvols (rpool/data) and therefore no loop devices. /proc/version ends in \"PMX "
        "<package version> (<date>)\" as pve-kernel's build sets it. Real: versions, the layout from "
        "pve-kernel's packaging, output formats. Modelled: names, sizes, timestamps, the /etc/pve "
        "listing, the dpkg database (kernel, ZFS and Proxmox paragraphs only), that PVE kernels have "
        "no /proc/version_signature (UNCONFIRMED).")
    return ev, origin, "2024-12-02T10:00:00Z"


def proxmox_ve9():
    ev = Evidence()
    running = "6.14.8-2-pve"
    datasets = [("rpool", dataset("standard", "131072", "/rpool")),
                ("rpool/ROOT", dataset("standard", "131072", "/rpool/ROOT")),
                ("rpool/ROOT/pve-1", dataset("standard", "131072", "/", mountpoint_source="local")),
                ("rpool/data", dataset("standard", "131072", "/rpool/data")),
                ("rpool/var-lib-vz", dataset("standard", "131072", "/var/lib/vz",
                                             mountpoint_source="local"))]
    mounts = [("/", "zfs", "rpool/ROOT/pve-1", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool", "zfs", "rpool", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool/ROOT", "zfs", "rpool/ROOT", "rw,relatime,xattr,noacl,casesensitive"),
              ("/rpool/data", "zfs", "rpool/data", "rw,relatime,xattr,noacl,casesensitive"),
              ("/var/lib/vz", "zfs", "rpool/var-lib-vz", "rw,relatime,xattr,noacl,casesensitive"),
              ("/etc/pve", "fuse", "/dev/fuse", "rw,nosuid,nodev,user_id=0,group_id=0,default_permissions,allow_other")]
    proxmox(ev, "pve9", DEBIAN13, "9.0.3", [running], running, "2.3.3-pve1", datasets, mounts,
            "systemd 257 (257.7-1)", True)
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Proxmox VE 9.0 node on ZFS: "
        "Debian 13 (trixie) base, kernel 6.14.8-2-pve (upstream 6.14.8, which carries the loop "
        "change), ZFS 2.3.3-pve1 built into the kernel package (pve-kernel trixie-6.14: ZFS 2.3.3 "
        "since 6.14.8-1), datasets with the default direct=standard, no loop devices, no sysext "
        "image, systemd-boot through proxmox-boot-tool. Real: versions from pve-kernel's history, "
        "the layout, output formats. Modelled: names, sizes, timestamps, the /etc/pve listing, the "
        "dpkg database (abbreviated), the exact PVE 9.0 package versions (UNCONFIRMED).")
    return ev, origin, "2025-08-12T10:00:00Z"


def ubuntu2404_ga():
    ev = Evidence()
    release, signature = NOBLE_6_8
    older = "6.8.0-49-generic"
    zfs_version = "2.2.2-0ubuntu9"
    build = "#51-Ubuntu SMP PREEMPT_DYNAMIC Sat Nov  9 17:58:29 UTC 2024"
    banner = (f"Linux version {release} (buildd@lcy02-amd64-100) (x86_64-linux-gnu-gcc-13 (Ubuntu "
              f"13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) {build} "
              f"({signature})")
    ev.file("/proc/sys/kernel/hostname", "noble-desktop\n")
    ev.file("/etc/os-release", UBUNTU2404)
    ev.file("/var/lib/dpkg/status", dpkg_status([
        (f"linux-image-{release}", "6.8.0-51.52", INSTALLED, UBUNTU_KERNEL_TEAM),
        (f"linux-image-{older}", "6.8.0-49.49", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("linux-image-generic", "6.8.0-51.52", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("zfsutils-linux", "2.2.2-0ubuntu9.1", INSTALLED, UBUNTU_KERNEL_TEAM)]))
    kernel_basics(ev, release, banner, signature=signature)
    ev.listing("/lib/modules", [release, older])
    ev.listing("/boot", ["grub"] + [f"{kind}-{r}" for r in (release, older)
                                    for kind in ("config", "initrd.img", "System.map", "vmlinuz")])
    module_tree(ev, release, "ubuntu")
    module_tree(ev, older, "ubuntu")
    ev.file("/boot/grub/grub.cfg", grub_cfg([release, older], "Ubuntu", "ubuntu",
                                            root="ZFS=rpool/ROOT/ubuntu_8e4ml1"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, zfs_version, zfs_parameters("2.2.2"))
    zfs_tools(ev, zfs_version, zfs_version,
              [("bpool", "2013265920", "285212672", "1728053248", "ONLINE"),
               ("rpool", "507343470592", "96636764160", "410706706432", "ONLINE")],
              [("bpool/BOOT/ubuntu_8e4ml1", dataset("", "131072", "/boot", mountpoint_source="local")),
               ("rpool/ROOT/ubuntu_8e4ml1", dataset("", "131072", "/", mountpoint_source="local")),
               ("rpool/USERDATA/home_8e4ml1", dataset("", "131072", "/home", mountpoint_source="local"))],
              direct_supported=False)
    snaps = ["core22_1663", "firefox_5187", "gnome-42-2204_176", "snapd_21759"]
    mountinfo(ev, [("/", "zfs", "rpool/ROOT/ubuntu_8e4ml1", "rw,xattr,posixacl,casesensitive"),
                   ("/boot", "zfs", "bpool/BOOT/ubuntu_8e4ml1", "rw,xattr,posixacl,casesensitive"),
                   ("/home", "zfs", "rpool/USERDATA/home_8e4ml1", "rw,xattr,posixacl,casesensitive"),
                   ("/boot/efi", "vfat", "/dev/nvme0n1p1", "rw,fmask=0077,dmask=0077,codepage=437")] +
              [(f"/snap/{s.rsplit('_', 1)[0]}/{s.rsplit('_', 1)[1]}", "squashfs", f"/dev/loop{i}",
                "ro,nodev,errors=continue,threads=single") for i, s in enumerate(snaps)])
    loop_devices(ev, {f"loop{i}": {"backing_file": f"/var/lib/snapd/snaps/{s}.snap", "dio": 0,
                                   "ro": 1, "autoclear": 1} for i, s in enumerate(snaps)})
    fstab(ev, ["UUID=1D2E-3F4A  /boot/efi       vfat    umask=0022,fmask=0022,dmask=0022      0       1",
               "/dev/zvol/rpool/swap none swap defaults 0 0"])
    systemd(ev, "systemd 255 (255.4-1ubuntu8.4)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    zfs_dmesg(ev, banner, zfs_version)
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Ubuntu 24.04.1 desktop installed "
        "on ZFS (bpool, rpool): kernel 6.8.0-51-generic (/proc/version_signature \"Ubuntu "
        "6.8.0-51.52-generic 6.8.12\"; the previous 6.8.0-49 still installed), the ZFS module Ubuntu "
        "builds into its kernels (kernel/zfs) reporting 2.2.2-0ubuntu9 (the string of "
        "openzfs/zfs#16436 on 6.8.0-39), zfsutils-linux 2.2.2-0ubuntu9.1, and four snaps whose "
        "squashfs images under /var/lib/snapd/snaps (on rpool) are attached read-only to loop0-loop3. "
        "Real: versions and their formats (issue reports), the snap layout, output formats. "
        "Modelled: names, sizes, timestamps, snap revisions, the dpkg database (abbreviated).")
    return ev, origin, "2024-11-25T18:00:00Z"


def ubuntu2404_hwe():
    ev = Evidence()
    release = "6.14.0-32-generic"
    signature = "Ubuntu 6.14.0-32.32~24.04.1-generic 6.14.11"
    ga = "6.8.0-51-generic"
    kmod = "2.3.1-1ubuntu1"
    userland = "2.2.2-0ubuntu9.3"
    banner = (f"Linux version {release} (buildd@lcy02-amd64-086) (x86_64-linux-gnu-gcc-13 (Ubuntu "
              "13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) "
              f"#32~24.04.1-Ubuntu SMP PREEMPT_DYNAMIC Tue Sep  2 14:21:04 UTC 2025 ({signature})")
    ev.file("/proc/sys/kernel/hostname", "noble-hwe\n")
    ev.file("/etc/os-release", UBUNTU2404_3)
    ev.file("/var/lib/dpkg/status", dpkg_status([
        (f"linux-image-{release}", "6.14.0-32.32~24.04.1", INSTALLED, UBUNTU_KERNEL_TEAM),
        (f"linux-image-{ga}", "6.8.0-51.52", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("linux-image-generic-hwe-24.04", "6.14.0-32.32~24.04.1", INSTALLED, UBUNTU_KERNEL_TEAM),
        ("zfsutils-linux", userland, INSTALLED, UBUNTU_KERNEL_TEAM)]))
    kernel_basics(ev, release, banner, signature=signature)
    ev.listing("/lib/modules", [release, ga])
    ev.listing("/boot", ["grub"] + [f"{kind}-{r}" for r in (release, ga)
                                    for kind in ("config", "initrd.img", "System.map", "vmlinuz")])
    module_tree(ev, release, "ubuntu")
    module_tree(ev, ga, "ubuntu")
    ev.file("/boot/grub/grub.cfg", grub_cfg([release, ga], "Ubuntu", "ubuntu"))
    ev.no_file("/boot/grub/grubenv")
    zfs_module(ev, kmod, zfs_parameters("2.3.1"))
    # The 2.2 tools do not know the `direct` property of the 2.3 module.
    zfs_tools(ev, userland, kmod,
              [("data", "3985729650688", "824633720832", "3161095929856", "ONLINE")],
              [("data", dataset("", "131072", "/data")),
               ("data/vm", dataset("", "131072", "/data/vm"))],
              direct_supported=False)
    mountinfo(ev, [("/", "ext4", "/dev/sda2", "rw"),
                   ("/data", "zfs", "data", "rw,xattr,noacl,casesensitive"),
                   ("/data/vm", "zfs", "data/vm", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["/dev/disk/by-uuid/0f4e2a1b-7c3d-4e5f-8a9b-1c2d3e4f5a6b / ext4 defaults 0 1",
               "/swap.img\tnone\tswap\tsw\t0\t0"])
    systemd(ev, "systemd 255 (255.4-1ubuntu8.10)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    zfs_dmesg(ev, banner, kmod)
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Ubuntu 24.04.3 server on the HWE "
        "kernel 6.14.0-32-generic (/proc/version_signature \"Ubuntu 6.14.0-32.32~24.04.1-generic "
        "6.14.11\", a format seen on real HWE kernels), whose built-in ZFS module reports "
        "2.3.1-1ubuntu1 while zfsutils-linux stays at 2.2.2-0ubuntu9.3 (the combination of "
        "canonical/lxd#16048); so the 2.2 `zfs` command does not know the `direct` property. The GA "
        "kernel 6.8.0-51 is still installed; GRUB boots the newest. A data pool, no loop devices. Real: "
        "versions and their formats (issue reports), output formats. Modelled: names, sizes, "
        "timestamps, the dpkg database (abbreviated).")
    return ev, origin, "2025-09-20T12:00:00Z"


def fedora42():
    ev = Evidence()
    release = "6.14.5-300.fc42.x86_64"
    banner = (f"Linux version {release} (mockbuild@2b1a5c7e3d4f) (gcc (GCC) 15.1.1 20250425 (Red "
              "Hat 15.1.1-1), GNU ld version 2.44-3.fc42) #1 SMP PREEMPT_DYNAMIC Fri May  2 "
              "14:16:46 UTC 2025")
    ev.file("/proc/sys/kernel/hostname", "f42-server\n")
    ev.file("/etc/os-release", FEDORA42)
    kernel_basics(ev, release, banner)
    fedora_kernel(ev, [release], release)
    zfs_module(ev, "2.3.2-1", zfs_parameters("2.3.2"))
    zfs_tools(ev, "2.3.2-1", "2.3.2-1",
              [("tank", "3985729650688", "412316860416", "3573412790272", "ONLINE")],
              [("tank", dataset("standard", "131072", "/tank")),
               ("tank/home", dataset("standard", "131072", "/tank/home"))])
    mountinfo(ev, [("/", "xfs", "/dev/mapper/fedora-root", "rw,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/boot", "xfs", "/dev/sda2", "rw,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                   ("/tank/home", "zfs", "tank/home", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, FEDORA_FSTAB)
    systemd(ev, "systemd 257 (257.5-2.fc42)", SHOW_ACTIVE, {}, enabled_in=PRESET_ENABLED)
    zfs_dmesg(ev, banner, "2.3.2-1")
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Fedora 42 Server: kernel "
        "6.14.5-300.fc42 (Fedora builds upstream stable releases: upstream 6.14.5, which carries the "
        "loop change), OpenZFS 2.3.2 from the zfsonlinux.org repository (DKMS, "
        "/lib/modules/<release>/extra), systemd-sysext.service enabled by systemd's preset with its "
        "directories on the xfs root, a pool with two datasets at the default direct=standard, no "
        "loop devices. Real: versions, output formats. Modelled: names, sizes, UUIDs, timestamps, "
        "the exact kernel build date.")
    return ev, origin, "2025-05-10T09:00:00Z"


FEDORA43 = os_release(NAME="Fedora Linux", VERSION="43 (Workstation Edition)", ID="fedora",
                      VERSION_ID="43", PRETTY_NAME="Fedora Linux 43 (Workstation Edition)",
                      HOME_URL="https://fedoraproject.org/",
                      SUPPORT_URL="https://ask.fedoraproject.org/",
                      BUG_REPORT_URL="https://bugzilla.redhat.com/")


def fedora_problem6():
    ev = Evidence()
    running = "6.18.13-200.fc43.x86_64"
    new = "6.19.3-200.fc43.x86_64"
    banner = (f"Linux version {running} (mockbuild@3c9e1f7a2b4d) (gcc (GCC) 15.2.1 20251111 (Red "
              "Hat 15.2.1-4), GNU ld version 2.45.1-1.fc43) #1 SMP PREEMPT_DYNAMIC Thu Feb 19 "
              "18:02:11 UTC 2026")
    ev.file("/proc/sys/kernel/hostname", "f43-desktop\n")
    ev.file("/etc/os-release", FEDORA43)
    kernel_basics(ev, running, banner)
    # After `dnf upgrade`: 6.19.3 is installed and grubby's default, but
    # DKMS could not build zfs for it (2.4.0's META: Linux-Maximum 6.18), so
    # its /lib/modules has no extra/ directory.
    ev.command(["rpm", "-q", "kernel-core", "--qf", "%{VERSION}-%{RELEASE}.%{ARCH}\\n"],
               f"{running}\n{new}\n")
    ev.listing("/lib/modules", [running, new])
    boot = ["efi", "grub2", "loader", "symvers-" + new + ".xz", "symvers-" + running + ".xz"]
    for r in (running, new):
        boot += [f"config-{r}", f"initramfs-{r}.img", f"System.map-{r}", f"vmlinuz-{r}"]
    ev.listing("/boot", boot)
    module_tree(ev, running, "fedora-dkms")
    module_tree(ev, new, None)
    ev.command(["grubby", "--default-kernel"], f"/boot/vmlinuz-{new}\n")
    ev.no_file("/etc/dnf/versionlock.toml")
    ev.no_file("/etc/dnf/plugins/versionlock.list")
    zfs_module(ev, "2.4.0-1", zfs_parameters("2.4.0"))
    zfs_tools(ev, "2.4.0-1", "2.4.0-1",
              [("tank", "3985729650688", "1236950581248", "2748779069440", "ONLINE")],
              [("tank", dataset("standard", "131072", "/tank")),
               ("tank/home", dataset("standard", "131072", "/home", mountpoint_source="local"))])
    mountinfo(ev, [("/", "btrfs", "/dev/nvme0n1p3", "rw,relatime,seclabel,compress=zstd:1,ssd,discard=async,space_cache=v2,subvolid=257,subvol=/root"),
                   ("/boot", "ext4", "/dev/nvme0n1p2", "rw,relatime,seclabel"),
                   ("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                   ("/home", "zfs", "tank/home", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["UUID=8d0c6f2e-4b1a-4f3e-9a7d-2c5b8e1f0a93 /                       btrfs   subvol=root,compress=zstd:1 0 0",
               "UUID=1e7a9c3b-5d2f-4a8e-b6c4-9f0d3e2a1b57 /boot                   ext4    defaults        1 2",
               "UUID=6F2A-9B1C          /boot/efi               vfat    umask=0077,shortname=winnt 0 2"])
    systemd(ev, "systemd 258 (258.4-1.fc43)", SHOW_INACTIVE, {})
    zfs_dmesg(ev, banner, "2.4.0-1")
    origin = (
        "Modelled demo (not a capture of a real machine) of the situation of issue 13's problem 6: "
        "a Fedora 43 Workstation with OpenZFS 2.4.0 from the zfsonlinux.org repository (DKMS; "
        "zfs-2.4.0's META says Linux-Maximum 6.18), running 6.18.13-200.fc43 with its zfs module in "
        "/lib/modules/<release>/extra. `dnf upgrade` has installed 6.19.3-200.fc43 and grubby made it "
        "the default; DKMS refused to build zfs for it (configure: \"The maximum supported kernel "
        "version is 6.18\") and dkms's kernel-install plugin exited 0, so it has no zfs module: the "
        "next boot has no ZFS and /home on tank does not mount. Real: the META values, the kernel "
        "release form, output formats. Modelled: names, sizes, UUIDs, timestamps, the exact build "
        "dates and package versions of the kernel and systemd.")
    return ev, origin, "2026-03-06T08:15:00Z"


def rocky9():
    ev = Evidence()
    release = "5.14.0-503.14.1.el9_5.x86_64"
    older = "5.14.0-427.42.1.el9_4.x86_64"
    banner = (f"Linux version {release} (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc "
              "(GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP "
              "PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024")
    ev.file("/proc/sys/kernel/hostname", "rocky-nas\n")
    ev.file("/etc/os-release", ROCKY95)
    kernel_basics(ev, release, banner)
    ev.command(["rpm", "-q", "kernel-core", "--qf", "%{VERSION}-%{RELEASE}.%{ARCH}\\n"],
               f"{older}\n{release}\n")
    ev.listing("/lib/modules", [older, release])
    boot = ["efi", "grub2", "loader", f"symvers-{release}.xz"]
    for r in (older, release):
        boot += [f"config-{r}", f"initramfs-{r}.img", f"System.map-{r}", f"vmlinuz-{r}"]
    ev.listing("/boot", boot)
    module_tree(ev, older, "el-kmod")
    module_tree(ev, release, "el-weak")
    ev.command(["grubby", "--default-kernel"], f"/boot/vmlinuz-{release}\n")
    ev.no_file("/etc/dnf/versionlock.toml")
    ev.no_file("/etc/dnf/plugins/versionlock.list")
    zfs_module(ev, "2.2.7-1", zfs_parameters("2.2.7"))
    zfs_tools(ev, "2.2.7-1", "2.2.7-1",
              [("tank", "7999376588800", "1099511627776", "6899864961024", "ONLINE")],
              [("tank", dataset("", "131072", "/tank")),
               ("tank/share", dataset("", "131072", "/tank/share"))],
              direct_supported=False)
    mountinfo(ev, [("/", "xfs", "/dev/mapper/rl-root", "rw,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/boot", "xfs", "/dev/sda2", "rw,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota"),
                   ("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                   ("/tank/share", "zfs", "tank/share", "rw,xattr,noacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["/dev/mapper/rl-root     /                       xfs     defaults        0 0",
               "UUID=6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d /boot                   xfs     defaults        0 0",
               "/dev/mapper/rl-swap     none                    swap    defaults        0 0"])
    systemd(ev, "systemd 252 (252-46.el9_5.2.0.1.rocky)", SHOW_INACTIVE, {})
    zfs_dmesg(ev, banner, "2.2.7-1")
    origin = (
        "Modelled demo (not a capture of a real machine) of a stock Rocky Linux 9.5 server: kernel "
        "5.14.0-503.14.1.el9_5 (an Enterprise Linux kernel: its upstream level cannot be derived) "
        "with 5.14.0-427.42.1.el9_4 still installed, OpenZFS 2.2.7 as zfsonlinux.org's kABI-tracking "
        "kmod (built for the 427 kernel in extra/zfs, linked for the 503 kernel in weak-updates/zfs), "
        "one pool, no loop devices. Real: versions and the kmod layout, output formats. Modelled: "
        "names, sizes, UUIDs, timestamps, the build host.")
    return ev, origin, "2025-01-10T08:30:00Z"


def arch():
    ev = Evidence()
    release = "6.8.2-arch2-1"
    lts = "6.6.23-1-lts"
    banner = (f"Linux version {release} (linux@archlinux) (gcc (GCC) 13.2.1 20230801, GNU ld (GNU "
              "Binutils) 2.42.0) #1 SMP PREEMPT_DYNAMIC Thu, 28 Mar 2024 17:06:35 +0000")
    ev.file("/proc/sys/kernel/hostname", "archbox\n")
    ev.file("/etc/os-release", ARCH)
    kernel_basics(ev, release, banner)
    ev.listing("/lib/modules", [lts, release])
    ev.listing("/boot", ["EFI", "initramfs-linux-fallback.img", "initramfs-linux-lts-fallback.img",
                         "initramfs-linux-lts.img", "initramfs-linux.img", "loader",
                         "vmlinuz-linux", "vmlinuz-linux-lts"])
    module_tree(ev, lts, "dkms-zst")
    module_tree(ev, release, "dkms-zst")
    zfs_module(ev, "2.2.3-1", zfs_parameters("2.2.3"))
    zfs_tools(ev, "2.2.3-1", "2.2.3-1",
              [("zroot", "1000204886016", "268435456000", "731769430016", "ONLINE")],
              [("zroot", dataset("", "131072", "none", mountpoint_source="local", mounted="no")),
               ("zroot/home", dataset("", "131072", "/home", mountpoint_source="local"))],
              direct_supported=False)
    mountinfo(ev, [("/", "ext4", "/dev/nvme0n1p2", "rw"),
                   ("/boot", "vfat", "/dev/nvme0n1p1", "rw,fmask=0022,dmask=0022,codepage=437"),
                   ("/home", "zfs", "zroot/home", "rw,xattr,posixacl,casesensitive")])
    loop_devices(ev, {})
    fstab(ev, ["UUID=4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8\t/\text4\trw,relatime\t0 1",
               "UUID=A1B2-C3D4\t/boot\tvfat\trw,relatime,fmask=0022,dmask=0022\t0 2"])
    systemd(ev, "systemd 255 (255.4-1-arch)", SHOW_INACTIVE, {})
    zfs_dmesg(ev, banner, "2.2.3-1")
    origin = (
        "Modelled demo (not a capture of a real machine) of an Arch Linux workstation in spring 2024: "
        "the linux kernel 6.8.2-arch2-1 (Arch's kernel is the upstream release plus Arch patches: "
        "upstream 6.8.2) and linux-lts 6.6.23-1-lts, OpenZFS 2.2.3 from the archzfs zfs-dkms package "
        "(DKMS modules for both kernels in updates/dkms), /home on zroot, systemd-boot (no GRUB "
        "configuration to read). On 6.8 every `cp` copy on ZFS uses copy_file_range and fails with "
        "EOPNOTSUPP where ZFS cannot clone: this stock layout is genuinely affected by "
        "openzfs/zfs#15930. Real: versions, output formats. Modelled: names, sizes, UUIDs, "
        "timestamps, the kernel build host.")
    return ev, origin, "2024-04-02T19:00:00Z"


def incomplete():
    ev = Evidence()
    ev.file("/proc/sys/kernel/hostname", "partial\n")
    ev.file("/etc/os-release", DEBIAN12)
    origin = (
        "Modelled demo: a capture cut short (for example a file truncated by hand or written by a "
        "tool that only copied a few records). It holds the host name and /etc/os-release, but not "
        "the running kernel's release, the zfs module state or the zfs tools: ZFS Doctor must say "
        "that it is incomplete and judge nothing.")
    return ev, origin, "2025-06-01T12:00:00Z"


DEMOS = {
    "problem1-sysext-fedora41": fedora_problem1,
    "problem2-loop-hang-unraid": unraid_problem2,
    "problem3-dio-always-cfr": ubuntu_problem3,
    "problem4-cfr-linux68": ubuntu_problem4,
    "problem5-loop-dio-always": ubuntu_problem5,
    "problem6-kernel-zfs-unsupported": fedora_problem6,
    "problem7-zeroed-copies-ubuntu2310": ubuntu_problem7,
    "healthy-fedora41": fedora_healthy,
    "truenas-scale": truenas,
    "no-zfs-debian12": debian_nozfs,
    "debian12-stock": debian12_stock,
    "proxmox-ve8": proxmox_ve8,
    "proxmox-ve9": proxmox_ve9,
    "ubuntu2404-ga": ubuntu2404_ga,
    "ubuntu2404-hwe": ubuntu2404_hwe,
    "fedora42": fedora42,
    "rocky9": rocky9,
    "arch": arch,
    "incomplete-capture": incomplete,
}


def main():
    os.makedirs(DEMO_DIR, exist_ok=True)
    for name, build in DEMOS.items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]:
            continue
        evidence, origin, captured_at = build()
        snapshot = {"format": "zfs-doctor-snapshot", "schema": 1, "tool_version": "0.1.0",
                    "captured_at": captured_at, "origin": origin, "redacted": False,
                    "evidence": evidence.items}
        with open(os.path.join(DEMO_DIR, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(snapshot, handle, indent=4, sort_keys=True, ensure_ascii=False)
            handle.write("\n")
        print(f"wrote resources/demo/{name}.json ({len(evidence.items)} evidence records)")


if __name__ == "__main__":
    main()
