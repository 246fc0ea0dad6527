// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/terminal_markdown.h"

#include <QRegularExpression>
#include <QStringList>

namespace zd {

namespace {

// Inline markup: links become "text <url>", `code` and **strong**/*em* lose
// their markers (a terminal cannot show them and the words read fine).
QString renderInline(QString text) {
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
    static const QRegularExpression strong(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?!\\w)"));
    static const QRegularExpression underscoreEmphasis(
        QStringLiteral("(?<!\\w)_([^_\\s][^_]*)_(?!\\w)"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    text.replace(link, QStringLiteral("\\1 <\\2>"));
    text.replace(strong, QStringLiteral("\\1"));
    text.replace(emphasis, QStringLiteral("\\1"));
    text.replace(underscoreEmphasis, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    return text;
}

}  // namespace

QString wrapText(const QString& text, int width, const QString& firstIndent,
                 const QString& indent) {
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result = firstIndent;
    qsizetype lineLength = firstIndent.size();
    bool lineHasWord = false;
    for (const QString& word : words) {
        if (lineHasWord && lineLength + 1 + word.size() > width) {
            result += QLatin1Char('\n') + indent;
            lineLength = indent.size();
            lineHasWord = false;
        }
        if (lineHasWord) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
        lineHasWord = true;
    }
    return result;
}

QString renderMarkdownForTerminal(const QString& markdown, int width) {
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\s*)(\\d+)[.)]\\s+(.*)$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\|?\\s*:?-{3,}"));

    QStringList out;
    QString paragraph;
    QString itemFirst;   // prefix of the list item being collected
    QString itemIndent;  // continuation indent of that item
    bool inCode = false;

    const auto flush = [&]() {
        if (!paragraph.isEmpty()) {
            out << wrapText(renderInline(paragraph), width, itemFirst, itemIndent);
        }
        paragraph.clear();
        itemFirst.clear();
        itemIndent.clear();
    };

    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed().isEmpty() ? QString() : rawLine;
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            flush();
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out << QStringLiteral("    ") + rawLine;
            continue;
        }
        if (line.isEmpty()) {
            flush();
            if (!out.isEmpty() && !out.last().isEmpty()) {
                out << QString();
            }
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flush();
            const QString title = renderInline(m.captured(2).trimmed());
            out << title;
            out << QString(title.size(),
                           m.captured(1).size() == 1 ? QLatin1Char('=') : QLatin1Char('-'));
            continue;
        }
        if (line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t'))) {
            if (paragraph.isEmpty()) {
                out << line;  // an indented code block: keep verbatim
                continue;
            }
        }
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            flush();
            if (!tableRule.match(line.trimmed()).hasMatch()) {
                out << QStringLiteral("  ") + renderInline(line.trimmed());
            }
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch()) {
            flush();
            const QString depth(m.captured(1).size(), QLatin1Char(' '));
            itemFirst = QStringLiteral("  ") + depth + QStringLiteral("- ");
            itemIndent = QStringLiteral("    ") + depth;
            paragraph = m.captured(2);
            continue;
        }
        if (const auto m = numbered.match(line); m.hasMatch()) {
            flush();
            const QString depth(m.captured(1).size(), QLatin1Char(' '));
            itemFirst = QStringLiteral("  ") + depth + m.captured(2) + QStringLiteral(". ");
            itemIndent = QString(itemFirst.size(), QLatin1Char(' '));
            paragraph = m.captured(3);
            continue;
        }
        if (line.startsWith(QLatin1Char('>'))) {
            flush();
            itemFirst = QStringLiteral("  | ");
            itemIndent = QStringLiteral("  | ");
            paragraph = line.mid(1).trimmed();
            continue;
        }
        paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
    }
    flush();
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace zd
