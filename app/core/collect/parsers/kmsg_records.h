// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The kernel's log buffer as /dev/kmsg hands it out, turned into the text
// util-linux `dmesg` prints for it, so one parser (parseKernelLog) reads both
// and a hit stores the same line whichever way the log was read.
//
// /dev/kmsg (Documentation/ABI/testing/dev-kmsg): one record per read(),
//   "<prefix>,<seq>,<usec>,<flags>[,...];<message>\n"
// followed by zero or more dictionary lines that start with a blank
// (" SUBSYSTEM=block"). Non-printable bytes in the message are escaped as
// "\xNN" (a newline inside a message is "\x0a").
// dmesg's default output (util-linux sys-utils/dmesg.c, print_record): the
// message behind "[%5ld.%06ld] ", the seconds and microseconds of <usec>,
// with the \xNN escapes decoded; dictionary lines are not printed.

#include <QString>

namespace zd {

// The records in `records`, one dmesg line each; lines that are not a record
// (dictionary lines, anything malformed) are skipped.
QString kmsgRecordsAsDmesgText(const QString& records);

}  // namespace zd
