// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The one target loader: what ZFS Doctor looks at, loaded the same way for
// the command line (scan, explain, capture) and the window. This machine and
// a remote one over SSH are collected now; a snapshot file or a bundled demo
// is replayed from its recorded evidence. Evaluation is the caller's next
// step (evaluate() in knowledge/knowledge_base.h).

#include <QList>
#include <QString>
#include <memory>
#include <optional>

#include "model/facts.h"
#include "model/probe_result.h"
#include "remote/ssh_options.h"
#include "snapshot/snapshot.h"

namespace zd {

class SystemSource;
struct DemoSnapshot;

enum class SystemOrigin {
    Live,      // this machine, collected now
    Snapshot,  // a captured snapshot file
    Demo,      // a bundled demo snapshot
    Remote,    // another machine, collected now over SSH (read only)
};

struct TargetRequest {
    SystemOrigin origin = SystemOrigin::Live;
    QString location;  // the snapshot file (Snapshot, Demo) or [user@]HOST[:port] (Remote)
    SshOptions ssh;    // Remote: how ssh is run (tests point it elsewhere)

    static TargetRequest thisMachine();
    static TargetRequest snapshotFile(const QString& path);
    static TargetRequest demo(const DemoSnapshot& demo);
    static TargetRequest remote(const QString& hostSpec, const SshOptions& options = {});
};

struct LoadedSystem {
    SystemOrigin origin = SystemOrigin::Live;
    // For reports and logs: "this machine", "snapshot FILE", "ssh root@nas:22".
    QString description;
    // For a title or a banner: the host name (Live), the file name (Snapshot),
    // the demo's name (Demo), the host as typed (Remote).
    QString label;
    std::optional<Snapshot> snapshot;  // set when read from a file
    // Set when collected now (Live, Remote): its evidence log is what
    // `capture` writes.
    std::shared_ptr<SystemSource> source;
    Facts facts;
    QList<ProbeResult> probes;  // recorded in the snapshot; none for a fresh collection
};

// Collects or loads the system `request` names. On failure returns nullopt
// and sets *error to one sentence (unreadable snapshot, host unreachable,
// connection lost during the scan...).
std::optional<LoadedSystem> loadSystem(const TargetRequest& request, QString* error);

}  // namespace zd
