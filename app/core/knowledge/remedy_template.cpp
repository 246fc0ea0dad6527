// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/remedy_template.h"

namespace zd {

namespace {

bool isPlaceholderChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
}

// Calls onText for the literal runs and onPlaceholder for each {name}
// ([a-z_]+ between braces) of `text`, in order. Hand-written, not a regular
// expression: a scan fills two templates per remedy, and a system with
// thousands of affected datasets has thousands of remedies.
template <typename OnText, typename OnPlaceholder>
void scanTemplate(QStringView text, OnText onText, OnPlaceholder onPlaceholder) {
    qsizetype literalStart = 0;
    qsizetype open = text.indexOf(QLatin1Char('{'));
    while (open >= 0) {
        qsizetype end = open + 1;
        while (end < text.size() && isPlaceholderChar(text.at(end))) {
            ++end;
        }
        if (end > open + 1 && end < text.size() && text.at(end) == QLatin1Char('}')) {
            onText(text.mid(literalStart, open - literalStart));
            onPlaceholder(text.mid(open + 1, end - open - 1), text.mid(open, end - open + 1));
            literalStart = end + 1;
            open = text.indexOf(QLatin1Char('{'), literalStart);
        } else {
            open = text.indexOf(QLatin1Char('{'), open + 1);
        }
    }
    onText(text.mid(literalStart));
}

}  // namespace

const QStringList& knownTemplatePlaceholders() {
    static const QStringList names{
        QStringLiteral("dataset"),
        QStringLiteral("previous_value"),
        QStringLiteral("loop"),
        QStringLiteral("backing_file"),
        QStringLiteral("pool"),
        QStringLiteral("kernel"),
        QStringLiteral("kernel_package"),
        QStringLiteral("default_kernel"),
        QStringLiteral("kernel_meta_packages"),
    };
    return names;
}

QStringList templatePlaceholders(const QString& text) {
    QStringList names;
    scanTemplate(
        text, [](QStringView) {},
        [&names](QStringView name, QStringView) { names << name.toString(); });
    return names;
}

QString fillTemplate(const QString& text, const QMap<QString, QString>& values) {
    QString result;
    result.reserve(text.size() + 64);
    scanTemplate(
        text, [&result](QStringView literal) { result += literal; },
        [&](QStringView name, QStringView written) {
            // A handful of values: comparing views beats building a key.
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (it.key() == name) {
                    result += it.value();
                    return;
                }
            }
            result += written;
        });
    return result;
}

}  // namespace zd
