// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/facts.h"

#include <QJsonArray>
#include <QJsonValue>

// JSON form of Facts (documented in docs/snapshot-format.md).
//
// Writing emits every field, so a reader of a snapshot sees the whole model
// even where values are empty. Reading is lenient about *absent* keys (they
// take the model's default, so an older snapshot still loads) but strict about
// *wrong types*: a string where an object belongs means the file is not what it
// claims to be, and guessing would produce wrong verdicts. The first problem is
// reported with its JSON path, e.g. "facts.zfs.pools[1].size_bytes: expected a
// number, got string".

namespace zd {

namespace {

struct DistroFamilyName {
    DistroFamily family;
    const char* name;
};
constexpr DistroFamilyName kDistroFamilyNames[] = {
    {DistroFamily::Unknown, "unknown"},
    {DistroFamily::Fedora, "fedora"},
    {DistroFamily::Debian, "debian"},
    {DistroFamily::Ubuntu, "ubuntu"},
    {DistroFamily::TrueNasScale, "truenas-scale"},
    {DistroFamily::Proxmox, "proxmox-ve"},
    {DistroFamily::Other, "other"},
};

struct PinKindName {
    KernelPin::Kind kind;
    const char* name;
};
constexpr PinKindName kPinKindNames[] = {
    {KernelPin::Kind::Dnf5Versionlock, "dnf5-versionlock"},
    {KernelPin::Kind::Dnf4Versionlock, "dnf4-versionlock"},
    {KernelPin::Kind::AptHold, "apt-hold"},
    {KernelPin::Kind::ProxmoxBootPin, "proxmox-boot-pin"},
};

struct FactAreaName {
    FactArea area;
    const char* name;
};
constexpr FactAreaName kFactAreaNames[] = {
    {FactArea::None, ""},
    {FactArea::Distribution, "distribution"},
    {FactArea::KernelRelease, "kernel-release"},
    {FactArea::Packages, "packages"},
    {FactArea::InstalledKernels, "installed-kernels"},
    {FactArea::DefaultBoot, "default-boot"},
    {FactArea::ZfsModule, "zfs-module"},
    {FactArea::ZfsUserland, "zfs-userland"},
    {FactArea::ZfsParameters, "zfs-parameters"},
    {FactArea::ZfsDatasets, "zfs-datasets"},
    {FactArea::LoopDevices, "loop-devices"},
    {FactArea::Fstab, "fstab"},
    {FactArea::Sysext, "sysext"},
    {FactArea::KernelLog, "kernel-log"},
};

struct LogHitKindName {
    KernelLogHit::Kind kind;
    const char* name;
};
constexpr LogHitKindName kLogHitKindNames[] = {
    {KernelLogHit::Kind::SquashfsEinval, "squashfs-einval"},
    {KernelLogHit::Kind::TxgSyncHung, "txg-sync-hung"},
    {KernelLogHit::Kind::ZfsSetupDirectOops, "zfs-setup-direct-oops"},
    {KernelLogHit::Kind::LoopWriteHung, "loop-write-hung"},
    {KernelLogHit::Kind::LoopWriteOops, "loop-write-oops"},
};

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

// Reads typed values out of JSON objects, remembering the first error. Once an
// error is set every further read is a no-op, so parsing code can read a whole
// object and check `ok()` once.
class Reader {
  public:
    explicit Reader(QString* error) : m_error(error) {}
    bool ok() const { return !m_failed; }

    void fail(const QString& path, const QString& what) {
        if (m_failed) {
            return;
        }
        m_failed = true;
        if (m_error) {
            *m_error = QStringLiteral("%1: %2").arg(path, what);
        }
    }

