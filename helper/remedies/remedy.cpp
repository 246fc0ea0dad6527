// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/remedy.h"

#include "contract.h"
#include "remedies/dataset_direct.h"
#include "remedies/kernel_pin.h"
#include "remedies/loop_dio.h"
#include "remedies/module_parameter.h"
#include "remedies/sysext_dropin.h"

namespace zd::helper {

std::unique_ptr<Remedy> makeRemedy(const QString& verb, RemedyContext context) {
    const RemedyVerb* row = findRemedy(verb);
    if (!row) {
        return nullptr;
    }
    // No default: a RemedyClass without a case here is a compiler warning
    // (-Wswitch), an error in CI.
    switch (row->remedyClass) {
        case RemedyClass::DatasetDirect:
            return std::make_unique<DatasetDirectRemedy>(context,
                                                         QString::fromLatin1(row->parameter));
        case RemedyClass::LoopDio:
            return std::make_unique<LoopDioRemedy>(context);
        case RemedyClass::SysextDropin:
            return std::make_unique<SysextDropinRemedy>(context);
        case RemedyClass::ModuleParameter:
            if (ModuleParameterRemedy::modprobePath(QString::fromLatin1(row->parameter))
                    .isEmpty()) {
                return nullptr;  // a parameter without its spec: tests/helper fail
            }
            return std::make_unique<ModuleParameterRemedy>(context,
                                                           QString::fromLatin1(row->parameter));
        case RemedyClass::KernelPin:
            return std::make_unique<KernelPinRemedy>(context);
    }
    return nullptr;
}

}  // namespace zd::helper
