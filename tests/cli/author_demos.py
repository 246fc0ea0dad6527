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


def kernel_basics(ev, release, proc_version, arch="x86_64"):
    ev.file("/proc/sys/kernel/osrelease", release + "\n")
    ev.file("/proc/version", proc_version + "\n")
    ev.file("/proc/sys/kernel/arch", arch + "\n")


def zfs_module(ev, version, parameters):
    """parameters: name -> value for the module's parameter files we model."""
    ev.listing("/sys/module/zfs", MODULE_FILES)
    ev.file("/sys/module/zfs/version", version + "\n")
    # The real directory holds ~300 parameters; the listing keeps the ones
    # ZFS Doctor reads and a few neighbours, in the real file names.
    neighbours = ["zfs_arc_max", "zfs_arc_min", "zfs_txg_timeout", "zfs_vdev_async_read_max_active"]
    ev.listing("/sys/module/zfs/parameters", list(parameters) + neighbours)
    for name in ["zfs_dio_enabled", "zfs_dio_strict", "zfs_bclone_enabled"]:
        if name in parameters:
            ev.file(f"/sys/module/zfs/parameters/{name}", parameters[name] + "\n")


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
    """loops: name -> dict(backing_file, dio, offset, sizelimit, autoclear, ro)."""
    ev.listing("/sys/block", list(loops))
    for name, loop in loops.items():
        ev.file(f"/sys/block/{name}/loop/backing_file", loop["backing_file"] + "\n")
        ev.file(f"/sys/block/{name}/loop/dio", f"{loop['dio']}\n")
        ev.file(f"/sys/block/{name}/loop/offset", f"{loop.get('offset', 0)}\n")
        ev.file(f"/sys/block/{name}/loop/sizelimit", f"{loop.get('sizelimit', 0)}\n")
        ev.file(f"/sys/block/{name}/loop/autoclear", f"{loop.get('autoclear', 0)}\n")
        ev.file(f"/sys/block/{name}/ro", f"{loop.get('ro', 0)}\n")


def systemd(ev, version_line, show_output, images, features=None):
    features = features or ("+PAM +AUDIT +SELINUX -APPARMOR +IMA +SMACK +SECCOMP -GCRYPT +GNUTLS "
                            "+OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN -IPTC +KMOD "
                            "+LIBCRYPTSETUP +LIBFDISK +PCRE2 +PWQUALITY +P11KIT +QRENCODE +TPM2 "
                            "+BZIP2 +LZ4 +XZ +ZLIB +ZSTD +BPF_FRAMEWORK +XKBCOMMON +UTMP +SYSVINIT "
                            "default-hierarchy=unified")
    ev.command(["systemctl", "--version"], version_line + "\n" + features + "\n")
    ev.command(SYSTEMCTL_SHOW, show_output)
    ev.file("/usr/lib/systemd/system/systemd-sysext.service", UNIT_TEXT)
    for directory in SYSEXT_DIRS:
        if directory in images:
            ev.listing(directory + "/", images[directory])
        else:
            ev.no_listing(directory + "/")


def debian_grub_cfg(release, distro_name, distro_class):
    text = fixture("kernel/grub-debian-default0.cfg")
    text = text.replace("6.12.12+bpo-amd64", release).replace("6.1.0-18-amd64", release)
    return text.replace("Debian GNU/Linux", distro_name).replace("--class debian",
                                                                 f"--class {distro_class}")


def debian_kernel(ev, release, packages, distro_name, distro_class, holds=""):
    ev.command(["dpkg-query", "-W", "-f=${Package}\\t${Status}\\n", "linux-image-*"],
               "".join(f"{p}\tinstall ok installed\n" for p in packages))
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", [f"config-{release}", "grub", f"initrd.img-{release}",
                         f"System.map-{release}", f"vmlinuz-{release}"])
    ev.file("/boot/grub/grub.cfg", debian_grub_cfg(release, distro_name, distro_class))
    ev.no_file("/boot/grub/grubenv")
    ev.command(["apt-mark", "showhold"], holds)


