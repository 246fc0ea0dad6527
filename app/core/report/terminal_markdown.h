// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Renders the knowledge base's Markdown explanations for a plain terminal:
// headings underlined, paragraphs and list items wrapped to the width,
// code blocks indented verbatim, links as "text <url>", emphasis markers
// dropped. Only the Markdown the knowledge base uses is understood; anything
// else passes through as text, so nothing is ever lost.

#include <QString>

namespace zd {

QString renderMarkdownForTerminal(const QString& markdown, int width = 80);

// Wraps `text` at spaces so no line exceeds `width` terminal columns (a
// longer word stays whole); every line after the first starts with `indent`.
// Chinese and Japanese text, which has no spaces, also wraps between its
// characters where Unicode line breaking allows it, and counts two columns
// per wide character.
QString wrapText(const QString& text, int width, const QString& firstIndent, const QString& indent);

// The terminal columns `text` takes: two for an East Asian wide character
// (CJK ideographs, kana, Hangul, full-width forms), one for anything else.
int displayWidth(const QString& text);

}  // namespace zd
