// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/tool_runner.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace zd::helper {

QString ToolResult::describeFailure() const {
    const QString command = argv.join(QLatin1Char(' '));
    if (!started) {
        return QStringLiteral("%1: %2").arg(command, message);
    }
    if (timedOut) {
        return QStringLiteral("%1: killed after its time limit").arg(command);
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

ProcessToolRunner::ProcessToolRunner() {
    for (const QString& tool : allowedTools()) {
        for (const QString& directory : searchDirectories()) {
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
                             .arg(tool, searchDirectories().join(QStringLiteral(", ")));
        return result;
    }
    QProcess process;
    // A clean environment: nothing the caller or D-Bus activation set can
    // change how the tool behaves (LD_PRELOAD, ZFS_*, locale...).
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), searchDirectories().join(QLatin1Char(':')));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(5000)) {
        result.message = process.errorString();
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(static_cast<int>(timeout.count()))) {
        process.kill();
        process.waitForFinished(2000);
        result.timedOut = true;
        result.message = QStringLiteral("timed out after %1 ms").arg(timeout.count());
    }
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errorOutput = QString::fromUtf8(process.readAllStandardError());
    if (!result.timedOut) {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    if (process.exitStatus() == QProcess::CrashExit && !result.timedOut) {
        result.message = QStringLiteral("crashed");
    }
    return result;
}

}  // namespace zd::helper
