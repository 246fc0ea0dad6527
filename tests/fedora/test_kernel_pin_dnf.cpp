// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The Fedora kernel pin against the REAL dnf: the real zfs-doctor-helper on a
// private bus (fake polkit, as in tests/helper) with --root set to an
// installroot that make-kernel-root.sh filled with kernel-core test packages
// built by rpmbuild. The helper runs dnf with --installroot=<root> (its test
// seam: only when --root is not "/"), so `dnf versionlock` locks the root's
// kernel-core in the root's lock list. grubby is the FAKE in fake-grubby
// (grubby is not packaged for Debian), found through the helper's --tool-dir.
// Asserted: the versionlock list before, after apply and after undo (a lock
// the admin added after the pin survives the undo), that dnf then holds the
// kernel: `dnf upgrade` in the root (a test transaction) would install the
// offered kernel-core 6.15.2 and, with installonly_limit=3, remove the kernel
// to be pinned before the pin, and does nothing while it holds; the boot
// default, and that /etc/sysconfig/kernel keeps its other lines.
// Skips where rpm, rpmbuild, createrepo_c, dnf 4 or its versionlock plugin
// is missing (make-kernel-root.sh exits 77 and says which).
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "contract.h"
#include "fake_services.h"
#include "private_bus.h"
#include "real_helper.h"

using namespace zd::helper;
using namespace zd::helper::test;

