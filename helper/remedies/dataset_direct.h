// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// dataset-direct-standard / dataset-direct-disabled: `zfs set direct=X DS`.
// The old value AND its source are recorded; what undo runs is the shared
// rule of app/core/remedy/direct_property.h (also used by remote fixes).

#include "remedies/remedy.h"
#include "remedy/direct_property.h"

namespace zd::helper {

class DatasetDirectRemedy final : public Remedy {
  public:
    DatasetDirectRemedy(RemedyContext context, QString wanted);
    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       RemedyText* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before,
                      RemedyText* message) override;
    QStringList touches(const QString& target, const QJsonObject& before) const override;
    QList<RemedyText> undoWarnings(const QString& target, const QJsonObject& before) override;

  private:
    // Reads `zfs get -Hp -o value,source direct DS`.
    std::optional<DirectState> readDirect(const QString& dataset, QString* error);
    RemedyStep zfsStep(const QStringList& arguments);

    QString m_wanted;  // "standard" or "disabled"
};

}  // namespace zd::helper
