// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The facts model: everything ZFS Doctor knows about one system, as plain data.
//
// Collectors fill it from Evidence; the knowledge base reads it; the CLI, the
// window and snapshots serialise it. It holds no Qt widget code and no logic
// beyond small accessors, so it can be built by hand in tests.
//
// Conventions: a QString that is empty means "not known"; the reason why is a
// CollectorNote. Optional values use std::optional, never sentinel numbers.
// Absence of evidence is not evidence of absence: a yes/no fact that could not
// be read is Tri::Unknown, and a list that could not be read stays empty with
// a CollectorNote naming its FactArea (Facts::unread()), never "there is none".

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd {

// A yes/no fact that may not have been read: a record missing from a
// snapshot, a file this user may not read. Unknown is never No.
enum class Tri { Unknown, No, Yes };

// The parts of the facts a verdict can depend on. When one could not be read,
// a CollectorNote names it and its fields keep their defaults (empty lists,
// Tri::Unknown), which detectors must not read as "there is none".
enum class FactArea {
    None,              // the note does not leave an area unknown
    Distribution,      // /etc/os-release and the appliance markers
    KernelRelease,     // the running kernel's release
    Packages,          // installed kernel and ZFS packages, holds (dpkg status, rpm)
    InstalledKernels,  // kernels on disk and their zfs modules
    DefaultBoot,       // the kernel the next boot starts
    ZfsModule,         // whether the zfs module is loaded, and its version
    ZfsUserland,       // whether the zfs tools are installed, and their version
    ZfsParameters,     // /sys/module/zfs/parameters
    ZfsDatasets,       // pools, datasets and their properties
    LoopDevices,       // attached loop devices and their attributes
    Fstab,             // loop devices configured in /etc/fstab
    Sysext,            // sysext images, directories, environment, enablement
    KernelLog,         // the kernel's messages
};

// Something a collector could not find out, with a message a person can act on,
// e.g. {"zfs", "zfs-not-installed", "The zfs command is not installed (PATH searched: ...)"}.
struct CollectorNote {
    QString collector;    // "kernel", "distro", "zfs", "loop", "mount", "systemd", "kernel-log"
    QString code;         // stable machine-readable code
    QString message;      // one sentence for people
    QString evidenceKey;  // the Evidence key it came from, if any
    // The area this leaves unknown (None: the note only informs).
    FactArea area = FactArea::None;
    bool operator==(const CollectorNote&) const = default;
};

// Proxmox VE keeps Debian's os-release but ships its own kernels, ZFS builds
// and boot tool, so it is a family of its own (docs/knowledge-base.md).
enum class DistroFamily { Unknown, Fedora, Debian, Ubuntu, TrueNasScale, Proxmox, Other };

struct DistroFacts {
    QString id;      // os-release ID, e.g. "fedora", "debian", "ubuntu"
    QString idLike;  // os-release ID_LIKE
    // os-release VERSION_ID, e.g. "41", "12", "24.04"; the appliance's own
    // version on TrueNAS SCALE ("25.04.0") and Proxmox VE ("8.2.7").
    QString versionId;
    QString prettyName;  // os-release PRETTY_NAME (or the appliance's name and version)
    DistroFamily family = DistroFamily::Unknown;
    bool operator==(const DistroFacts&) const = default;
};

// A package ZFS Doctor looks at (kernels, ZFS, Proxmox VE), as the package
// database records it.
struct InstalledPackage {
    QString name;       // "linux-image-6.1.0-28-amd64", "proxmox-kernel-6.8.12-4-pve-signed"
    QString version;    // "6.1.119-1", "6.8.12-4"
    bool held = false;  // apt/dpkg hold
    bool operator==(const InstalledPackage&) const = default;
};

// The upstream (kernel.org) release a distribution kernel is built from: the
// numbering the knowledge base's kernel ranges are written in. `uname -r`
// hides it on Debian ("6.1.0-28-amd64"), Ubuntu ("6.8.0-51-generic") and EL
// ("5.14.0-503.14.1.el9_5"); collect/parsers/kernel_level.h says where each
// distribution publishes it.
struct KernelLevel {
    QString level;          // e.g. "6.8.12", "6.15.0-rc3"; empty when not known
    QString source;         // how it was found, for evidence lines
    QString unknownReason;  // why it is not known (when `level` is empty)
    // Bounds when the exact level is not known: an Ubuntu 6.5.0-21-generic is
    // at least 6.5.0 and below 6.6.0; an EL 5.14.0 kernel is at least 5.14.0
    // (its backports have no upper bound). Empty when not known.
    QString floor;
    QString ceiling;  // exclusive
    bool operator==(const KernelLevel&) const = default;
};

struct InstalledKernel {
    QString release;         // uname -r style, e.g. "6.11.4-301.fc41.x86_64"
    QString package;         // owning package when known, e.g. "kernel-core-6.11.4-301.fc41.x86_64"
    QString packageVersion;  // that package's version, e.g. "6.1.119-1", "6.8.12-4"
    QStringList seenIn;      // where it was found: "rpm", "dpkg", "/lib/modules", "/boot"
    KernelLevel level;       // its upstream level, when derivable
    // Whether /lib/modules/<release> holds a zfs module (read from directory
    // listings: updates/dkms, extra, kernel/zfs, zfs, ...), and where.
    Tri zfsModule = Tri::Unknown;
    QString zfsModulePath;
    // Whether its headers are installed, as dkms decides before it builds:
    // /lib/modules/<release>/build/include exists (dkms_autoinstaller's
    // _check_kernel_dir; Fedora's build link points into kernel-devel).
    // Read only for a kernel without a zfs module.
    Tri headers = Tri::Unknown;
    bool defaultBoot = false;             // the default boot entry (KernelFacts::defaultBoot)
    Tri newerThanRunning = Tri::Unknown;  // by upstream level, then package version
    bool operator==(const InstalledKernel&) const = default;
};

struct KernelPin {
    enum class Kind { Dnf5Versionlock, Dnf4Versionlock, AptHold, ProxmoxBootPin };
    Kind kind = Kind::AptHold;
    // As written in the lock, e.g. "kernel-core-0:6.12.24-200.fc41.*"; for
    // a Proxmox boot pin, the pinned kernel release.
    QString package;
    QString source;  // file or command it came from
    bool operator==(const KernelPin&) const = default;
};

struct KernelFacts {
    QString release;       // running kernel, `uname -r` / /proc/sys/kernel/osrelease
    QString procVersion;   // /proc/version, one line
    QString architecture;  // e.g. "x86_64"
    KernelLevel level;     // the running kernel's upstream level
    QList<InstalledKernel> installed;
    QString defaultBoot;        // release of the default boot entry, empty if unknown
    QString defaultBootSource;  // "grubby", "grub.cfg", "grubenv", "proxmox-boot-pin"...
    QList<KernelPin> pins;
    // The installed kernel the next boot starts: the default boot entry when
    // known, otherwise nullptr.
    const InstalledKernel* defaultKernel() const;
    const InstalledKernel* installedKernel(const QString& release) const;
    bool operator==(const KernelFacts&) const = default;
};

// One property as `zfs get -Hp` reports it. `present` is false when the
// property does not exist on this ZFS version (e.g. `direct` before 2.3.0).
struct ZfsProperty {
    QString value;
    QString source;  // "default", "local", "inherited from tank", "temporary", "received", "-"
    bool present = false;
    bool isInheritedOrDefault() const {
        return source == QLatin1String("default") || source.startsWith(QLatin1String("inherited"));
    }
    bool operator==(const ZfsProperty&) const = default;
};

struct ZfsDataset {
    QString name;  // "tank/home"
    ZfsProperty direct;
    ZfsProperty recordsize;
    ZfsProperty mountpoint;
    ZfsProperty mounted;
    ZfsProperty readonly;
    QString pool() const { return name.section(QLatin1Char('/'), 0, 0); }
    bool isMounted() const { return mounted.value == QLatin1String("yes"); }
    bool operator==(const ZfsDataset&) const = default;
};

struct ZfsPool {
    QString name;
    std::optional<qint64> sizeBytes;
    std::optional<qint64> allocatedBytes;
    std::optional<qint64> freeBytes;
    QString health;  // "ONLINE", "DEGRADED"...
    bool operator==(const ZfsPool&) const = default;
};

struct ZfsFacts {
    Tri moduleLoaded = Tri::Unknown;       // /sys/module/zfs exists
    QString kmodVersion;                   // /sys/module/zfs/version, e.g. "2.3.1-1"
    Tri userlandInstalled = Tri::Unknown;  // the zfs command exists
    QString userlandVersion;      // from `zfs version`, e.g. "2.3.1-1" (prefix "zfs-" removed)
    QString userlandKmodVersion;  // the "zfs-kmod-" line of `zfs version`, if printed
    // Module parameters that matter here; absent key = parameter does not
    // exist on this version (or the module is not loaded).
    QMap<QString, QString> parameters;  // "zfs_dio_enabled" -> "1"
    // Tri-state: does this ZFS know the `direct` property? Unset = not asked
    // (no ZFS, or `zfs get` failed for another reason).
    std::optional<bool> directPropertySupported;
    QList<ZfsPool> pools;
    QList<ZfsDataset> datasets;  // filesystems only, in `zfs get` order

    bool versionMismatch() const;  // kmod and userland both known and different
    // Neither the module nor the tools exist (both known to be absent).
    bool absent() const { return moduleLoaded == Tri::No && userlandInstalled == Tri::No; }
    const ZfsDataset* dataset(const QString& name) const;
    bool operator==(const ZfsFacts&) const = default;
};

// Which mount (and, on ZFS, which dataset) holds a path.
struct PathLocation {
    QString mountPoint;  // "/var/lib/extensions"
    QString fsType;      // "zfs", "ext4"...
    QString source;      // mount source: the dataset name for zfs, a device otherwise
    QString dataset() const { return fsType == QLatin1String("zfs") ? source : QString(); }
    bool operator==(const PathLocation&) const = default;
};

struct LoopDevice {
    QString name;         // "loop0"
    QString backingFile;  // path as the kernel reports it, without " (deleted)"
    bool backingFileDeleted = false;
    Tri directIo = Tri::Unknown;  // /sys/block/loopN/loop/dio
    Tri readOnly = Tri::Unknown;  // /sys/block/loopN/ro
    // /sys/block/loopN/queue/logical_block_size: a direct-I/O loop device
    // whose blocks are at least a page never issues unaligned O_DIRECT.
    std::optional<int> logicalBlockSize;
    bool autoclear = false;
    qint64 offset = 0;
    qint64 sizeLimit = 0;
    std::optional<PathLocation> backingLocation;  // mount holding the backing file
    bool operator==(const LoopDevice&) const = default;
};

// A loop device a configuration file sets up: an /etc/fstab line that mounts
// an image file (the "loop" option, or a regular file as the source, which
// mount(8) attaches to a loop device by itself), attached now or not.
struct ConfiguredLoop {
    QString backingFile;    // "/tank/images/disk.img"
    QString mountPoint;     // "/mnt/disk"
    QString fsType;         // "ext4", "auto"
    bool readOnly = false;  // "ro" in the options, or a read-only file system type
    QString origin;         // "/etc/fstab line 12"
    std::optional<PathLocation> backingLocation;
    bool operator==(const ConfiguredLoop&) const = default;
};

// One of the directories systemd-sysext reads images from.
struct SysextDirectory {
    QString path;  // "/var/lib/extensions"
    Tri exists = Tri::Unknown;
    std::optional<PathLocation> location;  // where it is (or would be created)
    bool operator==(const SysextDirectory&) const = default;
};

struct SysextImage {
    QString path;              // "/var/lib/extensions/debug.raw"
    QString directory;         // "/var/lib/extensions"
    bool isDirectory = false;  // directory-style extension (no loop device involved)
    std::optional<PathLocation> location;
    bool operator==(const SysextImage&) const = default;
};

struct SystemdFacts {
    Tri present = Tri::Unknown;  // systemctl exists
    std::optional<int> version;  // 252, 256...
    QString versionText;         // first line of `systemctl --version`
    // SYSTEMD_LOOP_DIRECT_IO as systemd-sysext.service would see it.
    QString sysextLoopDirectIo;        // value, empty when unset
    QString sysextLoopDirectIoOrigin;  // "Environment=" source: a drop-in path or the unit file
    QString sysextActiveState;         // "active", "inactive"...
    // systemd-sysext.service enabled: a sysinit.target.wants link in /etc
    // (systemctl enable) or /usr/lib (enabled by the distribution).
    Tri sysextEnabled = Tri::Unknown;
    QString sysextEnabledSource;  // the link that enables it
    QList<SysextDirectory> sysextDirectories;
    QList<SysextImage> sysextImages;
    bool operator==(const SystemdFacts&) const = default;
};

struct KernelLogHit {
    enum class Kind {
        SquashfsEinval,
        TxgSyncHung,
        ZfsSetupDirectOops,
        LoopWriteHung,  // a loop device's writes stuck in ZFS (problem 2)
        LoopWriteOops,  // a write through a loop device crashing ZFS (problem 2)
    };
    Kind kind = Kind::SquashfsEinval;
    QString line;
    bool operator==(const KernelLogHit&) const = default;
};

struct KernelLogFacts {
    bool readable = false;
    QList<KernelLogHit> hits;
    bool operator==(const KernelLogFacts&) const = default;
};

struct Facts {
    QString hostname;
    QString collectedAt;  // ISO 8601 UTC
    DistroFacts distro;
    QList<InstalledPackage> packages;
    KernelFacts kernel;
    ZfsFacts zfs;
    QList<LoopDevice> loopDevices;
    QList<ConfiguredLoop> configuredLoops;
    SystemdFacts systemd;
    KernelLogFacts kernelLog;
    QList<CollectorNote> notes;

    // The note that left `area` unknown, or nullptr when it was read.
    const CollectorNote* unread(FactArea area) const;
    const InstalledPackage* package(const QString& name) const;

    bool operator==(const Facts&) const = default;
};

QString distroFamilyName(DistroFamily family);
DistroFamily distroFamilyFromName(const QString& name);
// Debian and the families built on it (Ubuntu, Proxmox VE, TrueNAS SCALE):
// dpkg, /boot/grub, linux-image packages.
bool isDebianBased(DistroFamily family);
QString pinKindName(KernelPin::Kind kind);
QString logHitKindName(KernelLogHit::Kind kind);
QString factAreaName(FactArea area);  // "loop-devices"; "" for None
// The yes/no a Tri holds, or nullopt for Unknown (JSON null).
std::optional<bool> triValue(Tri value);
// A Tri in words: `yes`, `no`, or `unknown` when the fact was not read (an
// unread fact is never shown as "no").
QString triText(Tri value, const QString& yes, const QString& no, const QString& unknown);
Tri triFromBool(bool value);

// JSON (the snapshot's "facts" section and `scan --json`); documented in
// docs/snapshot-format.md. fromJson reports the first problem in *error.
QJsonObject toJson(const Facts& facts);
QJsonObject noteToJson(const CollectorNote& note);
std::optional<Facts> factsFromJson(const QJsonObject& object, QString* error);

}  // namespace zd
