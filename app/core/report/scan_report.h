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

// Affected or at risk: the statuses a scan reports and exits 1 for.
bool needsAttention(const Finding& finding);
int countNeedingAttention(const QList<Finding>& findings);
// True when neither the zfs tools nor the kernel module were found.
bool zfsAbsent(const Facts& facts);

// Terminal report of a scan. Verbosity 0 prints only findings that need
// attention (or the healthy line); 1 adds the other findings' one-line
// verdicts; 2 adds every piece of evidence and the collector notes.
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
