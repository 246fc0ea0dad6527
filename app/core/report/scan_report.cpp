// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/scan_report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

#include "i18n/ui_language.h"
#include "report/terminal_markdown.h"

namespace zd {

namespace {

// The report's sentences and labels, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::ScanReport)
};

constexpr int kWidth = 80;
// The label column of the status/why/action/see blocks, as zpool status has it.
constexpr int kLabelWidth = 8;

// Right-aligned in the label column by what the terminal shows: a Chinese
// label's characters take two columns each.
QString label(const QString& name) {
    const int padding = std::max(0, kLabelWidth - displayWidth(name));
    return QString(padding, QLatin1Char(' ')) + name + QStringLiteral(": ");
}
QString continuation() {
    return QString(kLabelWidth + 2, QLatin1Char(' '));
}

QString statusText(const Finding& finding) {
    if (finding.status == FindingStatus::NotAffected && finding.latent) {
        return Text::tr("not affected (latent)");
    }
    switch (finding.status) {
        case FindingStatus::Affected:
            return Text::tr("AFFECTED");
        case FindingStatus::AtRisk:
            return Text::tr("AT RISK");
        case FindingStatus::NotAffected:
            return Text::tr("not affected");
        case FindingStatus::Unknown:
            return Text::tr("unknown");
    }
    return {};
}

QString evidenceLine(const FindingEvidence& evidence) {
    return evidence.note.isEmpty()
               ? Text::tr("%1: %2").arg(evidence.label, evidence.value)
               : Text::tr("%1: %2 (%3)").arg(evidence.label, evidence.value, evidence.note);
}

QString zfsVersionText(const Facts& facts) {
    if (facts.zfs.moduleLoaded == Tri::Unknown && facts.zfs.userlandInstalled == Tri::Unknown) {
        return Text::tr("not known");
    }
    if (!facts.zfs.kmodVersion.isEmpty()) {
        return Text::tr("kmod %1").arg(facts.zfs.kmodVersion) +
               (facts.zfs.userlandVersion.isEmpty() ||
                        facts.zfs.userlandVersion == facts.zfs.kmodVersion
                    ? QString()
                    : Text::tr(", userland %1").arg(facts.zfs.userlandVersion));
    }
    if (!facts.zfs.userlandVersion.isEmpty()) {
        return Text::tr("userland %1 (module not loaded)").arg(facts.zfs.userlandVersion);
    }
    return Text::tr("not installed");
}

QString htmlEscape(const QString& text) {
    return text.toHtmlEscaped();
}

}  // namespace

QString statusLabel(const Finding& finding) {
    if (finding.status == FindingStatus::NotAffected && finding.latent) {
        return Text::tr("not affected (latent)");
    }
    switch (finding.status) {
        case FindingStatus::Affected:
            return Text::tr("affected");
        case FindingStatus::AtRisk:
            return Text::tr("at risk");
        case FindingStatus::NotAffected:
            return Text::tr("not affected");
        case FindingStatus::Unknown:
            return Text::tr("unknown");
    }
    return {};
}

QString severityLabel(Severity severity) {
    switch (severity) {
        case Severity::Low:
            return Text::tr("low");
        case Severity::Medium:
            return Text::tr("medium");
        case Severity::High:
            return Text::tr("high");
        case Severity::Critical:
            return Text::tr("critical");
    }
    return {};
}

QString confidenceLabel(Confidence confidence) {
    switch (confidence) {
        case Confidence::ConfirmedByProbe:
            return Text::tr("confirmed by a probe on this system");
        case Confidence::InferredFromVersions:
            return Text::tr("inferred from versions and configuration");
        case Confidence::RestsOnUnconfirmed:
            return Text::tr("rests on an unconfirmed upstream fact");
    }
    return {};
}

QString healthyLine() {
    return Text::tr("no known OpenZFS compatibility problems affect this system");
}

