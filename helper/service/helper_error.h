// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An error the helper returns to its caller: a D-Bus error name from
// contract.h and one sentence for people.

#include <QString>

#include "contract.h"

namespace zd::helper {

struct HelperError {
    QString name;     // e.g. kErrorInvalidArgument
    QString message;  // a full sentence
};

inline bool setError(HelperError* error, const char* name, const QString& message) {
    if (error) {
        *error = {QLatin1String(name), message};
    }
    return false;
}

}  // namespace zd::helper
