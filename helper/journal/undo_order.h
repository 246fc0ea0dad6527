// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The order in which changes may be undone. Undo restores what a change
// found; if a later change touched the same thing (two kernel pins both edit
// /etc/default/grub and the versionlock list), undoing the older one first
// would restore stale content under the newer one, and undoing the newer one
// afterwards would bring the older pin back. So an undo is refused while a
// later change that touched any of the same things is still in place; undo
// --all goes newest first and never meets that refusal.

#include <QList>
#include <QString>
#include <optional>

#include "remedies/remedy.h"
#include "remedy/change_record.h"

namespace zd::helper {

// What `record`'s remedy touched (Remedy::touches).
QStringList touchedBy(const ChangeRecord& record, RemedyContext context);

// The sentence refusing to undo `record`, naming the later change and what
// both touched; empty when nothing later is in the way. `journal` is every
// record, any order.
QString laterChangeInTheWay(const ChangeRecord& record, const QList<ChangeRecord>& journal,
                            RemedyContext context);

}  // namespace zd::helper
