// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Snapshot files: one captured system (its raw evidence plus, for people and
// other tools, the facts derived from it) in one JSON file. The format is
// documented in docs/snapshot-format.md.
//
// Loading never trusts the stored facts: it re-derives them by running the
// current collectors over the recorded evidence (a ReplaySource), so a newer
// ZFS Doctor analyses an old capture with its current parsers. The stored
// facts stay available for the consistency check used by tests and `capture`.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "model/evidence.h"
#include "model/facts.h"
#include "model/probe_result.h"

namespace zd {

class SystemSource;

struct Snapshot {
    static constexpr int kSchema = 1;
    static constexpr const char* kFormat = "zfs-doctor-snapshot";

    int schema = kSchema;
    QString toolVersion;  // ZFS Doctor version that wrote the file
    QString capturedAt;   // ISO 8601 UTC
    QString origin;       // free text: where this capture comes from
    bool redacted = false;
    EvidenceLog evidence;
    // Facts re-derived from `evidence` by the running ZFS Doctor (after load),
    // or collected live (after capture). This is what gets analysed.
    Facts facts;
    // The "facts" section as written in the file, when it was readable.
    std::optional<Facts> storedFacts;
    QList<ProbeResult> probes;
};

// Runs the collectors over `evidence` (a ReplaySource), exactly as a live scan
// would. `capturedAt`, when set, becomes facts.collectedAt: the time the
// evidence was read, not the time it was replayed.
Facts deriveFacts(const EvidenceLog& evidence, const QString& capturedAt,
                  const QString& description);

// A snapshot of what `source` answered while `facts` were collected from it.
Snapshot snapshotFromSource(const SystemSource& source, const Facts& facts, const QString& origin);

// A stored snapshot captured again (the CLI's `capture` and the window's
// Capture Snapshot… of an opened snapshot): the same evidence, written by
// this version, with the facts it derives now stored beside it; `origin`
// replaces the stored one when given.
Snapshot recapturedSnapshot(const Snapshot& stored, const QString& origin = {});

QJsonObject snapshotToJson(const Snapshot& snapshot);
QByteArray serializeSnapshot(const Snapshot& snapshot);  // indented JSON, trailing newline

// Parses and validates a snapshot and re-derives its facts. On failure returns
// nullopt and sets *error to one sentence naming the problem (and, for a bad
// field, its JSON path). A snapshot from a newer schema is refused with a
// message saying so.
std::optional<Snapshot> parseSnapshot(const QByteArray& data, QString* error);
std::optional<Snapshot> loadSnapshot(const QString& path, QString* error);

// Writes atomically (temporary file + rename). Refuses to replace an existing
// file unless `overwrite`.
bool writeSnapshot(const Snapshot& snapshot, const QString& path, bool overwrite, QString* error);

// The consistency check: empty when the stored facts equal the re-derived
// ones, otherwise a description of the first difference (a JSON path and both
// values). A snapshot without readable stored facts is reported as such.
// Sentences for people (collector notes' messages, kernel level sources and
// reasons) are not compared: they are in the language of whoever derived them.
QString factsConsistencyProblem(const Snapshot& snapshot);
// The first difference between two facts, by JSON path; empty when equal.
QString firstFactsDifference(const Facts& expected, const Facts& actual);

}  // namespace zd
