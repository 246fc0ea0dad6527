// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "recent_hosts.h"

#include <QSettings>

#include "remote/host_spec.h"

namespace zd::gui {

namespace {

const QString kKey = QStringLiteral("remote/recentHosts");

// Named explicitly rather than QSettings(): the file must not depend on
// what the application object was told about its organisation.
const QString kOrganization = QStringLiteral("zfs-doctor");
const QString kApplication = QStringLiteral("zfs-doctor");

}  // namespace

QStringList RecentHosts::load() {
    QStringList hosts;
    // A hand-edited or older file may hold anything: only valid hosts come back.
    const QSettings store(kOrganization, kApplication);
    for (const QString& entry : store.value(kKey).toStringList()) {
        const QString host = entry.trimmed();
        if (!host.isEmpty() && !hosts.contains(host) && HostSpec::parse(host, nullptr)) {
            hosts << host;
        }
    }
    return hosts.mid(0, kMaximum);
}

void RecentHosts::remember(const QString& hostSpec) {
    const QString host = hostSpec.trimmed();
    if (host.isEmpty() || !HostSpec::parse(host, nullptr)) {
        return;
    }
    QStringList hosts = load();
    hosts.removeAll(host);
    hosts.prepend(host);
    QSettings store(kOrganization, kApplication);
    store.setValue(kKey, hosts.mid(0, kMaximum));
}

}  // namespace zd::gui
