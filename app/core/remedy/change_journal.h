// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The change journal: one JSON file per change, <directory>/<id>.json, in a
// private (0700) directory, each file 0600. Two journals use it:
//  - the helper's, of this machine: /var/lib/zfs-doctor/journal (root);
//  - the desktop's, of changes made on remote machines over SSH:
//    $XDG_DATA_HOME/zfs-doctor/remote-journal (the user running ZFS Doctor),
//    because a remote appliance (TrueNAS) must be left without our files.
//
// A record is rewritten atomically (temporary file, fsync, rename, fsync of
// the directory) before and after every step, so a process killed at any
// instant leaves a record saying which steps may have run; undo works from the
// record alone. Every record read goes through ChangeRecord::fromJson (the
// validating reader) and must be stored under its own id; anything else is
// refused with a sentence and a log line, never acted on.

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

#include "remedy/change_record.h"

namespace zd {

class ChangeJournal {
  public:
    ChangeJournal(QString directory, ChangeRecord::Origin origin);
    QString directory() const { return m_directory; }

    // Atomically (re)writes the record; refuses one the reader would refuse.
    bool save(const ChangeRecord& record, QString* error);
    std::optional<ChangeRecord> load(const QString& id, QString* error) const;
    // Every valid record, newest first; each refused file is named in *problems.
    QList<ChangeRecord> all(QStringList* problems = nullptr) const;

    static QString newId();
    static QString now();
    // Called after every successful save (the helper's crash test kills itself there).
    void setAfterSave(std::function<void()> hook) { m_afterSave = std::move(hook); }

  private:
    QString m_directory;
    ChangeRecord::Origin m_origin;
    std::function<void()> m_afterSave;
};

}  // namespace zd
