#pragma once
// The mount table, parsed by libmount from /proc/self/mountinfo text (live or
// recorded), answering "which mount holds this path?" without touching the
// file system, so it works identically on a snapshot.

#include <QList>
#include <QString>
#include <optional>

#include "model/facts.h"

namespace zd {

class MountTable {
public:
    struct Entry {
        QString target;   // mount point, unescaped ("\040" -> " ")
        QString fsType;
        QString source;   // device or dataset name
        QString options;  // VFS options, e.g. "rw,relatime"
    };

    // Parses mountinfo text with libmount. On malformed input returns nullopt
    // and sets *error; never a partial table.
    static std::optional<MountTable> parse(const QString& mountinfo, QString* error);

    // The mount with the longest target that is a path prefix of `path` (the
    // last one mounted wins on equal targets, as the kernel shows it).
    std::optional<PathLocation> locate(const QString& path) const;
    const QList<Entry>& entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

}  // namespace zd
