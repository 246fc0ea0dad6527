// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/zfs_parsers.h"

#include <QCoreApplication>

#include <QHash>

#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::ZfsParsers)
};

}  // namespace

ZfsVersionOutput parseZfsVersion(const QString& text) {
    static const QLatin1String kKmodPrefix("zfs-kmod-");
    static const QLatin1String kUserlandPrefix("zfs-");
    ZfsVersionOutput result;
    for (const QString& line : nonEmptyLines(text)) {
        const QString trimmed = line.trimmed();
        // The kmod prefix also starts with "zfs-": test it first.
        if (trimmed.startsWith(kKmodPrefix)) {
            if (result.kmod.isEmpty()) {
                result.kmod = trimmed.mid(kKmodPrefix.size());
            }
        } else if (trimmed.startsWith(kUserlandPrefix)) {
            if (result.userland.isEmpty()) {
                result.userland = trimmed.mid(kUserlandPrefix.size());
            }
        }
    }
    return result;
}

QString parseKmodVersionFile(const QString& text) {
    const QStringList lines = nonEmptyLines(text);
    if (lines.size() != 1) {
        return {};
    }
    const QString version = lines.first().trimmed();
    // A version never contains blanks; anything else is not a version file.
    if (version.contains(QLatin1Char(' ')) || version.contains(QLatin1Char('\t'))) {
        return {};
    }
    return version;
}

QString parseModuleParameter(const QString& text) {
    return text.trimmed();
}

namespace {
std::optional<qint64> parseBytes(const QString& field) {
    bool ok = false;
    const qint64 value = field.toLongLong(&ok);
    if (!ok || value < 0) {
        return std::nullopt;
    }
    return value;
}

bool isBlank(QStringView line) {
    for (const QChar c : line) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

// Where a `zfs get` property is kept in a ZfsDataset; nullptr for one that
// is not kept.
ZfsProperty ZfsDataset::*propertyMember(QStringView property) {
    if (property == QLatin1String("direct")) {
        return &ZfsDataset::direct;
    }
    if (property == QLatin1String("recordsize")) {
        return &ZfsDataset::recordsize;
    }
    if (property == QLatin1String("mountpoint")) {
        return &ZfsDataset::mountpoint;
    }
    if (property == QLatin1String("mounted")) {
        return &ZfsDataset::mounted;
    }
    if (property == QLatin1String("readonly")) {
        return &ZfsDataset::readonly;
    }
    return nullptr;
}
}  // namespace

QList<ZfsPool> parseZpoolList(const QString& text, QStringList* problems) {
    QList<ZfsPool> pools;
    int lineNumber = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 5 || fields.at(0).isEmpty()) {
            if (problems) {
                problems->append(Text::tr("zpool list line %1 has %2 columns instead of 5: %3")
                                     .arg(lineNumber)
                                     .arg(fields.size())
                                     .arg(line));
            }
            continue;
        }
        ZfsPool pool;
        pool.name = fields.at(0);
        pool.sizeBytes = parseBytes(fields.at(1));
        pool.allocatedBytes = parseBytes(fields.at(2));
        pool.freeBytes = parseBytes(fields.at(3));
        pool.health = fields.at(4).trimmed();
        pools.append(pool);
    }
    return pools;
}

QList<ZfsDataset> parseZfsGet(const QString& text, const QStringList& properties,
                              QStringList* problems) {
    QList<ZfsDataset> datasets;
    QHash<QString, qsizetype> indexByName;
    auto complain = [problems](int lineNumber, const QString& why, QStringView line) {
        if (problems) {
            problems->append(Text::tr("zfs get line %1 %2: %3").arg(lineNumber).arg(why, line));
        }
    };

    // This runs over a line per property per dataset (50,000 lines for
    // 10,000 datasets) on every scan, so it works on views into `text` and
    // allocates only what it keeps. Most values repeat from one dataset to
    // the next ("standard", "default", "inherited from tank"): the previous
    // one of the same property is shared instead of copied again.
    struct Column {
        ZfsProperty ZfsDataset::*member = nullptr;
        QString recentValue;
        QString recentSource;
    };
    QList<Column> columns(properties.size());
    for (qsizetype i = 0; i < properties.size(); ++i) {
        columns[i].member = propertyMember(properties.at(i));
    }
    auto shared = [](QString& recent, QStringView field) {
        if (recent != field) {
            recent = field.toString();
        }
        return recent;
    };

    if (!properties.isEmpty()) {
        const qsizetype expected = text.size() / (32 * properties.size()) + 1;  // ~32 chars a line
        datasets.reserve(expected);
        indexByName.reserve(expected);
    }
    qsizetype expectedColumn = 0;
    LineReader lines(text);
    while (const std::optional<QStringView> next = lines.next()) {
        const QStringView line = *next;
        const int lineNumber = lines.lineNumber();
        if (isBlank(line)) {
            continue;
        }
        QStringView fields[4];
        qsizetype count = 0;
        qsizetype fieldStart = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i < line.size() && line.at(i) != QLatin1Char('\t')) {
                continue;
            }
            if (count < 4) {
                fields[count] = line.mid(fieldStart, i - fieldStart);
            }
            ++count;
            fieldStart = i + 1;
        }
        if (count != 4 || fields[0].isEmpty()) {
            complain(lineNumber, Text::tr("has %1 columns instead of 4").arg(count), line);
            continue;
        }
        const QStringView name = fields[0];
        const QStringView property = fields[1];
        // zfs get answers in the order the properties were asked for, so the
        // next column is tried first.
        qsizetype column =
            expectedColumn < properties.size() && properties.at(expectedColumn) == property
                ? expectedColumn
                : properties.indexOf(property);
        if (column < 0) {
            complain(lineNumber,
                     Text::tr("names property '%1' that was not asked for").arg(property), line);
            continue;
        }
        expectedColumn = column + 1 == properties.size() ? 0 : column + 1;
        // zfs get prints all properties of one dataset together; a name that
        // comes back after another dataset means the output is not what we
        // think it is, so we refuse to merge it.
        if (datasets.isEmpty() || datasets.last().name != name) {
            const QString owned = name.toString();
            if (indexByName.contains(owned)) {
                complain(lineNumber,
                         Text::tr("returns to dataset '%1' after another dataset").arg(name), line);
                continue;
            }
            indexByName.insert(owned, datasets.size());
            datasets.emplaceBack().name = owned;
        }
        Column& target = columns[column];
        if (!target.member) {
            continue;  // asked for but not kept
        }
        ZfsProperty& value = datasets.last().*target.member;
        value.value = shared(target.recentValue, fields[2]);
        value.source = shared(target.recentSource, fields[3]);
        value.present = true;
    }
    return datasets;
}

bool isInvalidPropertyError(const QString& errorOutput, const QString& property) {
    return errorOutput.contains(QStringLiteral("invalid property '%1'").arg(property));
}

}  // namespace zd
