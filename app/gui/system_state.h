// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the window shows: one system's facts and the findings about it, plus
// where they came from. Produced off the GUI thread by the ScanController and
// handed over by value.

#include <QList>
#include <QMetaType>
#include <QString>

#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"
#include "target/system_target.h"

namespace zd::gui {

struct SystemState {
    using Origin = SystemOrigin;  // this machine, a snapshot, a demo or a remote machine
    Origin origin = Origin::Live;
    Facts facts;
    QList<Finding> findings;
    QList<ProbeResult> probes;  // probe results the findings were evaluated with
    QString sourceLabel;        // "demo-fedora41-sysext", "/tmp/nas.json", the host name, or the
                                // remote host as typed ("admin@nas")

    bool isLive() const { return origin == Origin::Live; }
    // True when ZFS is neither loaded nor installed: the window offers demos.
    bool hasNoZfs() const { return !facts.zfs.moduleLoaded && !facts.zfs.userlandInstalled; }
    const Finding* finding(const QString& id) const;
    // Affected or at-risk findings: what needs attention (report/scan_report.h).
    int attentionCount() const;
};

}  // namespace zd::gui

Q_DECLARE_METATYPE(zd::gui::SystemState)
