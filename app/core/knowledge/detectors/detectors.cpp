// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

Detector detectorFor(const QString& problemId) {
    struct Entry {
        const char* id;
        Detector detector;
    };
    static constexpr Entry kDetectors[] = {
        {"sysext-odirect-einval", &sysextOdirectEinval},
        {"loop-write-hang", &loopWriteHang},
        {"dio-always-cfr-eagain", &dioAlwaysCfrEagain},
        {"cfr-linux68-eopnotsupp", &cfrLinux68Eopnotsupp},
        {"loop-dio-always-oops", &loopDioAlwaysOops},
    };
    for (const Entry& entry : kDetectors) {
        if (problemId == QLatin1String(entry.id)) {
            return entry.detector;
        }
    }
    return nullptr;
}

}  // namespace zd::detectors
