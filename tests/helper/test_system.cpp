// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// How the helper reaches the system (helper/system/): tools run by the real
// ProcessToolRunner from a directory of stand-in scripts, and files replaced
// by writeFileAtomically.
//  - a tool that prints 1 GiB is cut off at kMaxToolOutput with a clear error;
//  - a tool past its time limit is killed with its whole process group (an
//    update-grub or dnf grandchild does not keep running);
//  - a replaced file keeps its mode, owner and SELinux context.
#include <QtTest>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <signal.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "system/file_util.h"
#include "system/tool_runner.h"

using namespace zd::helper;

namespace {

bool writeScript(const QString& path, const QByteArray& body) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ExeOwner);
}

bool processAlive(pid_t pid) {
    // A zombie counts as gone: it no longer runs anything.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = stat.readAll();
    return !text.mid(text.lastIndexOf(')') + 2).startsWith('Z');
}

}  // namespace

class SystemTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void toolThatPrintsOneGibibyte() {
        QTemporaryDir tools;
        QVERIFY(
            writeScript(tools.path() + QStringLiteral("/zfs"), "head -c 1073741824 /dev/zero\n"));
        ProcessToolRunner runner({tools.path()});
        QElapsedTimer clock;
        clock.start();
        const ToolResult result =
            runner.run(QStringLiteral("zfs"), {QStringLiteral("get")}, std::chrono::seconds(60));
        qInfo("a tool printing 1 GiB was cut off after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(result.started);
        QVERIFY(result.outputCapped);
        QVERIFY(!result.ok());
        QVERIFY(result.output.size() <= kMaxToolOutput);
        QVERIFY2(result.describeFailure().contains(QLatin1String("printed more than 16 MiB")),
                 qPrintable(result.describeFailure()));
    }

    void timeoutKillsTheWholeProcessGroup() {
        QTemporaryDir tools;
        const QString pidFile = tools.path() + QStringLiteral("/grandchild");
        QVERIFY(writeScript(tools.path() + QStringLiteral("/update-grub"),
                            "sleep 600 &\necho $! > " + QFile::encodeName(pidFile) + "\nwait\n"));
        ProcessToolRunner runner({tools.path()});
        QElapsedTimer clock;
        clock.start();
        const ToolResult result =
            runner.run(QStringLiteral("update-grub"), {}, std::chrono::milliseconds(800));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(result.timedOut);
        QVERIFY2(result.describeFailure().contains(QLatin1String("time limit")),
                 qPrintable(result.describeFailure()));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t grandchild = file.readAll().trimmed().toInt();
        QVERIFY(grandchild > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(grandchild), "the grandchild survived the timeout",
                                  3000);
    }

    void grandchildLeftRunningAfterExitIsKilled() {
        // The tool exits, a daemonised grandchild keeps our pipe open: the
        // run ends shortly after the tool, and the grandchild with it.
        QTemporaryDir tools;
        const QString pidFile = tools.path() + QStringLiteral("/grandchild");
        QVERIFY(writeScript(
            tools.path() + QStringLiteral("/dnf"),
            "sleep 600 &\necho $! > " + QFile::encodeName(pidFile) + "\necho done\nexit 0\n"));
        ProcessToolRunner runner({tools.path()});
        QElapsedTimer clock;
        clock.start();
        const ToolResult result = runner.run(QStringLiteral("dnf"), {}, std::chrono::seconds(30));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(result.ok(), qPrintable(result.describeFailure()));
        QCOMPARE(result.output.trimmed(), QStringLiteral("done"));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t grandchild = file.readAll().trimmed().toInt();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(grandchild), 3000);
    }

    void cleanEnvironmentAndExitStatus() {
        QTemporaryDir tools;
        QVERIFY(writeScript(tools.path() + QStringLiteral("/apt-mark"),
                            "env | sort\necho oops >&2\nexit 3\n"));
        qputenv("LD_PRELOAD", "/nonexistent.so");
        ProcessToolRunner runner({tools.path()});
        const ToolResult result =
            runner.run(QStringLiteral("apt-mark"), {}, std::chrono::seconds(10));
        qunsetenv("LD_PRELOAD");
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.output.contains(QLatin1String("LD_PRELOAD")));
        QVERIFY(result.output.contains(QLatin1String("LC_ALL=C")));
        QCOMPARE(result.errorOutput.trimmed(), QStringLiteral("oops"));
        QVERIFY(result.describeFailure().contains(QLatin1String("exit status 3: oops")));
        // Not an allowed tool, even when present.
        QVERIFY(writeScript(tools.path() + QStringLiteral("/sh"), "exit 0\n"));
        QVERIFY(!ProcessToolRunner({tools.path()})
                     .run(QStringLiteral("sh"), {}, std::chrono::seconds(1))
                     .started);
    }

    void replacedFileKeepsItsIdentity() {
        if (::geteuid() != 0) {
            QSKIP("changing a file's owner needs root");
        }
        QTemporaryDir directory;
        const QString path = directory.path() + QStringLiteral("/grub");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GRUB_DEFAULT=0\n");
        file.close();
        const QByteArray name = QFile::encodeName(path);
        QVERIFY(::chown(name.constData(), 1234, 5678) == 0);
        QVERIFY(::chmod(name.constData(), 0640) == 0);
        const QByteArray label = "system_u:object_r:bootloader_etc_t:s0";
        const bool labelled = ::setxattr(name.constData(), "security.selinux", label.constData(),
                                         label.size() + 1, 0) == 0;
        struct stat before {};
        QVERIFY(::stat(name.constData(), &before) == 0);

        QString error;
        QVERIFY2(writeFileAtomically(path, "GRUB_DEFAULT=\"x\"\n", 0600, &error),
                 qPrintable(error));
        struct stat after {};
        QVERIFY(::stat(name.constData(), &after) == 0);
        QVERIFY(after.st_ino != before.st_ino);  // replaced, atomically
        QCOMPARE(after.st_mode & 07777, 0640u);
        QCOMPARE(after.st_uid, 1234u);
        QCOMPARE(after.st_gid, 5678u);
#ifdef ZD_TEST_HAVE_SELINUX
        if (labelled) {
            char value[256] = {};
            QVERIFY(::getxattr(name.constData(), "security.selinux", value, sizeof value) > 0);
            QCOMPARE(QByteArray(value), label);
        }
#else
        Q_UNUSED(labelled);
#endif
        // A new file gets exactly the mode asked for, whatever the umask.
        const mode_t old = ::umask(0);
        QVERIFY(writeFileAtomically(directory.path() + QStringLiteral("/new"), "x", 0600, &error));
        ::umask(old);
        QCOMPARE(QFileInfo(directory.path() + QStringLiteral("/new")).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        // A symlink is never replaced by a file.
        QVERIFY(QFile::link(path, directory.path() + QStringLiteral("/link")));
        QVERIFY(
            !writeFileAtomically(directory.path() + QStringLiteral("/link"), "y", 0644, &error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SystemTest)
#include "test_system.moc"
