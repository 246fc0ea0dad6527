// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Strict reader for one knowledge base data file (docs/knowledge-base.md).
// Strict on purpose: a typo in a field name or a range must fail loudly, since
// a silently ignored range would turn into a wrong "not affected".

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

#include "knowledge/problem_info.h"

namespace zd {

// On failure returns nullopt and puts the first problem in *error, naming the
// field ("remedies[2].rank: must be an integer >= 1").
std::optional<ProblemInfo> parseProblem(const QJsonObject& object, QString* error);
std::optional<ProblemInfo> parseProblem(const QByteArray& json, QString* error);

}  // namespace zd