def fedora_kernel(ev, releases, default):
    ev.command(["rpm", "-q", "kernel-core", "--qf", "%{VERSION}-%{RELEASE}.%{ARCH}\\n"],
               "".join(r + "\n" for r in releases))
    ev.listing("/lib/modules", releases)
    boot = ["efi", "grub2", "loader", "symvers-" + default + ".xz"]
    for r in releases:
        boot += [f"config-{r}", f"initramfs-{r}.img", f"System.map-{r}", f"vmlinuz-{r}"]
    ev.listing("/boot", boot)
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


def fedora_problem1():
    ev = Evidence()
    release = "6.11.4-301.fc41.x86_64"
    ev.file("/proc/sys/kernel/hostname", "fedora-srv\n")
    ev.file("/etc/os-release", FEDORA41)
    kernel_basics(ev, release, f"Linux version {release} (mockbuild@a1b2c3d4e5f6) (gcc (GCC) 14.2.1 "
                  "20240912 (Red Hat 14.2.1-3), GNU ld version 2.43.1-2.fc41) #1 SMP "
                  "PREEMPT_DYNAMIC Sat Oct 19 17:05:55 UTC 2024")
    fedora_kernel(ev, [release], release)
    zfs_module(ev, "2.3.0-1", {"zfs_dio_enabled": "1", "zfs_bclone_enabled": "1"})
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
    systemd(ev, "systemd 256 (256.7-1.fc41)",
            "ActiveState=failed\nFragmentPath=/usr/lib/systemd/system/systemd-sysext.service\n",
            {"/var/lib/extensions": ["debug-tools.raw"]})
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (mockbuild@a1b2c3d4e5f6) (gcc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3), GNU ld version 2.43.1-2.fc41) #1 SMP PREEMPT_DYNAMIC Sat Oct 19 17:05:55 UTC 2024",
        "[    6.402177] ZFS: Loaded module v2.3.0-1, ZFS pool version 5000, ZFS filesystem version 5",
        "[    9.871420] loop0: detected capacity change from 0 to 16384",
        "[    9.874011] SQUASHFS error: Failed to read block 0x0: -22",
        "[    9.874019] unable to read squashfs_super_block",
    ]))
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#17027 "
        "(https://github.com/openzfs/zfs/issues/17027, \"systemd-sysext fails to install extensions "
        "with Direct I/O\"): Fedora 41 Server, kernel 6.11.4-301.fc41, OpenZFS 2.3.0 from the "
        "zfsonlinux.org repository, a sysext image /var/lib/extensions/debug-tools.raw on the dataset "
        "tank/extensions with direct=standard (the default) and zfs_dio_enabled=1; systemd-sysext.service "
        "failed at boot and the kernel logged the squashfs EINVAL (-22) lines, whose wording was "
        "reproduced on real OpenZFS 2.3.2 in the project's VM. Steps upstream: put a sysext image on a ZFS "
        "dataset, run systemd-sysext refresh. Real: the versions and the output formats (copied from "
        "tests/fixtures). Modelled: host and pool names, sizes, timestamps, the listing of "
        "/sys/module/zfs/parameters (abbreviated), the systemd unit text (Debian 12's copy of the "
        "upstream unit).")
    return ev, origin, "2025-02-11T09:30:00Z"


