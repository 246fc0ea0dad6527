// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the D-Bus methods about remedies do once a call is validated and
// authorized: preview, apply, undo, undo all, history. Each returns the JSON
// answer or an error; the service runs them on its change thread, one at a
// time, so two callers can never interleave changes.

#include <QJsonObject>

#include "remedies/change_runner.h"
#include "remedies/remedy.h"

namespace zd::helper {

struct Outcome {
    QJsonObject result;
    HelperError error;  // name empty: success
    bool ok() const { return error.name.isEmpty(); }
};

class RemedyOperations {
  public:
    RemedyOperations(RemedyContext context, ChangeJournal& journal);

    Outcome preview(const QString& verb, const QString& target);
    Outcome apply(const QString& verb, const QString& target, uint callerUid,
                  const ChangeRunner::Progress& progress);
    Outcome undo(const QString& changeId, const ChangeRunner::Progress& progress);
    Outcome undoAll(const ChangeRunner::Progress& progress);
    QJsonObject history();

  private:
    RemedyContext m_context;
    ChangeJournal& m_journal;
};

}  // namespace zd::helper
