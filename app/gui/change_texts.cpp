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

QString changeStatusText(const QString& status) {
    struct Entry {
        const char* key;
        const char* text;
    };
    static const Entry entries[] = {
        {"planned", QT_TRANSLATE_NOOP("zd::gui::Change", "planned")},
        {"applying", QT_TRANSLATE_NOOP("zd::gui::Change", "applying")},
        {"applied", QT_TRANSLATE_NOOP("zd::gui::Change", "applied")},
        // The helper read the new state back; a rescan decides whether the problem is gone.
        {"verified", QT_TRANSLATE_NOOP("zd::gui::Change", "applied and read back")},
        {"failed", QT_TRANSLATE_NOOP("zd::gui::Change", "failed")},
        {"undoing", QT_TRANSLATE_NOOP("zd::gui::Change", "undoing")},
        {"undone", QT_TRANSLATE_NOOP("zd::gui::Change", "undone")},
        {"undo-failed", QT_TRANSLATE_NOOP("zd::gui::Change", "undo failed")},
    };
    for (const Entry& entry : entries) {
        if (status == QLatin1String(entry.key)) {
            return QCoreApplication::translate("zd::gui::Change", entry.text);
        }
    }
    return status;
}

}  // namespace zd::gui
