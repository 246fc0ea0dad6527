// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kernel_log_parser.h"

#include <QRegularExpression>

namespace zd {

namespace {

// Lines of one report (an oops, a backtrace) are only searched this far: a
// report is a few dozen lines, and a missing end marker must not swallow the
// rest of the log.
constexpr int kMaxReportLines = 200;

// "SQUASHFS error: ... -22" (EINVAL, kernel 6.12), or "-5" (EIO) right after
// the loop driver's "I/O error, dev loopN" (kernel 6.1 turns every error of
// the backing file into EIO; VM suite scenario truth-6.1, real log
// tests/fixtures/kernel-log/zfs-2.3.2-linux-6.1-squashfs-eio.log).
bool isSquashfsEinval(const QString& line, bool afterLoopIoError) {
    const qsizetype at = line.indexOf(QLatin1String("SQUASHFS error:"));
    if (at < 0) {
        return false;
    }
    static const QRegularExpression kEinval(QStringLiteral("-22\\b"));
    static const QRegularExpression kEio(QStringLiteral(": -5$"));
    return kEinval.match(line, at).hasMatch() ||
           (afterLoopIoError && kEio.match(line.trimmed()).hasMatch());
}

// The literal part of a pattern is looked for first: the expressions run on
// the few lines that have it, not on every line of the log.
bool isLoopIoError(const QString& line) {
    static const QRegularExpression kError(QStringLiteral("\\bI/O error, dev loop\\d+\\b"));
    return line.contains(QLatin1String("I/O error, dev loop")) && kError.match(line).hasMatch();
}

// What the hung-task watchdog says: "task NAME:PID blocked for more than N
// seconds".
bool isHungTaskReport(const QString& line) {
    return line.contains(QLatin1String(" blocked for more than "));
}

bool isTxgSyncHung(const QString& line) {
    static const QRegularExpression kHung(
        QStringLiteral("\\btask txg_sync:\\d+ blocked for more than \\d+ seconds"));
    return kHung.match(line).hasMatch();
}

// The tasks the hung-task watchdog reported while writes through a loop
// device on ZFS hung in the project's VM: txg_quiesce and the journal thread
// of a file system on a loop device (jbd2/loop0-8). A plain `dd` or a
// kworker is reported for many other reasons and is not matched.
bool isLoopTaskHung(const QString& line) {
    static const QRegularExpression kHung(QStringLiteral(
        "\\btask (txg_quiesce|jbd2/loop\\d+-\\d+):\\d+ blocked for more than \\d+ seconds"));
    return kHung.match(line).hasMatch();
}

// The first line of an oops report: "BUG: ..." always; "Oops: general
// protection fault ..." (older kernels: "general protection fault: 0000
// [#1]") when no report is open (a BUG report has its own "Oops:" line).
bool startsReport(const QString& line, bool reportOpen) {
    if (line.contains(QLatin1String("BUG:")) || line.contains(QLatin1String("kernel BUG at"))) {
        return true;
    }
    return !reportOpen && (line.contains(QLatin1String("Oops:")) ||
                           line.contains(QLatin1String("general protection fault")));
}

}  // namespace

QList<KernelLogHit> parseKernelLog(const QString& text, int maxHits) {
    QList<KernelLogHit> hits;
    auto add = [&hits, maxHits](KernelLogHit::Kind kind, const QString& line) {
        if (hits.size() < maxHits) {
            hits.append(KernelLogHit{kind, line.trimmed()});
        }
    };

    // The oops currently being read: its first line and how far we are into it.
    QString oopsLine;
    bool nullDereference = false;
    int oopsLines = 0;
    bool oopsReported = false;
    bool oopsInZfsWrite = false;  // the report's stack passed through zfs_write
    // Lines since the loop driver last reported an I/O error.
    int sinceLoopIoError = 1000;
    // The last stack line seen outside an oops: a loop worker stuck in ZFS
    // shows zpl_iter_write directly above lo_rw_aio (NMI and sysrq backtraces).
    bool afterIterWrite = false;

    for (QString line : text.split(QLatin1Char('\n'))) {
        if (hits.size() >= maxHits) {
            break;
        }
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }

        if (startsReport(line, !oopsLine.isEmpty())) {
            oopsLine = line;
            nullDereference = line.contains(QLatin1String("BUG: kernel NULL pointer dereference"));
            oopsLines = 0;
            oopsReported = false;
            oopsInZfsWrite = false;
        } else if (!oopsLine.isEmpty()) {
            oopsInZfsWrite = oopsInZfsWrite || line.contains(QLatin1String("zfs_write")) ||
                             line.contains(QLatin1String("zpl_iter_write"));
            if (line.contains(QLatin1String("---[ end trace")) || ++oopsLines > kMaxReportLines) {
                oopsLine.clear();
            } else if (!oopsReported && nullDereference &&
                       line.contains(QLatin1String("zfs_setup_direct"))) {
                add(KernelLogHit::Kind::ZfsSetupDirectOops, oopsLine);
                oopsReported = true;
            } else if (!oopsReported && !nullDereference && oopsInZfsWrite &&
                       line.contains(QLatin1String("lo_rw_aio"))) {
                add(KernelLogHit::Kind::LoopWriteOops, oopsLine);
                oopsReported = true;
            }
        }

        const bool iterWrite = line.contains(QLatin1String("zpl_iter_write"));
        if (oopsLine.isEmpty() && afterIterWrite && line.contains(QLatin1String("lo_rw_aio"))) {
            add(KernelLogHit::Kind::LoopWriteHung, line);
        }
        afterIterWrite = iterWrite;

        sinceLoopIoError = isLoopIoError(line) ? 0 : sinceLoopIoError + 1;
        if (isSquashfsEinval(line, sinceLoopIoError <= 3)) {
            add(KernelLogHit::Kind::SquashfsEinval, line);
        } else if (!isHungTaskReport(line)) {
            continue;
        } else if (isTxgSyncHung(line)) {
            add(KernelLogHit::Kind::TxgSyncHung, line);
        } else if (isLoopTaskHung(line)) {
            add(KernelLogHit::Kind::LoopWriteHung, line);
        }
    }
    return hits;
}

}  // namespace zd
