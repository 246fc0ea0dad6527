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

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd {

// Something a collector could not find out, with a message a person can act on,
// e.g. {"zfs", "zfs-not-installed", "The zfs command is not installed (PATH searched: ...)"}.
struct CollectorNote {
    QString collector;    // "kernel", "distro", "zfs", "loop", "mount", "systemd", "kernel-log"
    QString code;         // stable machine-readable code
    QString message;      // one sentence for people
    QString evidenceKey;  // the Evidence key it came from, if any
    bool operator==(const CollectorNote&) const = default;
};

enum class DistroFamily { Unknown, Fedora, Debian, Ubuntu, TrueNasScale, Other };

struct DistroFacts {
    QString id;          // os-release ID, e.g. "fedora", "debian", "ubuntu"
    QString idLike;      // os-release ID_LIKE
    QString versionId;   // os-release VERSION_ID, e.g. "41", "12", "24.04", "24.10.2"
    QString prettyName;  // os-release PRETTY_NAME
    DistroFamily family = DistroFamily::Unknown;
    bool operator==(const DistroFacts&) const = default;
};

struct InstalledKernel {
    QString release;     // uname -r style, e.g. "6.11.4-301.fc41.x86_64"
    QString package;     // owning package when known, e.g. "kernel-core-6.11.4-301.fc41.x86_64"
    QStringList seenIn;  // where it was found: "rpm", "dpkg", "/lib/modules", "/boot"
    bool operator==(const InstalledKernel&) const = default;
};

struct KernelPin {
    enum class Kind { Dnf5Versionlock, Dnf4Versionlock, AptHold };
    Kind kind = Kind::AptHold;
    QString package;  // as written in the lock, e.g. "kernel-core-0:6.12.24-200.fc41.*"
    QString source;   // file or command it came from
    bool operator==(const KernelPin&) const = default;
};

struct KernelFacts {
    QString release;       // running kernel, `uname -r` / /proc/sys/kernel/osrelease
    QString procVersion;   // /proc/version, one line
    QString architecture;  // e.g. "x86_64"
    QList<InstalledKernel> installed;
    QString defaultBoot;        // release of the default boot entry, empty if unknown
    QString defaultBootSource;  // "grubby", "grub.cfg", "grubenv"...
    QList<KernelPin> pins;
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
    bool moduleLoaded = false;  // /sys/module/zfs exists
    QString kmodVersion;        // /sys/module/zfs/version, e.g. "2.3.1-1"
    bool userlandInstalled = false;
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
    bool directIo = false;  // /sys/block/loopN/loop/dio == 1
    bool readOnly = false;  // /sys/block/loopN/ro == 1
    bool autoclear = false;
    qint64 offset = 0;
    qint64 sizeLimit = 0;
    std::optional<PathLocation> backingLocation;  // mount holding the backing file
    bool operator==(const LoopDevice&) const = default;
};

struct SysextImage {
    QString path;              // "/var/lib/extensions/debug.raw"
    QString directory;         // "/var/lib/extensions"
    bool isDirectory = false;  // directory-style extension (no loop device involved)
    std::optional<PathLocation> location;
    bool operator==(const SysextImage&) const = default;
};

struct SystemdFacts {
    bool present = false;
    std::optional<int> version;  // 252, 256...
    QString versionText;         // first line of `systemctl --version`
    // SYSTEMD_LOOP_DIRECT_IO as systemd-sysext.service would see it.
    QString sysextLoopDirectIo;        // value, empty when unset
    QString sysextLoopDirectIoOrigin;  // "Environment=" source: a drop-in path or the unit file
    QString sysextActiveState;         // "active", "inactive"...
    QList<SysextImage> sysextImages;
    bool operator==(const SystemdFacts&) const = default;
};

struct KernelLogHit {
    enum class Kind { SquashfsEinval, TxgSyncHung, ZfsSetupDirectOops };
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
    KernelFacts kernel;
    ZfsFacts zfs;
    QList<LoopDevice> loopDevices;
    SystemdFacts systemd;
    KernelLogFacts kernelLog;
    QList<CollectorNote> notes;

    bool operator==(const Facts&) const = default;
};

QString distroFamilyName(DistroFamily family);
DistroFamily distroFamilyFromName(const QString& name);
QString pinKindName(KernelPin::Kind kind);
QString logHitKindName(KernelLogHit::Kind kind);

// JSON (the snapshot's "facts" section and `scan --json`); documented in
// docs/snapshot-format.md. fromJson reports the first problem in *error.
QJsonObject toJson(const Facts& facts);
std::optional<Facts> factsFromJson(const QJsonObject& object, QString* error);

}  // namespace zd
