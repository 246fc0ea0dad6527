// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A SystemSource for collector tests: answers from a script of files,
// directories and commands given by the test, and counts what was asked, so a
// test can assert how many processes a scan started and which ones.
//
// Anything not scripted answers like a minimal machine would: files and
// directories are NotFound, commands are NotFound (tool not installed).

#include <QHash>
#include <QList>
#include <QStringList>

#include "collect/system_source.h"

namespace zd::test {

class ScriptedSource : public SystemSource {
  public:
    void addFile(const QString& path, const QString& contents);
    // A file that exists but this user may not read.
    void addUnreadableFile(const QString& path);
    void addDirectory(const QString& path, const QStringList& entries);
    // A directory that exists but this user may not list.
    void addUnreadableDirectory(const QString& path);
    void addCommand(const QStringList& argv, const QString& output, int exitCode = 0,
                    const QString& errorOutput = {});
    // A command whose run fails before it produces output (e.g. Timeout).
    void addFailingCommand(const QStringList& argv, Evidence::Failure failure,
                           const QString& message);

    Evidence readFile(const QString& path) override;
    Evidence listDirectory(const QString& path) override;
    Evidence run(const QStringList& argv, std::chrono::milliseconds timeout) override;
    // Records the hint only: a scripted answer costs nothing to wait for.
    void startEarly(const QList<QStringList>& commands, std::chrono::milliseconds timeout) override;
    Evidence listLoopDevices() override;
    // Answers like readFile("/dev/kmsg"): script it with addFile() or
    // addUnreadableFile(); unscripted it is NotFound.
    Evidence readKernelRingBuffer() override;
    Evidence readBlockAttribute(const QString& device, const QString& attribute) override;
    const EvidenceLog& log() const override { return m_log; }
    QString description() const override { return QStringLiteral("scripted test source"); }
    bool isLive() const override { return false; }

    // Every argv passed to run(), in order, scripted or not.
    const QList<QStringList>& commandsRun() const { return m_commandsRun; }
    int processCount() const { return int(m_commandsRun.size()); }
    // Every argv passed to startEarly(), in order.
    const QList<QStringList>& commandsStartedEarly() const { return m_commandsStartedEarly; }
    // How many processes started with `program` (argv[0]).
    int processCount(const QString& program) const;
    // Every path passed to readFile()/listDirectory(), in order.
    const QStringList& pathsRead() const { return m_pathsRead; }

  private:
    Evidence answer(Evidence evidence);

    QHash<QString, Evidence> m_files;
    QHash<QString, Evidence> m_directories;
    QHash<QString, Evidence> m_commands;
    QList<QStringList> m_commandsRun;
    QList<QStringList> m_commandsStartedEarly;
    QStringList m_pathsRead;
    EvidenceLog m_log;
};

}  // namespace zd::test
