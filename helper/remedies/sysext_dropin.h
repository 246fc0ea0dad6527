// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// sysext-dropin: makes systemd-sysext attach its loop devices without direct
// I/O (problem 1) with a drop-in that sets SYSTEMD_LOOP_DIRECT_IO=0, then
// reloads systemd and restarts systemd-sysext.service when it was active, all
// through systemd's D-Bus API. Undo restores the previous file (normally:
// removes it), reloads, and restarts the unit if it was active.

#include "remedies/remedy.h"

namespace zd::helper {

class SysextDropinRemedy final : public Remedy {
  public:
    using Remedy::Remedy;
    static QString dropinPath();  // absolute, before the root prefix
    static QString unitName() { return QStringLiteral("systemd-sysext.service"); }
    static QByteArray dropinContent(const QString& changeId);
    // True when `content` already sets SYSTEMD_LOOP_DIRECT_IO=0 in [Service].
    static bool contentDisablesLoopDirectIo(const QByteArray& content);

    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       RemedyText* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before,
                      RemedyText* message) override;
    QStringList touches(const QString& target, const QJsonObject& before) const override;

  private:
    QList<RemedyStep> reloadAndRestart(const QJsonObject& before);
};

}  // namespace zd::helper
