// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/tool_runner.h"

#include <QFileInfo>

#include "system/child_process.h"

namespace zd::helper {

QString ToolResult::describeFailure() const {
    const QString command = argv.join(QLatin1Char(' '));
    if (!started) {
        return QStringLiteral("%1: %2").arg(command, message);
    }
    if (timedOut) {
        return QStringLiteral("%1: killed after its time limit").arg(command);
    }
    if (outputCapped) {
        return QStringLiteral("%1: printed more than %2 MiB and was killed")
            .arg(command)
            .arg(kMaxToolOutput / (1024 * 1024));
    }
    QString text = errorOutput.trimmed();
    if (text.isEmpty()) {
        text = output.trimmed();
    }
    return QStringLiteral("%1: exit status %2%3")
        .arg(command)
        .arg(exitCode)
        .arg(text.isEmpty() ? QString() : QStringLiteral(": ") + text.left(500));
}

QStringList ToolRunner::allowedTools() {
    // zfs: dataset properties. dnf/dnf5/grubby: Fedora kernel pin. apt-mark,
    // update-grub: Debian/Ubuntu kernel pin. systemd is reached over D-Bus,
    // never through systemctl.
    return {QStringLiteral("zfs"),    QStringLiteral("dnf"),      QStringLiteral("dnf5"),
            QStringLiteral("grubby"), QStringLiteral("apt-mark"), QStringLiteral("update-grub")};
}

QStringList ToolRunner::searchDirectories() {
    return {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
            QStringLiteral("/bin")};
}

ProcessToolRunner::ProcessToolRunner(const QStringList& directories) : m_directories(directories) {
    for (const QString& tool : allowedTools()) {
        for (const QString& directory : directories) {
            const QFileInfo candidate(directory + QLatin1Char('/') + tool);
            if (candidate.isFile() && candidate.isExecutable()) {
                m_paths.insert(tool, candidate.absoluteFilePath());
                break;
            }
        }
    }
}

ToolResult ProcessToolRunner::run(const QString& tool, const QStringList& arguments,
                                  std::chrono::milliseconds timeout) {
    ToolResult result;
    const QString program = m_paths.value(tool);
    result.argv = QStringList{program.isEmpty() ? tool : program} + arguments;
    if (!allowedTools().contains(tool)) {
        result.message = QStringLiteral("not a tool the helper may run");
        return result;
    }
    if (program.isEmpty()) {
        result.message = QStringLiteral("%1 is not installed (searched %2)")
                             .arg(tool, m_directories.join(QStringLiteral(", ")));
        return result;
    }
    // A clean environment: nothing the caller or D-Bus activation set can
    // change how the tool behaves (LD_PRELOAD, ZFS_*, locale...).
    const QStringList environment = {
        QStringLiteral("PATH=") + searchDirectories().join(QLatin1Char(':')),
        QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=C")};
    ProgramLimits limits;
    limits.timeout = timeout;
    limits.maxOutput = kMaxToolOutput;
    const ProgramRun run = runProgram(result.argv, environment, limits);
    result.started = run.started;
    result.message = run.message;
    result.timedOut = run.timedOut;
    result.outputCapped = run.outputCapped;
    result.exitCode = run.exitCode;
    result.output = QString::fromUtf8(run.output);
    result.errorOutput = QString::fromUtf8(run.errorOutput);
    if (run.timedOut) {
        result.message = QStringLiteral("timed out after %1 ms").arg(timeout.count());
    }
    return result;
}

}  // namespace zd::helper
