// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/shell_quote.h"

namespace zd {

std::optional<QString> shellQuote(const QString& argument) {
    if (argument.contains(QChar(u'\0'))) {
        return std::nullopt;
    }
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\'')) {
            quoted += QLatin1String("'\\''");
        } else {
            quoted += c;
        }
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

std::optional<QString> shellCommandLine(const QStringList& argv) {
    QStringList words;
    words.reserve(argv.size());
    for (const QString& argument : argv) {
        const std::optional<QString> word = shellQuote(argument);
        if (!word) {
            return std::nullopt;
        }
        words << *word;
    }
    return words.join(QLatin1Char(' '));
}

}  // namespace zd