    // Returns the value when present and of `type`; undefined/null otherwise
    // (absent is fine, wrong type is an error).
    QJsonValue get(const QJsonObject& object, const QString& path, const char* key,
                   QJsonValue::Type type) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (m_failed || value.isUndefined() || value.isNull()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (value.type() != type) {
            const QJsonValue expected(type);
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("expected %1, got %2")
                     .arg(article(jsonTypeName(expected)), jsonTypeName(value)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    }

    QString string(const QJsonObject& o, const QString& path, const char* key) {
        return get(o, path, key, QJsonValue::String).toString();
    }
    bool boolean(const QJsonObject& o, const QString& path, const char* key,
                 bool fallback = false) {
        const QJsonValue v = get(o, path, key, QJsonValue::Bool);
        return v.isBool() ? v.toBool() : fallback;
    }
    std::optional<bool> optionalBoolean(const QJsonObject& o, const QString& path,
                                        const char* key) {
        const QJsonValue v = get(o, path, key, QJsonValue::Bool);
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    }
    // true/false/null (or absent): Yes/No/Unknown.
    Tri tri(const QJsonObject& o, const QString& path, const char* key) {
        const std::optional<bool> value = optionalBoolean(o, path, key);
        return value ? triFromBool(*value) : Tri::Unknown;
    }
    std::optional<qint64> optionalInteger(const QJsonObject& o, const QString& path,
                                          const char* key) {
        const QJsonValue v = get(o, path, key, QJsonValue::Double);
        if (!v.isDouble()) {
            return std::nullopt;
        }
        const double asDouble = v.toDouble();
        const qint64 asInteger = v.toInteger();
        if (static_cast<double>(asInteger) != asDouble) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("expected a whole number, got %1").arg(asDouble));
            return std::nullopt;
        }
        return asInteger;
    }
    qint64 integer(const QJsonObject& o, const QString& path, const char* key) {
        return optionalInteger(o, path, key).value_or(0);
    }
    QJsonObject object(const QJsonObject& o, const QString& path, const char* key) {
        return get(o, path, key, QJsonValue::Object).toObject();
    }
    bool has(const QJsonObject& o, const char* key) const {
        const QJsonValue v = o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    QStringList stringList(const QJsonObject& o, const QString& path, const char* key) {
        QStringList result;
        const QJsonArray array = get(o, path, key, QJsonValue::Array).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i),
                     QStringLiteral("expected a string, got %1").arg(jsonTypeName(array.at(i))));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }
    // Calls `each(object, elementPath)` for every element of an array of objects.
    template <typename Each>
    void objects(const QJsonObject& o, const QString& path, const char* key, Each each) {
        const QJsonArray array = get(o, path, key, QJsonValue::Array).toArray();
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString elementPath =
                QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i);
            if (!array.at(i).isObject()) {
                fail(elementPath,
                     QStringLiteral("expected an object, got %1").arg(jsonTypeName(array.at(i))));
                return;
            }
            each(array.at(i).toObject(), elementPath);
        }
    }

  private:
    static QString article(const QString& typeName) {
        const bool vowel =
            typeName.startsWith(QLatin1Char('a')) || typeName.startsWith(QLatin1Char('o'));
        return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + typeName;
    }

    QString* m_error;
    bool m_failed = false;
};

QJsonValue optionalToJson(const std::optional<qint64>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue triToJson(Tri value) {
    const std::optional<bool> known = triValue(value);
    return known ? QJsonValue(*known) : QJsonValue(QJsonValue::Null);
}

QJsonObject levelToJson(const KernelLevel& level) {
    return {{QStringLiteral("level"), level.level},
            {QStringLiteral("source"), level.source},
            {QStringLiteral("unknown_reason"), level.unknownReason},
            {QStringLiteral("floor"), level.floor},
            {QStringLiteral("ceiling"), level.ceiling}};
}

// ---- writing ----------------------------------------------------------------

QJsonObject propertyToJson(const ZfsProperty& property) {
    return {{QStringLiteral("value"), property.value},
            {QStringLiteral("source"), property.source},
            {QStringLiteral("present"), property.present}};
}

QJsonValue locationToJson(const std::optional<PathLocation>& location) {
    if (!location) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{QStringLiteral("mount_point"), location->mountPoint},
                       {QStringLiteral("fs_type"), location->fsType},
                       {QStringLiteral("source"), location->source}};
}

