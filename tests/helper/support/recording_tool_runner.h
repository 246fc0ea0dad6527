// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A ToolRunner for tests: never starts a process. It answers from a script
// (argv after the tool name -> result) and records every argv it was asked
// to run, so tests assert exact command lines, and that hostile input
// started no tool at all.

#include <QList>
#include <QMap>
#include <QMutex>
#include <QStringList>
#include <functional>

#include "system/tool_runner.h"

namespace zd::helper::test {

class RecordingToolRunner final : public ToolRunner {
  public:
    // Tools that count as installed (as "/usr/sbin/<tool>"); default: all allowed tools.
    RecordingToolRunner();
    void setInstalled(const QStringList& tools) { m_installed = tools; }
    // Answer for "tool arg1 arg2..."; unscripted calls fail with exit 1.
    void script(const QStringList& argv, int exitCode, const QString& output,
                const QString& errorOutput = {});
    // Consumed in order for repeated identical argv (read before/after a change).
    void scriptSequence(const QStringList& argv, const QList<QString>& outputs);

    // Runs `effect` whenever argv is called, before answering: what the real
    // tool would have changed (dnf versionlock add writing its lock file).
    void setEffect(const QStringList& argv, std::function<void()> effect);

    ToolResult run(const QString& tool, const QStringList& arguments,
                   std::chrono::milliseconds timeout) override;
    QString path(const QString& tool) const override;

    // Scripted calls of `tool` take this long (a slow `zfs set`), so tests
    // can overlap callers; spans() records when each call ran.
    void setDelay(const QString& tool, std::chrono::milliseconds delay);
    struct Span {
        QStringList argv;
        qint64 startMs = 0;
        qint64 endMs = 0;
    };
    QList<Span> spans() const;

    QList<QStringList> calls() const;
    void clearCalls();

  private:
    struct Answer {
        int exitCode = 0;
        QString output;
        QString errorOutput;
    };
    mutable QMutex m_mutex;
    QStringList m_installed;
    QMap<QString, QList<Answer>> m_script;
    QMap<QString, std::function<void()>> m_effects;
    QList<QStringList> m_calls;
    QMap<QString, std::chrono::milliseconds> m_delays;
    QList<Span> m_spans;
};

}  // namespace zd::helper::test
