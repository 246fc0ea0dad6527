// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the knowledge base concludes about one known problem on one system.
// Produced by the detectors (knowledge/), consumed by the CLI, the window,
// reports and the remedy flow.
//
// The four statuses mean exactly this (docs/knowledge-base.md):
//   Affected     the trigger exists now on an affected version/kernel;
//   AtRisk       exactly one concrete, imminent step away, named in `nextStep`
//                (the next boot into an installed kernel, a configured trigger);
//   NotAffected  everything else; `latent` when only the version (or kernel)
//                is in the affected range and nothing here triggers it;
//   Unknown      a deciding fact could not be read; `unknownReason` says
//                which and how to get it.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd {

enum class FindingStatus {
    Affected,     // the trigger exists now on an affected version/kernel
    AtRisk,       // one named, imminent step away (`nextStep`)
    NotAffected,  // nothing here triggers it (`latent`: the version has the bug)
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
    // The exact commands, as an admin pastes them (with sudo); empty where no
    // command fits this system (then only `guidance` applies).
    QString command;
    QString risk;
    QString undo;      // the commands that undo it (empty with `command`)
    QString guidance;  // what to do, in words: always set, never a command

    int rank = 0;
    bool automatic = false;  // the helper can apply it (never without a command)
    // One sentence when applying it would trigger another known problem on
    // this system (e.g. direct=standard where problem 1 then fails). Such a
    // remedy is never listed first. Set by knowledge/remedy_conflicts.cpp.
    QString conflict;
    bool operator==(const RemedyOption&) const = default;
};

struct Finding {
    QString id;      // stable id, e.g. "sysext-odirect-einval"
    int number = 0;  // the problem's number in the knowledge base (1, 2, ...)
    QString title;
    Severity severity = Severity::Medium;
    FindingStatus status = FindingStatus::Unknown;
    Confidence confidence = Confidence::InferredFromVersions;
    QString summary;        // one or two sentences: why this status, for this system
    QString unknownReason;  // set when status == Unknown
    // AtRisk only, never empty there: the one concrete step that would
    // trigger it, e.g. "the next boot starts kernel 6.12.30-1~bpo12+1, which
    // carries the loop change".
    QString nextStep;
    // NotAffected only: this ZFS (or kernel) has the bug, nothing here
    // triggers it. A quiet information line; never counts as attention.
    bool latent = false;
    QList<FindingEvidence> evidence;
    QList<RemedyOption> remedies;  // empty unless Affected or AtRisk; safest first
    QStringList references;        // upstream URLs
    bool operator==(const Finding&) const = default;
};

QString statusName(FindingStatus status);       // "affected", "at-risk", "not-affected", "unknown"
QString confidenceName(Confidence confidence);  // "confirmed-by-probe", "inferred-from-versions",
                                                // "rests-on-unconfirmed"
QString severityName(Severity severity);        // "low", "medium", "high", "critical"
QJsonObject toJson(const Finding& finding);

}  // namespace zd
