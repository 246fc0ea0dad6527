// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Runs a fix or its undo as journaled steps: the record is written before and
// after every step, then the result is verified by reading the state back.

#include <functional>

#include "remedies/remedy.h"
#include "remedy/change_journal.h"

namespace zd::helper {

class ChangeRunner {
  public:
    // progress(changeId, stepName, message) is called before each step.
    using Progress = std::function<void(const QString&, const QString&, const QString&)>;
    ChangeRunner(ChangeJournal& journal, Progress progress);

    // Creates and runs a change. Returns false when nothing was changed: the
    // state cannot be recorded for undo (checkRecordable) or the journal
    // cannot be written; a failed step or verification is a record with
    // status "failed", returned in *record.
    bool apply(Remedy& remedy, const QString& verb, const QString& target, const QString& option,
               const RemedyPlan& plan, uint callerUid, ChangeRecord* record, HelperError* error);
    // Undo acts on `before` as read back from the journal: a state the
    // journal's reader would refuse (remedy/recorded_state.h) is refused
    // before anything changes.
    static bool checkRecordable(const QString& verb, const QString& target,
                                const QJsonObject& before, HelperError* error);
    // Restores record->before. A change whose steps never started is simply
    // marked undone.
    bool undo(Remedy& remedy, ChangeRecord* record, HelperError* error);

  private:
    bool save(const ChangeRecord& record, HelperError* error);
    // Runs steps into `journalSteps` (same length); false at the first failure.
    bool runSteps(ChangeRecord* record, bool undoing, const QList<RemedyStep>& actions,
                  HelperError* error, bool* journalFailed);

    ChangeJournal& m_journal;
    Progress m_progress;
};

}  // namespace zd::helper