QJsonObject distroToJson(const DistroFacts& distro) {
    return {{QStringLiteral("id"), distro.id},
            {QStringLiteral("id_like"), distro.idLike},
            {QStringLiteral("version_id"), distro.versionId},
            {QStringLiteral("pretty_name"), distro.prettyName},
            {QStringLiteral("family"), distroFamilyName(distro.family)}};
}

QJsonArray packagesToJson(const QList<InstalledPackage>& packages) {
    QJsonArray array;
    for (const InstalledPackage& package : packages) {
        array.append(QJsonObject{{QStringLiteral("name"), package.name},
                                 {QStringLiteral("version"), package.version},
                                 {QStringLiteral("held"), package.held}});
    }
    return array;
}

QJsonObject kernelToJson(const KernelFacts& kernel) {
    QJsonArray installed;
    for (const InstalledKernel& k : kernel.installed) {
        installed.append(
            QJsonObject{{QStringLiteral("release"), k.release},
                        {QStringLiteral("package"), k.package},
                        {QStringLiteral("package_version"), k.packageVersion},
                        {QStringLiteral("seen_in"), QJsonArray::fromStringList(k.seenIn)},
                        {QStringLiteral("level"), levelToJson(k.level)},
                        {QStringLiteral("zfs_module"), triToJson(k.zfsModule)},
                        {QStringLiteral("zfs_module_path"), k.zfsModulePath},
                        {QStringLiteral("headers"), triToJson(k.headers)},
                        {QStringLiteral("default_boot"), k.defaultBoot},
                        {QStringLiteral("newer_than_running"), triToJson(k.newerThanRunning)}});
    }
    QJsonArray pins;
    for (const KernelPin& pin : kernel.pins) {
        pins.append(QJsonObject{{QStringLiteral("kind"), pinKindName(pin.kind)},
                                {QStringLiteral("package"), pin.package},
                                {QStringLiteral("source"), pin.source}});
    }
    return {{QStringLiteral("release"), kernel.release},
            {QStringLiteral("proc_version"), kernel.procVersion},
            {QStringLiteral("architecture"), kernel.architecture},
            {QStringLiteral("level"), levelToJson(kernel.level)},
            {QStringLiteral("installed"), installed},
            {QStringLiteral("default_boot"), kernel.defaultBoot},
            {QStringLiteral("default_boot_source"), kernel.defaultBootSource},
            {QStringLiteral("pins"), pins}};
}

QJsonObject zfsToJson(const ZfsFacts& zfs) {
    QJsonObject parameters;
    for (auto it = zfs.parameters.cbegin(); it != zfs.parameters.cend(); ++it) {
        parameters.insert(it.key(), it.value());
    }
    QJsonArray pools;
    for (const ZfsPool& pool : zfs.pools) {
        pools.append(
            QJsonObject{{QStringLiteral("name"), pool.name},
                        {QStringLiteral("size_bytes"), optionalToJson(pool.sizeBytes)},
                        {QStringLiteral("allocated_bytes"), optionalToJson(pool.allocatedBytes)},
                        {QStringLiteral("free_bytes"), optionalToJson(pool.freeBytes)},
                        {QStringLiteral("health"), pool.health}});
    }
    QJsonArray datasets;
    for (const ZfsDataset& ds : zfs.datasets) {
        datasets.append(QJsonObject{{QStringLiteral("name"), ds.name},
                                    {QStringLiteral("direct"), propertyToJson(ds.direct)},
                                    {QStringLiteral("recordsize"), propertyToJson(ds.recordsize)},
                                    {QStringLiteral("mountpoint"), propertyToJson(ds.mountpoint)},
                                    {QStringLiteral("mounted"), propertyToJson(ds.mounted)},
                                    {QStringLiteral("readonly"), propertyToJson(ds.readonly)}});
    }
    return {{QStringLiteral("module_loaded"), triToJson(zfs.moduleLoaded)},
            {QStringLiteral("kmod_version"), zfs.kmodVersion},
            {QStringLiteral("userland_installed"), triToJson(zfs.userlandInstalled)},
            {QStringLiteral("userland_version"), zfs.userlandVersion},
            {QStringLiteral("userland_kmod_version"), zfs.userlandKmodVersion},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("direct_property_supported"),
             zfs.directPropertySupported ? QJsonValue(*zfs.directPropertySupported)
                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pools"), pools},
            {QStringLiteral("datasets"), datasets}};
}

