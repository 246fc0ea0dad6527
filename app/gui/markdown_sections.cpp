// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "markdown_sections.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace zd::gui {

MarkdownSection::Kind sectionKindForHeading(const QString& heading) {
    using Kind = MarkdownSection::Kind;
    const QString h = heading.toLower();
    auto has = [&h](std::initializer_list<const char*> words) {
        for (const char* word : words) {
            if (h.contains(QString::fromUtf8(word))) {
                return true;
            }
        }
        return false;
    };
    // Order matters: "What to do" must not be taken for "What you see".
    if (has({"what to do", "remed", "fix", "workaround", "was tun", "abhilfe", "怎么办", "解决",
             "修复", "处理"})) {
        return Kind::WhatToDo;
    }
    if (has({"verif", "überprüf", "prüfen", "验证", "确认修复"})) {
        return Kind::Verification;
    }
    if (has({"affected", "betroffen", "受影响", "是否受"})) {
        return Kind::AreYouAffected;
    }
    if (has({"why", "cause", "mechanism", "warum", "ursache", "为什么", "原因"})) {
        return Kind::WhyItHappens;
    }
    if (has({"what you see", "symptom", "was sie sehen", "anzeichen", "现象", "看到", "症状"})) {
        return Kind::WhatYouSee;
    }
    if (has({"reference", "further reading", "links", "upstream", "referenz", "quellen", "参考",
             "链接"})) {
        return Kind::References;
    }
    return Kind::Other;
}

QList<MarkdownSection> splitMarkdownSections(const QString& markdown) {
    QList<MarkdownSection> sections;
    MarkdownSection current;
    current.kind = MarkdownSection::Kind::Intro;
    QStringList lines;
    bool inFence = false;
    bool seenContent = false;

    auto flush = [&] {
        current.body = lines.join(QLatin1Char('\n')).trimmed();
        if (current.kind != MarkdownSection::Kind::Intro || !current.body.isEmpty()) {
            sections.append(current);
        }
        lines.clear();
    };

    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
        }
        if (!inFence && line.startsWith(QLatin1String("## "))) {
            flush();
            current = MarkdownSection();
            current.heading = line.mid(3).trimmed();
            current.kind = sectionKindForHeading(current.heading);
            seenContent = true;
            continue;
        }
        // The document title duplicates the finding's title shown above.
        if (!inFence && !seenContent && line.startsWith(QLatin1String("# "))) {
            seenContent = true;
            continue;
        }
        if (!trimmed.isEmpty()) {
            seenContent = true;
        }
        lines.append(line);
    }
    flush();
    return sections;
}

FoldedText foldDetails(const QString& body) {
    static const QRegularExpression subHeading(QStringLiteral("^### "),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = subHeading.match(body);
    if (match.hasMatch() && match.capturedStart() > 0) {
        return {body.left(match.capturedStart()).trimmed(),
                body.mid(match.capturedStart()).trimmed()};
    }
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    const QRegularExpressionMatch gap = paragraphBreak.match(body);
    if (!gap.hasMatch()) {
        return {body.trimmed(), QString()};
    }
    return {body.left(gap.capturedStart()).trimmed(), body.mid(gap.capturedEnd()).trimmed()};
}

}  // namespace zd::gui

namespace zd::gui {

QString wrappingHtmlFromMarkdown(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown);
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.nonBreakableLines()) {
            format.setNonBreakableLines(false);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }
    return document.toHtml();
}

namespace {

// `code` first, so that stars inside code stay as they are.
const QRegularExpression& inlineCode() {
    static const QRegularExpression pattern(QStringLiteral("`([^`]+)`"));
    return pattern;
}
const QRegularExpression& strong() {
    static const QRegularExpression pattern(QStringLiteral(R"(\*\*([^*]+)\*\*)"));
    return pattern;
}
const QRegularExpression& emphasis() {
    static const QRegularExpression pattern(QStringLiteral(R"((^|[\s(])\*([^*\s][^*]*)\*)"));
    return pattern;
}

}  // namespace

QString inlineHtmlFromMarkdown(const QString& markdown) {
    QString html;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = inlineCode().globalMatch(markdown);
    auto prose = [](QString text) {
        text = text.toHtmlEscaped();
        text.replace(strong(), QStringLiteral("<b>\\1</b>"));
        text.replace(emphasis(), QStringLiteral("\\1<i>\\2</i>"));
        return text;
    };
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        html += prose(markdown.mid(last, match.capturedStart() - last));
        html += QStringLiteral("<code>%1</code>").arg(match.captured(1).toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += prose(markdown.mid(last));
    return html;
}

QString plainTextFromMarkdown(const QString& markdown) {
    QString text = markdown;
    text.replace(inlineCode(), QStringLiteral("\\1"));
    text.replace(strong(), QStringLiteral("\\1"));
    text.replace(emphasis(), QStringLiteral("\\1\\2"));
    return text;
}

}  // namespace zd::gui
