#include "collect/parsers/zfs_parsers.h"

#include <QHash>
#include <QSet>

#include "collect/parsers/text_lines.h"

namespace zd {

ZfsVersionOutput parseZfsVersion(const QString& text) {
    static const QLatin1String kKmodPrefix("zfs-kmod-");
    static const QLatin1String kUserlandPrefix("zfs-");
    ZfsVersionOutput result;
    for (const QString& line : nonEmptyLines(text)) {
        const QString trimmed = line.trimmed();
        // The kmod prefix also starts with "zfs-": test it first.
        if (trimmed.startsWith(kKmodPrefix)) {
            if (result.kmod.isEmpty())
                result.kmod = trimmed.mid(kKmodPrefix.size());
        } else if (trimmed.startsWith(kUserlandPrefix)) {
            if (result.userland.isEmpty())
                result.userland = trimmed.mid(kUserlandPrefix.size());
        }
    }
    return result;
}

QString parseKmodVersionFile(const QString& text) {
    const QStringList lines = nonEmptyLines(text);
    if (lines.size() != 1)
        return {};
    const QString version = lines.first().trimmed();
    // A version never contains blanks; anything else is not a version file.
    if (version.contains(QLatin1Char(' ')) || version.contains(QLatin1Char('\t')))
        return {};
    return version;
}

QString parseModuleParameter(const QString& text) {
    return text.trimmed();
}

namespace {
std::optional<qint64> parseBytes(const QString& field) {
    bool ok = false;
    const qint64 value = field.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

void setProperty(ZfsDataset& dataset, const QString& property, ZfsProperty value) {
    if (property == QLatin1String("direct"))
        dataset.direct = value;
    else if (property == QLatin1String("recordsize"))
        dataset.recordsize = value;
    else if (property == QLatin1String("mountpoint"))
        dataset.mountpoint = value;
    else if (property == QLatin1String("mounted"))
        dataset.mounted = value;
    else if (property == QLatin1String("readonly"))
        dataset.readonly = value;
}
}  // namespace

QList<ZfsPool> parseZpoolList(const QString& text, QStringList* problems) {
    QList<ZfsPool> pools;
    int lineNumber = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 5 || fields.at(0).isEmpty()) {
            if (problems)
                problems->append(
                    QStringLiteral("zpool list line %1 has %2 columns instead of 5: %3")
                        .arg(lineNumber)
                        .arg(fields.size())
                        .arg(line));
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
    const QSet<QString> wanted(properties.cbegin(), properties.cend());
    QList<ZfsDataset> datasets;
    QHash<QString, qsizetype> indexByName;
    auto complain = [problems](int lineNumber, const QString& why, const QString& line) {
        if (problems)
            problems->append(
                QStringLiteral("zfs get line %1 %2: %3").arg(lineNumber).arg(why, line));
    };

    int lineNumber = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 4 || fields.at(0).isEmpty()) {
            complain(lineNumber, QStringLiteral("has %1 columns instead of 4").arg(fields.size()),
                     line);
            continue;
        }
        const QString& name = fields.at(0);
        const QString& property = fields.at(1);
        if (!wanted.contains(property)) {
            complain(lineNumber,
                     QStringLiteral("names property '%1' that was not asked for").arg(property),
                     line);
            continue;
        }
        // zfs get prints all properties of one dataset together; a name that
        // comes back after another dataset means the output is not what we
        // think it is, so we refuse to merge it.
        const auto found = indexByName.constFind(name);
        if (found == indexByName.cend()) {
            indexByName.insert(name, datasets.size());
            ZfsDataset dataset;
            dataset.name = name;
            datasets.append(dataset);
        } else if (found.value() != datasets.size() - 1) {
            complain(lineNumber,
                     QStringLiteral("returns to dataset '%1' after another dataset").arg(name),
                     line);
            continue;
        }
        ZfsProperty value;
        value.value = fields.at(2);
        value.source = fields.at(3);
        value.present = true;
        setProperty(datasets.last(), property, value);
    }
    return datasets;
}

bool isInvalidPropertyError(const QString& errorOutput, const QString& property) {
    return errorOutput.contains(QStringLiteral("invalid property '%1'").arg(property));
}

}  // namespace zd