def unraid_problem2():
    ev = Evidence()
    release = "6.12.25-Unraid"
    ev.file("/proc/sys/kernel/hostname", "tower\n")
    ev.file("/etc/os-release", os_release(NAME="Unraid", VERSION="7.1.0-rc.2", ID="unraid",
                                          VERSION_ID="7.1.0-rc.2", PRETTY_NAME="Unraid 7.1.0-rc.2"))
    kernel_basics(ev, release, f"Linux version {release} (root@Develop-71) (gcc (GCC) 14.2.0, GNU ld "
                  "version 2.44-slack151) #1 SMP PREEMPT_DYNAMIC Fri Apr 25 14:10:33 PDT 2025")
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", ["bzfirmware", "bzimage", "bzmodules", "bzroot", "bzroot-gui", "config",
                         "syslinux"])
    zfs_module(ev, "2.3.1-1", {"zfs_dio_enabled": "1", "zfs_bclone_enabled": "1"})
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
    ev.no_command(["systemctl", "--version"])
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (root@Develop-71) (gcc (GCC) 14.2.0, GNU ld version 2.44-slack151) #1 SMP PREEMPT_DYNAMIC Fri Apr 25 14:10:33 PDT 2025",
        "[   21.554310] ZFS: Loaded module v2.3.1-1, ZFS pool version 5000, ZFS filesystem version 5",
        "[  655.201133] loop2: detected capacity change from 0 to 41943040",
        "[  655.318864] XFS (loop2): Mounting V5 Filesystem 3f0c5d1e-8a9b-4c2d-9e1f-0a1b2c3d4e5f",
    ] + fixture("kernel-log/dmesg-txg-sync-hung.log").splitlines()))
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#17277 "
        "(https://github.com/openzfs/zfs/issues/17277, \"Kernel update breaks loopbacks on ZFS "
        "volumes\"): Unraid 7.1.0-rc.2, kernel 6.12.25, OpenZFS 2.3.1; an XFS file system made with "
        "mkfs.xfs on loop2, whose backing file /mnt/cache/vdisks/xfstest.img is on the ZFS dataset "
        "cache/vdisks (buffered loop, dio=0); writing to it hangs and the kernel reports txg_sync "
        "blocked (hung-task lines copied from tests/fixtures/kernel-log/dmesg-txg-sync-hung.log). "
        "Unraid runs no systemd, so systemctl is absent. Real: the versions and the output formats. "
        "Modelled: names, sizes, timestamps; Unraid's /etc/os-release content and its kernel's "
        "/proc/version text are UNCONFIRMED (Unraid is Slackware-based and its os-release was not "
        "checked).")
    return ev, origin, "2025-05-02T18:12:00Z"


def ubuntu_2404(ev, host, release, zfs_version, datasets, mounts, loops, dmesg_extra):
    ev.file("/proc/sys/kernel/hostname", host + "\n")
    ev.file("/etc/os-release", UBUNTU2404)
    kernel_basics(ev, release, f"Linux version {release} (buildd@lcy02-amd64-100) "
                  "(x86_64-linux-gnu-gcc-13 (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils "
                  "for Ubuntu) 2.42) #51-Ubuntu SMP PREEMPT_DYNAMIC Sat Nov  9 17:58:29 UTC 2024")
    debian_kernel(ev, release, [f"linux-image-{release}", "linux-image-generic"], "Ubuntu", "ubuntu")
    zfs_module(ev, zfs_version, {"zfs_dio_enabled": "1", "zfs_bclone_enabled": "1"})
    zfs_tools(ev, zfs_version, zfs_version,
              [("tank", "10670309376", "1179648", "10669129728", "ONLINE")], datasets)
    mountinfo(ev, [("/", "ext4", "/dev/sda2", "rw")] + mounts)
    loop_devices(ev, loops)
    systemd(ev, "systemd 255 (255.4-1ubuntu8.4)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (buildd@lcy02-amd64-100) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #51-Ubuntu SMP PREEMPT_DYNAMIC Sat Nov  9 17:58:29 UTC 2024",
        f"[    4.118902] ZFS: Loaded module v{zfs_version}, ZFS pool version 5000, ZFS filesystem version 5",
    ] + dmesg_extra))


