// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A finding's summary on a large system names every dataset or loop device
// it is about: 25,000 characters for a thousand datasets. Laid out as
// wrapped text that alone stalls the window for a fifth of a second, and
// no one reads it at once. The window shows its beginning, cut after a
// whole list item, and the rest on request.

#include <QString>

namespace zd::gui {

// At most this many characters of a text are shown before "Show all".
inline constexpr int kShortTextLength = 600;

// `text` itself when it has at most `length` characters; otherwise its
// beginning, cut after the last list separator ("; " or ", ", else a space)
// that fits, followed by "…".
QString shortenedText(const QString& text, int length = kShortTextLength);

}  // namespace zd::gui
