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

QStringList englishTexts(const QList<RemedyText>& texts) {
    QStringList english;
    for (const RemedyText& text : texts) {
        english.append(text.english());
    }
    return english;
}

// A preview's or no-op answer's `message` as codes (empty when there is none).
QJsonArray noopTexts(const RemedyPlan& plan) {
    return plan.noopMessage.isEmpty() ? QJsonArray() : remedyTextsToJson({plan.noopMessage});
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
             {QStringLiteral("warnings"), QJsonArray::fromStringList(englishTexts(plan.warnings))},
             {QStringLiteral("warningTexts"), remedyTextsToJson(plan.warnings)},
             {QStringLiteral("noop"), plan.noop},
             {QStringLiteral("message"), plan.noopMessage.english()},
             {QStringLiteral("messageTexts"), noopTexts(plan)}},
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
                 {QStringLiteral("message"), plan.noopMessage.english()},
                 {QStringLiteral("messageTexts"), noopTexts(plan)},
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
        record->setMessage({RemedyText::make(RemedyTextCode::UndoAlreadyUndone, {changeId})});
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
