// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The mount table, parsed from /proc/self/mountinfo text (live or recorded;
// escapes undone by libmount), answering "which mount holds this path?"
// without touching the file system, so it works identically on a snapshot.

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

#include "model/evidence.h"
#include "model/facts.h"

namespace zd {

class SystemSource;

class MountTable {
  public:
    struct Entry {
        QString target;  // mount point, unescaped ("\040" -> " ")
        QString fsType;
        QString source;   // device or dataset name
        QString options;  // VFS options, e.g. "rw,relatime"
    };

    // Parses mountinfo text. On malformed input returns nullopt
    // and sets *error; never a partial table.
    static std::optional<MountTable> parse(const QString& mountinfo, QString* error);

    // The mount with the longest target that is a path prefix of `path` (the
    // last one mounted wins on equal targets, as the kernel shows it).
    //
    // Over-mounts: a mount that appears later in mountinfo at the same target,
    // or at a parent of an earlier mount's target, hides that earlier mount
    // (mountinfo lists mounts in the order they were made), so hidden mounts
    // never answer. Prefixes match on path-component boundaries only: "/tank"
    // holds "/tank/a" but not "/tankfoo". Relative paths get nullopt.
    std::optional<PathLocation> locate(const QString& path) const;
    const QList<Entry>& entries() const { return m_entries; }
    // True when entries().at(index) is hidden by a later over-mount (same
    // target or a parent of it), i.e. paths under its target reach another
    // filesystem. Out-of-range indexes are not covered.
    bool isCovered(qsizetype index) const { return m_hidden.value(index, false); }

    // Where the live mount table is read from.
    static QString mountinfoPath() { return QStringLiteral("/proc/self/mountinfo"); }
    // Reads mountinfoPath() through `source` and parses it. When it cannot be
    // read or parsed, returns an empty table (which locates nothing) and
    // appends a CollectorNote (collector "mount") to *notes.
    static MountTable fromSource(SystemSource& source, QList<CollectorNote>* notes);
    // The same for mountinfo text already read (e.g. to parse it on another
    // thread while the source answers other requests).
    static MountTable fromEvidence(const Evidence& mountinfo, QList<CollectorNote>* notes);

  private:
    QList<Entry> m_entries;
    QList<bool> m_hidden;  // parallel to m_entries: covered by a later over-mount
    QHash<QString, qsizetype> m_visibleByTarget;  // target -> index of its visible mount
};

}  // namespace zd
