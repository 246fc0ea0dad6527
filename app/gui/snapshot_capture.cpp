// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshot_capture.h"

#include <QCoreApplication>

#include "remote/host_spec.h"
#include "snapshot/redact.h"
#include "snapshot/snapshot.h"

namespace zd::gui {
namespace {

// Where a fresh capture came from, in the words a later --snapshot shows
// (as app/cli/capture_command.cpp says it for the command line).
QString originOf(const TargetRequest& request) {
    const QString version = QLatin1String(ZD_VERSION);
    if (request.origin != SystemOrigin::Remote) {
        return QStringLiteral("captured live by the zfs-doctor %1 window").arg(version);
    }
    const std::optional<HostSpec> host = HostSpec::parse(request.location, nullptr);
    return QStringLiteral("captured over ssh %1 by the zfs-doctor %2 window")
        .arg(host ? host->toString() : request.location, version);
}

}  // namespace

bool captureSnapshot(const TargetRequest& request, const QString& path, bool redact,
                     QString* error) {
    std::optional<LoadedSystem> system = loadSystem(request, error);
    if (!system) {
        return false;
    }
    Snapshot snapshot;
    if (system->snapshot) {
        snapshot = recapturedSnapshot(*system->snapshot);
    } else if (system->source) {
        snapshot = snapshotFromSource(*system->source, system->facts, originOf(request));
    } else {
        *error = QCoreApplication::translate("zd::gui::MainWindow",
                                             "nothing was collected that could be captured");
        return false;
    }
    if (redact) {
        snapshot = redactSnapshot(snapshot);
    }
    return writeSnapshot(snapshot, path, true, error);
}

}  // namespace zd::gui
