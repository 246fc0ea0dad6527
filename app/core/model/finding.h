// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the knowledge base concludes about one known problem on one system.
// Produced by the detectors (knowledge/), consumed by the CLI, the window,
// reports and the fix flow.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd {

enum class FindingStatus {
    Affected,     // the bug can hit this system now
    AtRisk,       // versions are affected, the trigger is absent today
    NotAffected,  // versions or configuration rule it out
    Unknown,      // a deciding fact is missing; `unknownReason` says which
};

enum class Confidence {
    ConfirmedByProbe,      // a helper probe reproduced the mechanism here
    InferredFromVersions,  // versions and configuration, no probe
    RestsOnUnconfirmed,    // the verdict depends on an upstream fact marked UNCONFIRMED
};

enum class Severity { Low, Medium, High, Critical };

// One fact the detector looked at. `deciding` marks the ones that decided the
// status (the window highlights them, the CLI prints them under "why").
struct FindingEvidence {
    QString label;  // "ZFS kernel module", "direct on tank/ext"
    QString value;  // "2.3.1-1", "standard (default)"
    bool deciding = false;
    QString note;  // "affected range >=2.3.0 <2.4.0"
    bool operator==(const FindingEvidence&) const = default;
};

// A remedy as it applies to this system, ranked from safest (rank 1).
struct RemedyOption {
    QString id;      // knowledge-base remedy id, also the `zfs-doctor fix ID` verb
    QString target;  // dataset, loop device ("loop3"), kernel release, or empty
    QString title;
    QString command;  // the exact command-line equivalent, for review
    QString risk;
    QString undo;  // how to undo (command equivalent)
    int rank = 0;
    bool automatic = false;  // the helper can apply it (else: guidance only)
    bool operator==(const RemedyOption&) const = default;
};

struct Finding {
    QString id;      // stable id, e.g. "sysext-odirect-einval"
    int number = 0;  // 1..5, the order of ../shared/knowledge/five-issues.md
    QString title;
    Severity severity = Severity::Medium;
    FindingStatus status = FindingStatus::Unknown;
    Confidence confidence = Confidence::InferredFromVersions;
    QString summary;        // one or two sentences: why this status, for this system
    QString unknownReason;  // set when status == Unknown
    QList<FindingEvidence> evidence;
    QList<RemedyOption> remedies;  // empty unless Affected or AtRisk
    QStringList references;        // upstream URLs
    bool operator==(const Finding&) const = default;
};

QString statusName(FindingStatus status);       // "affected", "at-risk", "not-affected", "unknown"
QString confidenceName(Confidence confidence);  // "confirmed-by-probe", "inferred-from-versions",
                                                // "rests-on-unconfirmed"
QString severityName(Severity severity);        // "low", "medium", "high", "critical"
QJsonObject toJson(const Finding& finding);

}  // namespace zd
