// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a command looks at: this machine (collected now through a LiveSource)
// or a snapshot file (--snapshot FILE, --demo NAME), with the knowledge base
// evaluated over it. Shared by scan, explain and capture so they all read a
// system the same way.

#include <QList>
#include <QString>
#include <memory>
#include <optional>

#include "cli_command.h"
#include "knowledge/knowledge_base.h"
#include "model/facts.h"
#include "model/finding.h"
#include "snapshot/snapshot.h"

namespace zd {
class SystemSource;
}

namespace zd::cli {

struct Target {
    QString description;               // "this machine", "snapshot FILE", "ssh root@nas:22"
    std::optional<Snapshot> snapshot;  // set when read from a file
    // Set when collected now: a LiveSource for this machine, a RemoteSource
    // for --host. Its evidence log is what `capture` writes.
    std::shared_ptr<SystemSource> source;
    Facts facts;
    QList<ProbeResult> probes;
};

// Collects or loads the system named by the options (--snapshot, --host, or
// this machine). On failure prints the
// problem to stderr and returns nullopt (the caller exits kExitError).
std::optional<Target> loadTarget(const GlobalOptions& options);

// Loads the knowledge base; on failure prints why to stderr.
std::optional<KnowledgeBase> loadKnowledge();

// Prints to stdout / stderr (UTF-8), without Qt's debug decorations.
void printOut(const QString& text);
void printErr(const QString& text);
// "zfs-doctor: <message>\n" on stderr.
void printError(const QString& message);

}  // namespace zd::cli
