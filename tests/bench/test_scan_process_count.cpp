// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The number of processes one whole scan (collectFacts) starts does not grow
// with the number of datasets or loop devices: the same system replayed at
// 1 dataset and 1 loop device and at 2,000 datasets and 64 loop devices asks
// for the same commands. Each scaled system is a real demo snapshot with its
// dataset listing, mount table and loop devices multiplied
// (support/synthetic_system.h), so every command a collector asks for is
// answered as on the demo's machine.

#include <QtTest>

#include "collect/collect.h"
#include "collect/replay_source.h"
#include "support/synthetic_system.h"
#include "util/paths.h"

using namespace zd;

namespace {

struct Scan {
    QStringList commands;  // every command the scan asked to run, in order
    qsizetype datasets = 0;
    qsizetype loopDevices = 0;
};

Scan scanOf(const QString& demo, bench::SyntheticSize size) {
    QString error;
    const EvidenceLog evidence = bench::makeSyntheticSystem(
        demoDirectory() + QLatin1Char('/') + demo + QStringLiteral(".json"), size, &error);
    if (evidence.items().isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    ReplaySource source(evidence);
    const Facts facts = collectFacts(source);
    Scan scan;
    for (const Evidence& asked : source.log().items()) {
        if (asked.kind == Evidence::Kind::Command) {
            scan.commands.append(asked.key);
        }
    }
    scan.datasets = facts.zfs.datasets.size();
    scan.loopDevices = facts.loopDevices.size();
    return scan;
}

}  // namespace

class ScanProcessCountTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void constantInDatasetsAndLoops_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("expected");  // processes of this demo's scan
        // Fedora: rpm, grubby, zfs version, zpool list, zfs get, systemctl x2,
        // dmesg (the demo predates /dev/kmsg, so its dmesg record is replayed).
        QTest::newRow("fedora") << QStringLiteral("problem1-sysext-fedora41") << 8;
        // Debian 12 and Proxmox VE 8 (OpenZFS 2.1, 2.2): no package manager
        // process (dpkg's status file is read); zfs version, zpool list, one
        // zfs get (without `direct`, which `zfs version` says they lack),
        // systemctl x2, dmesg.
        QTest::newRow("debian") << QStringLiteral("debian12-stock") << 6;
        QTest::newRow("proxmox") << QStringLiteral("proxmox-ve8") << 6;
    }
    void constantInDatasetsAndLoops() {
        QFETCH(QString, demo);
        QFETCH(int, expected);
        const Scan small = scanOf(demo, {1, 1});
        const Scan large = scanOf(demo, {2000, 64});
        // The systems really differ in size, so the comparison means something.
        QCOMPARE(small.datasets, 1);
        QCOMPARE(large.datasets, 2000);
        QCOMPARE(small.loopDevices, 1);
        QCOMPARE(large.loopDevices, 64);
        QCOMPARE(large.commands, small.commands);
        QCOMPARE(small.commands.size(), expected);
    }
};

QTEST_GUILESS_MAIN(ScanProcessCountTest)
#include "test_scan_process_count.moc"
