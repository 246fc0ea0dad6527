// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The user-visible texts of one problem in one language: the overlay file
// resources/knowledge/i18n/<id>.<language>.json (docs/knowledge-base.md,
// "Translations"). An overlay translates every text a user sees — title,
// summary, symptoms, the probe note, each remedy's title, risk and guidance
// variants — and nothing else: ranges, commands, undo commands and sources
// stay in the problem's own file, in one place.
//
// Read as strictly as the data: an overlay must match its problem exactly
// (the same remedies, guidance variants and number of symptoms), keep every
// {placeholder} and every `code span` of the English text verbatim, and name
// no unknown field. A partial overlay is an error, not a fallback.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include "knowledge/problem_info.h"

namespace zd {

struct RemedyTexts {
    QString title;
    QString risk;
    QMap<QString, QString> guidance;  // the same variants as the problem's remedy
    bool operator==(const RemedyTexts&) const = default;
};

struct ProblemTexts {
    QString id;
    QString language;  // "de", "zh_CN"
    QString title;
    QString summary;
    QStringList symptoms;  // as many as the problem's, in the same order
    QString probeNote;
    QMap<QString, RemedyTexts> remedies;  // remedy id -> texts, one per remedy
    bool operator==(const ProblemTexts&) const = default;
};

// Parses and checks one overlay against the problem it translates. On failure
// returns nullopt with the first problem in *error ("remedies.kernel-pin.
// guidance.debian: the code span `sudo update-grub` of the English text is
// missing").
std::optional<ProblemTexts> parseProblemTexts(const QByteArray& json, const ProblemInfo& problem,
                                              const QString& language, QString* error);

// `problem` with its texts replaced by `texts`.
ProblemInfo withTexts(ProblemInfo problem, const ProblemTexts& texts);

// The `code spans` of a Markdown text, without the backticks; the technical
// tokens a translation keeps verbatim.
QStringList codeSpans(const QString& markdown);

}  // namespace zd
