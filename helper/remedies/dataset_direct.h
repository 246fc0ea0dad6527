// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// dataset-direct-standard / dataset-direct-disabled: `zfs set direct=X DS`.
// The old value AND its source are recorded: undo sets the old value back when
// it was set locally, reverts to the received value (`zfs inherit -S`) when it
// was received, and otherwise inherits, so the dataset ends up exactly as it was.

#include "remedies/remedy.h"

namespace zd::helper {

class DatasetDirectRemedy final : public Remedy {
  public:
    DatasetDirectRemedy(RemedyContext context, QString wanted);
    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       QString* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before, QString* message) override;

    // Reads `zfs get -Hp -o value,source direct DS`.
    bool readDirect(const QString& dataset, QString* value, QString* source, QString* error);
    // The argv (after "zfs") that restores `before`.
    static QStringList undoArguments(const QString& dataset, const QJsonObject& before);

  private:
    QString m_wanted;  // "standard" or "disabled"
};

}  // namespace zd::helper
