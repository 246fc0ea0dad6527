// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "dnf/dnf5_versionlock.h"

#include <QRegularExpression>

namespace zd::dnf {

namespace {

// libdnf5/rpm/versionlock_config.cpp, VersionlockCondition::VALID_COMPARATORS.
const QStringList kComparators = {QStringLiteral("="),  QStringLiteral("=="), QStringLiteral("<"),
                                  QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">="),
                                  QStringLiteral("<>"), QStringLiteral("!=")};

bool isEquality(const QString& comparator) {
    return comparator == QLatin1String("=") || comparator == QLatin1String("==");
}

// One TOML string starting at text[*pos] (a basic "..." or literal '...'
// string); on success *pos is just past the closing quote.
std::optional<QString> readString(const QString& text, qsizetype* pos) {
    const QChar quote = text.at(*pos);
    QString value;
    qsizetype i = *pos + 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == quote) {
            *pos = i + 1;
            return value;
        }
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                return std::nullopt;
            }
            const QChar escaped = text.at(i + 1);
            i += 2;
            switch (escaped.unicode()) {
                case '"':
                    value += QLatin1Char('"');
                    break;
                case '\\':
                    value += QLatin1Char('\\');
                    break;
                case 'b':
                    value += QLatin1Char('\b');
                    break;
                case 't':
                    value += QLatin1Char('\t');
                    break;
                case 'n':
                    value += QLatin1Char('\n');
                    break;
                case 'f':
                    value += QLatin1Char('\f');
                    break;
                case 'r':
                    value += QLatin1Char('\r');
                    break;
                case 'u':
                case 'U': {
                    const int digits = escaped == QLatin1Char('u') ? 4 : 8;
                    bool ok = false;
                    const uint code = text.mid(i, digits).toUInt(&ok, 16);
                    if (!ok || text.mid(i, digits).size() != digits) {
                        return std::nullopt;
                    }
                    const char32_t ucs4 = code;
                    value += QString::fromUcs4(&ucs4, 1);
                    i += digits;
                    break;
                }
                default:
                    return std::nullopt;
            }
            continue;
        }
        value += c;
        ++i;
    }
    return std::nullopt;  // unterminated
}

// What may follow a value or a header: blanks and an optional comment.
bool onlyCommentFollows(const QString& text, qsizetype pos) {
    const QString rest = text.mid(pos).trimmed();
    return rest.isEmpty() || rest.startsWith(QLatin1Char('#'));
}

QString quoted(const QString& value) {
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
            case '"':
                out += QLatin1String("\\\"");
                break;
            case '\\':
                out += QLatin1String("\\\\");
                break;
            case '\n':
                out += QLatin1String("\\n");
                break;
            case '\t':
                out += QLatin1String("\\t");
                break;
            case '\r':
                out += QLatin1String("\\r");
                break;
            default:
                if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                } else {
                    out += c;
                }
        }
    }
    return out + QLatin1Char('"');
}

}  // namespace

bool Dnf5LockEntry::isValid(QString* why) const {
    auto fail = [why](const QString& reason) {
        if (why) {
            *why = reason;
        }
        return false;
    };
    if (name.isEmpty()) {
        return fail(QStringLiteral("missing package name"));
    }
    if (conditions.isEmpty()) {
        return fail(QStringLiteral("missing package conditions"));
    }
    for (const Dnf5LockCondition& condition : conditions) {
        if (condition.key != QLatin1String("epoch") && condition.key != QLatin1String("evr") &&
            condition.key != QLatin1String("arch")) {
            return fail(condition.key.isEmpty()
                            ? QStringLiteral("missing condition key")
                            : QStringLiteral("invalid condition key \"%1\"").arg(condition.key));
        }
        if (!kComparators.contains(condition.comparator)) {
            return fail(condition.comparator.isEmpty()
                            ? QStringLiteral("missing condition comparison operator")
                            : QStringLiteral("invalid condition comparison operator \"%1\"")
                                  .arg(condition.comparator));
        }
        if (condition.value.isEmpty()) {
            return fail(QStringLiteral("missing condition value"));
        }
        if (condition.key == QLatin1String("epoch")) {
            static const QRegularExpression unsignedNumber(QStringLiteral("^\\d+"));
            // dnf5 accepts what std::stoul accepts: leading digits.
            if (!unsignedNumber.match(condition.value.trimmed()).hasMatch()) {
                return fail(
                    QStringLiteral("epoch condition value needs to be an unsigned integer"));
            }
        }
        if (condition.key == QLatin1String("arch") && !isEquality(condition.comparator) &&
            condition.comparator != QLatin1String("!=") &&
            condition.comparator != QLatin1String("<>")) {
            return fail(
                QStringLiteral("\"arch\" condition only supports \"=\" and \"!=\" comparison "
                               "operators"));
        }
    }
    return true;
}

