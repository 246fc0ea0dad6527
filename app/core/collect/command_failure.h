// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Why a read or a command gave no usable output, in the words the collectors'
// notes quote (CollectorNote::message).

#include <QString>

#include "model/evidence.h"

namespace zd {

// One line: the failure's message (else its name, e.g. "not found"), or for a
// command that ran, "exit status N" and the first line of its stderr.
QString whyFailed(const Evidence& evidence);

}  // namespace zd
