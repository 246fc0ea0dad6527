// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Why a read or a command gave no usable output, in the words the collectors'
// notes quote (CollectorNote::message). The words around the record's own
// message are translated; the message itself is evidence (stored in
// snapshots) and stays as the record has it.

#include <QString>

#include "model/evidence.h"

namespace zd {

// The failure's message, else its translated name ("not found"); for a
// record a snapshot does not hold, always the translated "not recorded in
// this snapshot".
QString failureReason(const Evidence& evidence);

// "exit status N", or "exit status N: LINE" when `line` is not empty; translated.
QString exitStatusText(int exitCode, const QString& line);

// One line: failureReason() for a failure, or for a command that ran,
// "exit status N" and the first line of its stderr.
QString whyFailed(const Evidence& evidence);

}  // namespace zd
