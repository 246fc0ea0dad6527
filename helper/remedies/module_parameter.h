// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The remedies that set a zfs module parameter: now (its sysfs file) and at
// every module load (an `options zfs NAME=VALUE` line in a modprobe.d file
// of its own). Undo writes the old value back and restores (normally:
// removes) the modprobe.d file. One class for every such remedy; each verb's
// row in contract.h names its parameter, and kParameterRemedies in the .cpp
// says what is written and what the helper warns about.
//
//   zfs-dio-disable           zfs_dio_enabled=0: every dataset acts as direct=disabled
//   dmu-offset-next-sync-off  zfs_dmu_offset_next_sync=0: no strict hole
//                             reporting (openzfs/zfs#15526)

#include "remedies/remedy.h"

namespace zd::helper {

struct ModuleParameterSpec;

class ModuleParameterRemedy final : public Remedy {
  public:
    // `parameter` is the verb's contract.h parameter ("zfs_dio_enabled").
    ModuleParameterRemedy(RemedyContext context, const QString& parameter);

    static QString parameterPath(const QString& parameter) {
        return QStringLiteral("/sys/module/zfs/parameters/") + parameter;
    }
    // The modprobe.d file a verb writes; empty for a parameter without a remedy.
    static QString modprobePath(const QString& parameter);
    static QByteArray modprobeContent(const QString& parameter, const QString& changeId);

    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       RemedyText* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before,
                      RemedyText* message) override;
    QStringList touches(const QString& target, const QJsonObject& before) const override;

  private:
    QString readParameter(QString* error) const;
    bool writeParameter(const QString& value, QString* detail) const;
    bool hasOptionLine(const QByteArray& content) const;
    QString optionLine() const;

    const ModuleParameterSpec* m_spec;
};

}  // namespace zd::helper
