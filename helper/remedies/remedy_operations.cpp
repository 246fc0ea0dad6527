// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/remedy_operations.h"

#include <QJsonArray>

#include "contract.h"
#include "journal/undo_order.h"

namespace zd::helper {

namespace {

Outcome failed(const HelperError& error) {
    return {{}, error};
}

}  // namespace

RemedyOperations::RemedyOperations(RemedyContext context, ChangeJournal& journal)
    : m_context(context), m_journal(journal) {}

Outcome RemedyOperations::preview(const QString& verb, const QString& target) {
    const std::unique_ptr<Remedy> remedy = makeRemedy(verb, m_context);
    RemedyPlan plan;
    HelperError error;
    // What apply would refuse (change_runner.cpp), the preview says already.
    if (!remedy->plan(target, &plan, &error) ||
        (!plan.noop && !ChangeRunner::checkRecordable(verb, target, plan.before, &error))) {
        return failed(error);
    }
    return {{{QStringLiteral("fix"), verb},
             {QStringLiteral("target"), target},
             {QStringLiteral("action"), actionForFix(verb)},
             {QStringLiteral("current"), plan.before},
             {QStringLiteral("new"), plan.after},
             {QStringLiteral("commands"), QJsonArray::fromStringList(plan.commands)},
             {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
             {QStringLiteral("noop"), plan.noop},
             {QStringLiteral("message"), plan.noopMessage}},
            {}};
}

Outcome RemedyOperations::apply(const QString& verb, const QString& target, uint callerUid,
                                const ChangeRunner::Progress& progress) {
    const std::unique_ptr<Remedy> remedy = makeRemedy(verb, m_context);
    RemedyPlan plan;
    HelperError error;
    if (!remedy->plan(target, &plan, &error)) {
        return failed(error);
    }
    if (plan.noop) {
        return {{{QStringLiteral("verb"), verb},
                 {QStringLiteral("target"), target},
                 {QStringLiteral("status"), QStringLiteral("no-op")},
                 {QStringLiteral("noop"), true},
                 {QStringLiteral("message"), plan.noopMessage},
                 {QStringLiteral("before"), plan.before}},
                {}};
    }
    ChangeRunner runner(m_journal, progress);
    ChangeRecord record;
    if (!runner.apply(*remedy, verb, target, QString(), plan, callerUid, &record, &error)) {
        return failed(error);
    }
    return {record.toJson(), {}};
}

Outcome RemedyOperations::undo(const QString& changeId, const ChangeRunner::Progress& progress) {
    QString loadError;
    std::optional<ChangeRecord> record = m_journal.load(changeId, &loadError);
    if (!record) {
        return failed({QLatin1String(kErrorUnknownChange), loadError});
    }
    if (record->isUndone()) {
        record->message =
            QStringLiteral("Change %1 was already undone; nothing to do.").arg(changeId);
        return {record->toJson(), {}};
    }
    const QString inTheWay = laterChangeInTheWay(*record, m_journal.all(), m_context);
    if (!inTheWay.isEmpty()) {
        return failed({QLatin1String(kErrorRefused), inTheWay});
    }
    const std::unique_ptr<Remedy> remedy = makeRemedy(record->verb, m_context);
    ChangeRunner runner(m_journal, progress);
    HelperError error;
    if (!runner.undo(*remedy, &*record, &error)) {
        return failed(error);
    }
    return {record->toJson(), {}};
}

Outcome RemedyOperations::undoAll(const ChangeRunner::Progress& progress) {
    QJsonArray changes;
    QJsonArray failures;
    // Newest first, so each undo restores the state the next-older change expects.
    for (const ChangeRecord& record : m_journal.all()) {
        if (record.isUndone()) {
            continue;
        }
        const Outcome undone = undo(record.id, progress);
        if (undone.ok()) {
            changes.append(undone.result);
        } else {
            failures.append(QJsonObject{{QStringLiteral("id"), record.id},
                                        {QStringLiteral("error"), undone.error.name},
                                        {QStringLiteral("message"), undone.error.message}});
        }
    }
    return {{{QStringLiteral("changes"), changes}, {QStringLiteral("failures"), failures}}, {}};
}

QJsonObject RemedyOperations::history() {
    QStringList problems;
    QJsonArray changes;
    for (const ChangeRecord& record : m_journal.all(&problems)) {
        changes.append(record.toJson());
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

}  // namespace zd::helper