QJsonArray loopDevicesToJson(const QList<LoopDevice>& loops) {
    QJsonArray array;
    for (const LoopDevice& loop : loops) {
        array.append(QJsonObject{
            {QStringLiteral("name"), loop.name},
            {QStringLiteral("backing_file"), loop.backingFile},
            {QStringLiteral("backing_file_deleted"), loop.backingFileDeleted},
            {QStringLiteral("direct_io"), triToJson(loop.directIo)},
            {QStringLiteral("read_only"), triToJson(loop.readOnly)},
            {QStringLiteral("logical_block_size"), loop.logicalBlockSize
                                                       ? QJsonValue(*loop.logicalBlockSize)
                                                       : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("autoclear"), loop.autoclear},
            {QStringLiteral("offset"), loop.offset},
            {QStringLiteral("size_limit"), loop.sizeLimit},
            {QStringLiteral("backing_location"), locationToJson(loop.backingLocation)}});
    }
    return array;
}

QJsonArray configuredLoopsToJson(const QList<ConfiguredLoop>& loops) {
    QJsonArray array;
    for (const ConfiguredLoop& loop : loops) {
        array.append(QJsonObject{
            {QStringLiteral("backing_file"), loop.backingFile},
            {QStringLiteral("mount_point"), loop.mountPoint},
            {QStringLiteral("fs_type"), loop.fsType},
            {QStringLiteral("read_only"), loop.readOnly},
            {QStringLiteral("origin"), loop.origin},
            {QStringLiteral("backing_location"), locationToJson(loop.backingLocation)}});
    }
    return array;
}

QJsonObject systemdToJson(const SystemdFacts& systemd) {
    QJsonArray directories;
    for (const SysextDirectory& directory : systemd.sysextDirectories) {
        directories.append(
            QJsonObject{{QStringLiteral("path"), directory.path},
                        {QStringLiteral("exists"), triToJson(directory.exists)},
                        {QStringLiteral("location"), locationToJson(directory.location)}});
    }
    QJsonArray images;
    for (const SysextImage& image : systemd.sysextImages) {
        images.append(QJsonObject{{QStringLiteral("path"), image.path},
                                  {QStringLiteral("directory"), image.directory},
                                  {QStringLiteral("is_directory"), image.isDirectory},
                                  {QStringLiteral("location"), locationToJson(image.location)}});
    }
    return {{QStringLiteral("present"), triToJson(systemd.present)},
            {QStringLiteral("version"),
             systemd.version ? QJsonValue(*systemd.version) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("version_text"), systemd.versionText},
            {QStringLiteral("sysext_loop_direct_io"), systemd.sysextLoopDirectIo},
            {QStringLiteral("sysext_loop_direct_io_origin"), systemd.sysextLoopDirectIoOrigin},
            {QStringLiteral("sysext_active_state"), systemd.sysextActiveState},
            {QStringLiteral("sysext_enabled"), triToJson(systemd.sysextEnabled)},
            {QStringLiteral("sysext_enabled_source"), systemd.sysextEnabledSource},
            {QStringLiteral("sysext_directories"), directories},
            {QStringLiteral("sysext_images"), images}};
}

QJsonObject kernelLogToJson(const KernelLogFacts& log) {
    QJsonArray hits;
    for (const KernelLogHit& hit : log.hits) {
        hits.append(QJsonObject{{QStringLiteral("kind"), logHitKindName(hit.kind)},
                                {QStringLiteral("line"), hit.line}});
    }
    return {{QStringLiteral("readable"), log.readable}, {QStringLiteral("hits"), hits}};
}

// ---- reading ----------------------------------------------------------------

