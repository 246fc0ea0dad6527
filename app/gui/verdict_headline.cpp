// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "verdict_headline.h"

#include <QSet>
#include <algorithm>

#include "report/scan_report.h"
#include "status_style.h"

namespace zd::gui {
namespace {

QList<const Finding*> withStatus(const QList<Finding>& findings, FindingStatus status) {
    QList<const Finding*> matching;
    for (const Finding& finding : findings) {
        if (finding.status == status) {
            matching.append(&finding);
        }
    }
    return matching;
}

// "1", "1 and 3", "1, 2 and 5" (not QLocale::createSeparatedList(), which
// says "1, 3" in the C locale).
QString numberList(const QList<const Finding*>& findings) {
    QStringList numbers;
    for (const Finding* finding : findings) {
        numbers.append(QString::number(finding->number));
    }
    if (numbers.size() < 2) {
        return numbers.join(QString());
    }
    const QString last = numbers.takeLast();
    return VerdictHeadline::tr("%1 and %2").arg(numbers.join(VerdictHeadline::tr(", ")), last);
}

// How many remedies are recommended for these findings: each finding's first
// remedy, once even when it resolves several (direct=standard for problems 3
// and 5). The core never ranks a remedy that would trigger another known
// problem first, so a first remedy with a conflict is no recommendation.
int recommendedFixes(const QList<const Finding*>& findings) {
    QSet<QString> remedies;
    for (const Finding* finding : findings) {
        if (!finding->remedies.isEmpty() && finding->remedies.first().conflict.isEmpty()) {
            remedies.insert(finding->remedies.first().id);
        }
    }
    return int(remedies.size());
}

QString withFixes(const QString& sentence, int fixes) {
    if (fixes == 0) {
        return sentence + QLatin1Char('.');
    }
    // Spelled out: without an English translation file "%n fix(es)" would show as is.
    return fixes == 1 ? VerdictHeadline::tr("%1 — 1 fix recommended.").arg(sentence)
                      : VerdictHeadline::tr("%1 — %2 fixes recommended.").arg(sentence).arg(fixes);
}

}  // namespace

VerdictHeadline VerdictHeadline::of(const SystemState& state) {
    VerdictHeadline headline;
    const QList<const Finding*> affected = withStatus(state.findings, FindingStatus::Affected);
    const QList<const Finding*> atRisk = withStatus(state.findings, FindingStatus::AtRisk);
    const QList<const Finding*> unknown = withStatus(state.findings, FindingStatus::Unknown);

    // As `zfs-doctor scan`: without the kernel and ZFS records no problem was judged.
    const QStringList missing = missingEssentialRecords(state.facts);
    if (!missing.isEmpty()) {
        headline.status = FindingStatus::Unknown;
        headline.sentence = tr("The scan is incomplete: no verdict can be trusted.");
        headline.detail = missing.join(QLatin1Char(' '));
        return headline;
    }
    if (!affected.isEmpty()) {
        headline.status = FindingStatus::Affected;
        headline.findingId = affected.first()->id;
        headline.sentence =
            withFixes(affected.size() == 1
                          ? tr("Problem %1 affects this system now").arg(affected.first()->number)
                          : tr("Problems %1 affect this system now").arg(numberList(affected)),
                      recommendedFixes(affected));
        if (!atRisk.isEmpty()) {
            headline.detail = atRisk.size() == 1
                                  ? tr("Problem %1 is one step away.").arg(atRisk.first()->number)
                                  : tr("Problems %1 are one step away.").arg(numberList(atRisk));
        }
        return headline;
    }
    if (!atRisk.isEmpty()) {
        headline.status = FindingStatus::AtRisk;
        headline.findingId = atRisk.first()->id;
        headline.sentence = withFixes(
            atRisk.size() == 1
                ? tr("Problem %1 is one step away from this system").arg(atRisk.first()->number)
                : tr("Problems %1 are one step away from this system").arg(numberList(atRisk)),
            recommendedFixes(atRisk));
        headline.detail = tr("Next step that triggers it: %1").arg(atRisk.first()->nextStep);
        return headline;
    }
    if (!unknown.isEmpty()) {
        headline.status = FindingStatus::Unknown;
        headline.findingId = unknown.first()->id;
        headline.sentence =
            unknown.size() == 1
                ? tr("Nothing is known to affect this system, but problem %1 could not be decided.")
                      .arg(unknown.first()->number)
                : tr("Nothing is known to affect this system, but problems %1 could not be "
                     "decided.")
                      .arg(numberList(unknown));
        headline.detail = unknown.first()->unknownReason;
        return headline;
    }
    headline.status = FindingStatus::NotAffected;
    if (state.hasNoZfs()) {
        headline.sentence = tr("Nothing here is affected: ZFS is not installed.");
        return headline;
    }
    headline.sentence = tr("Nothing here is affected.");
    const QList<const Finding*> latent = [&state] {
        QList<const Finding*> matching;
        for (const Finding& finding : state.findings) {
            if (finding.status == FindingStatus::NotAffected && finding.latent) {
                matching.append(&finding);
            }
        }
        return matching;
    }();
    if (!latent.isEmpty()) {
        headline.detail =
            latent.size() == 1
                ? tr("Problem %1 is latent: this ZFS has the bug, but nothing on this system "
                     "triggers it.")
                      .arg(latent.first()->number)
                : tr("Problems %1 are latent: this ZFS has the bugs, but nothing on this system "
                     "triggers them.")
                      .arg(numberList(latent));
    }
    return headline;
}

QList<Finding> findingsByUrgency(const QList<Finding>& findings) {
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) {
        const auto key = [](const Finding& finding) {
            return std::make_tuple(statusRank(finding.status), finding.latent ? 0 : 1,
                                   -int(finding.severity), finding.number);
        };
        return key(a) < key(b);
    });
    return sorted;
}

}  // namespace zd::gui
