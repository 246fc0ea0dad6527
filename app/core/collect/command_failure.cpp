// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/command_failure.h"

#include <QCoreApplication>

#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

// Its words, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::CommandFailure)
};

QString failureText(Evidence::Failure failure) {
    switch (failure) {
        case Evidence::Failure::None:
            return {};
        case Evidence::Failure::NotFound:
            return Text::tr("not found");
        case Evidence::Failure::NotRecorded:
            return Text::tr("not recorded in this snapshot");
        case Evidence::Failure::PermissionDenied:
            return Text::tr("permission denied");
        case Evidence::Failure::Timeout:
            return Text::tr("timed out");
        case Evidence::Failure::Crashed:
            return Text::tr("crashed");
        case Evidence::Failure::Error:
            return Text::tr("error");
    }
    return failureName(failure);
}

}  // namespace

QString failureReason(const Evidence& evidence) {
    // A snapshot without the record: the replay's fixed message
    // (ReplaySource::notRecordedMessage()) says nothing more than the name.
    if (evidence.failure == Evidence::Failure::NotRecorded || evidence.message.isEmpty()) {
        return failureText(evidence.failure);
    }
    return evidence.message;
}

QString exitStatusText(int exitCode, const QString& line) {
    return line.isEmpty() ? Text::tr("exit status %1").arg(exitCode)
                          : Text::tr("exit status %1: %2").arg(exitCode).arg(line);
}

QString whyFailed(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None) {
        return failureReason(evidence);
    }
    return exitStatusText(evidence.exitCode, firstLine(evidence.errorOutput));
}

}  // namespace zd
