// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Export of the shown system's report through the core's report module
// (app/core/report): HTML, Markdown or JSON, chosen by the file name.

#include <QString>

#include "system_state.h"

namespace zd::gui {

enum class ReportFormat { Html, Markdown, Json };

// From the file name's extension (.html/.htm, .md/.markdown, .json); nullopt otherwise.
std::optional<ReportFormat> reportFormatForPath(const QString& path);
QString reportText(const SystemState& state, ReportFormat format);
// Writes atomically; on failure returns false and sets *error.
bool writeReport(const SystemState& state, const QString& path, ReportFormat format,
                 QString* error);

}  // namespace zd::gui
