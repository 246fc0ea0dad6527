// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/mount_table.h"

#include <libmount.h>

#include <QCoreApplication>
#include <QDir>
#include <cstdlib>
#include <unordered_set>

#include "collect/command_failure.h"
#include "collect/parsers/text_lines.h"
#include "collect/system_source.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::MountTable)
};

// Each line is checked for the mountinfo shape (proc(5): "ID PARENT MAJ:MIN
// ROOT TARGET OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPER-OPTIONS"), and one
// bad line rejects the whole table: a table with lines missing would place
// files on the wrong filesystem.
//
// The fields are split here rather than by libmount's table parser
// (mnt_table_parse_stream): that parser guesses the format from the first
// line, silently treats anything else as fstab, skips lines it cannot read by
// default, and costs about 9,000 instructions a line, which made it 40% of a
// scan with 10,000 mounted datasets. Escapes are still undone by libmount's
// own mnt_unmangle, and test_mount_table checks that the entries equal
// libmount's table parse of the same text.
bool isAsciiNumber(QStringView field) {
    if (field.isEmpty()) {
        return false;
    }
    for (const QChar c : field) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

bool isDeviceNumber(QStringView field) {
    const qsizetype colon = field.indexOf(QLatin1Char(':'));
    return colon > 0 && isAsciiNumber(field.left(colon)) && isAsciiNumber(field.mid(colon + 1));
}

// The fields of one mountinfo line that the table keeps, still escaped.
struct MountinfoFields {
    QStringView target;
    QStringView options;
    QStringView fsType;
    QStringView source;  // may be empty (some fuse mounts)
};

// Blanks inside a field (mountinfo escapes its own as octal): ASCII ones and
// the rest of what QChar calls a space, as the shape check's "\S" did.
bool isBlank(QChar c) {
    return c.unicode() < 0x80
               ? (c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d))
               : c.isSpace();
}

// Splits `line` when it has the mountinfo shape; nullopt otherwise. One pass
// over the characters, no list: the last four fields are kept to find
// " - FSTYPE SOURCE SUPER-OPTIONS" at the end.
std::optional<MountinfoFields> splitMountinfoLine(QStringView line) {
    MountinfoFields fields;
    QStringView lastFour[4];
    qsizetype count = 0;
    qsizetype emptyFields = 0;
    qsizetype lastEmpty = -1;
    qsizetype fieldStart = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size()) {
            const QChar c = line.at(i);
            if (c != QLatin1Char(' ')) {
                if (isBlank(c)) {
                    return std::nullopt;
                }
                continue;
            }
        }
        const QStringView field = line.mid(fieldStart, i - fieldStart);
        fieldStart = i + 1;
        if ((count == 0 || count == 1) && !isAsciiNumber(field)) {
            return std::nullopt;
        }
        if (count == 2 && !isDeviceNumber(field)) {
            return std::nullopt;
        }
        if (count == 4) {
            fields.target = field;
        }
        if (count == 5) {
            fields.options = field;
        }
        if (field.isEmpty()) {
            ++emptyFields;
            lastEmpty = count;
        }
        lastFour[count % 4] = field;
        ++count;
    }
    // Six fixed fields, any optional ones, "-", then exactly three more.
    if (count < 10 || lastFour[(count - 4) % 4] != QLatin1String("-")) {
        return std::nullopt;
    }
    // Only SOURCE may be empty.
    if (emptyFields > 1 || (emptyFields == 1 && lastEmpty != count - 2)) {
        return std::nullopt;
    }
    fields.fsType = lastFour[(count - 3) % 4];
    fields.source = lastFour[(count - 2) % 4];
    return fields;
}

// Undoes the kernel's octal escapes ("\040" is a space) with libmount.
// Most fields have none, and those skip the UTF-8 round trip.
QString unmangled(QStringView field) {
    if (!field.contains(QLatin1Char('\\'))) {
        return field.toString();
    }
    const QByteArray bytes = field.toUtf8();
    char* text = mnt_unmangle(bytes.constData());
    if (!text) {
        return field.toString();
    }
    QString result = QString::fromUtf8(text);
    std::free(text);
    return result;
}

QStringView parentPath(QStringView path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringView(u"/") : path.left(slash);
}

struct ViewHash {
    size_t operator()(QStringView view) const noexcept { return qHash(view); }
};

}  // namespace

