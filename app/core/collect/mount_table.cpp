#include "collect/mount_table.h"

#include <libmount.h>

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "collect/system_source.h"

namespace zd {

namespace {

// libmount guesses the table format from the first line and silently treats
// anything that does not start with two numbers as fstab, and by default it
// skips lines it cannot parse. A mount table with lines missing would place
// files on the wrong filesystem, so every line is checked for the mountinfo
// shape first (proc(5): "ID PARENT MAJ:MIN ROOT TARGET OPTIONS [OPTIONAL...]
// - FSTYPE SOURCE SUPER-OPTIONS"), and libmount's own errors abort the parse.
const QRegularExpression& mountinfoLinePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^\\d+ \\d+ \\d+:\\d+ \\S+ \\S+ \\S+(?: \\S+)* - \\S+ (\\S*) \\S+$"));
    return pattern;
}

struct ParseState {
    int badLine = 0;
};

int onParseError(libmnt_table* table, const char* /*filename*/, int line) {
    auto* state = static_cast<ParseState*>(mnt_table_get_userdata(table));
    if (state && state->badLine == 0)
        state->badLine = line;
    return -EINVAL;  // fatal: stop parsing, never keep a partial table
}

struct TableDeleter {
    void operator()(libmnt_table* table) const { mnt_unref_table(table); }
};
struct IterDeleter {
    void operator()(libmnt_iter* iter) const { mnt_free_iter(iter); }
};
struct FileCloser {
    void operator()(FILE* file) const { std::fclose(file); }
};

QString fromC(const char* text) {
    return text ? QString::fromUtf8(text) : QString();
}

bool isPathPrefix(const QString& prefix, const QString& path) {
    if (prefix == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == prefix ||
           (path.startsWith(prefix) && path.at(prefix.size()) == QLatin1Char('/'));
}

QString parentPath(const QString& path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

}  // namespace

std::optional<MountTable> MountTable::parse(const QString& mountinfo, QString* error) {
    auto fail = [error](const QString& message) -> std::optional<MountTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList lines = mountinfo.split(QLatin1Char('\n'));
    int lineCount = 0;
    QList<QByteArray> rawSources;  // the SOURCE field of each line, still escaped
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        ++lineCount;
        const auto match = mountinfoLinePattern().match(lines.at(i));
        if (!match.hasMatch())
            return fail(QStringLiteral("line %1 is not a mountinfo line: %2")
                            .arg(i + 1)
                            .arg(lines.at(i).left(120)));
        rawSources.append(match.captured(1).toUtf8());
    }
    if (lineCount == 0)
        return fail(QStringLiteral("the mount table is empty"));

    QByteArray text = mountinfo.toUtf8();
    if (!text.endsWith('\n'))
        text.append('\n');
    std::unique_ptr<FILE, FileCloser> stream(fmemopen(text.data(), text.size(), "r"));
    if (!stream)
        return fail(QStringLiteral("cannot open the mount table text as a stream"));
    std::unique_ptr<libmnt_table, TableDeleter> table(mnt_new_table());
    if (!table)
        return fail(QStringLiteral("libmount could not allocate a table"));
    ParseState state;
    mnt_table_set_userdata(table.get(), &state);
    mnt_table_set_parser_errcb(table.get(), &onParseError);
    const int rc = mnt_table_parse_stream(table.get(), stream.get(), "mountinfo");
    if (state.badLine != 0)
        return fail(QStringLiteral("libmount rejected mountinfo line %1: %2")
                        .arg(state.badLine)
                        .arg(lines.value(state.badLine - 1).left(120)));
    if (rc < 0)
        return fail(QStringLiteral("libmount could not parse the mount table (error %1)").arg(-rc));

    MountTable result;
    std::unique_ptr<libmnt_iter, IterDeleter> iter(mnt_new_iter(MNT_ITER_FORWARD));
    libmnt_fs* fs = nullptr;
    while (mnt_table_next_fs(table.get(), iter.get(), &fs) == 0) {
        Entry entry;
        entry.target = fromC(mnt_fs_get_target(fs));
        entry.fsType = fromC(mnt_fs_get_fstype(fs));
        entry.source = fromC(mnt_fs_get_source(fs));
        entry.options = fromC(mnt_fs_get_vfs_options(fs));
        result.m_entries.append(entry);
    }
    if (result.m_entries.size() != lineCount)
        return fail(QStringLiteral("libmount read %1 mounts from %2 lines")
                        .arg(result.m_entries.size())
                        .arg(lineCount));
    // libmount rewrites the source "/dev/root" into the device it finds for
    // that device number on the machine doing the parsing; a snapshot must
    // say the same wherever it is analysed, so take the source as written.
    for (qsizetype i = 0; i < result.m_entries.size(); ++i) {
        char* unescaped = mnt_unmangle(rawSources.at(i).constData());
        if (unescaped) {
            result.m_entries[i].source = QString::fromUtf8(unescaped);
            std::free(unescaped);
        }
    }

    // Walk backwards remembering the targets mounted later; an entry whose
    // target, or any parent of it, was mounted on later is covered.
    result.m_hidden.resize(result.m_entries.size());
    QSet<QString> laterTargets;
    for (qsizetype i = result.m_entries.size() - 1; i >= 0; --i) {
        const QString& target = result.m_entries.at(i).target;
        bool hidden = false;
        for (QString path = target;; path = parentPath(path)) {
            if (laterTargets.contains(path)) {
                hidden = true;
                break;
            }
            if (path == QLatin1String("/") || path.isEmpty())
                break;
        }
        result.m_hidden[i] = hidden;
        laterTargets.insert(target);
    }
    return result;
}

std::optional<PathLocation> MountTable::locate(const QString& path) const {
    if (!path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    const QString clean = QDir::cleanPath(path);
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_hidden.value(i))
            continue;
        const QString& target = m_entries.at(i).target;
        if (!isPathPrefix(target, clean))
            continue;
        if (best < 0 || target.size() >= m_entries.at(best).target.size())
            best = i;
    }
    if (best < 0)
        return std::nullopt;
    const Entry& entry = m_entries.at(best);
    return PathLocation{entry.target, entry.fsType, entry.source};
}

MountTable MountTable::fromSource(SystemSource& source, QList<CollectorNote>* notes) {
    const Evidence evidence = source.readFile(mountinfoPath());
    if (!evidence.ok()) {
        if (notes)
            notes->append({QStringLiteral("mount"), QStringLiteral("mountinfo-unreadable"),
                           QStringLiteral("The mount table could not be read (%1), so files "
                                          "cannot be placed on their filesystems.")
                               .arg(evidence.message),
                           evidence.key});
        return {};
    }
    QString error;
    if (auto table = parse(evidence.output, &error))
        return *table;
    if (notes)
        notes->append({QStringLiteral("mount"), QStringLiteral("mountinfo-malformed"),
                       QStringLiteral("The mount table could not be parsed: %1").arg(error),
                       evidence.key});
    return {};
}

}  // namespace zd
