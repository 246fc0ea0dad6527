// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Splits a knowledge-base explanation (Markdown, see docs/knowledge-base.md)
// into its level-2 sections and recognises the guided ones, so the window can
// lay them out as a guide (fold the details of "Why it happens", put this
// system's evidence under "Are you affected", the remedies under "What to
// do"). The texts themselves always come from the knowledge base.

#include <QList>
#include <QString>

namespace zd::gui {

struct MarkdownSection {
    enum class Kind {
        Intro,
        WhatYouSee,
        WhyItHappens,
        AreYouAffected,
        WhatToDo,
        Verification,
        References,
        Other
    };
    Kind kind = Kind::Other;
    QString heading;  // as written, without "## "
    QString body;     // Markdown below the heading, trimmed
};

// Text before the first "## " becomes an Intro section (when not blank); a
// leading "# title" line is dropped (the page shows the finding's title).
// Headings inside fenced code blocks are not section breaks.
QList<MarkdownSection> splitMarkdownSections(const QString& markdown);

// Recognises English, German and Chinese headings of the guided sections.
MarkdownSection::Kind sectionKindForHeading(const QString& heading);

// Splits a section body into what everyone reads and the folded details: at
// the first "### " sub-heading when there is one, otherwise after the first
// paragraph. `details` is empty when there is nothing more.
struct FoldedText {
    QString plain;
    QString details;
};
FoldedText foldDetails(const QString& body);

}  // namespace zd::gui

namespace zd::gui {

// Markdown rendered to rich text that wraps everywhere, code blocks included
// (Qt's importer marks them non-breakable, which would make a long command
// widen the whole page instead of wrapping).
QString wrappingHtmlFromMarkdown(const QString& markdown);

// One line of the knowledge base's inline Markdown (`code`, **bold**,
// *emphasis*) as rich text to embed in a sentence, everything else escaped;
// for remedy risk, undo, guidance and conflict texts.
QString inlineHtmlFromMarkdown(const QString& markdown);
// The same line as plain text (markers removed), for list items and tooltips.
QString plainTextFromMarkdown(const QString& markdown);

}  // namespace zd::gui
