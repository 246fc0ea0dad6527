// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace zd::cli {

// The CLI's sentences, translated in one context, "zd::cli"
// (translations/*.ts): every command file says Text::tr("...").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::cli)
};

}  // namespace zd::cli
