// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_source.h"

#include <spdlog/spdlog.h>

#include <QRegularExpression>
#include <algorithm>

#include "collect/live_source.h"
#include "collect/mount_table.h"
#include "collect/source_requests.h"
#include "remote/remote_command.h"

namespace zd {

namespace {

enum class ReadKind { File, Listing };

// How a read or a listing that failed on the remote is recorded: the same
// failure kinds the live source reports for the same errno.
Evidence withFailure(Evidence evidence, const RemoteReadItem& item, const QString& path,
                     const QString& host, ReadKind kind) {
    const bool listing = kind == ReadKind::Listing;
    evidence.failure = Evidence::Failure::Error;
    switch (item.status) {
        case RemoteReadItem::Status::NotFound:
            evidence.failure = Evidence::Failure::NotFound;
            evidence.message = QStringLiteral("%1 does not exist on %2").arg(path, host);
            return evidence;
        case RemoteReadItem::Status::PermissionDenied:
            evidence.failure = Evidence::Failure::PermissionDenied;
            evidence.message = QStringLiteral("%1 on %2: permission denied").arg(path, host);
            return evidence;
        case RemoteReadItem::Status::NotADirectory:
            if (listing) {
                // opendir() fails with ENOTDIR, which the live source reports as NotFound.
                evidence.failure = Evidence::Failure::NotFound;
                evidence.message = QStringLiteral("%1 on %2 is not a directory").arg(path, host);
                return evidence;
            }
            break;
        case RemoteReadItem::Status::IsADirectory:
        case RemoteReadItem::Status::NotARegularFile:
            if (!listing) {
                evidence.message = QStringLiteral("%1 on %2 is not a regular file").arg(path, host);
                return evidence;
            }
            break;
        case RemoteReadItem::Status::Ok:
        case RemoteReadItem::Status::Error:
            break;
    }
    evidence.message = (listing ? QStringLiteral("%1 on %2 could not be listed: %3")
                                : QStringLiteral("%1 on %2 could not be read: %3"))
                           .arg(path, host, item.message);
    return evidence;
}

QStringList splitNames(const QByteArray& data) {
    QStringList names;
    for (const QByteArray& name : data.split('\0')) {
        if (!name.isEmpty()) {
            names << QString::fromUtf8(name);
        }
    }
    return names;
}

// "loop10" sorts after "loop9", as the live source orders them.
int loopNumber(const QString& name) {
    bool ok = false;
    const int number = name.mid(4).toInt(&ok);
    return ok ? number : std::numeric_limits<int>::max();
}

// The live source's listing format: one name per line, each line ended.
QString listingText(const QStringList& names) {
    return names.isEmpty() ? QString() : names.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Evidence commandEvidence(const QStringList& argv) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = commandEvidenceKey(argv);
    evidence.argv = argv;
    return evidence;
}

}  // namespace

RemoteSource::RemoteSource(std::unique_ptr<SshConnection> connection)
    : m_connection(std::move(connection)) {}

RemoteSource::~RemoteSource() = default;

QString RemoteSource::description() const {
    return QStringLiteral("ssh %1").arg(m_connection->host().toString());
}

Evidence RemoteSource::record(Evidence evidence) {
    m_log.add(evidence);
    return evidence;
}

Evidence RemoteSource::connectionFailure(Evidence evidence) const {
    evidence.failure = Evidence::Failure::Error;
    evidence.message = m_connectionError;
    return evidence;
}

bool RemoteSource::fetch(const QList<RemoteReadRequest>& requests, QString* error) {
    if (!m_connectionError.isEmpty()) {
        if (error) {
            *error = m_connectionError;
        }
        return false;
    }
    const std::optional<QString> commandLine = remoteReadCommandLine(requests);
    if (!commandLine) {
        if (error) {
            *error = QStringLiteral("a path contains a NUL character and cannot be sent");
        }
        return false;
    }
    // A single-path fetch is a read the prefetch set missed: worth knowing
    // when tuning defaultPrefetch() (zfs-doctor -vv).
    if (requests.size() == 1) {
        spdlog::debug("ssh {}: extra round trip for {}",
                      m_connection->host().toString().toStdString(),
                      requests.first().path.toStdString());
    }
    const SshExecution execution = m_connection->execute(*commandLine, std::chrono::seconds(60));
    if (execution.outcome != SshExecution::Outcome::Completed) {
        m_connectionError = execution.error.message;
        if (error) {
            *error = m_connectionError;
        }
        return false;
    }
    QString parseError;
    const std::optional<QList<RemoteReadItem>> items =
        parseRemoteReadOutput(execution.standardOutput, &parseError);
    if (!items) {
        // A half answer means the stream broke off; nothing of it is kept.
        if (error) {
            *error = QStringLiteral("unreadable answer from %1: %2")
                         .arg(m_connection->host().toString(), parseError);
        }
        return false;
    }
    for (const RemoteReadItem& item : *items) {
        m_cache.insert(CacheKey{item.kind, item.path}, item);
        if (item.kind == RemoteReadItem::Kind::LoopList) {
            m_loopScanDone = true;
        }
    }
    return true;
}

bool RemoteSource::prefetch(const QList<RemoteReadRequest>& requests, QString* error) {
    return fetch(requests, error);
}

const RemoteReadItem* RemoteSource::cached(RemoteReadItem::Kind kind, const QString& path) const {
    const auto it = m_cache.constFind(CacheKey{kind, path});
    return it == m_cache.constEnd() ? nullptr : &it.value();
}

Evidence RemoteSource::fileEvidence(const QString& path, const RemoteReadItem& item) const {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    const QString host = m_connection->host().toString();
    if (item.status != RemoteReadItem::Status::Ok) {
        return withFailure(std::move(evidence), item, path, host, ReadKind::File);
    }
    // The live source's limit, so both refuse the same files.
    if (item.data.size() > LiveSource::kMaxFileBytes) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("%1 on %2 is larger than %3 bytes; not read")
                               .arg(path, host)
                               .arg(LiveSource::kMaxFileBytes);
        return evidence;
    }
    evidence.output = QString::fromUtf8(item.data);
    return evidence;
}

