// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// (c) The real polkitd (/usr/lib/polkit-1/polkitd) on the private bus, asked
// by the real helper binary. polkitd reads actions only from
// /usr/share/polkit-1/actions, so it runs in a private mount namespace
// (unshare -m) where a copy of that directory plus resources/polkit/
// org.zfsdoctor.policy is bind-mounted over it: this machine is not changed.
// Root only; skipped when polkitd, unshare or setpriv are missing.
//   - root is authorized (polkit authorizes uid 0 for everything);
//   - an unprivileged user (nobody) without a session or agent gets the
//     auth_admin_keep challenge, which the helper reports as NotAuthorized.
#include <QtTest>

#include <QDir>
#include <QJsonDocument>

#include <unistd.h>

#include "fake_services.h"
#include "private_bus.h"
#include "real_helper.h"

using namespace zd::helper;
using namespace zd::helper::test;

namespace {

const QString kPolkitd = QStringLiteral("/usr/lib/polkit-1/polkitd");

QString findTool(const QString& name) {
    for (const QString& directory :
         {QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin")}) {
        if (QFileInfo(directory + QLatin1Char('/') + name).isExecutable()) {
            return directory + QLatin1Char('/') + name;
        }
    }
    return {};
}

}  // namespace

class RealPolkitdTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        if (::geteuid() != 0) {
            QSKIP("needs root (mount namespace for polkitd's action directory)");
        }
        if (!QFileInfo(kPolkitd).isExecutable() || findTool(QStringLiteral("unshare")).isEmpty() ||
            findTool(QStringLiteral("setpriv")).isEmpty() ||
            findTool(QStringLiteral("dbus-send")).isEmpty()) {
            QSKIP("polkitd, unshare, setpriv or dbus-send is not installed");
        }
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        m_fakes = std::make_unique<FakeServices>(m_bus.address(), false, true);
        QVERIFY(m_fakes->ok());

        const QString actions = m_temporary.path() + QStringLiteral("/actions");
        QVERIFY(QDir().mkpath(actions));
        const QDir system(QStringLiteral("/usr/share/polkit-1/actions"));
        for (const QString& file : system.entryList(QDir::Files)) {
            QFile::copy(system.filePath(file), actions + QLatin1Char('/') + file);
        }
        // This tree's policy, not one an installed package put there.
        QFile::remove(actions + QStringLiteral("/org.zfsdoctor.policy"));
        QVERIFY(QFile::copy(QStringLiteral(ZD_SOURCE_POLICY),
                            actions + QStringLiteral("/org.zfsdoctor.policy")));
        const QString script = m_temporary.path() + QStringLiteral("/polkitd.sh");
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "mount --bind \"$1\" /usr/share/polkit-1/actions || exit 97\nexec \"$2\" --no-debug\n");
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
        m_polkitd.setProcessEnvironment(environment);
        m_polkitd.setProcessChannelMode(QProcess::MergedChannels);
        m_polkitd.start(
            findTool(QStringLiteral("unshare")),
            {QStringLiteral("-m"), QStringLiteral("/bin/sh"), script, actions, kPolkitd});
        QDBusConnection probe = m_bus.connect(QStringLiteral("polkit-probe"));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = probe.interface()->isServiceRegistered(
                QStringLiteral("org.freedesktop.PolicyKit1"));
            if (!up && m_polkitd.state() == QProcess::NotRunning) {
                break;
            }
            if (!up) {
                QTest::qWait(100);
            }
        }
        if (!up) {
            QSKIP(qPrintable(QStringLiteral("polkitd did not come up on the private bus: ") +
                             QString::fromUtf8(m_polkitd.readAll())));
        }
    }
    void cleanupTestCase() {
        if (m_polkitd.state() != QProcess::NotRunning) {
            m_polkitd.terminate();
            if (!m_polkitd.waitForFinished(3000)) {
                m_polkitd.kill();
                m_polkitd.waitForFinished(3000);
            }
        }
        m_fakes.reset();
    }

    void rootIsAuthorizedByRealPolkitd() {
        RealHelper helper(m_bus, m_temporary.path() + QStringLiteral("/root"),
                          m_temporary.path() + QStringLiteral("/state"));
        QVERIFY(helper.waitUntilOnBus());
        const QDBusMessage reply = helper.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("sysext-dropin"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("verified"));
    }

    void nobodyIsChallengedAndRefused() {
        RealHelper helper(m_bus, m_temporary.path() + QStringLiteral("/root2"),
                          m_temporary.path() + QStringLiteral("/state2"));
        QVERIFY(helper.waitUntilOnBus());
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
        client.setProcessEnvironment(environment);
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(
            findTool(QStringLiteral("setpriv")),
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
             QStringLiteral("--clear-groups"), findTool(QStringLiteral("dbus-send")),
             QStringLiteral("--system"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.zfsdoctor.Helper"), QStringLiteral("/org/zfsdoctor/Helper"),
             QStringLiteral("org.zfsdoctor.Helper1.ApplyFix"),
             QStringLiteral("string:sysext-dropin"), QStringLiteral("string:"),
             QStringLiteral("string:")});
        QVERIFY(client.waitForFinished(30000));
        const QString output = QString::fromUtf8(client.readAll());
        QVERIFY2(output.contains(QStringLiteral("org.zfsdoctor.Helper.Error.NotAuthorized")),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("no authentication agent")), qPrintable(output));
        QVERIFY(!QFileInfo::exists(m_temporary.path() + QStringLiteral("/root2/etc/systemd")));
    }

  private:
    PrivateBus m_bus;
    std::unique_ptr<FakeServices> m_fakes;
    QTemporaryDir m_temporary;
    QProcess m_polkitd;
};

QTEST_GUILESS_MAIN(RealPolkitdTest)
#include "test_real_polkitd.moc"
