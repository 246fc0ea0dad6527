// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The whole machine's verdict in one sentence and one icon, in the spirit of
// GNOME's Device Security page and fwupd's HSI level: what affects this
// system now comes first, then what one named step would trigger, then what
// could not be decided; "Nothing here is affected" only when that is true.
// The overview shows it at the top and the sidebar's Findings icon follows
// its status; the findings lists use findingsByUrgency() for their order.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "model/finding.h"
#include "system_state.h"

namespace zd::gui {

struct VerdictHeadline {
    Q_DECLARE_TR_FUNCTIONS(VerdictHeadline)

  public:
    // Drives the icon: Affected, AtRisk, Unknown, or NotAffected when
    // nothing needs attention.
    FindingStatus status = FindingStatus::NotAffected;
    QString sentence;  // "Problem 1 affects this system now — 1 fix recommended."
    QString detail;    // a second, quieter line; may be empty
    // The finding the headline is about (opened by its button); empty when
    // the headline is not about one finding.
    QString findingId;

    static VerdictHeadline of(const SystemState& state);
};

// Affected first, then at risk, unknown, not affected (latent before the
// rest); within a status the more severe first, then the problem's number.
QList<Finding> findingsByUrgency(const QList<Finding>& findings);

}  // namespace zd::gui