Evidence RemoteSource::directoryEvidence(const QString& path, const QString& key,
                                         const RemoteReadItem& item) const {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = key;
    if (item.status != RemoteReadItem::Status::Ok) {
        return withFailure(std::move(evidence), item, path, m_connection->host().toString(),
                           ReadKind::Listing);
    }
    QStringList names = splitNames(item.data);
    names.sort();
    evidence.output = listingText(names);
    return evidence;
}

Evidence RemoteSource::readFile(const QString& path) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    if (const RemoteReadItem* item = cached(RemoteReadItem::Kind::File, path)) {
        return record(fileEvidence(path, *item));
    }
    QString error;
    if (!fetch({{RemoteReadRequest::Kind::File, path}}, &error)) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = error;
        return record(evidence);
    }
    if (const RemoteReadItem* item = cached(RemoteReadItem::Kind::File, path)) {
        return record(fileEvidence(path, *item));
    }
    evidence.failure = Evidence::Failure::Error;
    evidence.message = QStringLiteral("%1 was not in the answer from %2")
                           .arg(path, m_connection->host().toString());
    return record(evidence);
}

Evidence RemoteSource::listing(const QString& path, bool typed) {
    const RemoteReadItem::Kind kind =
        typed ? RemoteReadItem::Kind::TypedDirectory : RemoteReadItem::Kind::Directory;
    const QString key = typed ? typedListingEvidenceKey(path) : path;
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = key;
    if (const RemoteReadItem* item = cached(kind, path)) {
        return record(directoryEvidence(path, key, *item));
    }
    QString error;
    const RemoteReadRequest::Kind request =
        typed ? RemoteReadRequest::Kind::TypedDirectory : RemoteReadRequest::Kind::Directory;
    if (!fetch({{request, path}}, &error)) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = error;
        return record(evidence);
    }
    if (const RemoteReadItem* item = cached(kind, path)) {
        return record(directoryEvidence(path, key, *item));
    }
    evidence.failure = Evidence::Failure::Error;
    evidence.message = QStringLiteral("%1 was not in the answer from %2")
                           .arg(path, m_connection->host().toString());
    return record(evidence);
}

Evidence RemoteSource::listDirectory(const QString& path) {
    return listing(path, false);
}

Evidence RemoteSource::listDirectoryTyped(const QString& path) {
    return listing(path, true);
}

Evidence RemoteSource::run(const QStringList& argv, std::chrono::milliseconds timeout) {
    if (!m_connectionError.isEmpty() && !argv.isEmpty()) {
        Evidence evidence = commandEvidence(argv);
        return record(connectionFailure(evidence));
    }
    QString transportError;
    Evidence evidence = runRemoteCommand(*m_connection, argv, timeout, &transportError);
    if (!transportError.isEmpty()) {
        m_connectionError = transportError;
    }
    return record(evidence);
}

