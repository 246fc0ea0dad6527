// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// loop-dio-off: turns direct I/O off on a live loop device with the
// LOOP_SET_DIRECT_IO ioctl (what `losetup --direct-io=off` does), then reads
// /sys/block/loopN/loop/dio back: the kernel may ignore the request silently.
// Undo sets the recorded old value again and verifies it the same way.

#include "remedies/remedy.h"

namespace zd::helper {

class LoopDioRemedy final : public Remedy {
  public:
    using Remedy::Remedy;
    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       RemedyText* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before,
                      RemedyText* message) override;
    QStringList touches(const QString& target, const QJsonObject& before) const override;

  private:
    // "0"/"1" from sysfs, or empty with *error.
    QString readDio(const QString& device, QString* error) const;
    bool setDio(const QString& device, bool enabled, QString* detail) const;
};

}  // namespace zd::helper
