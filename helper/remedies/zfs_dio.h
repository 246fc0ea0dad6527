// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// zfs-dio-disable: sets the zfs_dio_enabled module parameter to 0 now (sysfs)
// and at every module load (/etc/modprobe.d/zfs-doctor-dio.conf). With it at
// 0 every dataset behaves as direct=disabled. Undo writes the old value back
// and restores (normally: removes) the modprobe.d file.

#include "remedies/remedy.h"

namespace zd::helper {

class ZfsDioRemedy final : public Remedy {
  public:
    using Remedy::Remedy;
    static QString parameterPath() {
        return QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled");
    }
    static QString modprobePath() { return QStringLiteral("/etc/modprobe.d/zfs-doctor-dio.conf"); }
    static QByteArray modprobeContent(const QString& changeId);

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
};

}  // namespace zd::helper
