// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/terminal_markdown.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

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

namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool hasWide(const QString& text) {
    for (const char32_t c : text.toUcs4()) {
        if (isWide(c)) {
            return true;
        }
    }
    return false;
}

// One piece a line may end after; `spaced` when a space separates it from
// the piece before.
struct Piece {
    QString text;
    bool spaced;
};

// Words split at spaces; a word holding wide characters is split further at
// the line-break opportunities Unicode allows inside it (between ideographs,
// never before a closing "，" or "）"). A word without them stays whole, so
// English wraps exactly as it always has.
QList<Piece> pieces(const QString& text) {
    QList<Piece> result;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!hasWide(word)) {
            result << Piece{word, true};
            continue;
        }
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, word);
        qsizetype start = 0;
        while (breaks.toNextBoundary() != -1) {
            const qsizetype end = breaks.position();
            if (end > start) {
                result << Piece{word.mid(start, end - start), start == 0};
                start = end;
            }
        }
    }
    return result;
}

}  // namespace

int displayWidth(const QString& text) {
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        columns += isWide(c) ? 2 : 1;
    }
    return columns;
}

QString wrapText(const QString& text, int width, const QString& firstIndent,
                 const QString& indent) {
    QString result = firstIndent;
    qsizetype lineLength = displayWidth(firstIndent);
    bool lineHasWord = false;
    for (const Piece& piece : pieces(text)) {
        const int pieceWidth = displayWidth(piece.text);
        const int gap = lineHasWord && piece.spaced ? 1 : 0;
        if (lineHasWord && lineLength + gap + pieceWidth > width) {
            result += QLatin1Char('\n') + indent;
            lineLength = displayWidth(indent);
            lineHasWord = false;
        }
        if (lineHasWord && piece.spaced) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += piece.text;
        lineLength += pieceWidth;
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
            out << QString(displayWidth(title),
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
        // Chinese has no spaces between words: a source line break between
        // two wide characters joins without one.
        const QString next = line.trimmed();
        const bool joinTight = !paragraph.isEmpty() && isWide(paragraph.back().unicode()) &&
                               isWide(next.front().unicode());
        paragraph += (paragraph.isEmpty() || joinTight ? QString() : QStringLiteral(" ")) + next;
    }
    flush();
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace zd