ZfsProperty propertyFromJson(Reader& r, const QJsonObject& parent, const QString& path,
                             const char* key) {
    const QJsonObject o = r.object(parent, path, key);
    const QString here = path + QLatin1Char('.') + QLatin1String(key);
    ZfsProperty property;
    property.value = r.string(o, here, "value");
    property.source = r.string(o, here, "source");
    property.present = r.boolean(o, here, "present");
    return property;
}

std::optional<PathLocation> locationFromJson(Reader& r, const QJsonObject& parent,
                                             const QString& path, const char* key) {
    if (!r.has(parent, key)) {
        return std::nullopt;
    }
    const QJsonObject o = r.object(parent, path, key);
    const QString here = path + QLatin1Char('.') + QLatin1String(key);
    PathLocation location;
    location.mountPoint = r.string(o, here, "mount_point");
    location.fsType = r.string(o, here, "fs_type");
    location.source = r.string(o, here, "source");
    return location;
}

void readDistro(Reader& r, const QJsonObject& o, const QString& path, DistroFacts& distro) {
    distro.id = r.string(o, path, "id");
    distro.idLike = r.string(o, path, "id_like");
    distro.versionId = r.string(o, path, "version_id");
    distro.prettyName = r.string(o, path, "pretty_name");
    const QString family = r.string(o, path, "family");
    distro.family = distroFamilyFromName(family);
    if (!family.isEmpty() && distro.family == DistroFamily::Unknown &&
        family != distroFamilyName(DistroFamily::Unknown)) {
        r.fail(path + QStringLiteral(".family"),
               QStringLiteral("unknown distribution family '%1'").arg(family));
    }
}

KernelLevel levelFromJson(Reader& r, const QJsonObject& parent, const QString& path,
                          const char* key) {
    const QJsonObject o = r.object(parent, path, key);
    const QString here = path + QLatin1Char('.') + QLatin1String(key);
    KernelLevel level;
    level.level = r.string(o, here, "level");
    level.source = r.string(o, here, "source");
    level.unknownReason = r.string(o, here, "unknown_reason");
    level.floor = r.string(o, here, "floor");
    level.ceiling = r.string(o, here, "ceiling");
    return level;
}

void readPackages(Reader& r, const QJsonObject& o, const QString& path,
                  QList<InstalledPackage>& packages) {
    r.objects(o, path, "packages", [&](const QJsonObject& e, const QString& p) {
        InstalledPackage package;
        package.name = r.string(e, p, "name");
        package.version = r.string(e, p, "version");
        package.held = r.boolean(e, p, "held");
        packages.append(package);
    });
}

void readKernel(Reader& r, const QJsonObject& o, const QString& path, KernelFacts& kernel) {
    kernel.release = r.string(o, path, "release");
    kernel.procVersion = r.string(o, path, "proc_version");
    kernel.architecture = r.string(o, path, "architecture");
    kernel.level = levelFromJson(r, o, path, "level");
    r.objects(o, path, "installed", [&](const QJsonObject& e, const QString& p) {
        InstalledKernel k;
        k.release = r.string(e, p, "release");
        k.package = r.string(e, p, "package");
        k.packageVersion = r.string(e, p, "package_version");
        k.seenIn = r.stringList(e, p, "seen_in");
        k.level = levelFromJson(r, e, p, "level");
        k.zfsModule = r.tri(e, p, "zfs_module");
        k.zfsModulePath = r.string(e, p, "zfs_module_path");
        k.headers = r.tri(e, p, "headers");
        k.defaultBoot = r.boolean(e, p, "default_boot");
        k.newerThanRunning = r.tri(e, p, "newer_than_running");
        kernel.installed.append(k);
    });
    kernel.defaultBoot = r.string(o, path, "default_boot");
    kernel.defaultBootSource = r.string(o, path, "default_boot_source");
    r.objects(o, path, "pins", [&](const QJsonObject& e, const QString& p) {
        KernelPin pin;
        const QString kind = r.string(e, p, "kind");
        bool known = false;
        for (const auto& entry : kPinKindNames) {
            if (kind == QLatin1String(entry.name)) {
                pin.kind = entry.kind;
                known = true;
            }
        }
        if (!known) {
            r.fail(p + QStringLiteral(".kind"), QStringLiteral("unknown pin kind '%1'").arg(kind));
        }
        pin.package = r.string(e, p, "package");
        pin.source = r.string(e, p, "source");
        kernel.pins.append(pin);
    });
}

