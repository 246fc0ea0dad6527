// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/remedy.h"

#include "contract.h"
#include "remedies/dataset_direct.h"
#include "remedies/kernel_pin.h"
#include "remedies/loop_dio.h"
#include "remedies/sysext_dropin.h"
#include "remedies/zfs_dio.h"

namespace zd::helper {

std::unique_ptr<Fix> makeFix(const QString& verb, FixContext context) {
    if (verb == QLatin1String(kFixDatasetDirectStandard)) {
        return std::make_unique<DatasetDirectFix>(context, QStringLiteral("standard"));
    }
    if (verb == QLatin1String(kFixDatasetDirectDisabled)) {
        return std::make_unique<DatasetDirectFix>(context, QStringLiteral("disabled"));
    }
    if (verb == QLatin1String(kFixLoopDioOff)) {
        return std::make_unique<LoopDioFix>(context);
    }
    if (verb == QLatin1String(kFixSysextDropin)) {
        return std::make_unique<SysextDropinFix>(context);
    }
    if (verb == QLatin1String(kFixZfsDioDisable)) {
        return std::make_unique<ZfsDioFix>(context);
    }
    if (verb == QLatin1String(kFixKernelPin)) {
        return std::make_unique<KernelPinFix>(context);
    }
    return nullptr;
}

}  // namespace zd::helper
