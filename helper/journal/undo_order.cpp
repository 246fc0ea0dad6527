// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "journal/undo_order.h"

namespace zd::helper {

QStringList touchedBy(const ChangeRecord& record, RemedyContext context) {
    const std::unique_ptr<Remedy> remedy = makeRemedy(record.verb, context);
    return remedy ? remedy->touches(record.target, record.before) : QStringList();
}

QString laterChangeInTheWay(const ChangeRecord& record, const QList<ChangeRecord>& journal,
                            RemedyContext context) {
    const QStringList mine = touchedBy(record, context);
    const ChangeRecord* newest = nullptr;
    QString shared;
    for (const ChangeRecord& other : journal) {
        const bool later =
            other.time > record.time || (other.time == record.time && other.id > record.id);
        // A change none of whose steps started changed nothing.
        if (other.id == record.id || !later || other.isUndone() || !other.anyStepStarted()) {
            continue;
        }
        for (const QString& thing : touchedBy(other, context)) {
            if (mine.contains(thing) && (!newest || other.time > newest->time)) {
                newest = &other;
                shared = thing;
            }
        }
    }
    if (!newest) {
        return {};
    }
    if (shared.startsWith(QLatin1String("file:"))) {
        shared = shared.mid(5);
    }
    return QStringLiteral(
               "Change %1 (%2%3, made %4) was made later and also changed %5; undo it "
               "first, or use undo --all, which goes newest first.")
        .arg(newest->id, newest->verb,
             newest->target.isEmpty() ? QString() : QLatin1Char(' ') + newest->target,
             newest->time.left(19), shared);
}

}  // namespace zd::helper
