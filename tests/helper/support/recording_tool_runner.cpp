// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "recording_tool_runner.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QThread>

namespace zd::helper::test {

RecordingToolRunner::RecordingToolRunner() : m_installed(allowedTools()) {}

void RecordingToolRunner::script(const QStringList& argv, int exitCode, const QString& output,
                                 const QString& errorOutput) {
    QMutexLocker lock(&m_mutex);
    m_script[argv.join(QChar(0x1f))] = {{exitCode, output, errorOutput}};
}

void RecordingToolRunner::scriptSequence(const QStringList& argv, const QList<QString>& outputs) {
    QMutexLocker lock(&m_mutex);
    QList<Answer> answers;
    for (const QString& output : outputs) {
        answers.append({0, output, {}});
    }
    m_script[argv.join(QChar(0x1f))] = answers;
}

void RecordingToolRunner::setEffect(const QStringList& argv, std::function<void()> effect) {
    QMutexLocker lock(&m_mutex);
    m_effects[argv.join(QChar(0x1f))] = std::move(effect);
}

void RecordingToolRunner::setDelay(const QString& tool, std::chrono::milliseconds delay) {
    QMutexLocker lock(&m_mutex);
    m_delays.insert(tool, delay);
}

QList<RecordingToolRunner::Span> RecordingToolRunner::spans() const {
    QMutexLocker lock(&m_mutex);
    return m_spans;
}

ToolResult RecordingToolRunner::run(const QString& tool, const QStringList& arguments,
                                    std::chrono::milliseconds) {
    const QStringList argv = QStringList{tool} + arguments;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    std::chrono::milliseconds delay{0};
    {
        QMutexLocker lock(&m_mutex);
        delay = m_delays.value(tool, std::chrono::milliseconds(0));
    }
    if (delay.count() > 0) {
        QThread::msleep(static_cast<unsigned long>(delay.count()));
    }
    std::function<void()> effect;
    {
        QMutexLocker lock(&m_mutex);
        if (m_installed.contains(tool)) {
            effect = m_effects.value(argv.join(QChar(0x1f)));
        }
    }
    if (effect) {
        effect();
    }
    QMutexLocker lock(&m_mutex);
    m_spans.append({argv, start, QDateTime::currentMSecsSinceEpoch()});
    m_calls.append(argv);
    ToolResult result;
    result.argv = QStringList{QStringLiteral("/usr/sbin/") + tool} + arguments;
    if (!m_installed.contains(tool)) {
        result.message = QStringLiteral("%1 is not installed").arg(tool);
        return result;
    }
    result.started = true;
    auto it = m_script.find(argv.join(QChar(0x1f)));
    if (it == m_script.end() || it->isEmpty()) {
        result.exitCode = 1;
        result.errorOutput = QStringLiteral("unscripted call: ") + argv.join(QLatin1Char(' '));
        return result;
    }
    const Answer answer = it->size() > 1 ? it->takeFirst() : it->first();
    result.exitCode = answer.exitCode;
    result.output = answer.output;
    result.errorOutput = answer.errorOutput;
    return result;
}

QString RecordingToolRunner::path(const QString& tool) const {
    QMutexLocker lock(&m_mutex);
    return m_installed.contains(tool) ? QStringLiteral("/usr/sbin/") + tool : QString();
}

QList<QStringList> RecordingToolRunner::calls() const {
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

void RecordingToolRunner::clearCalls() {
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
}

}  // namespace zd::helper::test