def ubuntu_problem3():
    ev = Evidence()
    ubuntu_2404(ev, "ubuntu-dio", "6.8.0-51-generic", "2.3.0-1",
                [("tank", dataset("always", "131072", "/tank", direct_source="local")),
                 ("tank/data", dataset("always", "131072", "/tank/data",
                                       direct_source="inherited from tank"))],
                [("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                 ("/tank/data", "zfs", "tank/data", "rw,xattr,noacl,casesensitive")],
                {}, [])
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#16958 "
        "(https://github.com/openzfs/zfs/issues/16958, copy_file_range returns EAGAIN with "
        "direct=always): Ubuntu 24.04.1, kernel 6.8.0-51-generic, OpenZFS 2.3.0-1 built from source; "
        "the pool was created with `zpool create -O direct=always tank ...`, so tank and tank/data "
        "have direct=always. Steps upstream: a 512 KiB file, `clonefile -f src dst 0 262144 196608` -> "
        "EAGAIN. copy_file_range errors are returned to the program and never logged, so this capture "
        "shows only versions and properties. Real: versions, output formats. Modelled: names, sizes, "
        "timestamps, the build host in /proc/version, the parameter listing (abbreviated).")
    return ev, origin, "2025-01-14T16:20:00Z"


def ubuntu_problem5():
    ev = Evidence()
    oops = fixture("kernel-log/dmesg-zfs-setup-direct-oops.log").splitlines()
    ubuntu_2404(ev, "ubuntu-loop", "6.8.0-51-generic", "2.3.0-1",
                [("tank", dataset("standard", "131072", "/tank")),
                 ("tank/images", dataset("always", "131072", "/tank/images", direct_source="local"))],
                [("/tank", "zfs", "tank", "rw,xattr,noacl,casesensitive"),
                 ("/tank/images", "zfs", "tank/images", "rw,xattr,noacl,casesensitive")],
                {"loop0": {"backing_file": "/tank/images/disk.img", "dio": 0}},
                ["[  298.004511] loop0: detected capacity change from 0 to 2097152"] + oops)
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#16956 "
        "(https://github.com/openzfs/zfs/issues/16956, kernel NULL pointer dereference with a loop "
        "device on a direct=always dataset): Ubuntu 24.04.1, kernel 6.8.0-51-generic, OpenZFS 2.3.0-1; "
        "tank/images has direct=always and loop0 is attached to /tank/images/disk.img; the first read "
        "through loop0 oopsed in zfs_setup_direct (oops text copied from "
        "tests/fixtures/kernel-log/dmesg-zfs-setup-direct-oops.log, whose wording is UNCONFIRMED "
        "against the upstream log). Real: versions, output formats. Modelled: names, sizes, timestamps.")
    return ev, origin, "2025-01-13T11:05:00Z"


def ubuntu_problem4():
    ev = Evidence()
    release = "6.8.0-rc5"
    ev.file("/proc/sys/kernel/hostname", "mantic\n")
    ev.file("/etc/os-release", UBUNTU2310)
    kernel_basics(ev, release, f"Linux version {release} (kernel@kathleen) (gcc (Ubuntu "
                  "13.2.0-4ubuntu3) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #202402182132 SMP "
                  "PREEMPT_DYNAMIC Sun Feb 18 21:41:13 UTC 2024")
    debian_kernel(ev, release, ["linux-image-unsigned-6.8.0-060800rc5-generic",
                                "linux-image-6.5.0-21-generic", "linux-image-generic"],
                  "Ubuntu", "ubuntu")
    zfs_module(ev, "2.2.3-1", {"zfs_bclone_enabled": "0"})
    zfs_tools(ev, "2.2.3-1", "2.2.3-1",
              [("rpool", "497142464512", "180388626432", "316753838080", "ONLINE")],
              [("rpool", dataset("", "131072", "/", mountpoint_source="local", mounted="no")),
               ("rpool/home", dataset("", "131072", "/home", mountpoint_source="local"))],
              direct_supported=False)
    mountinfo(ev, [("/", "zfs", "rpool", "rw,xattr,posixacl,casesensitive"),
                   ("/home", "zfs", "rpool/home", "rw,xattr,posixacl,casesensitive")])
    loop_devices(ev, {})
    systemd(ev, "systemd 253 (253.5-1ubuntu6.1)", SHOW_INACTIVE, {}, UBUNTU_SYSTEMD)
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (kernel@kathleen) (gcc (Ubuntu 13.2.0-4ubuntu3) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #202402182132 SMP PREEMPT_DYNAMIC Sun Feb 18 21:41:13 UTC 2024",
        "[    3.201877] ZFS: Loaded module v2.2.3-1, ZFS pool version 5000, ZFS filesystem version 5",
    ]))
    origin = (
        "Modelled demo (not a capture of a real machine) of openzfs/zfs#15930 "
        "(https://github.com/openzfs/zfs/issues/15930, copy_file_range fails with EOPNOTSUPP on Linux "
        "6.8): Ubuntu 23.10 with the mainline kernel 6.8.0-rc5 and OpenZFS 2.2.3, root on ZFS "
        "(rpool); Ruby's FileUtils.install failed with `Operation not supported - copy_file_range`. "
        "OpenZFS 2.2 has no `direct` property, so `zfs get` refuses it and ZFS Doctor asks again "
        "without it (both calls recorded). Real: versions, output formats. Modelled: names, sizes, "
        "timestamps, the mainline kernel's package names.")
    return ev, origin, "2024-02-22T10:00:00Z"


