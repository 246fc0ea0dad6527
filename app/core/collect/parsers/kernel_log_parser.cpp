// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kernel_log_parser.h"

#include <QRegularExpression>

namespace zd {

namespace {

// Lines of one oops report are only searched this far: a report is a few
// dozen lines, and a missing end marker must not swallow the rest of the log.
constexpr int kMaxOopsLines = 200;

bool isSquashfsEinval(const QString& line) {
    const qsizetype at = line.indexOf(QLatin1String("SQUASHFS error:"));
    if (at < 0) {
        return false;
    }
    static const QRegularExpression kEinval(QStringLiteral("-22\\b"));
    return kEinval.match(line, at).hasMatch();
}

bool isTxgSyncHung(const QString& line) {
    static const QRegularExpression kHung(
        QStringLiteral("\\btask txg_sync:\\d+ blocked for more than \\d+ seconds"));
    return kHung.match(line).hasMatch();
}

}  // namespace

QList<KernelLogHit> parseKernelLog(const QString& text, int maxHits) {
    QList<KernelLogHit> hits;
    auto add = [&hits, maxHits](KernelLogHit::Kind kind, const QString& line) {
        if (hits.size() < maxHits) {
            hits.append(KernelLogHit{kind, line.trimmed()});
        }
    };

    // The oops currently being read: its BUG line and how far we are into it.
    QString oopsLine;
    int oopsLines = 0;
    bool oopsReported = false;

    for (QString line : text.split(QLatin1Char('\n'))) {
        if (hits.size() >= maxHits) {
            break;
        }
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }

        if (line.contains(QLatin1String("BUG: kernel NULL pointer dereference"))) {
            oopsLine = line;
            oopsLines = 0;
            oopsReported = false;
        } else if (!oopsLine.isEmpty()) {
            if (line.contains(QLatin1String("BUG:")) ||
                line.contains(QLatin1String("---[ end trace")) || ++oopsLines > kMaxOopsLines) {
                oopsLine.clear();
            } else if (!oopsReported && line.contains(QLatin1String("zfs_setup_direct"))) {
                add(KernelLogHit::Kind::ZfsSetupDirectOops, oopsLine);
                oopsReported = true;
            }
        }

        if (isSquashfsEinval(line)) {
            add(KernelLogHit::Kind::SquashfsEinval, line);
        } else if (isTxgSyncHung(line)) {
            add(KernelLogHit::Kind::TxgSyncHung, line);
        }
    }
    return hits;
}

}  // namespace zd
