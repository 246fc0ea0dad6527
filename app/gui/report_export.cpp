// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "report_export.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include "report/scan_report.h"

namespace zd::gui {

std::optional<ReportFormat> reportFormatForPath(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))) {
        return ReportFormat::Html;
    }
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown"))) {
        return ReportFormat::Markdown;
    }
    if (lower.endsWith(QLatin1String(".json"))) {
        return ReportFormat::Json;
    }
    return std::nullopt;
}

QString reportText(const SystemState& state, ReportFormat format) {
    ScanResult result;
    result.facts = state.facts;
    result.findings = state.findings;
    result.probes = state.probes;
    result.source = state.isLive() ? QStringLiteral("this machine")
                    : state.origin == SystemState::Origin::Remote
                        ? QStringLiteral("ssh %1").arg(state.sourceLabel)
                        : QStringLiteral("snapshot %1").arg(state.sourceLabel);
    switch (format) {
        case ReportFormat::Html:
            return htmlReport(result);
        case ReportFormat::Markdown:
            return markdownReport(result);
        case ReportFormat::Json:
            return QString::fromUtf8(
                QJsonDocument(jsonReport(result)).toJson(QJsonDocument::Indented));
    }
    return QString();
}

bool writeReport(const SystemState& state, const QString& path, ReportFormat format,
                 QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(reportText(state, format).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace zd::gui
