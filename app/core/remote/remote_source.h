// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A SystemSource answering from another machine over SSH.
//
// It asks the remote only what a stock system has: files under /proc, /sys
// and /etc, directory listings, and the same commands the live source runs
// (zfs, zpool, uname, systemctl...). Where the live source uses a local-only
// library (libudev for loop devices) this one reads the kernel files that
// library reads (/sys/block/loop*/...), and it records every answer under the
// SAME evidence key the live source uses, so `capture --host` writes the same
// snapshot a local capture would and ReplaySource replays it unchanged.
//
// Round trips stay bounded whatever the number of datasets or loop devices:
// prefetch() reads a whole set of files and listings in one round trip (the
// collectors' fixed file set by default), listLoopDevices() fetches every loop
// device's attributes along with the list, and commands are one round trip
// each (the collectors run a fixed number of them: one `zfs get` covers all
// datasets). Prefetched answers enter the evidence log only when a collector
// actually asks, so the log matches a local scan's.
//
// Once the connection fails, every later request fails at once with the same
// clear reason (connectionError()) instead of waiting for a timeout each.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

#include "collect/system_source.h"
#include "remote/remote_protocol.h"
#include "remote/ssh_connection.h"

namespace zd {

class RemoteSource : public SystemSource {
  public:
    // Takes an OPEN connection (see connectRemote() in remote/remote_target.h).
    explicit RemoteSource(std::unique_ptr<SshConnection> connection);
    ~RemoteSource() override;

    Evidence readFile(const QString& path) override;
    Evidence listDirectory(const QString& path) override;
    Evidence listDirectoryTyped(const QString& path) override;
    Evidence run(const QStringList& argv,
                 std::chrono::milliseconds timeout = std::chrono::seconds(20)) override;
    Evidence listLoopDevices() override;
    Evidence readBlockAttribute(const QString& device, const QString& attribute) override;

    const EvidenceLog& log() const override { return m_log; }
    QString description() const override;
    bool isLive() const override { return false; }

    // Fetches all of `requests` in one round trip; later reads of them are
    // answered from memory. Returns false (and sets *error) if the round trip
    // failed; reads then go to the remote one by one, or fail if the
    // connection is gone.
    bool prefetch(const QList<RemoteReadRequest>& requests, QString* error);
    // The files and directories the collectors read on every scan.
    static QList<RemoteReadRequest> defaultPrefetch();

    // The first transport failure (empty while the connection works).
    QString connectionError() const { return m_connectionError; }
    int roundTrips() const { return m_connection->roundTrips(); }
    SshConnection& connection() { return *m_connection; }

  private:
    struct CacheKey {
        RemoteReadItem::Kind kind;
        QString path;
        bool operator==(const CacheKey&) const = default;
    };
    friend size_t qHash(const CacheKey& key, size_t seed) {
        return qHashMulti(seed, int(key.kind), key.path);
    }

    bool fetch(const QList<RemoteReadRequest>& requests, QString* error);
    const RemoteReadItem* cached(RemoteReadItem::Kind kind, const QString& path) const;
    Evidence fileEvidence(const QString& path, const RemoteReadItem& item) const;
    Evidence directoryEvidence(const QString& path, const QString& key,
                               const RemoteReadItem& item) const;
    Evidence listing(const QString& path, bool typed);
    Evidence connectionFailure(Evidence evidence) const;
    Evidence record(Evidence evidence);

    std::unique_ptr<SshConnection> m_connection;
    QHash<CacheKey, RemoteReadItem> m_cache;
    bool m_loopScanDone = false;
    QString m_connectionError;
    EvidenceLog m_log;
};

}  // namespace zd
