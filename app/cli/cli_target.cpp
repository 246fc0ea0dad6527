// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli_target.h"

#include <spdlog/spdlog.h>

#include <cstdio>

#include "collect/collect.h"
#include "collect/live_source.h"
#include "remote/remote_target.h"

namespace zd::cli {

void printOut(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printError(const QString& message) {
    printErr(QStringLiteral("zfs-doctor: %1\n").arg(message));
}

std::optional<Target> loadTarget(const GlobalOptions& options) {
    Target target;
    if (!options.snapshotPath.isEmpty()) {
        QString error;
        target.snapshot = loadSnapshot(options.snapshotPath, &error);
        if (!target.snapshot) {
            printError(error);
            return std::nullopt;
        }
        target.description = QStringLiteral("snapshot %1").arg(options.snapshotPath);
        target.facts = target.snapshot->facts;
        target.probes = target.snapshot->probes;
        spdlog::info("loaded snapshot {} ({} evidence records, captured {})",
                     options.snapshotPath.toStdString(), target.snapshot->evidence.items().size(),
                     target.snapshot->capturedAt.toStdString());
        const QString inconsistency = factsConsistencyProblem(*target.snapshot);
        if (!inconsistency.isEmpty()) {
            spdlog::info("{} (the re-derived facts are used)", inconsistency.toStdString());
        }
        return target;
    }
    if (!options.host.isEmpty()) {
        QString error;
        std::shared_ptr<RemoteSource> remote = connectRemote(options.host, &error);
        if (!remote) {
            printError(error);
            return std::nullopt;
        }
        target.facts = collectFacts(*remote);
        // A connection that broke halfway would leave facts that look like a
        // machine without ZFS: refuse them rather than report them.
        if (!remote->connectionError().isEmpty()) {
            printError(remote->connectionError());
            return std::nullopt;
        }
        target.description = remote->description();
        spdlog::info("collected {} evidence records over {} in {} round trips",
                     remote->log().items().size(), target.description.toStdString(),
                     remote->roundTrips());
        target.source = std::move(remote);
        return target;
    }
    target.source = std::make_shared<LiveSource>();
    target.description = QStringLiteral("this machine");
    target.facts = collectFacts(*target.source);
    spdlog::info("collected {} evidence records from this machine",
                 target.source->log().items().size());
    return target;
}

std::optional<KnowledgeBase> loadKnowledge() {
    QString error;
    auto knowledge = KnowledgeBase::loadDefault(&error);
    if (!knowledge) {
        printError(QStringLiteral("cannot load the knowledge base: %1").arg(error));
    }
    return knowledge;
}

}  // namespace zd::cli