void readZfs(Reader& r, const QJsonObject& o, const QString& path, ZfsFacts& zfs) {
    zfs.moduleLoaded = r.tri(o, path, "module_loaded");
    zfs.kmodVersion = r.string(o, path, "kmod_version");
    zfs.userlandInstalled = r.tri(o, path, "userland_installed");
    zfs.userlandVersion = r.string(o, path, "userland_version");
    zfs.userlandKmodVersion = r.string(o, path, "userland_kmod_version");
    const QJsonObject parameters = r.object(o, path, "parameters");
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (!it.value().isString()) {
            r.fail(QStringLiteral("%1.parameters.%2").arg(path, it.key()),
                   QStringLiteral("expected a string, got %1").arg(jsonTypeName(it.value())));
            break;
        }
        zfs.parameters.insert(it.key(), it.value().toString());
    }
    zfs.directPropertySupported = r.optionalBoolean(o, path, "direct_property_supported");
    r.objects(o, path, "pools", [&](const QJsonObject& e, const QString& p) {
        ZfsPool pool;
        pool.name = r.string(e, p, "name");
        pool.sizeBytes = r.optionalInteger(e, p, "size_bytes");
        pool.allocatedBytes = r.optionalInteger(e, p, "allocated_bytes");
        pool.freeBytes = r.optionalInteger(e, p, "free_bytes");
        pool.health = r.string(e, p, "health");
        zfs.pools.append(pool);
    });
    r.objects(o, path, "datasets", [&](const QJsonObject& e, const QString& p) {
        ZfsDataset ds;
        ds.name = r.string(e, p, "name");
        ds.direct = propertyFromJson(r, e, p, "direct");
        ds.recordsize = propertyFromJson(r, e, p, "recordsize");
        ds.mountpoint = propertyFromJson(r, e, p, "mountpoint");
        ds.mounted = propertyFromJson(r, e, p, "mounted");
        ds.readonly = propertyFromJson(r, e, p, "readonly");
        zfs.datasets.append(ds);
    });
}

void readLoopDevices(Reader& r, const QJsonObject& o, const QString& path,
                     QList<LoopDevice>& loops) {
    r.objects(o, path, "loop_devices", [&](const QJsonObject& e, const QString& p) {
        LoopDevice loop;
        loop.name = r.string(e, p, "name");
        loop.backingFile = r.string(e, p, "backing_file");
        loop.backingFileDeleted = r.boolean(e, p, "backing_file_deleted");
        loop.directIo = r.tri(e, p, "direct_io");
        loop.readOnly = r.tri(e, p, "read_only");
        if (const auto size = r.optionalInteger(e, p, "logical_block_size")) {
            loop.logicalBlockSize = static_cast<int>(*size);
        }
        loop.autoclear = r.boolean(e, p, "autoclear");
        loop.offset = r.integer(e, p, "offset");
        loop.sizeLimit = r.integer(e, p, "size_limit");
        loop.backingLocation = locationFromJson(r, e, p, "backing_location");
        loops.append(loop);
    });
}

void readConfiguredLoops(Reader& r, const QJsonObject& o, const QString& path,
                         QList<ConfiguredLoop>& loops) {
    r.objects(o, path, "configured_loops", [&](const QJsonObject& e, const QString& p) {
        ConfiguredLoop loop;
        loop.backingFile = r.string(e, p, "backing_file");
        loop.mountPoint = r.string(e, p, "mount_point");
        loop.fsType = r.string(e, p, "fs_type");
        loop.readOnly = r.boolean(e, p, "read_only");
        loop.origin = r.string(e, p, "origin");
        loop.backingLocation = locationFromJson(r, e, p, "backing_location");
        loops.append(loop);
    });
}

