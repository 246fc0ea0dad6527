// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/fstab_parser.h"

#include <QRegularExpression>
#include <algorithm>

namespace zd {

namespace {

// "\040" -> " " (fstab(5): blanks and a few other characters are written as
// octal escapes).
QString unescapeOctal(const QString& field) {
    QString result;
    result.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('\\') && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                result += QChar(code);
                i += 3;
                continue;
            }
        }
        result += field.at(i);
    }
    return result;
}

// File systems that live on a block device, so a file as their source is an
// image mount(8) attaches to a loop device.
bool isBlockFileSystem(const QString& type) {
    static const QStringList types{
        QStringLiteral("auto"),    QStringLiteral("ext2"),    QStringLiteral("ext3"),
        QStringLiteral("ext4"),    QStringLiteral("xfs"),     QStringLiteral("btrfs"),
        QStringLiteral("vfat"),    QStringLiteral("exfat"),   QStringLiteral("ntfs"),
        QStringLiteral("ntfs3"),   QStringLiteral("f2fs"),    QStringLiteral("squashfs"),
        QStringLiteral("erofs"),   QStringLiteral("iso9660"), QStringLiteral("udf"),
        QStringLiteral("hfsplus"), QStringLiteral("jfs"),     QStringLiteral("reiserfs")};
    return types.contains(type);
}

// File systems that can only be mounted read-only.
bool isReadOnlyFileSystem(const QString& type) {
    return type == QLatin1String("squashfs") || type == QLatin1String("erofs") ||
           type == QLatin1String("iso9660");
}

}  // namespace

QList<ConfiguredLoop> parseFstabLoops(const QString& text, const QString& path) {
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    QList<ConfiguredLoop> loops;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(blanks, Qt::SkipEmptyParts);
        if (fields.size() < 3) {
            continue;
        }
        const QString source = unescapeOctal(fields.at(0));
        const QString target = unescapeOctal(fields.at(1));
        const QString type = fields.at(2);
        const QStringList options =
            fields.size() > 3 ? fields.at(3).split(QLatin1Char(',')) : QStringList();
        const bool loopOption = std::any_of(options.cbegin(), options.cend(), [](const QString& o) {
            return o == QLatin1String("loop") || o.startsWith(QLatin1String("loop="));
        });
        const bool bind =
            options.contains(QStringLiteral("bind")) || options.contains(QStringLiteral("rbind"));
        const bool fileSource = source.startsWith(QLatin1Char('/')) &&
                                !source.startsWith(QLatin1String("/dev/")) && !bind &&
                                type != QLatin1String("swap") && isBlockFileSystem(type);
        if (!loopOption && !fileSource) {
            continue;
        }
        ConfiguredLoop loop;
        loop.backingFile = source;
        loop.mountPoint = target;
        loop.fsType = type;
        loop.readOnly = options.contains(QStringLiteral("ro")) || isReadOnlyFileSystem(type);
        loop.origin = QStringLiteral("%1 line %2").arg(path).arg(number + 1);
        loops.append(loop);
    }
    return loops;
}

}  // namespace zd
