// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Redaction for `zfs-doctor capture --redact`: replaces the names that
// identify a system (hostname, pool and dataset names, custom mount points,
// user names in /home paths, loop backing files, sysext image names) with
// neutral ones, consistently across every evidence text, and then re-derives
// the facts from the redacted evidence, so the facts section and the evidence
// can never disagree. What is and isn't redacted: docs/snapshot-format.md.

#include <QList>
#include <QString>

#include "snapshot/snapshot.h"

namespace zd {

// One replacement: every bounded occurrence of `original` becomes `replacement`.
struct Redaction {
    enum class Kind { Hostname, Pool, Dataset, Path, FileName, UserName };
    Kind kind = Kind::Path;
    QString original;
    QString replacement;
    bool operator==(const Redaction&) const = default;
};

// The replacements for one system, longest original first. Built from the
// facts (pools, datasets, mount points, loop devices, sysext images, hostname)
// and the evidence (user names in /home/NAME paths).
class RedactionTable {
  public:
    static RedactionTable build(const Facts& facts, const EvidenceLog& evidence);

    const QList<Redaction>& entries() const { return m_entries; }
    // `text` with every table entry replaced where it stands as a whole name
    // or path (so pool "tank" does not touch "tanker" or "tank-old").
    QString apply(const QString& text) const;

  private:
    void add(Redaction::Kind kind, const QString& original, const QString& replacement);
    void finish();

    QList<Redaction> m_entries;
    QString m_pattern;  // one alternation of every original, longest first
};

// A redacted copy of `snapshot`: evidence, origin and probe results rewritten
// by the table, facts re-derived from the rewritten evidence, `redacted` set.
Snapshot redactSnapshot(const Snapshot& snapshot);

}  // namespace zd