def fedora_healthy():
    ev = Evidence()
    release = "6.14.11-200.fc41.x86_64"
    older = "6.14.9-200.fc41.x86_64"
    ev.file("/proc/sys/kernel/hostname", "workstation\n")
    ev.file("/etc/os-release", FEDORA41)
    kernel_basics(ev, release, f"Linux version {release} (mockbuild@f0e1d2c3b4a5) (gcc (GCC) 14.3.1 "
                  "20250523 (Red Hat 14.3.1-1), GNU ld version 2.43.1-6.fc41) #1 SMP "
                  "PREEMPT_DYNAMIC Tue Jun 10 16:19:19 UTC 2025")
    fedora_kernel(ev, [older, release], release)
    zfs_module(ev, "2.3.3-1", {"zfs_dio_enabled": "0", "zfs_bclone_enabled": "1"})
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
    systemd(ev, "systemd 256 (256.14-1.fc41)", SHOW_INACTIVE, {})
    ev.no_file("/etc/modprobe.d/zfs.conf")
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (mockbuild@f0e1d2c3b4a5) (gcc (GCC) 14.3.1 20250523 (Red Hat 14.3.1-1), GNU ld version 2.43.1-6.fc41) #1 SMP PREEMPT_DYNAMIC Tue Jun 10 16:19:19 UTC 2025",
        "[    5.912003] ZFS: Loaded module v2.3.3-1, ZFS pool version 5000, ZFS filesystem version 5",
    ]))
    ev.items = [i for i in ev.items if i["key"] != "/etc/modprobe.d/zfs.conf"]
    origin = (
        "Modelled demo (not a capture of a real machine): a Fedora 41 Server machine with OpenZFS 2.3.3, "
        "which is still in problem 1's affected range, that scans healthy only because Direct I/O is "
        "off module-wide (zfs_dio_enabled=0). Kernel 6.14.11, a data pool with two datasets "
        "(direct=standard, the default), no loop devices and no sysext images. Note: OpenZFS 2.3.3 is still in the affected range of problem 1 "
        "(sysext-odirect-einval, >=2.3.0 <2.4.0) - with Direct I/O enabled this system would be AT RISK "
        "(any unaligned O_DIRECT reader on these datasets gets EINVAL). It scans healthy because its "
        "owner applied the module-wide workaround, `options zfs zfs_dio_enabled=0`, so "
        "/sys/module/zfs/parameters/zfs_dio_enabled reads 0 and no dataset takes the Direct I/O path. "
        "2.3.3 carries the fix for problem 2 (loop-write-hang). Real: versions, output formats. "
        "Modelled: names, sizes, timestamps, the parameter listing (abbreviated).")
    return ev, origin, "2025-07-01T08:00:00Z"


