// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How finding status and severity look in the window: a translated word, an
// icon whose SHAPE differs per status (so it never relies on colour alone),
// and a colour that stays readable on both light and dark palettes.

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

#include "model/finding.h"

namespace zd::gui {

QString statusText(FindingStatus status);
// The status word of one finding: "Not affected (latent)" when only its
// version has the bug.
QString findingStatusText(const Finding& finding);
QString severityText(Severity severity);
QString confidenceText(Confidence confidence);

// Painted at any size, so it stays sharp on high-DPI screens.
QIcon statusIcon(FindingStatus status);
// The status colour adjusted for contrast against the palette's base colour.
QColor statusColor(FindingStatus status, const QPalette& palette);
// Sort key: affected first, then at risk, unknown, not affected.
int statusRank(FindingStatus status);

// True when the palette's window colour is dark (a dark theme is active).
bool isDarkPalette(const QPalette& palette);

}  // namespace zd::gui
