// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "target/system_target.h"
#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <QFileInfo>

#include "collect/collect.h"
#include "collect/live_source.h"
#include "remote/remote_target.h"
#include "target/demo_catalogue.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::SystemTarget)
};

}  // namespace

namespace {

std::optional<LoadedSystem> loadSnapshotTarget(const TargetRequest& request, QString* error) {
    std::optional<Snapshot> snapshot = loadSnapshot(request.location, error);
    if (!snapshot) {
        return std::nullopt;
    }
    const QFileInfo file(request.location);
    LoadedSystem system;
    system.origin = request.origin;
    system.description = Text::tr("snapshot %1").arg(request.location);
    system.label = request.origin == SystemOrigin::Demo ? file.completeBaseName() : file.fileName();
    system.facts = snapshot->facts;
    system.probes = snapshot->probes;
    spdlog::info("loaded snapshot {} ({} evidence records, captured {})",
                 request.location.toStdString(), snapshot->evidence.items().size(),
                 snapshot->capturedAt.toStdString());
    const QString inconsistency = factsConsistencyProblem(*snapshot);
    if (!inconsistency.isEmpty()) {
        spdlog::info("{} (the re-derived facts are used)", inconsistency.toStdString());
    }
    system.snapshot = std::move(snapshot);
    return system;
}

std::optional<LoadedSystem> loadRemoteTarget(const TargetRequest& request, QString* error) {
    std::shared_ptr<RemoteSource> remote = connectRemote(request.location, request.ssh, error);
    if (!remote) {
        return std::nullopt;
    }
    LoadedSystem system;
    system.origin = SystemOrigin::Remote;
    system.facts = collectFacts(*remote);
    // A connection that broke halfway would leave facts that look like a
    // machine without ZFS: refuse them rather than report them.
    if (!remote->connectionError().isEmpty()) {
        if (error) {
            *error = remote->connectionError();
        }
        return std::nullopt;
    }
    system.description = remote->description();
    system.label = request.location.trimmed();
    spdlog::info("collected {} evidence records over {} in {} round trips",
                 remote->log().items().size(), system.description.toStdString(),
                 remote->roundTrips());
    system.source = std::move(remote);
    return system;
}

LoadedSystem loadThisMachine() {
    LoadedSystem system;
    system.origin = SystemOrigin::Live;
    system.source = std::make_shared<LiveSource>();
    system.description = Text::tr("this machine");
    system.facts = collectFacts(*system.source);
    system.label = system.facts.hostname;
    spdlog::info("collected {} evidence records from this machine",
                 system.source->log().items().size());
    return system;
}

}  // namespace

TargetRequest TargetRequest::thisMachine() {
    return {};
}

TargetRequest TargetRequest::snapshotFile(const QString& path) {
    TargetRequest request;
    request.origin = SystemOrigin::Snapshot;
    request.location = path;
    return request;
}

TargetRequest TargetRequest::demo(const DemoSnapshot& demo) {
    TargetRequest request;
    request.origin = SystemOrigin::Demo;
    request.location = demo.path;
    return request;
}

TargetRequest TargetRequest::remote(const QString& hostSpec, const SshOptions& options) {
    TargetRequest request;
    request.origin = SystemOrigin::Remote;
    request.location = hostSpec;
    request.ssh = options;
    return request;
}

std::optional<LoadedSystem> loadSystem(const TargetRequest& request, QString* error) {
    switch (request.origin) {
        case SystemOrigin::Snapshot:
        case SystemOrigin::Demo:
            return loadSnapshotTarget(request, error);
        case SystemOrigin::Remote:
            return loadRemoteTarget(request, error);
        case SystemOrigin::Live:
            break;
    }
    return loadThisMachine();
}

}  // namespace zd
