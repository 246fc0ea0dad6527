// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/change_runner.h"

#include "remedy/recorded_state.h"

namespace zd::helper {

ChangeRunner::ChangeRunner(ChangeJournal& journal, Progress progress)
    : m_journal(journal), m_progress(std::move(progress)) {}

bool ChangeRunner::save(const ChangeRecord& record, HelperError* error) {
    QString message;
    if (m_journal.save(record, &message)) {
        return true;
    }
    return setError(error, kErrorFailed,
                    QStringLiteral("The change journal cannot be written (%1).").arg(message));
}

bool ChangeRunner::runSteps(ChangeRecord* record, bool undoing, const QList<RemedyStep>& actions,
                            HelperError* error, bool* journalFailed) {
    QList<ChangeStep>& steps = undoing ? record->undoSteps : record->steps;
    for (int i = 0; i < actions.size(); ++i) {
        const RemedyStep& action = actions.at(i);
        steps[i].status = QStringLiteral("running");
        steps[i].time = ChangeJournal::now();
        // Journal first: if we die inside the step, the record says it may have run.
        if (!save(*record, error)) {
            *journalFailed = true;
            return false;
        }
        if (m_progress) {
            m_progress(record->id, action.name(), action.command);
        }
        QString detail;
        const bool ok = action.run(&detail);
        steps[i].status = ok ? QStringLiteral("done") : QStringLiteral("failed");
        steps[i].detail = detail;
        steps[i].time = ChangeJournal::now();
        if (!ok) {
            record->setMessage(
                {RemedyText::make(RemedyTextCode::StepFailed, {action.name(), detail})});
        }
        if (!save(*record, error)) {
            *journalFailed = true;
            return false;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool ChangeRunner::checkRecordable(const QString& verb, const QString& target,
                                   const QJsonObject& before, HelperError* error) {
    QString unrecordable;
    return validateRecordedState(verb, target, before, &unrecordable) ||
           setError(error, kErrorRefused,
                    QStringLiteral("The current state cannot be recorded for undo (%1). Nothing "
                                   "was changed.")
                        .arg(unrecordable));
}

bool ChangeRunner::apply(Remedy& remedy, const QString& verb, const QString& target,
                         const QString& option, const RemedyPlan& plan, uint callerUid,
                         ChangeRecord* record, HelperError* error) {
    if (!checkRecordable(verb, target, plan.before, error)) {
        return false;
    }
    ChangeRecord& change = *record;
    change = {};
    change.id = ChangeJournal::newId();
    change.time = ChangeJournal::now();
    change.callerUid = callerUid;
    change.verb = verb;
    change.target = target;
    change.option = option;
    change.status = QStringLiteral("planned");
    for (const RemedyText& warning : plan.warnings) {
        change.addWarning(warning);
    }
    change.before = plan.before;
    change.after = plan.after;
    remedy.setChangeId(change.id);
    const QList<RemedyStep> actions = remedy.applySteps(target, plan.before);
    for (const RemedyStep& action : actions) {
        change.steps.append({action.name(), action.command, QStringLiteral("pending"), {}, {}});
    }
    if (!save(change, error)) {
        return false;
    }

    change.status = QStringLiteral("applying");
    bool journalFailed = false;
    const bool stepsOk = runSteps(&change, false, actions, error, &journalFailed);
    if (journalFailed) {
        return false;
    }
    if (stepsOk) {
        change.status = QStringLiteral("applied");
        RemedyText message;
        QJsonObject after;
        const bool verified = remedy.verifyApplied(target, plan.before, &after, &message);
        change.after = after;
        change.status = verified ? QStringLiteral("verified") : QStringLiteral("failed");
        change.setMessage({message});
    } else {
        change.status = QStringLiteral("failed");
    }
    return save(change, error);
}

bool ChangeRunner::undo(Remedy& remedy, ChangeRecord* record, HelperError* error) {
    ChangeRecord& change = *record;
    if (!change.anyStepStarted()) {
        change.status = QStringLiteral("undone");
        change.setMessage({RemedyText::make(RemedyTextCode::UndoNothingStarted)});
        return save(change, error);
    }
    remedy.setChangeId(change.id);
    const QList<RemedyStep> actions = remedy.undoSteps(change.target, change.before);
    for (const RemedyText& warning : remedy.undoWarnings(change.target, change.before)) {
        change.addWarning(warning);
    }
    change.undoSteps.clear();
    for (const RemedyStep& action : actions) {
        change.undoSteps.append({action.name(), action.command, QStringLiteral("pending"), {}, {}});
    }
    change.status = QStringLiteral("undoing");
    if (!save(change, error)) {
        return false;
    }
    bool journalFailed = false;
    const bool stepsOk = runSteps(&change, true, actions, error, &journalFailed);
    if (journalFailed) {
        return false;
    }
    if (stepsOk) {
        RemedyText message;
        const bool verified = remedy.verifyUndone(change.target, change.before, &message);
        change.status = verified ? QStringLiteral("undone") : QStringLiteral("undo-failed");
        change.setMessage(QList<RemedyText>{message} +
                          remedy.undoWarnings(change.target, change.before));
    } else {
        change.status = QStringLiteral("undo-failed");
    }
    return save(change, error);
}

}  // namespace zd::helper