namespace {

const QString kFedoraDir = QStringLiteral(ZD_FEDORA_TEST_DIR);
const QString kPinned = QStringLiteral("6.12.24-200.fc41.x86_64");
const QString kNewest = QStringLiteral("6.14.5-300.fc42.x86_64");
const QString kAdminLock = QStringLiteral("zsh-0:5.9-9.fc41.*");
const QString kOffered = QStringLiteral("6.15.2-200.fc42");  // in the root's updates repository

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QJsonObject jsonOf(const QDBusMessage& reply) {
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

QString describe(const QDBusMessage& reply) {
    return reply.type() == QDBusMessage::ErrorMessage
               ? reply.errorName() + QStringLiteral(": ") + reply.errorMessage()
               : reply.arguments().value(0).toString();
}

}  // namespace

class KernelPinDnfTest : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_temporary.isValid());
        m_root = m_temporary.path() + QStringLiteral("/root");
        m_tools = m_temporary.path() + QStringLiteral("/tools");
        m_state = m_temporary.path() + QStringLiteral("/state");
        const Run made =
            run(kFedoraDir + QStringLiteral("/make-kernel-root.sh"), {m_root, m_tools});
        if (made.exitCode == 77) {
            QSKIP(qPrintable(made.output.trimmed()));
        }
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    }

    void applyAndUndoWithTheRealDnf() {
        const QByteArray hostLocks = readFile(QStringLiteral("/etc/dnf/plugins/versionlock.list"));
        const QByteArray sysconfigBefore =
            readFile(m_root + QStringLiteral("/etc/sysconfig/kernel"));
        QCOMPARE(locks(), QString());
        QCOMPARE(defaultKernel(), QStringLiteral("/boot/vmlinuz-") + kNewest);
        // Unpinned, an upgrade installs the offered kernel and drops the oldest.
        QString upgrade = upgradeWouldDo();
        QVERIFY2(upgrade.contains(kOffered) && upgrade.contains(QStringLiteral("6.12.24-200.fc41")),
                 qPrintable(upgrade));

        PrivateBus bus;
        QString error;
        QVERIFY2(bus.start(&error), qPrintable(error));
        FakeServices fakes(bus.address(), true, true);
        QVERIFY(fakes.ok());
        RealHelper helper(bus, m_root, m_state, 0, 60000, {QStringLiteral("--tool-dir"), m_tools});
        QVERIFY(helper.waitUntilOnBus());

        QDBusMessage reply = helper.call(QStringLiteral("ApplyFix"),
                                         {QString::fromLatin1(kFixKernelPin), kPinned, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QVERIFY2(record.value(QStringLiteral("status")).toString() == QLatin1String("verified"),
                 qPrintable(describe(reply)));

        // dnf4's versionlock writes name-epoch:version-release.* (arch ignored).
        QCOMPARE(locks(), QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"));
        QCOMPARE(defaultKernel(), QStringLiteral("/boot/vmlinuz-") + kPinned);
        QByteArray expected = sysconfigBefore;
        expected.replace("UPDATEDEFAULT=yes", "UPDATEDEFAULT=no");
        QCOMPARE(readFile(m_root + QStringLiteral("/etc/sysconfig/kernel")), expected);
        // dnf holds the kernel: the newer one is excluded, nothing is removed.
        upgrade = upgradeWouldDo();
        QVERIFY2(upgrade.contains(QStringLiteral("Nothing to do.")) && !upgrade.contains(kOffered),
                 qPrintable(upgrade));
        QVERIFY(installedKernels().contains(QStringLiteral("kernel-core-") + kPinned));

        // The admin locks another package after the pin, with the real dnf.
        const Run admin = run(kFedoraDir + QStringLiteral("/dnf-in-root.sh"),
                              {m_root, QStringLiteral("-q"), QStringLiteral("versionlock"),
                               QStringLiteral("add"), QStringLiteral("--raw"), kAdminLock});
        QCOMPARE(admin.exitCode, 0);
        QCOMPARE(locks(), QStringLiteral("kernel-core-0:6.12.24-200.fc41.*\n") + kAdminLock);

        reply =
            helper.call(QStringLiteral("Undo"), {record.value(QStringLiteral("id")).toString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value(QStringLiteral("status")).toString(),
                 QStringLiteral("undone"));
        QCOMPARE(locks(), kAdminLock);  // only our lock is gone
        QCOMPARE(defaultKernel(), QStringLiteral("/boot/vmlinuz-") + kNewest);
        QCOMPARE(readFile(m_root + QStringLiteral("/etc/sysconfig/kernel")), sysconfigBefore);
        upgrade = upgradeWouldDo();
        QVERIFY2(upgrade.contains(kOffered), qPrintable(upgrade));

        // Everything happened in the installroot, nothing on this machine.
        QCOMPARE(readFile(QStringLiteral("/etc/dnf/plugins/versionlock.list")), hostLocks);
    }

  private:
    // `dnf versionlock list` in the root, as the admin would read it.
    QString locks() {
        const Run listed = run(
            kFedoraDir + QStringLiteral("/dnf-in-root.sh"),
            {m_root, QStringLiteral("-q"), QStringLiteral("versionlock"), QStringLiteral("list")});
        return listed.exitCode == 0 ? listed.output.trimmed() : QStringLiteral("<dnf failed>");
    }
    // What `dnf upgrade` would do in the root: a test transaction
    // (tsflags=test), nothing is installed or removed.
    QString upgradeWouldDo() {
        const Run upgrade =
            run(kFedoraDir + QStringLiteral("/dnf-in-root.sh"),
                {m_root, QStringLiteral("upgrade"), QStringLiteral("--setopt=tsflags=test")});
        return upgrade.exitCode == 0 ? upgrade.output : QStringLiteral("<dnf failed>");
    }
    QString installedKernels() {
        return run(QStringLiteral("rpm"), {QStringLiteral("--root"), m_root, QStringLiteral("-q"),
                                           QStringLiteral("kernel-core")})
            .output;
    }
    QString defaultKernel() {
        return run(m_tools + QStringLiteral("/grubby"), {QStringLiteral("--default-kernel")})
            .output.trimmed();
    }

    QTemporaryDir m_temporary;
    QString m_root, m_tools, m_state;
};

QTEST_GUILESS_MAIN(KernelPinDnfTest)
#include "test_kernel_pin_dnf.moc"
