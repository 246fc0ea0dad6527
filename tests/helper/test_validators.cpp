// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Pure validators and helpers of the privileged helper: every rule has a case
// that passes and one that fails.
#include <QtTest>

#include "probes/probe_runner.h"
#include "remedies/kernel_pin.h"
#include "remedies/sysext_dropin.h"
#include "remedy/validators.h"

using namespace zd;
using namespace zd::helper;

class ValidatorsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void datasetNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pool") << QStringLiteral("tank") << true;
        QTest::newRow("child") << QStringLiteral("tank/home/user") << true;
        QTest::newRow("allowed punctuation") << QStringLiteral("tank/a-b_c.d:e") << true;
        QTest::newRow("space is allowed by ZFS") << QStringLiteral("tank/my data") << true;
        QTest::newRow("255 chars")
            << QStringLiteral("tank/") + QString(250, QLatin1Char('a')) << true;
        QTest::newRow("256 chars")
            << QStringLiteral("tank/") + QString(251, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("snapshot") << QStringLiteral("tank@x") << false;
        QTest::newRow("bookmark") << QStringLiteral("tank#b") << false;
        QTest::newRow("leading slash") << QStringLiteral("/tank") << false;
        QTest::newRow("trailing slash") << QStringLiteral("tank/") << false;
        QTest::newRow("empty component") << QStringLiteral("tank//a") << false;
        QTest::newRow("dot component") << QStringLiteral("tank/./a") << false;
        QTest::newRow("dotdot component") << QStringLiteral("tank/../etc") << false;
        QTest::newRow("leading dash") << QStringLiteral("-o") << false;
        QTest::newRow("pool starts with digit") << QStringLiteral("1tank") << false;
        QTest::newRow("reserved mirror") << QStringLiteral("mirror/a") << false;
        QTest::newRow("reserved raidz2") << QStringLiteral("raidz2") << false;
        QTest::newRow("disk-like") << QStringLiteral("c0t0d0") << false;
        QTest::newRow("semicolon") << QStringLiteral("tank;rm") << false;
        QTest::newRow("newline") << QStringLiteral("tank\nx") << false;
        QTest::newRow("NUL") << QStringLiteral("tank") + QChar(0) + QStringLiteral("x") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("tank/caf\u00e9") << false;
        QTest::newRow("percent") << QStringLiteral("tank/%recv") << false;
    }
    void datasetNames() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(validateDatasetName(name, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void loopNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("loop0") << QStringLiteral("loop0") << true;
        QTest::newRow("loop123") << QStringLiteral("loop123") << true;
        QTest::newRow("leading zero") << QStringLiteral("loop01") << false;
        QTest::newRow("path") << QStringLiteral("/dev/loop0") << false;
        QTest::newRow("sda") << QStringLiteral("sda") << false;
        QTest::newRow("loop") << QStringLiteral("loop") << false;
        QTest::newRow("partition") << QStringLiteral("loop0p1") << false;
        QTest::newRow("traversal") << QStringLiteral("loop0/../sda") << false;
        QTest::newRow("huge number") << QStringLiteral("loop12345678901") << false;
    }
    void loopNames() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(validateLoopDeviceName(name, &error), valid);
    }

    void kernelReleases_data() {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fedora") << QStringLiteral("6.11.4-301.fc41.x86_64") << true;
        QTest::newRow("debian") << QStringLiteral("6.1.0-28-amd64") << true;
        QTest::newRow("truenas") << QStringLiteral("6.6.44-production+truenas") << true;
        QTest::newRow("option") << QStringLiteral("--help") << false;
        QTest::newRow("traversal") << QStringLiteral("6.1/../../etc") << false;
        QTest::newRow("dotdot") << QStringLiteral("6..1") << false;
        QTest::newRow("space") << QStringLiteral("6.1 x") << false;
        QTest::newRow("too long") << QStringLiteral("6") + QString(200, QLatin1Char('a')) << false;
    }
    void kernelReleases() {
        QFETCH(QString, release);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(validateKernelRelease(release, &error), valid);
    }

    void changeIds() {
        QString error;
        QVERIFY(validateChangeId(QStringLiteral("20261121T204500Z-1a2b3c4d"), &error));
        QVERIFY(!validateChangeId(QStringLiteral("../../etc/passwd"), &error));
        QVERIFY(!validateChangeId(QStringLiteral("20261121T204500Z-1A2B3C4D"), &error));
        QVERIFY(!validateChangeId(QString(), &error));
    }

    void plainTextRejectsControlAndLength() {
        QString error;
        QVERIFY(!validatePlainText(QStringLiteral("a\x1b[31m"), QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("U+001B")));
        QVERIFY(!validatePlainText(QString(257, QLatin1Char('a')), QStringLiteral("x"), &error));
        QVERIFY(!validatePlainText(QStringLiteral("a") + QChar(0x85), QStringLiteral("x"), &error));
        QVERIFY(validatePlainText(QString(256, QLatin1Char('a')), QStringLiteral("x"), &error));
    }

    void unalignedCopyGate() {
        // 2.3.0 panicked kernels on this path: always refused, with the reason.
        const QString refusal = ProbeRunner::unalignedCopyRefusal(
            QStringLiteral("2.3.0-1\n"), QStringLiteral("6.8.0-51-generic"));
        QVERIFY(refusal.contains(QStringLiteral("#16952")));
        QVERIFY(refusal.contains(QStringLiteral("6.8.0-51-generic")));
        QVERIFY(!ProbeRunner::unalignedCopyRefusal(QStringLiteral("garbage"), {}).isEmpty());
        QVERIFY(ProbeRunner::unalignedCopyRefusal(QStringLiteral("2.3.1-1"), {}).isEmpty());
        QVERIFY(ProbeRunner::unalignedCopyRefusal(QStringLiteral("2.2.7-1"), {}).isEmpty());
    }

    void sysextContentDetection() {
        QVERIFY(SysextDropinRemedy::contentDisablesLoopDirectIo(
            SysextDropinRemedy::dropinContent(QStringLiteral("20261121T204500Z-1a2b3c4d"))));
        QVERIFY(!SysextDropinRemedy::contentDisablesLoopDirectIo(
            "[Unit]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n"));
        QVERIFY(SysextDropinRemedy::contentDisablesLoopDirectIo(
            "[Service]\nEnvironment=FOO=1 SYSTEMD_LOOP_DIRECT_IO=0\n"));
    }

    void kernelPinTextEdits() {
        const std::optional<QString> absent;
        QCOMPARE(
            KernelPinRemedy::withAssignment("UPDATEDEFAULT=yes\nDEFAULTKERNEL=kernel-core\n",
                                            QStringLiteral("UPDATEDEFAULT"), QStringLiteral("no")),
            QByteArray("UPDATEDEFAULT=no\nDEFAULTKERNEL=kernel-core\n"));
        QCOMPARE(KernelPinRemedy::withAssignment("", QStringLiteral("UPDATEDEFAULT"),
                                                 QStringLiteral("no")),
                 QByteArray("UPDATEDEFAULT=no\n"));
        QCOMPARE(KernelPinRemedy::withAssignment("UPDATEDEFAULT=no\n",
                                                 QStringLiteral("UPDATEDEFAULT"), absent),
                 QByteArray());
        QCOMPARE(KernelPinRemedy::withAssignment("GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\nGRUB_DEFAULT=1\n",
                                                 QStringLiteral("GRUB_DEFAULT"),
                                                 QStringLiteral("\"a>b\"")),
                 QByteArray("GRUB_DEFAULT=\"a>b\"\nGRUB_TIMEOUT=5\n"));
        QCOMPARE(KernelPinRemedy::assignedValue("GRUB_DEFAULT=0\nGRUB_DEFAULT=\"x\"\n",
                                                QStringLiteral("GRUB_DEFAULT")),
                 std::optional<QString>(QStringLiteral("\"x\"")));
        QCOMPARE(KernelPinRemedy::assignedValue("GRUB_TIMEOUT=5\n", QStringLiteral("GRUB_DEFAULT")),
                 absent);
        // Menu entry ids as grub-mkconfig's 10_linux writes them.
        const QString cfg = QStringLiteral(
            "menuentry 'Debian GNU/Linux' --class debian $menuentry_id_option "
            "'gnulinux-simple-1234' {\n"
            "}\n"
            "submenu 'Advanced options for Debian GNU/Linux' $menuentry_id_option "
            "'gnulinux-advanced-1234' {\n"
            "\tmenuentry 'Debian GNU/Linux, with Linux 6.1.0-28-amd64' --class debian "
            "$menuentry_id_option 'gnulinux-6.1.0-28-amd64-advanced-1234' {\n"
            "\t}\n"
            "\tmenuentry 'Debian GNU/Linux, with Linux 6.1.0-27-amd64' --class debian "
            "$menuentry_id_option 'gnulinux-6.1.0-27-amd64-advanced-1234' {\n"
            "\t}\n}\n");
        QCOMPARE(KernelPinRemedy::grubEntryPath(cfg, QStringLiteral("6.1.0-27-amd64")),
                 QStringLiteral("gnulinux-advanced-1234>gnulinux-6.1.0-27-amd64-advanced-1234"));
        QVERIFY(KernelPinRemedy::grubEntryPath(cfg, QStringLiteral("6.1.0-99-amd64")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ValidatorsTest)
#include "test_validators.moc"
