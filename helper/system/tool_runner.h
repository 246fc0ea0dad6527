// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How the helper starts programs: only tools from a fixed list, found at
// startup in a fixed list of system directories, run with an argv array (never
// a shell), a clean C-locale environment, no stdin and a time limit.
//
// ToolRunner is an interface so tests can substitute a recording runner that
// returns scripted output and records every argv it was asked to start.

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>

namespace zd::helper {

struct ToolResult {
    QStringList argv;      // absolute tool path first (what was, or would have been, run)
    bool started = false;  // false: the tool is unknown, not installed or failed to start
    bool timedOut = false;
    bool outputCapped = false;  // printed more than kMaxToolOutput and was killed
    int exitCode = -1;
    QString output;       // stdout
    QString errorOutput;  // stderr
    QString message;      // why it did not start / was killed, for people
    bool ok() const { return started && !timedOut && !outputCapped && exitCode == 0; }
    // "zfs set direct=standard tank/data: exit 1: cannot set property..." for error messages.
    QString describeFailure() const;
};

class ToolRunner {
  public:
    virtual ~ToolRunner() = default;
    // `tool` is a short name from allowedTools(), e.g. "zfs".
    virtual ToolResult run(const QString& tool, const QStringList& arguments,
                           std::chrono::milliseconds timeout = std::chrono::seconds(60)) = 0;
    // Absolute path of an installed allowed tool, or empty.
    virtual QString path(const QString& tool) const = 0;
    bool available(const QString& tool) const { return !path(tool).isEmpty(); }

    // The only programs the helper ever starts.
    static QStringList allowedTools();
    // Where they are looked for, in order. Never $PATH.
    static QStringList searchDirectories();
};

// What a tool may print (stdout and stderr together) before it is killed.
inline constexpr qsizetype kMaxToolOutput = 16 * 1024 * 1024;

// Starts real processes (system/child_process.h): each in its own process
// group, killed with all its descendants on its time limit or past
// kMaxToolOutput.
class ProcessToolRunner final : public ToolRunner {
  public:
    // Resolves allowedTools() in `directories` once; production uses
    // searchDirectories(), tests a directory of stand-in tools.
    explicit ProcessToolRunner(const QStringList& directories = searchDirectories());
    ToolResult run(const QString& tool, const QStringList& arguments,
                   std::chrono::milliseconds timeout) override;
    QString path(const QString& tool) const override { return m_paths.value(tool); }

  private:
    QStringList m_directories;
    QMap<QString, QString> m_paths;
};

}  // namespace zd::helper