def truenas():
    ev = Evidence()
    release = "6.6.44-production+truenas"
    ev.file("/proc/sys/kernel/hostname", "truenas\n")
    ev.file("/etc/os-release", DEBIAN12)
    ev.file("/data/manifest.json", json.dumps({"buildtime": 1729188436, "train": "TrueNAS-SCALE-ElectricEel",
                                               "version": "24.10.0"}) + "\n")
    ev.listing("/usr/share/truenas", ["eula.html"])
    kernel_basics(ev, release, f"Linux version {release} (root@tnsbuilds01.tn.ixsystems.net) "
                  "(gcc (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP "
                  "PREEMPT_DYNAMIC Mon Oct 14 16:44:46 UTC 2024")
    ev.command(["dpkg-query", "-W", "-f=${Package}\\t${Status}\\n", "linux-image-*"],
               f"linux-image-truenas-production-amd64\tinstall ok installed\n")
    ev.listing("/lib/modules", [release])
    ev.listing("/boot", [f"config-{release}", "grub", f"initrd.img-{release}",
                         f"System.map-{release}", f"vmlinuz-{release}"])
    ev.file("/boot/grub/grub.cfg", debian_grub_cfg(release, "TrueNAS SCALE", "truenas"))
    ev.no_file("/boot/grub/grubenv")
    ev.command(["apt-mark", "showhold"], "")
    zfs_module(ev, "2.2.99-1", {"zfs_bclone_enabled": "1", "zfs_dio_enabled": "1"})
    zfs_tools(ev, "2.2.99-1", "2.2.99-1",
              [("boot-pool", "31675383808", "3758096384", "27917287424", "ONLINE"),
               ("tank", "15994458210304", "5368709120000", "10625749090304", "ONLINE")],
              [("boot-pool", dataset("standard", "131072", "none", mountpoint_source="local",
                                     mounted="no")),
               ("tank", dataset("standard", "131072", "/mnt/tank", mountpoint_source="default")),
               ("tank/apps", dataset("standard", "131072", "/mnt/tank/apps")),
               ("tank/share", dataset("standard", "1048576", "/mnt/tank/share",
                                      recordsize_source="local"))])
    mountinfo(ev, [("/", "zfs", "boot-pool/ROOT/24.10.0", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank", "zfs", "tank", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank/apps", "zfs", "tank/apps", "rw,xattr,posixacl,casesensitive"),
                   ("/mnt/tank/share", "zfs", "tank/share", "rw,xattr,nfs4acl,casesensitive")])
    loop_devices(ev, {})
    systemd(ev, "systemd 252 (252.30-1~deb12u2)", SHOW_INACTIVE, {},
            fixture("systemd/debian12-systemctl-version.txt").splitlines()[1])
    ev.command(["dmesg"], "".join(line + "\n" for line in [
        f"[    0.000000] Linux version {release} (root@tnsbuilds01.tn.ixsystems.net) (gcc (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Mon Oct 14 16:44:46 UTC 2024",
        "[    7.660412] ZFS: Loaded module v2.2.99-1, ZFS pool version 5000, ZFS filesystem version 5",
    ]))
    origin = (
        "Modelled demo (not a capture of a real machine): TrueNAS SCALE 24.10.0 (Electric Eel), an "
        "appliance based on Debian 12 with kernel 6.6.44-production+truenas. UNCONFIRMED: that 24.10 "
        "ships OpenZFS reported as 2.2.99-1 (a pre-2.3 development snapshot of TrueNAS's OpenZFS fork) "
        "and that this build has the `direct` property with default standard; the contents of "
        "/data/manifest.json beyond its version, and the kernel package name. The scan's verdicts for "
        "a development version such as 2.2.99 rest on these UNCONFIRMED facts. No loop devices, no "
        "sysext images (TrueNAS does not use systemd-sysext for apps). Real: output formats. Modelled: "
        "names, sizes, timestamps.")
    return ev, origin, "2024-11-05T12:00:00Z"


def debian_nozfs():
    ev = Evidence()
    release = "6.1.0-28-amd64"
    ev.file("/proc/sys/kernel/hostname", "bookworm\n")
    ev.file("/etc/os-release", DEBIAN12)
    ev.no_file("/data/manifest.json")
    ev.no_listing("/usr/share/truenas")
    kernel_basics(ev, release, f"Linux version {release} (debian-kernel@lists.debian.org) (gcc-12 "
                  "(Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP "
                  "PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)")
    debian_kernel(ev, release, [f"linux-image-{release}", "linux-image-amd64"], "Debian GNU/Linux",
                  "debian")
    ev.no_listing("/sys/module/zfs")
    ev.no_command(["zfs", "version"])
    mountinfo(ev, [("/", "ext4", "/dev/vda1", "rw,errors=remount-ro"),
                   ("/boot/efi", "vfat", "/dev/vda15", "rw,fmask=0022,dmask=0022,codepage=437")])
    loop_devices(ev, {})
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
        "timestamps.")
    return ev, origin, "2025-03-03T07:45:00Z"


DEMOS = {
    "problem1-sysext-fedora41": fedora_problem1,
    "problem2-loop-hang-unraid": unraid_problem2,
    "problem3-dio-always-cfr": ubuntu_problem3,
    "problem4-cfr-linux68": ubuntu_problem4,
    "problem5-loop-dio-always": ubuntu_problem5,
    "healthy-fedora41": fedora_healthy,
    "truenas-scale": truenas,
    "no-zfs-debian12": debian_nozfs,
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
