// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/os_release_parser.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::OsReleaseParser)
};

}  // namespace

namespace {

// Unquotes one os-release value. Returns nullopt for an unterminated quote or
// text after the closing quote (concatenation is not supported by the format).
std::optional<QString> unquote(const QString& raw) {
    if (raw.isEmpty()) {
        return QString();
    }
    const QChar quote = raw.front();
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\'')) {
        // Unquoted: backslash escapes are still shell-style.
        QString value;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size()) {
                ++i;
            }
            value.append(raw.at(i));
        }
        return value;
    }
    QString value;
    qsizetype i = 1;
    for (; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == quote) {
            break;
        }
        // In single quotes nothing is special; in double quotes a backslash
        // escapes the next character only if it is one of $ " \ `.
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < raw.size()) {
            const QChar next = raw.at(i + 1);
            if (next == QLatin1Char('$') || next == QLatin1Char('"') || next == QLatin1Char('\\') ||
                next == QLatin1Char('`')) {
                value.append(next);
                ++i;
                continue;
            }
        }
        value.append(c);
    }
    if (i >= raw.size()) {
        return std::nullopt;  // no closing quote
    }
    if (!raw.mid(i + 1).trimmed().isEmpty()) {
        return std::nullopt;  // something after the closing quote
    }
    return value;
}

}  // namespace

QMap<QString, QString> parseOsRelease(const QString& text, QStringList* problems) {
    static const QRegularExpression kKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QMap<QString, QString> values;
    int lineNumber = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? line.left(equals) : QString();
        if (!kKey.match(key).hasMatch()) {
            if (problems) {
                problems->append(Text::tr("os-release line %1 is not an assignment: %2")
                                     .arg(lineNumber)
                                     .arg(line));
            }
            continue;
        }
        const std::optional<QString> value = unquote(line.mid(equals + 1));
        if (!value) {
            if (problems) {
                problems->append(Text::tr("os-release line %1 has a badly quoted value: %2")
                                     .arg(lineNumber)
                                     .arg(line));
            }
            continue;
        }
        values.insert(key, *value);
    }
    return values;
}

DistroFamily distroFamilyFromOsRelease(const QString& id, const QString& idLike) {
    auto familyOf = [](const QString& word) -> std::optional<DistroFamily> {
        if (word == QLatin1String("fedora")) {
            return DistroFamily::Fedora;
        }
        if (word == QLatin1String("ubuntu")) {
            return DistroFamily::Ubuntu;
        }
        if (word == QLatin1String("debian")) {
            return DistroFamily::Debian;
        }
        return std::nullopt;
    };
    if (id.isEmpty()) {
        return DistroFamily::Unknown;
    }
    if (const auto family = familyOf(id)) {
        return *family;
    }
    // ID_LIKE lists the closest relative first (os-release(5)).
    for (const QString& word : idLike.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto family = familyOf(word)) {
            return *family;
        }
    }
    return DistroFamily::Other;
}

std::optional<QString> parseTrueNasManifestVersion(const QString& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonValue version = document.object().value(QStringLiteral("version"));
    if (!version.isString() || version.toString().trimmed().isEmpty()) {
        return std::nullopt;
    }
    return version.toString().trimmed();
}

}  // namespace zd
