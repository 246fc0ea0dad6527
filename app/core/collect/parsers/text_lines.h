// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Small line helpers shared by the parsers.

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace zd {

// The lines of `text` that contain something other than whitespace, with
// trailing '\r' removed, in order.
QStringList nonEmptyLines(const QString& text);

// The first line of `text` with surrounding whitespace removed.
QString firstLine(const QString& text);

// Walks `text` line by line as views into it, numbering from 1, for parsers
// that read tens of thousands of lines a scan (no list, no copies):
//   LineReader lines(text);
//   while (const std::optional<QStringView> line = lines.next()) { ... }
// `text` must outlive the reader and the views.
class LineReader {
  public:
    explicit LineReader(QStringView text) : m_text(text) {}
    // The next line without its '\n', or nullopt after the last one. A final
    // '\n' does not start another (empty) line.
    std::optional<QStringView> next() {
        if (m_position >= m_text.size()) {
            return std::nullopt;
        }
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_position);
        if (end < 0) {
            end = m_text.size();
        }
        const QStringView line = m_text.mid(m_position, end - m_position);
        m_position = end + 1;
        ++m_number;
        return line;
    }
    // The number of the line next() returned last (1 for the first).
    int lineNumber() const { return m_number; }

  private:
    QStringView m_text;
    qsizetype m_position = 0;
    int m_number = 0;
};

}  // namespace zd
