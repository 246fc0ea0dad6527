// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/command_failure.h"

#include "collect/parsers/text_lines.h"

namespace zd {

QString whyFailed(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None) {
        return evidence.message.isEmpty() ? failureName(evidence.failure) : evidence.message;
    }
    const QString stderrLine = firstLine(evidence.errorOutput);
    return stderrLine.isEmpty()
               ? QStringLiteral("exit status %1").arg(evidence.exitCode)
               : QStringLiteral("exit status %1: %2").arg(evidence.exitCode).arg(stderrLine);
}

}  // namespace zd
