// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "long_text.h"

namespace zd::gui {

QString shortenedText(const QString& text, int length) {
    if (text.size() <= length) {
        return text;
    }
    const QStringView start = QStringView(text).left(length);
    qsizetype cut = -1;
    for (const QLatin1String separator :
         {QLatin1String("; "), QLatin1String(", "), QLatin1String(" ")}) {
        cut = start.lastIndexOf(separator);
        // A cut in the first half would hide most of what fits.
        if (cut > length / 2) {
            break;
        }
    }
    if (cut <= 0) {
        cut = length;
    }
    return start.left(cut).toString() + QStringLiteral(" …");
}

}  // namespace zd::gui
