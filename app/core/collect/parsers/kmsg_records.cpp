// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kmsg_records.h"

#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

int hexDigit(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// "\xNN" back to the byte it stands for; the kernel escapes nothing else.
QString unescapeMessage(QStringView message) {
    if (!message.contains(QLatin1String("\\x"))) {
        return message.toString();
    }
    QByteArray bytes;
    const QByteArray utf8 = message.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\\' && i + 3 < utf8.size() && utf8.at(i + 1) == 'x') {
            const int high = hexDigit(QLatin1Char(utf8.at(i + 2)));
            const int low = hexDigit(QLatin1Char(utf8.at(i + 3)));
            if (high >= 0 && low >= 0) {
                bytes.append(char(high * 16 + low));
                i += 3;
                continue;
            }
        }
        bytes.append(utf8.at(i));
    }
    return QString::fromUtf8(bytes);
}

}  // namespace

QString kmsgRecordsAsDmesgText(const QString& records) {
    QString text;
    LineReader lines(records);
    while (const std::optional<QStringView> line = lines.next()) {
        if (line->isEmpty() || line->front() == QLatin1Char(' ')) {
            continue;  // a dictionary line of the record before
        }
        const qsizetype semicolon = line->indexOf(QLatin1Char(';'));
        if (semicolon < 0) {
            continue;
        }
        const QList<QStringView> fields = line->left(semicolon).split(QLatin1Char(','));
        bool ok = false;
        const qulonglong usec = fields.size() >= 4 ? fields.at(2).toULongLong(&ok) : 0;
        if (!ok) {
            continue;
        }
        text += QStringLiteral("[%1.%2] ")
                    .arg(usec / 1000000, 5, 10, QLatin1Char(' '))
                    .arg(usec % 1000000, 6, 10, QLatin1Char('0'));
        text += unescapeMessage(line->mid(semicolon + 1));
        text += QLatin1Char('\n');
    }
    return text;
}

}  // namespace zd