QString Dnf5LockEntry::exactVersionRelease() const {
    if (!isValid() || conditions.size() != 1) {
        return {};
    }
    const Dnf5LockCondition& condition = conditions.first();
    if (condition.key != QLatin1String("evr") || !isEquality(condition.comparator)) {
        return {};
    }
    QString value = condition.value;
    if (value.startsWith(QLatin1String("0:"))) {
        value.remove(0, 2);
    }
    return value;
}

std::optional<Dnf5Versionlock> parseDnf5Versionlock(const QString& text, QStringList* problems) {
    static const QRegularExpression keyPattern(QStringLiteral("^([A-Za-z0-9_-]+)\\s*=\\s*"));
    Dnf5Versionlock file;
    file.version.clear();
    enum class Table { Top, Package, Condition } table = Table::Top;
    QStringList found;
    bool unreadable = false;
    // `fatal`: TOML this reader (or toml11, dnf5's parser) cannot read; the
    // others are keys dnf5 reads past, reported so that nothing is dropped
    // silently.
    auto problem = [&found, &unreadable](int line, const QString& what, bool fatal = true) {
        found.append(QStringLiteral("versionlock.toml line %1: %2").arg(line).arg(what));
        unreadable = unreadable || fatal;
    };
    QStringList keysOfTable;  // TOML forbids a key twice in one table

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
            const QString header =
                trimmed.left(trimmed.startsWith(QLatin1String("[[")) ? close + 2 : close + 1);
            if (!onlyCommentFollows(trimmed, header.size())) {
                problem(lineNumber, QStringLiteral("text after the table header"));
                continue;
            }
            QString compact = header;
            compact.remove(QLatin1Char(' '));
            keysOfTable.clear();
            if (compact == QLatin1String("[[packages]]")) {
                file.packages.append(Dnf5LockEntry{});
                table = Table::Package;
            } else if (compact == QLatin1String("[[packages.conditions]]") &&
                       !file.packages.isEmpty()) {
                file.packages.last().conditions.append(Dnf5LockCondition{});
                table = Table::Condition;
            } else {
                problem(lineNumber, QStringLiteral("unexpected table %1").arg(header));
            }
            continue;
        }
        const QRegularExpressionMatch key = keyPattern.match(trimmed);
        qsizetype pos = key.capturedEnd();
        if (!key.hasMatch() || pos >= trimmed.size() ||
            (trimmed.at(pos) != QLatin1Char('"') && trimmed.at(pos) != QLatin1Char('\''))) {
            problem(lineNumber, QStringLiteral("not a key = \"string\" line: %1").arg(trimmed));
            continue;
        }
        const std::optional<QString> value = readString(trimmed, &pos);
        if (!value || !onlyCommentFollows(trimmed, pos)) {
            problem(lineNumber, QStringLiteral("malformed string: %1").arg(trimmed));
            continue;
        }
        const QString name = key.captured(1);
        if (keysOfTable.contains(name)) {
            problem(lineNumber, QStringLiteral("key \"%1\" is set twice in one table").arg(name));
            continue;
        }
        keysOfTable.append(name);
        bool known = true;
        if (table == Table::Top && name == QLatin1String("version")) {
            file.version = *value;
        } else if (table == Table::Package && name == QLatin1String("name")) {
            file.packages.last().name = *value;
        } else if (table == Table::Package && name == QLatin1String("comment")) {
            file.packages.last().comment = *value;
        } else if (table == Table::Condition) {
            Dnf5LockCondition& condition = file.packages.last().conditions.last();
            if (name == QLatin1String("key")) {
                condition.key = *value;
            } else if (name == QLatin1String("comparator")) {
                condition.comparator = *value;
            } else if (name == QLatin1String("value")) {
                condition.value = *value;
            } else {
                known = false;
            }
        } else {
            known = false;
        }
        if (!known) {
            // dnf5 ignores keys it does not know; say so rather than drop it silently.
            problem(lineNumber, QStringLiteral("key \"%1\" is not part of the format").arg(name),
                    false);
        }
    }
    if (problems) {
        problems->append(found);
    }
    if (unreadable) {
        return std::nullopt;
    }
    if (file.version.isEmpty() && file.packages.isEmpty()) {
        file.version = QStringLiteral("1.0");  // an empty file: no locks, nothing to refuse
    }
    return file;
}