QStringList missingEssentialRecords(const Facts& facts) {
    QStringList missing;
    for (const FactArea area :
         {FactArea::KernelRelease, FactArea::ZfsModule, FactArea::ZfsUserland}) {
        if (const CollectorNote* note = facts.unread(area)) {
            missing << note->message;
        }
    }
    return missing;
}

ScanOutcome scanOutcome(const ScanResult& result) {
    if (!missingEssentialRecords(result.facts).isEmpty()) {
        return ScanOutcome::Incomplete;
    }
    if (countNeedingAttention(result.findings) > 0) {
        return ScanOutcome::Attention;
    }
    for (const Finding& finding : result.findings) {
        if (finding.status == FindingStatus::Unknown) {
            return ScanOutcome::Undecided;
        }
    }
    return ScanOutcome::Healthy;
}

QString latentLine(const QList<Finding>& findings) {
    QStringList problems;
    for (const Finding& finding : findings) {
        if (finding.status == FindingStatus::NotAffected && finding.latent) {
            problems << QStringLiteral("%1 %2").arg(finding.number).arg(finding.id);
        }
    }
    if (problems.isEmpty()) {
        return {};
    }
    return problems.size() == 1
               ? Text::tr("latent: %1 (this ZFS has the bug; nothing here triggers it)")
                     .arg(problems.first())
               : Text::tr("latent: %1 (this ZFS has the bugs; nothing here triggers them)")
                     .arg(problems.join(QStringLiteral(", ")));
}

bool needsAttention(const Finding& finding) {
    return finding.status == FindingStatus::Affected || finding.status == FindingStatus::AtRisk;
}

int countNeedingAttention(const QList<Finding>& findings) {
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(), needsAttention));
}

bool zfsAbsent(const Facts& facts) {
    return facts.zfs.absent();
}

