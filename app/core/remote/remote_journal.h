// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The desktop-side journal of changes made on REMOTE machines.
//
// A remote fix changes a machine this process does not run on, and that
// machine may be an appliance we must leave no files on (TrueNAS). So the
// record of what was changed, and how to undo it, lives on the machine the
// user runs ZFS Doctor from: by default
// $XDG_DATA_HOME/zfs-doctor/remote-journal.json (~/.local/share/...). Every
// entry names the host. The file is rewritten atomically (QSaveFile) under a
// lock file, and an entry is written BEFORE the remote command runs, so a
// crash mid-change still leaves the state undo needs.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zd {

struct RemotePropertyState {
    QString value;   // "standard"
    QString source;  // "default", "local", "inherited from tank"...
    bool operator==(const RemotePropertyState&) const = default;
};

struct RemoteJournalEntry {
    QString id;
    QString time;  // ISO 8601 UTC, when the change was started
    QString host;  // HostSpec::toString(), e.g. "admin@nas"
    QString dataset;
    QString property;  // always "direct" today
    QString requestedValue;
    RemotePropertyState before;  // what undo restores
    RemotePropertyState after;   // read back after the change
    QString command;             // the remote command line, as shown in the review
    // applying -> verified | failed ; undone | undo-failed
    QString status;
    QString message;  // last outcome, one sentence
    QString undoTime;
    QString undoCommand;

    QJsonObject toJson() const;
    static std::optional<RemoteJournalEntry> fromJson(const QJsonObject& object, QString* error);
    bool operator==(const RemoteJournalEntry&) const = default;
};

class RemoteJournal {
  public:
    // The journal file; empty = defaultPath().
    explicit RemoteJournal(QString path = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    // Every entry, oldest first. A missing file is an empty journal; an
    // unreadable or malformed one is an error (never silently replaced).
    std::optional<QList<RemoteJournalEntry>> load(QString* error) const;
    // Inserts or replaces (by id) one entry, atomically.
    bool save(const RemoteJournalEntry& entry, QString* error);
    std::optional<RemoteJournalEntry> find(const QString& id, QString* error) const;

    static QString newId();
    static QString now();

  private:
    QString m_path;
};

}  // namespace zd