void readSystemd(Reader& r, const QJsonObject& o, const QString& path, SystemdFacts& systemd) {
    systemd.present = r.tri(o, path, "present");
    if (const auto version = r.optionalInteger(o, path, "version")) {
        systemd.version = static_cast<int>(*version);
    }
    systemd.versionText = r.string(o, path, "version_text");
    systemd.sysextLoopDirectIo = r.string(o, path, "sysext_loop_direct_io");
    systemd.sysextLoopDirectIoOrigin = r.string(o, path, "sysext_loop_direct_io_origin");
    systemd.sysextActiveState = r.string(o, path, "sysext_active_state");
    systemd.sysextEnabled = r.tri(o, path, "sysext_enabled");
    systemd.sysextEnabledSource = r.string(o, path, "sysext_enabled_source");
    r.objects(o, path, "sysext_directories", [&](const QJsonObject& e, const QString& p) {
        SysextDirectory directory;
        directory.path = r.string(e, p, "path");
        directory.exists = r.tri(e, p, "exists");
        directory.location = locationFromJson(r, e, p, "location");
        systemd.sysextDirectories.append(directory);
    });
    r.objects(o, path, "sysext_images", [&](const QJsonObject& e, const QString& p) {
        SysextImage image;
        image.path = r.string(e, p, "path");
        image.directory = r.string(e, p, "directory");
        image.isDirectory = r.boolean(e, p, "is_directory");
        image.location = locationFromJson(r, e, p, "location");
        systemd.sysextImages.append(image);
    });
}

void readKernelLog(Reader& r, const QJsonObject& o, const QString& path, KernelLogFacts& log) {
    log.readable = r.boolean(o, path, "readable");
    r.objects(o, path, "hits", [&](const QJsonObject& e, const QString& p) {
        KernelLogHit hit;
        const QString kind = r.string(e, p, "kind");
        bool known = false;
        for (const auto& entry : kLogHitKindNames) {
            if (kind == QLatin1String(entry.name)) {
                hit.kind = entry.kind;
                known = true;
            }
        }
        if (!known) {
            r.fail(p + QStringLiteral(".kind"),
                   QStringLiteral("unknown kernel log hit kind '%1'").arg(kind));
        }
        hit.line = r.string(e, p, "line");
        log.hits.append(hit);
    });
}

}  // namespace

bool ZfsFacts::versionMismatch() const {
    return !kmodVersion.isEmpty() && !userlandVersion.isEmpty() && kmodVersion != userlandVersion;
}

const InstalledKernel* KernelFacts::installedKernel(const QString& wanted) const {
    for (const InstalledKernel& kernel : installed) {
        if (kernel.release == wanted) {
            return &kernel;
        }
    }
    return nullptr;
}

const InstalledKernel* KernelFacts::defaultKernel() const {
    return defaultBoot.isEmpty() ? nullptr : installedKernel(defaultBoot);
}

const CollectorNote* Facts::unread(FactArea area) const {
    for (const CollectorNote& note : notes) {
        if (note.area == area && area != FactArea::None) {
            return &note;
        }
    }
    return nullptr;
}

