// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/scripted_source.h"

namespace zd::test {

namespace {
QString commandKey(const QStringList& argv) {
    return argv.join(QLatin1Char(' '));
}

Evidence notFound(Evidence::Kind kind, const QString& key, const QString& message) {
    Evidence evidence;
    evidence.kind = kind;
    evidence.key = key;
    evidence.failure = Evidence::Failure::NotFound;
    evidence.message = message;
    return evidence;
}
}  // namespace

void ScriptedSource::addFile(const QString& path, const QString& contents) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    evidence.output = contents;
    m_files.insert(path, evidence);
}

void ScriptedSource::addUnreadableFile(const QString& path) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    evidence.failure = Evidence::Failure::PermissionDenied;
    evidence.message = QStringLiteral("Permission denied");
    m_files.insert(path, evidence);
}

void ScriptedSource::addUnreadableDirectory(const QString& path) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = path;
    evidence.failure = Evidence::Failure::PermissionDenied;
    evidence.message = QStringLiteral("Permission denied");
    m_directories.insert(path, evidence);
}

void ScriptedSource::addDirectory(const QString& path, const QStringList& entries) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Directory;
    evidence.key = path;
    QStringList sorted = entries;
    sorted.sort();
    evidence.output =
        sorted.isEmpty() ? QString() : sorted.join(QLatin1Char('\n')) + QLatin1Char('\n');
    m_directories.insert(path, evidence);
}

void ScriptedSource::addCommand(const QStringList& argv, const QString& output, int exitCode,
                                const QString& errorOutput) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = commandKey(argv);
    evidence.argv = argv;
    evidence.exitCode = exitCode;
    evidence.output = output;
    evidence.errorOutput = errorOutput;
    m_commands.insert(evidence.key, evidence);
}

void ScriptedSource::addFailingCommand(const QStringList& argv, Evidence::Failure failure,
                                       const QString& message) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = commandKey(argv);
    evidence.argv = argv;
    evidence.exitCode = -1;
    evidence.failure = failure;
    evidence.message = message;
    m_commands.insert(evidence.key, evidence);
}

Evidence ScriptedSource::answer(Evidence evidence) {
    m_log.add(evidence);
    return evidence;
}

Evidence ScriptedSource::readKernelRingBuffer() {
    return readFile(kernelRingBufferEvidenceKey());
}

Evidence ScriptedSource::readFile(const QString& path) {
    m_pathsRead.append(path);
    const auto found = m_files.constFind(path);
    if (found != m_files.cend()) {
        return answer(found.value());
    }
    return answer(
        notFound(Evidence::Kind::File, path, QStringLiteral("No such file or directory")));
}

Evidence ScriptedSource::listDirectory(const QString& path) {
    m_pathsRead.append(path);
    const auto found = m_directories.constFind(path);
    if (found != m_directories.cend()) {
        return answer(found.value());
    }
    return answer(
        notFound(Evidence::Kind::Directory, path, QStringLiteral("No such file or directory")));
}

void ScriptedSource::startEarly(const QList<QStringList>& commands, std::chrono::milliseconds) {
    m_commandsStartedEarly << commands;
}

Evidence ScriptedSource::run(const QStringList& argv, std::chrono::milliseconds) {
    m_commandsRun.append(argv);
    const auto found = m_commands.constFind(commandKey(argv));
    if (found != m_commands.cend()) {
        return answer(found.value());
    }
    Evidence evidence = notFound(Evidence::Kind::Command, commandKey(argv),
                                 QStringLiteral("%1: command not found").arg(argv.value(0)));
    evidence.argv = argv;
    evidence.exitCode = -1;
    return answer(evidence);
}

Evidence ScriptedSource::listLoopDevices() {
    return listDirectory(QStringLiteral("/sys/block"));
}

Evidence ScriptedSource::readBlockAttribute(const QString& device, const QString& attribute) {
    return readFile(QStringLiteral("/sys/block/%1/%2").arg(device, attribute));
}

int ScriptedSource::processCount(const QString& program) const {
    int count = 0;
    for (const QStringList& argv : m_commandsRun) {
        if (argv.value(0) == program) {
            ++count;
        }
    }
    return count;
}

}  // namespace zd::test
