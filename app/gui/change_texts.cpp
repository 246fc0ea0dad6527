// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "change_texts.h"

#include <QCoreApplication>
#include <QStringList>

#include "helper_client/helper_records.h"

namespace zd::gui {

QString describeState(const QJsonObject& state) {
    QStringList lines;
    for (const auto& [key, value] : stateEntries(state)) {
        lines.append(
            QStringLiteral("%1: %2").arg(key, value.isEmpty() ? QStringLiteral("—") : value));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace zd::gui