std::optional<MountTable> MountTable::parse(const QString& mountinfo, QString* error) {
    auto fail = [error](const QString& message) -> std::optional<MountTable> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    MountTable result;
    QStringView recentFsTypeWritten;
    QString recentFsType;
    QString recentOptions;
    LineReader lines(mountinfo);
    while (const std::optional<QStringView> line = lines.next()) {
        if (line->isEmpty()) {
            continue;
        }
        const std::optional<MountinfoFields> fields = splitMountinfoLine(*line);
        if (!fields) {
            return fail(Text::tr("line %1 is not a mountinfo line: %2")
                            .arg(lines.lineNumber())
                            .arg(line->left(120)));
        }
        // Filesystem types and options repeat from line to line: share them
        // (compared as written, before unescaping).
        if (recentFsType.isNull() || fields->fsType != recentFsTypeWritten) {
            recentFsTypeWritten = fields->fsType;
            recentFsType = unmangled(fields->fsType);
        }
        if (recentOptions.isNull() || fields->options != recentOptions) {
            recentOptions = fields->options.toString();
        }
        // The source is taken as written: libmount's own table parser would
        // rewrite "/dev/root" into whatever device has that number on the
        // machine doing the parsing, and a snapshot must read the same
        // wherever it is analysed.
        result.m_entries.append(Entry{unmangled(fields->target), recentFsType,
                                      unmangled(fields->source), recentOptions});
    }
    if (result.m_entries.isEmpty()) {
        return fail(Text::tr("the mount table is empty"));
    }

    // Walk backwards remembering the targets mounted later; an entry whose
    // target, or any parent of it, was mounted on later is covered.
    // Views into the entries' own targets, so walking up a path allocates
    // nothing.
    result.m_hidden.resize(result.m_entries.size());
    result.m_visibleByTarget.reserve(result.m_entries.size());
    std::unordered_set<QStringView, ViewHash> laterTargets;
    laterTargets.reserve(result.m_entries.size());
    for (qsizetype i = result.m_entries.size() - 1; i >= 0; --i) {
        const QString& target = result.m_entries.at(i).target;
        bool hidden = false;
        for (QStringView path = target;; path = parentPath(path)) {
            if (laterTargets.count(path) != 0) {
                hidden = true;
                break;
            }
            if (path == QLatin1String("/") || path.isEmpty()) {
                break;
            }
        }
        result.m_hidden[i] = hidden;
        if (!hidden) {
            result.m_visibleByTarget.insert(target, i);
        }
        laterTargets.insert(target);
    }
    return result;
}

std::optional<PathLocation> MountTable::locate(const QString& path) const {
    if (!path.startsWith(QLatin1Char('/'))) {
        return std::nullopt;
    }
    // The holder is the visible mount at the path itself or its nearest
    // ancestor; a visible target is unique (a later mount at the same target
    // hides the earlier one), so walking up the path finds it in a few lookups.
    const QString clean = QDir::cleanPath(path);
    for (QStringView candidate = clean;; candidate = parentPath(candidate)) {
        const auto found = m_visibleByTarget.constFind(candidate.toString());
        if (found != m_visibleByTarget.cend()) {
            const Entry& entry = m_entries.at(found.value());
            return PathLocation{entry.target, entry.fsType, entry.source};
        }
        if (candidate == QLatin1String("/")) {
            return std::nullopt;
        }
    }
}

MountTable MountTable::fromSource(SystemSource& source, QList<CollectorNote>* notes) {
    return fromEvidence(source.readFile(mountinfoPath()), notes);
}

MountTable MountTable::fromEvidence(const Evidence& evidence, QList<CollectorNote>* notes) {
    if (!evidence.ok()) {
        if (notes) {
            notes->append({QStringLiteral("mount"), QStringLiteral("mountinfo-unreadable"),
                           Text::tr("The mount table could not be read (%1), so files "
                                    "cannot be placed on their filesystems.")
                               .arg(failureReason(evidence)),
                           evidence.key});
        }
        return {};
    }
    QString error;
    if (auto table = parse(evidence.output, &error)) {
        return *table;
    }
    if (notes) {
        notes->append({QStringLiteral("mount"), QStringLiteral("mountinfo-malformed"),
                       Text::tr("The mount table could not be parsed: %1").arg(error),
                       evidence.key});
    }
    return {};
}

}  // namespace zd
