// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a command looks at — this machine, a snapshot file (--snapshot FILE,
// --demo NAME) or another machine (--host) — loaded by the core's target
// loader (target/system_target.h), the same one the window uses. Shared by
// scan, explain and capture so they all read a system the same way.

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <future>
#include <optional>

#include "cli_command.h"
#include "knowledge/knowledge_base.h"
#include "model/finding.h"
#include "target/system_target.h"

namespace zd::cli {

using Target = LoadedSystem;

// The system the options name. On failure prints the problem to stderr and
// returns nullopt (the caller exits kExitError).
std::optional<Target> loadTarget(const GlobalOptions& options);

// Loads the knowledge base; on failure prints why to stderr.
std::optional<KnowledgeBase> loadKnowledge();

// The same load on a second thread, started before the system is collected:
// a live scan's collection mostly waits for the processes it started, and
// the load fits in that wait. finish() waits for it and, on failure, prints
// why to stderr.
class KnowledgeLoad {
  public:
    KnowledgeLoad();
    std::optional<KnowledgeBase> finish();

  private:
    struct Loaded {
        std::optional<KnowledgeBase> knowledge;
        QString error;
    };
    std::future<Loaded> m_loaded;
};

// stdout and stderr as UTF-8 text, without Qt's debug decorations: every
// command writes through these two streams, so its lines come out in order.
// printOut()/printErr() flush; a caller writing to a stream flushes it when
// its lines are complete.
QTextStream& standardOutput();
QTextStream& standardError();
void printOut(const QString& text);
void printErr(const QString& text);
// "zfs-doctor: <message>\n" on stderr.
void printError(const QString& message);
// An indented JSON document on stdout (--json).
void printJson(const QJsonObject& object);
// Asks on stdout and reads one answer from stdin: true for y or yes.
bool askYesNo(const QString& question);

}  // namespace zd::cli