Evidence RemoteSource::listLoopDevices() {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = loopDeviceListEvidenceKey();
    if (!m_loopScanDone) {
        QString error;
        if (!fetch({{RemoteReadRequest::Kind::LoopDevices, QString()}}, &error)) {
            evidence.failure = Evidence::Failure::Error;
            evidence.message = error;
            return record(evidence);
        }
    }
    const RemoteReadItem* item =
        cached(RemoteReadItem::Kind::LoopList, QStringLiteral("/sys/block"));
    if (!item) {
        evidence.failure = Evidence::Failure::Error;
        evidence.message = QStringLiteral("the loop device list was not in the answer from %1")
                               .arg(m_connection->host().toString());
        return record(evidence);
    }
    static const QRegularExpression loopName(QStringLiteral("^loop[0-9]+$"));
    QStringList names = splitNames(item->data).filter(loopName);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const int na = loopNumber(a);
        const int nb = loopNumber(b);
        return na != nb ? na < nb : a < b;
    });
    evidence.output = listingText(names);
    return record(evidence);
}

Evidence RemoteSource::readBlockAttribute(const QString& device, const QString& attribute) {
    if (const std::optional<Evidence> refused = refusedBlockAttribute(device, attribute)) {
        return record(*refused);
    }
    const QString path = blockAttributeEvidenceKey(device, attribute);
    if (const RemoteReadItem* item = cached(RemoteReadItem::Kind::File, path)) {
        return record(fileEvidence(path, *item));
    }
    // The loop scan listed /sys/block/<loop>/loop/ completely: an attribute
    // missing from that listing does not exist, no need to ask again.
    const qsizetype slash = attribute.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString directory =
            QStringLiteral("/sys/block/%1/%2").arg(device, attribute.left(slash));
        if (const RemoteReadItem* listing = cached(RemoteReadItem::Kind::Directory, directory)) {
            const bool listed = listing->status == RemoteReadItem::Status::Ok &&
                                splitNames(listing->data).contains(attribute.mid(slash + 1));
            if (!listed) {
                RemoteReadItem absent;
                absent.kind = RemoteReadItem::Kind::File;
                absent.path = path;
                absent.status = RemoteReadItem::Status::NotFound;
                return record(fileEvidence(path, absent));
            }
        }
    }
    return readFile(path);
}

QList<RemoteReadRequest> RemoteSource::defaultPrefetch() {
    // Mirrors what the collectors read on every scan (collect/*_collector.cpp,
    // mount_table.cpp). A path missing here costs one extra round trip, not a
    // wrong answer; a path listed but never asked for costs nothing in the log.
    using K = RemoteReadRequest::Kind;
    QList<RemoteReadRequest> plan{
        {K::File, QStringLiteral("/proc/sys/kernel/hostname")},
        {K::File, QStringLiteral("/etc/os-release")},
        {K::File, QStringLiteral("/usr/lib/os-release")},
        {K::File, QStringLiteral("/data/manifest.json")},  // TrueNAS SCALE marker
        {K::Directory, QStringLiteral("/usr/share/truenas")},
        {K::File, QStringLiteral("/proc/sys/kernel/osrelease")},
        {K::File, QStringLiteral("/proc/version")},
        {K::File, QStringLiteral("/proc/sys/kernel/arch")},
        {K::Directory, QStringLiteral("/lib/modules")},
        {K::Directory, QStringLiteral("/boot")},
        {K::File, QStringLiteral("/boot/grub/grub.cfg")},
        {K::File, QStringLiteral("/boot/grub/grubenv")},
        {K::File, QStringLiteral("/etc/dnf/versionlock.toml")},
        {K::File, QStringLiteral("/etc/dnf/plugins/versionlock.list")},
        {K::Directory, QStringLiteral("/sys/module/zfs")},
        {K::File, QStringLiteral("/sys/module/zfs/version")},
        {K::Directory, QStringLiteral("/sys/module/zfs/parameters")},
        {K::File, QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled")},
        {K::File, QStringLiteral("/sys/module/zfs/parameters/zfs_dio_strict")},
        {K::File, QStringLiteral("/sys/module/zfs/parameters/zfs_bclone_enabled")},
        {K::File, QStringLiteral("/sys/module/zfs/parameters/zfs_dmu_offset_next_sync")},
        {K::File, MountTable::mountinfoPath()},
        {K::LoopDevices, QString()},
    };
    // systemd-sysext.service and its drop-ins, in every unit directory.
    for (const char* dir :
         {"/etc/systemd/system.control", "/run/systemd/system.control", "/run/systemd/transient",
          "/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system",
          "/usr/lib/systemd/system", "/lib/systemd/system"}) {
        const QString unit = QLatin1String(dir) + QStringLiteral("/systemd-sysext.service");
        plan.append({K::File, unit});
        plan.append({K::DirectoryWithFiles, unit + QStringLiteral(".d")});
    }
    for (const char* dir : {"/etc/extensions", "/run/extensions", "/var/lib/extensions",
                            "/usr/lib/extensions", "/usr/local/lib/extensions"}) {
        plan.append({K::TypedDirectory, QLatin1String(dir)});
    }
    return plan;
}

}  // namespace zd