std::optional<QString> withoutDnf5Lock(const QString& text, const QString& name,
                                       const QString& versionRelease) {
    const std::optional<Dnf5Versionlock> whole = parseDnf5Versionlock(text, nullptr);
    if (!whole || !whole->isSupportedVersion()) {
        return std::nullopt;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    auto isPackagesHeader = [&lines](qsizetype i) {
        QString compact = lines.at(i).trimmed();
        compact.remove(QLatin1Char(' '));
        return compact == QLatin1String("[[packages]]") ||
               compact.startsWith(QLatin1String("[[packages]]#"));
    };
    QList<qsizetype> headers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isPackagesHeader(i)) {
            headers.append(i);
        }
    }
    for (qsizetype k = headers.size() - 1; k >= 0; --k) {
        const qsizetype end = k + 1 < headers.size() ? headers.at(k + 1) : lines.size();
        // The table alone, read as a file of its own: one entry.
        const QString table = lines.mid(headers.at(k), end - headers.at(k)).join(QLatin1Char('\n'));
        const std::optional<Dnf5Versionlock> one =
            parseDnf5Versionlock(QStringLiteral("version = \"1.0\"\n") + table, nullptr);
        if (!one || one->packages.size() != 1 || one->packages.first().name != name ||
            one->packages.first().exactVersionRelease() != versionRelease) {
            continue;
        }
        // The header down to the table's last key line, and the blank lines
        // that separate it from what is above. Blank and comment lines after
        // it stay: they precede the next table (or end the file).
        qsizetype last = end;
        while (last - 1 > headers.at(k) &&
               (lines.at(last - 1).trimmed().isEmpty() ||
                lines.at(last - 1).trimmed().startsWith(QLatin1Char('#')))) {
            --last;
        }
        qsizetype first = headers.at(k);
        while (first > 0 && lines.at(first - 1).trimmed().isEmpty()) {
            --first;
        }
        lines.remove(first, last - first);
        return lines.join(QLatin1Char('\n'));
    }
    return std::nullopt;
}

QString formatDnf5Versionlock(const Dnf5Versionlock& file) {
    QString out = QStringLiteral("version = %1\n").arg(quoted(file.version));
    for (const Dnf5LockEntry& entry : file.packages) {
        out += QStringLiteral("\n[[packages]]\nname = %1\n").arg(quoted(entry.name));
        if (!entry.comment.isEmpty()) {
            out += QStringLiteral("comment = %1\n").arg(quoted(entry.comment));
        }
        for (const Dnf5LockCondition& condition : entry.conditions) {
            out +=
                QStringLiteral("\n[[packages.conditions]]\nkey = %1\ncomparator = %2\nvalue = %3\n")
                    .arg(quoted(condition.key), quoted(condition.comparator),
                         quoted(condition.value));
        }
    }
    return out;
}

Dnf5LockEntry dnf5AddEntry(const QString& name, const QString& evr, const QDateTime& when) {
    QString value = evr;
    if (value.startsWith(QLatin1String("0:"))) {
        value.remove(0, 2);  // libdnf5 Package::get_evr() omits a zero epoch
    }
    return {name,
            QStringLiteral("Added by 'versionlock add' command on %1")
                .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            {{QStringLiteral("evr"), QStringLiteral("="), value}}};
}

}  // namespace zd::dnf
