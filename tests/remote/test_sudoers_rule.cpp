// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The restricted sudoers rule of docs/remote.md (resources/remote/
// zfs-doctor.sudoers), checked against the real sudo: a non-root user
// (nobody) may run, without a password, every zfs command a remote fix or
// its undo runs - built here by the same rule the code uses
// (remedy/direct_property.h) - and nothing else a passwordless `sudo zfs`
// would allow.
//
// The rule is put in place of /etc/sudoers in a private mount namespace of
// this test process (set up before main(), while it has one thread), with
// the path of a recording fake zfs instead of /usr/sbin/zfs. Nothing of this
// machine's sudo configuration is changed. Needs root, sudo and setpriv.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "remedy/direct_property.h"
#include "support/fake_tools.h"

using namespace zd;
using zd::test::invocations;
using zd::test::writeExecutable;

namespace {

const bool kPrivateMounts = []() {
    if (::geteuid() != 0 || ::unshare(CLONE_NEWNS) != 0) {
        return false;
    }
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}();

QStringList args(std::initializer_list<const char*> words) {
    QStringList list;
    for (const char* word : words) {
        list.append(QString::fromLatin1(word));
    }
    return list;
}

QByteArray readSource(const QString& relative) {
    QFile file(QStringLiteral(ZD_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestSudoersRule : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        if (!kPrivateMounts) {
            QSKIP("needs root and a private mount namespace to replace /etc/sudoers");
        }
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/sudo")) ||
            QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
            QSKIP(
                "sudo or setpriv is not installed (packaging/install-build-deps.sh installs them)");
        }
        QVERIFY(m_dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        m_zfs = m_dir.path() + QStringLiteral("/zfs");
        m_calls = m_dir.path() + QStringLiteral("/calls");
        QVERIFY(writeExecutable(m_zfs,
                                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done >> " +
                                    QFile::encodeName(m_calls) + "\nprintf '\\n' >> " +
                                    QFile::encodeName(m_calls) + "\n"));
        QByteArray rule = readSource(QStringLiteral("resources/remote/zfs-doctor.sudoers"));
        QVERIFY(rule.contains("/usr/sbin/zfs ^set direct"));
        rule.replace("/usr/sbin/zfs", QFile::encodeName(m_zfs));
        rule.replace("\nadmin ALL=", "\nnobody ALL=");
        const QString sudoers = m_dir.path() + QStringLiteral("/sudoers");
        QFile file(sudoers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n" + rule);
        file.close();
        QVERIFY(::chmod(QFile::encodeName(sudoers).constData(), 0440) == 0);
        QProcess visudo;
        visudo.start(QStringLiteral("visudo"), {QStringLiteral("-cf"), sudoers});
        QVERIFY(visudo.waitForFinished(10000));
        QVERIFY2(visudo.exitCode() == 0,
                 visudo.readAllStandardOutput() + visudo.readAllStandardError());
        QVERIFY(::mount(QFile::encodeName(sudoers).constData(), "/etc/sudoers", nullptr, MS_BIND,
                        nullptr) == 0);
    }

    // Every command a remote fix or undo runs, made by the shared rule.
    void allowed_data() {
        QTest::addColumn<QStringList>("arguments");
        const QString ds = QStringLiteral("tank/vm-images");
        const DirectState standard{QStringLiteral("standard"), QStringLiteral("default")};
        QTest::newRow("set standard")
            << planDirectSet(ds, standard, QStringLiteral("standard")).zfsArguments;
        QTest::newRow("set disabled")
            << planDirectSet(ds, standard, QStringLiteral("disabled")).zfsArguments;
        const QList<QPair<const char*, DirectState>> befores = {
            {"undo to default", {QStringLiteral("standard"), QStringLiteral("default")}},
            {"undo to inherited",
             {QStringLiteral("always"), QStringLiteral("inherited from tank")}},
            {"undo to local always", {QStringLiteral("always"), QStringLiteral("local")}},
            {"undo to local standard", {QStringLiteral("standard"), QStringLiteral("local")}},
            {"undo to local disabled", {QStringLiteral("disabled"), QStringLiteral("local")}},
            {"undo to received", {QStringLiteral("disabled"), QStringLiteral("received")}},
        };
        for (const auto& [name, before] : befores) {
            QTest::newRow(name) << planDirectUndo(ds, before).zfsArguments;
        }
        QTest::newRow("dataset with : and .") << args({"set", "direct=disabled", "tank/a.b:c_d-e"});
    }
    void allowed() {
        QFETCH(QStringList, arguments);
        QVERIFY(!arguments.isEmpty());
        QFile::remove(m_calls);
        QString output;
        QVERIFY2(sudoAsNobody(arguments, &output) == 0, qPrintable(output));
        QCOMPARE(invocations(m_calls), QList<QStringList>{arguments});
    }

    // What a passwordless `sudo zfs` would allow, and the rule must not.
    void refused_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("mountpoint") << args({"set", "mountpoint=/etc", "tank/a"});
        QTest::newRow("a second property")
            << args({"set", "direct=standard", "mountpoint=/etc", "tank/a"});
        QTest::newRow("two datasets") << args({"set", "direct=standard", "tank/a", "tank/b"});
        QTest::newRow("direct=on") << args({"set", "direct=on", "tank/a"});
        QTest::newRow("zfs allow") << args({"allow", "-u", "nobody", "mount,create", "tank"});
        QTest::newRow("zfs destroy") << args({"destroy", "-r", "tank"});
        QTest::newRow("zfs mount") << args({"mount", "-a"});
        QTest::newRow("recursive inherit") << args({"inherit", "-r", "direct", "tank"});
        QTest::newRow("option after direct") << args({"inherit", "direct", "-r", "tank"});
        QTest::newRow("inherit another property") << args({"inherit", "mountpoint", "tank/a"});
        QTest::newRow("shell characters") << args({"set", "direct=standard", "tank/a;id"});
        QTest::newRow("a path, not a dataset") << args({"set", "direct=standard", "/tank"});
        QTest::newRow("zfs get needs no sudo") << args({"get", "direct", "tank/a"});
    }
    void refused() {
        QFETCH(QStringList, arguments);
        QFile::remove(m_calls);
        QString output;
        QVERIFY2(sudoAsNobody(arguments, &output) != 0, qPrintable(output));
        QVERIFY(invocations(m_calls).isEmpty());
    }

    // The rule docs/remote.md shows is the one tested here.
    void documentationShowsTheTestedRule() {
        const QByteArray docs = readSource(QStringLiteral("docs/remote.md"));
        for (const QByteArray& line :
             readSource(QStringLiteral("resources/remote/zfs-doctor.sudoers")).split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#')) {
                QVERIFY2(docs.contains(line), line.constData());
            }
        }
    }

  private:
    int sudoAsNobody(const QStringList& arguments, QString* output) {
        QProcess sudo;
        sudo.setProcessChannelMode(QProcess::MergedChannels);
        sudo.start(QStringLiteral("setpriv"),
                   QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups"), QStringLiteral("sudo"),
                               QStringLiteral("-n"), m_zfs} +
                       arguments);
        if (!sudo.waitForFinished(20000)) {
            return -1;
        }
        *output = QString::fromLocal8Bit(sudo.readAll());
        return sudo.exitCode();
    }

    QTemporaryDir m_dir;
    QString m_zfs;
    QString m_calls;
};

QTEST_GUILESS_MAIN(TestSudoersRule)
#include "test_sudoers_rule.moc"