const InstalledPackage* Facts::package(const QString& name) const {
    for (const InstalledPackage& candidate : packages) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

const ZfsDataset* ZfsFacts::dataset(const QString& name) const {
    for (const ZfsDataset& ds : datasets) {
        if (ds.name == name) {
            return &ds;
        }
    }
    return nullptr;
}

QString distroFamilyName(DistroFamily family) {
    for (const auto& entry : kDistroFamilyNames) {
        if (entry.family == family) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

DistroFamily distroFamilyFromName(const QString& name) {
    for (const auto& entry : kDistroFamilyNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.family;
        }
    }
    return DistroFamily::Unknown;
}

bool isDebianBased(DistroFamily family) {
    return family == DistroFamily::Debian || family == DistroFamily::Ubuntu ||
           family == DistroFamily::Proxmox || family == DistroFamily::TrueNasScale;
}

QString factAreaName(FactArea area) {
    for (const auto& entry : kFactAreaNames) {
        if (entry.area == area) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QString triText(Tri value, const QString& yes, const QString& no, const QString& unknown) {
    const std::optional<bool> known = triValue(value);
    if (!known) {
        return unknown;
    }
    return *known ? yes : no;
}

std::optional<bool> triValue(Tri value) {
    switch (value) {
        case Tri::Yes:
            return true;
        case Tri::No:
            return false;
        case Tri::Unknown:
            break;
    }
    return std::nullopt;
}

Tri triFromBool(bool value) {
    return value ? Tri::Yes : Tri::No;
}

QString pinKindName(KernelPin::Kind kind) {
    for (const auto& entry : kPinKindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QString logHitKindName(KernelLogHit::Kind kind) {
    for (const auto& entry : kLogHitKindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QJsonObject noteToJson(const CollectorNote& note) {
    QJsonObject object{{QStringLiteral("collector"), note.collector},
                       {QStringLiteral("code"), note.code},
                       {QStringLiteral("message"), note.message},
                       {QStringLiteral("evidence_key"), note.evidenceKey}};
    if (note.area != FactArea::None) {
        object.insert(QStringLiteral("unknown_area"), factAreaName(note.area));
    }
    return object;
}

QJsonObject toJson(const Facts& facts) {
    QJsonArray notes;
    for (const CollectorNote& note : facts.notes) {
        notes.append(noteToJson(note));
    }
    return {{QStringLiteral("hostname"), facts.hostname},
            {QStringLiteral("collected_at"), facts.collectedAt},
            {QStringLiteral("distro"), distroToJson(facts.distro)},
            {QStringLiteral("packages"), packagesToJson(facts.packages)},
            {QStringLiteral("kernel"), kernelToJson(facts.kernel)},
            {QStringLiteral("zfs"), zfsToJson(facts.zfs)},
            {QStringLiteral("loop_devices"), loopDevicesToJson(facts.loopDevices)},
            {QStringLiteral("configured_loops"), configuredLoopsToJson(facts.configuredLoops)},
            {QStringLiteral("systemd"), systemdToJson(facts.systemd)},
            {QStringLiteral("kernel_log"), kernelLogToJson(facts.kernelLog)},
            {QStringLiteral("notes"), notes}};
}

std::optional<Facts> factsFromJson(const QJsonObject& object, QString* error) {
    Reader r(error);
    const QString path = QStringLiteral("facts");
    Facts facts;
    facts.hostname = r.string(object, path, "hostname");
    facts.collectedAt = r.string(object, path, "collected_at");
    readDistro(r, r.object(object, path, "distro"), path + QStringLiteral(".distro"), facts.distro);
    readPackages(r, object, path, facts.packages);
    readKernel(r, r.object(object, path, "kernel"), path + QStringLiteral(".kernel"), facts.kernel);
    readZfs(r, r.object(object, path, "zfs"), path + QStringLiteral(".zfs"), facts.zfs);
    readLoopDevices(r, object, path, facts.loopDevices);
    readConfiguredLoops(r, object, path, facts.configuredLoops);
    readSystemd(r, r.object(object, path, "systemd"), path + QStringLiteral(".systemd"),
                facts.systemd);
    readKernelLog(r, r.object(object, path, "kernel_log"), path + QStringLiteral(".kernel_log"),
                  facts.kernelLog);
    r.objects(object, path, "notes", [&](const QJsonObject& e, const QString& p) {
        CollectorNote note;
        note.collector = r.string(e, p, "collector");
        note.code = r.string(e, p, "code");
        note.message = r.string(e, p, "message");
        note.evidenceKey = r.string(e, p, "evidence_key");
        const QString area = r.string(e, p, "unknown_area");
        if (!area.isEmpty()) {
            bool known = false;
            for (const auto& entry : kFactAreaNames) {
                if (area == QLatin1String(entry.name)) {
                    note.area = entry.area;
                    known = true;
                }
            }
            if (!known) {
                r.fail(p + QStringLiteral(".unknown_area"),
                       QStringLiteral("unknown fact area '%1'").arg(area));
            }
        }
        facts.notes.append(note);
    });
    if (!r.ok()) {
        return std::nullopt;
    }
    return facts;
}

}  // namespace zd