namespace {

// true when the module or the tools were seen, false when both are known to
// be absent, null when that could not be read (an incomplete snapshot is not
// a machine without ZFS).
QJsonValue zfsInstalledJson(const ZfsFacts& zfs) {
    if (zfs.moduleLoaded == Tri::Yes || zfs.userlandInstalled == Tri::Yes) {
        return true;
    }
    return zfs.absent() ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QString findingText(const Finding& finding, int maxRemedies, bool allEvidence) {
    QStringList lines;
    lines << label(Text::tr("problem")) + Text::tr("%1 %2 (severity %3)")
                                              .arg(finding.number)
                                              .arg(finding.id, severityLabel(finding.severity));
    lines << wrapText(finding.title, kWidth, label(Text::tr("title")), continuation());
    QString status = statusText(finding);
    if (finding.confidence != Confidence::InferredFromVersions) {
        status += QStringLiteral(" [%1]").arg(confidenceLabel(finding.confidence));
    }
    lines << label(Text::tr("status")) + status;
    if (!finding.summary.isEmpty()) {
        lines << wrapText(finding.summary, kWidth, continuation(), continuation());
    }
    if (finding.status == FindingStatus::AtRisk && !finding.nextStep.isEmpty()) {
        lines << wrapText(Text::tr("next step: ") + finding.nextStep, kWidth, continuation(),
                          continuation() + QStringLiteral("  "));
    }
    if (finding.status == FindingStatus::Unknown && !finding.unknownReason.isEmpty()) {
        lines << wrapText(Text::tr("undecided: ") + finding.unknownReason, kWidth, continuation(),
                          continuation());
    }

    bool first = true;
    for (const FindingEvidence& evidence : finding.evidence) {
        if (!evidence.deciding && !allEvidence) {
            continue;
        }
        lines << wrapText(evidenceLine(evidence), kWidth,
                          first ? label(Text::tr("why")) : continuation(),
                          continuation() + QStringLiteral("  "));
        first = false;
    }

    first = true;
    int shown = 0;
    for (const RemedyOption& remedy : finding.remedies) {
        if (maxRemedies > 0 && shown == maxRemedies) {
            break;
        }
        ++shown;
        const QString prefix = QStringLiteral("%1. ").arg(shown);
        QString title = remedy.title;
        if (!remedy.target.isEmpty()) {
            title += QStringLiteral(" [%1]").arg(remedy.target);
        }
        lines << wrapText(title, kWidth,
                          (first ? label(Text::tr("action")) : continuation()) + prefix,
                          continuation() + QString(prefix.size(), QLatin1Char(' ')));
        first = false;
        const QString commandIndent = continuation() + QString(prefix.size() + 2, QLatin1Char(' '));
        if (!remedy.conflict.isEmpty()) {
            lines << wrapText(Text::tr("conflict: ") + remedy.conflict, kWidth, commandIndent,
                              commandIndent + QStringLiteral("  "));
        }
        for (const QString& commandLine :
             remedy.command.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            lines << commandIndent + QStringLiteral("$ ") + commandLine;
        }
        // Without a command, the words are all there is; the full view
        // (explain, -v) shows them always, with the undo.
        if (!remedy.guidance.isEmpty() && (remedy.command.isEmpty() || maxRemedies == 0)) {
            lines << wrapText(remedy.guidance, kWidth, commandIndent, commandIndent);
        }
        if (!remedy.undo.isEmpty() && maxRemedies == 0) {
            lines << wrapText(Text::tr("undo: ") + remedy.undo, kWidth, commandIndent,
                              commandIndent + QStringLiteral("      "));
        }
    }
    if (maxRemedies > 0 && finding.remedies.size() > maxRemedies) {
        lines << continuation() + Text::tr("(%1 more: zfs-doctor explain %2)")
                                      .arg(finding.remedies.size() - maxRemedies)
                                      .arg(finding.id);
    }

    first = true;
    for (const QString& reference : finding.references) {
        lines << (first ? label(Text::tr("see")) : continuation()) + reference;
        first = false;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString factsSummaryText(const Facts& facts) {
    QStringList lines;
    const QString distro =
        facts.distro.prettyName.isEmpty() ? facts.distro.id : facts.distro.prettyName;
    lines << label(Text::tr("system")) +
                 (distro.isEmpty() ? Text::tr("unknown distribution") : distro);
    QString kernel = facts.kernel.release.isEmpty() ? Text::tr("unknown") : facts.kernel.release;
    if (!facts.kernel.level.level.isEmpty() && facts.kernel.level.level != facts.kernel.release) {
        kernel += Text::tr(" (upstream %1)").arg(facts.kernel.level.level);
    }
    lines << label(Text::tr("kernel")) + kernel;
    lines << label(Text::tr("zfs")) + zfsVersionText(facts);
    const auto dio = facts.zfs.parameters.constFind(QStringLiteral("zfs_dio_enabled"));
    if (dio != facts.zfs.parameters.constEnd()) {
        lines << continuation() + QStringLiteral("zfs_dio_enabled=%1").arg(*dio);
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        QString line = dataset.name;
        if (dataset.direct.present) {
            line +=
                QStringLiteral(" direct=%1 (%2)").arg(dataset.direct.value, dataset.direct.source);
        }
        if (dataset.mountpoint.present) {
            line += QStringLiteral(" mountpoint=%1").arg(dataset.mountpoint.value);
        }
        lines << (&dataset == &facts.zfs.datasets.first() ? label(Text::tr("datasets"))
                                                          : continuation()) +
                     line;
    }
    for (const LoopDevice& loop : facts.loopDevices) {
        QString line = QStringLiteral("%1 -> %2").arg(loop.name, loop.backingFile);
        if (loop.backingLocation) {
            line += Text::tr(" on %1 %2")
                        .arg(loop.backingLocation->fsType, loop.backingLocation->source);
        }
        line += triText(loop.directIo, Text::tr(", direct I/O on"), Text::tr(", direct I/O off"),
                        Text::tr(", direct I/O not known"));
        if (loop.readOnly == Tri::Yes) {
            line += Text::tr(", read-only");
        }
        lines << (&loop == &facts.loopDevices.first() ? label(Text::tr("loop")) : continuation()) +
                     line;
    }
    if (facts.systemd.present == Tri::Yes) {
        lines << label(Text::tr("systemd")) + (facts.systemd.version
                                                   ? QString::number(*facts.systemd.version)
                                                   : Text::tr("version unknown"));
    }
    for (const SysextImage& image : facts.systemd.sysextImages) {
        QString line = image.path;
        if (image.location) {
            line += Text::tr(" on %1 %2").arg(image.location->fsType, image.location->source);
        }
        lines << (&image == &facts.systemd.sysextImages.first() ? label(Text::tr("sysext"))
                                                                : continuation()) +
                     line;
    }
    for (const KernelLogHit& hit : facts.kernelLog.hits) {
        lines << wrapText(
            hit.line, kWidth,
            (&hit == &facts.kernelLog.hits.first() ? label(Text::tr("kernlog")) : continuation()),
            continuation());
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString textReport(const ScanResult& result, int verbosity) {
    QStringList blocks;
    QList<const Finding*> attention;
    QList<const Finding*> undecided;
    for (const Finding& finding : result.findings) {
        if (needsAttention(finding)) {
            attention << &finding;
        } else if (finding.status == FindingStatus::Unknown) {
            undecided << &finding;
        }
    }
    // Affected before at risk, then by number: what to act on first.
    std::stable_sort(attention.begin(), attention.end(), [](const Finding* a, const Finding* b) {
        return (a->status == FindingStatus::Affected) > (b->status == FindingStatus::Affected);
    });
    const QString source = result.source.isEmpty() ? Text::tr("this system") : result.source;

    if (verbosity >= 2) {
        blocks << factsSummaryText(result.facts);
    }

    const QStringList missing = missingEssentialRecords(result.facts);
    if (!missing.isEmpty()) {
        // Without the kernel and ZFS records every verdict would be a guess.
        QStringList lines{Text::tr("incomplete: %1 lacks what every verdict needs, so no "
                                   "problem was judged:")
                              .arg(source)};
        for (const QString& why : missing) {
            lines << wrapText(why, kWidth, QStringLiteral("  - "), QStringLiteral("    "));
        }
        lines << wrapText(Text::tr("Capture the system again on that machine with "
                                   "`zfs-doctor capture FILE` (as root to include "
                                   "everything)."),
                          kWidth, QString(), QString());
        blocks << lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    } else if (attention.isEmpty()) {
        QString text = healthyLine() + QLatin1Char('\n');
        if (const QString latent = latentLine(result.findings); !latent.isEmpty()) {
            text += latent + QLatin1Char('\n');
        }
        if (zfsAbsent(result.facts)) {
            text += Text::tr(
                "hint: ZFS is not installed here (no zfs command, no zfs kernel "
                "module), so none of the known problems can occur.\n");
        }
        blocks << text;
    } else {
        blocks << Text::tr("%1 of %2 known problems need attention on %3:\n")
                      .arg(attention.size())
                      .arg(result.findings.size())
                      .arg(source);
        for (const Finding* finding : std::as_const(attention)) {
            blocks << findingText(*finding, verbosity >= 1 ? 0 : 3, verbosity >= 2);
        }
        if (const QString latent = latentLine(result.findings); !latent.isEmpty()) {
            blocks << latent + QLatin1Char('\n');
        }
    }
    if (missing.isEmpty() && !undecided.isEmpty()) {
        QStringList lines;
        lines << Text::tr("could not decide %1 problem(s):").arg(undecided.size());
        for (const Finding* finding : std::as_const(undecided)) {
            lines << wrapText(
                QStringLiteral("%1 %2: %3")
                    .arg(finding->number)
                    .arg(finding->id, finding->unknownReason.isEmpty() ? finding->summary
                                                                       : finding->unknownReason),
                kWidth, QStringLiteral("  "), QStringLiteral("    "));
        }
        blocks << lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (verbosity >= 1) {
        QStringList lines;
        for (const Finding& finding : result.findings) {
            if (finding.status == FindingStatus::NotAffected) {
                lines << wrapText(QStringLiteral("%1 %2: %3. %4")
                                      .arg(finding.number)
                                      .arg(finding.id, statusText(finding), finding.summary),
                                  kWidth, QStringLiteral("  "), QStringLiteral("    "));
            }
        }
        if (!lines.isEmpty()) {
            blocks << Text::tr("not affected:\n") + lines.join(QLatin1Char('\n')) +
                          QLatin1Char('\n');
        }
    }
    if (verbosity >= 2 && !result.facts.notes.isEmpty()) {
        QStringList lines{Text::tr("collector notes:")};
        for (const CollectorNote& note : result.facts.notes) {
            lines << wrapText(
                QStringLiteral("[%1/%2] %3").arg(note.collector, note.code, note.message), kWidth,
                QStringLiteral("  "), QStringLiteral("    "));
        }
        blocks << lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return blocks.join(QLatin1Char('\n'));
}

QJsonObject jsonReport(const ScanResult& result) {
    QJsonArray findings;
    int affected = 0;
    int atRisk = 0;
    int unknown = 0;
    int latent = 0;
    for (const Finding& finding : result.findings) {
        findings.append(toJson(finding));
        affected += finding.status == FindingStatus::Affected;
        atRisk += finding.status == FindingStatus::AtRisk;
        unknown += finding.status == FindingStatus::Unknown;
        latent += finding.latent;
    }
    QJsonArray notes;
    for (const CollectorNote& note : result.facts.notes) {
        notes.append(noteToJson(note));
    }
    const QStringList missing = missingEssentialRecords(result.facts);
    QString message;
    switch (scanOutcome(result)) {
        case ScanOutcome::Healthy:
            message = healthyLine();
            break;
        case ScanOutcome::Attention:
            message = Text::tr("%1 problem(s) need attention").arg(affected + atRisk);
            break;
        case ScanOutcome::Incomplete:
            message = Text::tr("incomplete: the kernel and ZFS records are missing");
            break;
        case ScanOutcome::Undecided:
            message = Text::tr("%1 problem(s) could not be decided").arg(unknown);
            break;
    }
    QJsonArray probes;
    for (const ProbeResult& probe : result.probes) {
        probes.append(probe.toJson());
    }
    const QJsonObject summary{
        {QStringLiteral("affected"), affected},
        {QStringLiteral("at_risk"), atRisk},
        {Text::tr("unknown"), unknown},
        {QStringLiteral("latent"), latent},
        {QStringLiteral("zfs_installed"), zfsInstalledJson(result.facts.zfs)},
        {QStringLiteral("complete"), missing.isEmpty()},
        {QStringLiteral("missing_records"), QJsonArray::fromStringList(missing)},
        {QStringLiteral("healthy"), scanOutcome(result) == ScanOutcome::Healthy},
        {QStringLiteral("message"), message}};
    return {{QStringLiteral("tool_version"), QStringLiteral(ZD_VERSION)},
            {QStringLiteral("source"), result.source},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("facts"), toJson(result.facts)},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("probes"), probes}};
}

QString markdownReport(const ScanResult& result) {
    QStringList out;
    out << Text::tr("# ZFS Doctor report") << QString();
    out << Text::tr("- Source: %1").arg(result.source);
    out << Text::tr("- Collected: %1").arg(result.facts.collectedAt);
    out << Text::tr("- System: %1").arg(result.facts.distro.prettyName);
    out << Text::tr("- Kernel: `%1`").arg(result.facts.kernel.release);
    out << Text::tr("- ZFS: %1").arg(zfsVersionText(result.facts));
    out << Text::tr("- ZFS Doctor: %1").arg(QLatin1String(ZD_VERSION)) << QString();
    out << Text::tr("## Verdict") << QString();
    const int attention = countNeedingAttention(result.findings);
    out << (attention == 0 ? healthyLine() + QLatin1Char('.')
                           : Text::tr("%1 known problem(s) need attention.").arg(attention))
        << QString();
    out << Text::tr("| # | Problem | Status | Confidence |") << QStringLiteral("|---|---|---|---|");
    for (const Finding& finding : result.findings) {
        out << QStringLiteral("| %1 | %2 (`%3`) | %4 | %5 |")
                   .arg(finding.number)
                   .arg(finding.title, finding.id, statusLabel(finding),
                        confidenceLabel(finding.confidence));
    }
    for (const Finding& finding : result.findings) {
        out << QString() << QStringLiteral("## %1. %2").arg(finding.number).arg(finding.title)
            << QString();
        out << Text::tr("**Status:** %1. %2").arg(statusText(finding), finding.summary);
        if (finding.status == FindingStatus::AtRisk) {
            out << QString() << Text::tr("**Next step:** %1").arg(finding.nextStep);
        }
        if (!finding.unknownReason.isEmpty()) {
            out << QString() << Text::tr("**Undecided because:** %1").arg(finding.unknownReason);
        }
        if (!finding.evidence.isEmpty()) {
            out << QString() << Text::tr("Evidence:") << QString();
            for (const FindingEvidence& evidence : finding.evidence) {
                out << QStringLiteral("- %1%2").arg(
                    evidence.deciding ? Text::tr("**deciding:** ") : QString(),
                    evidenceLine(evidence));
            }
        }
        if (!finding.remedies.isEmpty()) {
            out << QString() << Text::tr("Remedies, safest first:") << QString();
            for (const RemedyOption& remedy : finding.remedies) {
                out << QStringLiteral("%1. %2%3")
                           .arg(remedy.rank)
                           .arg(remedy.title, remedy.target.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" (%1)").arg(remedy.target));
                if (!remedy.conflict.isEmpty()) {
                    out << Text::tr("   Conflict: %1").arg(remedy.conflict);
                }
                if (!remedy.command.isEmpty()) {
                    out << QString() << QStringLiteral("   ```")
                        << QStringLiteral("   ") + remedy.command << QStringLiteral("   ```");
                }
                if (!remedy.guidance.isEmpty()) {
                    out << QString() << QStringLiteral("   ") + remedy.guidance;
                }
                if (!remedy.undo.isEmpty()) {
                    out << Text::tr("   Undo: `%1`").arg(remedy.undo);
                }
            }
        }
        if (!finding.references.isEmpty()) {
            out << QString() << Text::tr("References:") << QString();
            for (const QString& reference : finding.references) {
                out << QStringLiteral("- <%1>").arg(reference);
            }
        }
    }
    if (!result.facts.notes.isEmpty()) {
        out << QString() << Text::tr("## What could not be determined") << QString();
        for (const CollectorNote& note : result.facts.notes) {
            out << QStringLiteral("- %1 (%2)").arg(note.message, note.code);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString htmlReport(const ScanResult& result) {
    QStringList out;
    out << QStringLiteral("<!DOCTYPE html>")
        << QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\">")
               .arg(uiLanguage().isEmpty()
                        ? QStringLiteral("en")
                        : QString(uiLanguage()).replace(QLatin1Char('_'), QLatin1Char('-')))
        << Text::tr("<title>ZFS Doctor report</title>")
        << QStringLiteral(
               "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
               "td,th{border:1px solid #999;padding:.2em .5em}table{border-collapse:collapse}"
               ".affected{color:#b00}.at-risk{color:#b60}pre{background:#eee;padding:.5em}"
               "</style></head><body>")
        << Text::tr("<h1>ZFS Doctor report</h1>") << QStringLiteral("<ul>");
    out << Text::tr("<li>Source: %1</li>").arg(htmlEscape(result.source));
    out << Text::tr("<li>Collected: %1</li>").arg(htmlEscape(result.facts.collectedAt));
    out << Text::tr("<li>System: %1</li>").arg(htmlEscape(result.facts.distro.prettyName));
    out << Text::tr("<li>Kernel: <code>%1</code></li>")
               .arg(htmlEscape(result.facts.kernel.release));
    out << Text::tr("<li>ZFS: %1</li>").arg(htmlEscape(zfsVersionText(result.facts)));
    out << QStringLiteral("</ul>");
    const int attention = countNeedingAttention(result.findings);
    out << QStringLiteral("<p><strong>%1</strong></p>")
               .arg(htmlEscape(
                   attention == 0
                       ? healthyLine()
                       : Text::tr("%1 known problem(s) need attention.").arg(attention)));
    out << Text::tr("<table><tr><th>#</th><th>Problem</th><th>Status</th><th>Confidence</th></tr>");
    for (const Finding& finding : result.findings) {
        out << QStringLiteral(
                   "<tr><td>%1</td><td>%2 (<code>%3</code>)</td><td class=\"%4\">%5</td>"
                   "<td>%6</td></tr>")
                   .arg(finding.number)
                   .arg(htmlEscape(finding.title), htmlEscape(finding.id),
                        statusName(finding.status), htmlEscape(statusLabel(finding)),
                        htmlEscape(confidenceLabel(finding.confidence)));
    }
    out << QStringLiteral("</table>");
    for (const Finding& finding : result.findings) {
        out << QStringLiteral("<h2>%1. %2</h2>").arg(finding.number).arg(htmlEscape(finding.title));
        out << QStringLiteral("<p><strong class=\"%1\">%2</strong>: %3</p>")
                   .arg(statusName(finding.status), htmlEscape(statusText(finding)),
                        htmlEscape(finding.summary));
        if (finding.status == FindingStatus::AtRisk) {
            out << Text::tr("<p>Next step: %1</p>").arg(htmlEscape(finding.nextStep));
        }
        if (!finding.unknownReason.isEmpty()) {
            out << Text::tr("<p>Undecided because: %1</p>").arg(htmlEscape(finding.unknownReason));
        }
        if (!finding.evidence.isEmpty()) {
            out << QStringLiteral("<ul>");
            for (const FindingEvidence& evidence : finding.evidence) {
                out << QStringLiteral("<li>%1%2</li>")
                           .arg(evidence.deciding ? Text::tr("<strong>deciding:</strong> ")
                                                  : QString(),
                                htmlEscape(evidenceLine(evidence)));
            }
            out << QStringLiteral("</ul>");
        }
        if (!finding.remedies.isEmpty()) {
            out << QStringLiteral("<ol>");
            for (const RemedyOption& remedy : finding.remedies) {
                out << QStringLiteral("<li>%1").arg(htmlEscape(remedy.title));
                if (!remedy.conflict.isEmpty()) {
                    out << Text::tr("<p>Conflict: %1</p>").arg(htmlEscape(remedy.conflict));
                }
                if (!remedy.command.isEmpty()) {
                    out << QStringLiteral("<pre>%1</pre>").arg(htmlEscape(remedy.command));
                }
                if (!remedy.guidance.isEmpty()) {
                    out << QStringLiteral("<p>%1</p>").arg(htmlEscape(remedy.guidance));
                }
                if (!remedy.undo.isEmpty()) {
                    out << Text::tr("<p>Undo: <code>%1</code></p>").arg(htmlEscape(remedy.undo));
                }
                out << QStringLiteral("</li>");
            }
            out << QStringLiteral("</ol>");
        }
        if (!finding.references.isEmpty()) {
            out << QStringLiteral("<ul>");
            for (const QString& reference : finding.references) {
                out << QStringLiteral("<li><a href=\"%1\">%1</a></li>").arg(htmlEscape(reference));
            }
            out << QStringLiteral("</ul>");
        }
    }
    out << QStringLiteral("</body></html>");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace zd
