// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// (e) loop-dio-off on a REAL loop device (root only; skipped otherwise): a
// file on /var/tmp attached with `losetup --direct-io=on`, direct I/O turned
// off through the helper's D-Bus method (LOOP_SET_DIRECT_IO ioctl), sysfs
// read back, then undone and read back again.
#include <QtTest>

#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

#include "service_harness.h"

using namespace zd::helper::test;

namespace {

QString run(const QStringList& argv, int* exitCode) {
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
        .trimmed();
}

QString sysfsDio(const QString& device) {
    QFile file(QStringLiteral("/sys/block/%1/loop/dio").arg(device));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}

QJsonObject jsonOf(const QDBusMessage& reply) {
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

}  // namespace

class LoopDevicesTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0) {
            QSKIP("needs root to attach loop devices");
        }
        if (!QFileInfo(QStringLiteral("/usr/sbin/losetup")).isExecutable() &&
            !QFileInfo(QStringLiteral("/sbin/losetup")).isExecutable()) {
            QSKIP("losetup is not installed");
        }
        QVERIFY(m_directory.isValid());
        m_backing = QStringLiteral("/var/tmp/zfs-doctor-loop-test-%1.img").arg(::getpid());
        QFile file(m_backing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(16 * 1024 * 1024));
        file.close();
        int status = 0;
        const QString device =
            run({QStringLiteral("losetup"), QStringLiteral("--find"), QStringLiteral("--show"),
                 QStringLiteral("--direct-io=on"), m_backing},
                &status);
        if (status != 0) {
            QSKIP(qPrintable(QStringLiteral("losetup could not attach a loop device here: ") +
                             device));
        }
        m_device = device.section(QLatin1Char('/'), -1);
    }
    void cleanupTestCase() {
        int status = 0;
        if (!m_device.isEmpty()) {
            run({QStringLiteral("losetup"), QStringLiteral("-d"),
                 QStringLiteral("/dev/") + m_device},
                &status);
        }
        if (!m_backing.isEmpty()) {
            QFile::remove(m_backing);
        }
    }

    void dioOffAndUndo() {
        if (sysfsDio(m_device) != QLatin1String("1")) {
            QSKIP(
                "the kernel refused direct I/O for a file on /var/tmp (dio reads 0), so there is "
                "nothing to turn off; see docs/helper.md");
        }
        ServiceHarness::Options options;
        options.root = QStringLiteral("/");
        ServiceHarness h(options);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage applied = h.call(QStringLiteral("ApplyFix"),
                                            {QStringLiteral("loop-dio-off"), m_device, QString()});
        QVERIFY2(applied.type() == QDBusMessage::ReplyMessage, qPrintable(applied.errorMessage()));
        const QJsonObject record = jsonOf(applied);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(record.value("before").toObject().value("dio").toString(), QStringLiteral("1"));
        QCOMPARE(record.value("before").toObject().value("backingFile").toString(), m_backing);
        QCOMPARE(sysfsDio(m_device), QStringLiteral("0"));
        QVERIFY(h.tools().calls().isEmpty());  // an ioctl, no tool

        // Applying again: nothing to do.
        QCOMPARE(jsonOf(h.call(QStringLiteral("ApplyFix"),
                               {QStringLiteral("loop-dio-off"), m_device, QString()}))
                     .value("status")
                     .toString(),
                 QStringLiteral("no-op"));

        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QVERIFY2(undone.type() == QDBusMessage::ReplyMessage, qPrintable(undone.errorMessage()));
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(sysfsDio(m_device), QStringLiteral("1"));
    }

    void aBlockDeviceThatIsNotALoopDeviceIsRefused() {
        ServiceHarness::Options options;
        options.root = QStringLiteral("/");
        ServiceHarness h(options);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        // vda/sda/nvme0n1: whichever real disk this machine has.
        QString disk;
        for (const QString& name :
             QDir(QStringLiteral("/sys/block")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!name.startsWith(QLatin1String("loop")) && !name.startsWith(QLatin1String("ram"))) {
                disk = name;
            }
        }
        if (disk.isEmpty()) {
            QSKIP("no non-loop block device here");
        }
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("loop-dio-off"), disk, QString()});
        QCOMPARE(reply.errorName(), QStringLiteral("org.zfsdoctor.Helper.Error.InvalidArgument"));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("not a loop device")),
                 qPrintable(reply.errorMessage()));
        QVERIFY(h.fakes().polkit()->calls().isEmpty());
    }

  private:
    QTemporaryDir m_directory;
    QString m_backing;
    QString m_device;
};

QTEST_GUILESS_MAIN(LoopDevicesTest)
#include "test_loop_devices.moc"
