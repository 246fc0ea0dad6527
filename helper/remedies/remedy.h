// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One remedy. A Remedy reads the current state (plan), lists the steps that
// change it, reads the result back (verify), and lists the steps that restore
// the recorded `before` state (undo). Undo steps are idempotent and depend only
// on `before`, so they also repair a change that was interrupted half way.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

#include "remedy/remedy_text.h"
#include "service/helper_error.h"
#include "system/system_root.h"
#include "system/systemd_manager.h"
#include "system/tool_runner.h"

namespace zd::helper {

struct RemedyContext {
    ToolRunner& tools;
    const SystemRoot& root;
    SystemdManager& systemd;
};

struct RemedyPlan {
    QJsonObject before;    // current state, incl. everything undo needs
    QJsonObject after;     // the state the fix will produce
    QStringList commands;  // command-line equivalents, in order
    // Sentences as codes (remedy/remedy_text.h): the client shows them in the
    // user's language, the journal and older clients get their English.
    QList<RemedyText> warnings;
    bool noop = false;  // already in the wanted state
    RemedyText noopMessage;
};

struct RemedyStep {
    // Its name comes from the one table of step names (remedy_text.h); the
    // helper sends and records name(), the English.
    RemedyStepCode code;
    QString command;  // command-line equivalent
    // Returns false on failure; *detail says what happened either way.
    std::function<bool(QString* detail)> run;

    QString name() const { return remedyStepName(code); }
};

class Remedy {
  public:
    explicit Remedy(RemedyContext context) : m_context(context) {}
    virtual ~Remedy() = default;
    Remedy(const Remedy&) = delete;
    Remedy& operator=(const Remedy&) = delete;

    // Checks the (already syntax-validated) target on the system and reads the
    // current state. False with *error when the fix cannot apply here.
    virtual bool plan(const QString& target, RemedyPlan* plan, HelperError* error) = 0;
    virtual QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) = 0;
    // Reads the state back. True when it is the wanted one; *after is the state read.
    virtual bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                               RemedyText* message) = 0;
    virtual QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) = 0;
    virtual bool verifyUndone(const QString& target, const QJsonObject& before,
                              RemedyText* message) = 0;
    // What the change touches, as names shared by every remedy ("file:/etc/default/grub",
    // "zfs:tank/x direct"): an older change must not be undone under a newer one
    // that touched the same thing (journal/undo_order.h).
    virtual QStringList touches(const QString& target, const QJsonObject& before) const = 0;
    // What undoing says besides restoring (restoring direct=always re-arms problem 5).
    virtual QList<RemedyText> undoWarnings(const QString&, const QJsonObject&) { return {}; }

    // The journal id of the change being applied (drop-in files name it).
    void setChangeId(const QString& id) { m_changeId = id; }

  protected:
    RemedyContext m_context;
    QString m_changeId;
};

// The class kRemedies (contract.h) names for `verb`; nullptr for an unknown verb.
std::unique_ptr<Remedy> makeRemedy(const QString& verb, RemedyContext context);

}  // namespace zd::helper
