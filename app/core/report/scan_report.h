// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reports of one scan (facts + findings): the terminal text in the spirit of
// `zpool status -x` (quiet when nothing needs attention; otherwise id, status,
// why, action, see per finding), and JSON / Markdown / HTML documents.

#include <QJsonObject>
#include <QList>
#include <QString>

#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd {

struct ScanResult {
    Facts facts;
    QList<Finding> findings;  // problem-number order, as evaluate() returns them
    QList<ProbeResult> probes;
    QString source;  // what was scanned: "this machine", "snapshot demo.json"...
};

// The one line a scan prints when nothing is affected or at risk.
QString healthyLine();

// Human, translated labels for what statusName() and confidenceName() give
// as ids ("at-risk", "inferred-from-versions"): the reports show these, the
// JSON keeps the ids.
QString statusLabel(const Finding& finding);     // "at risk", "not affected (latent)"
QString confidenceLabel(Confidence confidence);  // "inferred from versions and configuration"
QString severityLabel(Severity severity);        // "critical"

// Affected or at risk: the statuses a scan reports and exits 1 for. A latent
// finding (not affected, the version has the bug) never needs attention.
bool needsAttention(const Finding& finding);
int countNeedingAttention(const QList<Finding>& findings);
// True when neither the zfs tools nor the kernel module exist (both known).
bool zfsAbsent(const Facts& facts);

// The records no verdict can do without (the running kernel's release, the
// zfs module, the zfs tools) that could not be read, each as one sentence
// saying why (e.g. "not recorded in this snapshot"). Not empty: the scan is
// incomplete.
QStringList missingEssentialRecords(const Facts& facts);

// What a scan as a whole says, and the CLI's exit code for it.
enum class ScanOutcome {
    Healthy,     // nothing affected or at risk, nothing undecided (exit 0)
    Attention,   // a problem is affected or at risk (exit 1)
    Incomplete,  // the essential records are missing (exit 3)
    Undecided,   // nothing affected or at risk, but a verdict is unknown (exit 3)
};
ScanOutcome scanOutcome(const ScanResult& result);
// The one latent line ("latent: 1 sysext-odirect-einval, 2 loop-write-hang
// (this ZFS has the bugs; nothing here triggers them)"), empty when no
// finding is latent.
QString latentLine(const QList<Finding>& findings);

// Terminal report of a scan. Verbosity 0 prints only findings that need
// attention (or the healthy line and at most one quiet latent line), the
// undecided ones, or why the scan is incomplete; 1 adds the other findings'
// one-line verdicts; 2 adds every piece of evidence and the collector notes.
QString textReport(const ScanResult& result, int verbosity = 0);
// One finding as status/why/action/see blocks. `maxRemedies` limits the
// actions listed (0 = all, each with its undo command);
// `allEvidence` lists non-deciding evidence too.
QString findingText(const Finding& finding, int maxRemedies = 3, bool allEvidence = false);
// A short summary of the facts, a few lines, for `explain` and `scan -vv`.
QString factsSummaryText(const Facts& facts);

// {"tool_version", "source", "summary": {...}, "facts", "findings", "notes",
//  "probes"}: the document of `scan --json`.
QJsonObject jsonReport(const ScanResult& result);
QString markdownReport(const ScanResult& result);
QString htmlReport(const ScanResult& result);  // a complete, self-contained HTML page

}  // namespace zd
