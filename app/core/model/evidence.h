// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Raw evidence: exactly what a collector read or ran, before any parsing.
//
// Every fact ZFS Doctor reports can be traced back to one of these records, and
// a snapshot file is essentially the list of them. Replaying a snapshot feeds
// the same records back to the same parsers, so a captured system is analysed
// with exactly the code that analyses a live one.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd {

struct Evidence {
    enum class Kind {
        File,       // a file's contents (key = absolute path)
        Directory,  // a directory listing, one name per line, sorted (key = absolute path)
        Command,    // a process's output (key = argv joined by spaces, argv kept separately)
    };
    // Why a read or a command produced nothing usable. `None` means it worked
    // (for a command that only means it ran: check exitCode too).
    enum class Failure {
        None,
        NotFound,  // file/directory absent, or the tool is not installed
        // A snapshot holds no answer to this request (it was captured by a
        // version that did not ask it, or the record was removed). Unlike
        // NotFound this says nothing about the system: the fact is unknown.
        NotRecorded,
        PermissionDenied,  // exists but this user may not read/run it
        Timeout,           // the command was killed after its time limit
        Crashed,           // the command died from a signal
        Error,             // anything else; see `message`
    };

    Kind kind = Kind::File;
    QString key;
    QStringList argv;  // Command only
    Failure failure = Failure::None;
    int exitCode = 0;     // Command only
    QString output;       // file contents, listing, or stdout
    QString errorOutput;  // Command only: stderr
    QString message;      // human-readable reason when failure != None

    bool ok() const { return failure == Failure::None && exitCode == 0; }
    // The request was answered and the thing asked for does not exist (a
    // file, a directory, a tool). Every other failure leaves it unknown.
    bool absent() const { return failure == Failure::NotFound; }
    // Neither read nor known to be absent: not recorded, permission denied,
    // timeout, crash or another error. Whatever depended on it is unknown.
    bool unknown() const { return failure != Failure::None && failure != Failure::NotFound; }

    QJsonObject toJson() const;
    static Evidence fromJson(const QJsonObject& object, QString* error);
};

QString kindName(Evidence::Kind kind);
QString failureName(Evidence::Failure failure);

// The evidence of one collection run, in the order it was gathered.
class EvidenceLog {
  public:
    void add(Evidence evidence);
    const QList<Evidence>& items() const { return m_items; }
    // The most recent record for a key, or nullptr. A hash lookup: a replay
    // asks for each of thousands of records once.
    const Evidence* find(Evidence::Kind kind, const QString& key) const;

  private:
    QList<Evidence> m_items;
    QHash<std::pair<int, QString>, qsizetype> m_latest;  // (kind, key) -> index in m_items
};

}  // namespace zd
