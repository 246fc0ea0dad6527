// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// kmsgRecordsAsDmesgText(): /dev/kmsg records turned into the lines util-linux
// dmesg prints for them (fixtures: tests/fixtures/kernel-log/README.md).

#include <QtTest>

#include "collect/parsers/kernel_log_parser.h"
#include "collect/parsers/kmsg_records.h"
#include "support/parser_fixtures.h"

using namespace zd;

class KmsgRecordsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The same 107 records read from /dev/kmsg and printed by dmesg on one
    // machine: tab escapes (\x09) decoded, dictionary lines (" SUBSYSTEM=acpi")
    // dropped, timestamps as "[%5ld.%06ld] ".
    void realRecordsGiveDmesgText() {
        const QString records =
            test::fixtureText(QStringLiteral("kernel-log/kmsg-linux-6.18-records.txt"));
        const QString dmesg =
            test::fixtureText(QStringLiteral("kernel-log/dmesg-linux-6.18-same-records.log"));
        QVERIFY(records.contains(QLatin1String("\\x09")));
        QVERIFY(records.contains(QLatin1String("\n SUBSYSTEM=")));
        QCOMPARE(kmsgRecordsAsDmesgText(records), dmesg);
    }
    void largeTimestampsAndMalformedLines() {
        const QString records = QStringLiteral(
            "3,9001,123456789012,-;SQUASHFS error: Failed to read block 0x0: -22\n"
            " SUBSYSTEM=block\n"
            "no record here\n"
            "6,9002,x,-;not a timestamp\n"
            "6,9003,5;too few fields\n"
            "4,9004,1,c,more;\\x5c and \\xzz\n");
        QCOMPARE(kmsgRecordsAsDmesgText(records),
                 QStringLiteral("[123456.789012] SQUASHFS error: Failed to read block 0x0: -22\n"
                                "[    0.000001] \\ and \\xzz\n"));
    }
    // A hit found through /dev/kmsg stores the line dmesg would have shown.
    void hitLineMatchesDmesg() {
        const QString dmesgText =
            test::fixtureText(QStringLiteral("kernel-log/dmesg-squashfs-einval.log"));
        const QList<KernelLogHit> fromDmesg = parseKernelLog(dmesgText);
        QCOMPARE(fromDmesg.size(), 1);
        // The fixture's lines written back as the records /dev/kmsg gives.
        QString records;
        int sequence = 0;
        for (const QString& line : dmesgText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype close = line.indexOf(QLatin1String("] "));
            QVERIFY(line.startsWith(QLatin1Char('[')) && close > 0);
            const QStringList time = line.mid(1, close - 1).trimmed().split(QLatin1Char('.'));
            const qulonglong usec = time.at(0).toULongLong() * 1000000 + time.at(1).toULongLong();
            records +=
                QStringLiteral("3,%1,%2,-;%3\n").arg(sequence++).arg(usec).arg(line.mid(close + 2));
        }
        const QList<KernelLogHit> fromKmsg = parseKernelLog(kmsgRecordsAsDmesgText(records));
        QCOMPARE(fromKmsg.size(), 1);
        QCOMPARE(fromKmsg.at(0).line, fromDmesg.at(0).line);
        QCOMPARE(fromKmsg.at(0).kind, fromDmesg.at(0).kind);
    }
};

QTEST_GUILESS_MAIN(KmsgRecordsTest)
#include "test_kmsg_records.moc"
