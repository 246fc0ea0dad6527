// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// LiveSource against this machine: files, directories, commands (missing
// tools, exit codes, time limits, crashes, the clean environment) and the
// refusal of hostile sysfs requests. Every answer must land in the log.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "collect/live_source.h"

using namespace zd;

class TestLiveSource : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void readsAFile() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\nwörld\n");
        file.close();
        LiveSource source;
        const Evidence evidence = source.readFile(file.fileName());
        QVERIFY(evidence.ok());
        QCOMPARE(evidence.kind, Evidence::Kind::File);
        QCOMPARE(evidence.key, file.fileName());
        QCOMPARE(evidence.output, QStringLiteral("hello\nw\u00f6rld\n"));
        QCOMPARE(source.log().items().size(), 1);
        QVERIFY(source.isLive());
        QVERIFY(source.description().startsWith(QStringLiteral("this machine (")));
    }

    void readsProcFilesWhoseSizeIsZero() {
        LiveSource source;
        const Evidence evidence = source.readFile(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(evidence.ok());
        QVERIFY(evidence.output.contains(QStringLiteral(" - ")));
    }

    void missingFileIsNotFound() {
        LiveSource source;
        const Evidence evidence = source.readFile(QStringLiteral("/nonexistent/zfs-doctor/file"));
        QCOMPARE(evidence.failure, Evidence::Failure::NotFound);
        QVERIFY(!evidence.message.isEmpty());
        QCOMPARE(source.log().items().size(), 1);
    }

    void unreadableFileIsPermissionDenied() {
        if (::geteuid() == 0) {
            QSKIP("root reads every file regardless of its mode");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        LiveSource source;
        QCOMPARE(source.readFile(path).failure, Evidence::Failure::PermissionDenied);
    }

    void unreadableFileAsUnprivilegedChildIsPermissionDenied() {
        // Root reads everything, so the errno mapping is checked in a child
        // that gives up root before reading a file only root may read.
        if (::geteuid() != 0) {
            QSKIP("covered by unreadableFileIsPermissionDenied when not root");
        }
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner |
                                                      QFileDevice::ExeOther));
        const QString path = dir.filePath(QStringLiteral("secret"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
                ::_exit(100);
            }
            LiveSource source;
            ::_exit(static_cast<int>(source.readFile(path).failure));
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), static_cast<int>(Evidence::Failure::PermissionDenied));
    }

    void refusesDirectoriesAndOversizedFiles() {
        QTemporaryDir dir;
        LiveSource source;
        QCOMPARE(source.readFile(dir.path()).failure, Evidence::Failure::Error);
        const QString big = dir.filePath(QStringLiteral("big"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(LiveSource::kMaxFileBytes + 1));
        file.close();
        const Evidence evidence = source.readFile(big);
        QCOMPARE(evidence.failure, Evidence::Failure::Error);
        QVERIFY(evidence.output.isEmpty());
    }

    void listsDirectoriesSorted() {
        QTemporaryDir dir;
        for (const char* name : {"b", "a", "C"}) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.raw")));
        LiveSource source;
        const Evidence plain = source.listDirectory(dir.path());
        QVERIFY(plain.ok());
        QCOMPARE(plain.kind, Evidence::Kind::Directory);
        QCOMPARE(plain.output, QStringLiteral("C\na\nb\nsub.raw\n"));
        const Evidence typed = source.listDirectoryTyped(dir.path());
        QVERIFY(typed.ok());
        QCOMPARE(typed.key, dir.path() + QLatin1Char('/'));
        QCOMPARE(typed.output, QStringLiteral("C\na\nb\nsub.raw/\n"));
        QCOMPARE(source.listDirectory(dir.filePath(QStringLiteral("none"))).failure,
                 Evidence::Failure::NotFound);
        QCOMPARE(source.log().items().size(), 3);
    }

    void missingToolIsNotFoundNamingIt() {
        LiveSource source;
        const QStringList argv{QStringLiteral("zfs-doctor-no-such-tool"), QStringLiteral("--x")};
        const Evidence evidence = source.run(argv);
        QCOMPARE(evidence.failure, Evidence::Failure::NotFound);
        QVERIFY(evidence.message.contains(QStringLiteral("zfs-doctor-no-such-tool")));
        QCOMPARE(evidence.key, QStringLiteral("zfs-doctor-no-such-tool --x"));
        QCOMPARE(evidence.argv, argv);
        QCOMPARE(source.log().items().size(), 1);
    }

    void refusesRelativeAndEmptyCommands() {
        LiveSource source;
        QCOMPARE(source.run({QStringLiteral("./zfs")}).failure, Evidence::Failure::Error);
        QCOMPARE(source.run({}).failure, Evidence::Failure::Error);
        QCOMPARE(source.run({QStringLiteral("/nonexistent/zfs")}).failure,
                 Evidence::Failure::NotFound);
    }

    void reportsExitCodesAndOutput() {
        LiveSource source;
        const Evidence ok = source.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("echo out; echo err >&2; exit 3")});
        QCOMPARE(ok.failure, Evidence::Failure::None);
        QCOMPARE(ok.exitCode, 3);
        QVERIFY(!ok.ok());
        QCOMPARE(ok.output, QStringLiteral("out\n"));
        QCOMPARE(ok.errorOutput, QStringLiteral("err\n"));
        const Evidence success = source.run({QStringLiteral("true")});
        QVERIFY(success.ok());
    }

    // Only processes that really started are listed, in order, with their time.
    void listsTheProcessesItStarted() {
        LiveSource source;
        source.run({QStringLiteral("zfs-doctor-no-such-tool")});
        source.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 0.2")});
        source.run({QStringLiteral("true")});
        const QList<StartedProcess> started = source.startedProcesses();
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0).argv.value(2), QStringLiteral("sleep 0.2"));
        QVERIFY2(started.at(0).elapsedMs >= 150,
                 qPrintable(QString::number(started.at(0).elapsedMs)));
        QCOMPARE(started.at(1).argv, QStringList{QStringLiteral("true")});
    }

    // runTogether starts every command before waiting: the second command
    // starts while the first still sleeps (each prints when it started and
    // when it ended, so a busy machine cannot make this flaky); answers and
    // records keep the order given, a missing tool among them included.
    void runTogetherOverlapsAndKeepsOrder() {
        LiveSource source;
        const QString script = QStringLiteral("date +%s%N; sleep 2; date +%s%N; echo %1");
        const QStringList first{QStringLiteral("sh"), QStringLiteral("-c"),
                                script.arg(QStringLiteral("first"))};
        const QStringList missing{QStringLiteral("zfs-doctor-no-such-tool")};
        const QStringList second{QStringLiteral("sh"), QStringLiteral("-c"),
                                 script.arg(QStringLiteral("second"))};
        const QList<Evidence> answers = source.runTogether({first, missing, second});
        QCOMPARE(answers.size(), 3);
        const QStringList a = answers.at(0).output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList b = answers.at(2).output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(a.size(), 3);
        QCOMPARE(b.size(), 3);
        QCOMPARE(a.at(2), QStringLiteral("first"));
        QCOMPARE(b.at(2), QStringLiteral("second"));
        QVERIFY2(b.at(0).toLongLong() < a.at(1).toLongLong(),
                 "the second command started only after the first had ended");
        QCOMPARE(answers.at(1).failure, Evidence::Failure::NotFound);
        QCOMPARE(source.log().items().size(), 3);
        QCOMPARE(source.log().items().at(2).key, second.join(QLatin1Char(' ')));
        QCOMPARE(source.startedProcesses().size(), 2);
    }

    // A command started early is the one a later run() with the same argv
    // answers from: it prints the time it started, which is before run() was
    // called; nothing is recorded before it is asked for, and it is listed
    // once among the started processes.
    void startedEarlyAnswersTheLaterRun() {
        LiveSource source;
        const QStringList argv{QStringLiteral("date"), QStringLiteral("+%s%N")};
        source.startEarly({argv});
        QVERIFY(source.log().items().isEmpty());
        QTest::qSleep(300);
        const qint64 asked = QDateTime::currentMSecsSinceEpoch();
        const Evidence answer = source.run(argv);
        QVERIFY(answer.ok());
        const qint64 startedMs = answer.output.trimmed().toLongLong() / 1000000;
        QVERIFY2(startedMs > 0 && startedMs < asked,
                 "run() started the command again instead of taking the early one");
        QCOMPARE(source.log().items().size(), 1);
        QCOMPARE(source.startedProcesses().size(), 1);
        // Asked for again: it runs anew (an early start answers once).
        QVERIFY(source.run(argv).ok());
        QCOMPARE(source.startedProcesses().size(), 2);
    }

    // An early command nobody asks for is listed as started, and stopped
    // with its process group and reaped when the source ends.
    void unusedEarlyCommandIsStoppedWithTheSource() {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        pid_t grandchild = 0;
        {
            LiveSource source;
            source.startEarly({{QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("sleep 30 & echo $! > '%1'; wait").arg(pidFile)}});
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 5000);
            QFile file(pidFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            grandchild = file.readAll().trimmed().toInt();
            QVERIFY(grandchild > 0);
            QCOMPARE(source.startedProcesses().size(), 1);
            QVERIFY(source.log().items().isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(::kill(grandchild, 0) != 0, 2000);
    }

    void noShellInterpretation() {
        LiveSource source;
        const Evidence evidence =
            source.run({QStringLiteral("echo"), QStringLiteral("$HOME;"), QStringLiteral("`id`")});
        QVERIFY(evidence.ok());
        QCOMPARE(evidence.output, QStringLiteral("$HOME; `id`\n"));
    }

    void stdinIsClosed() {
        LiveSource source;
        const Evidence evidence = source.run({QStringLiteral("cat")}, std::chrono::seconds(5));
        QVERIFY(evidence.ok());
        QVERIFY(evidence.output.isEmpty());
    }

    void timeoutKillsTheProcess() {
        LiveSource source;
        QElapsedTimer timer;
        timer.start();
        const Evidence evidence = source.run({QStringLiteral("sleep"), QStringLiteral("5")},
                                             std::chrono::milliseconds(200));
        QCOMPARE(evidence.failure, Evidence::Failure::Timeout);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(evidence.message.contains(QStringLiteral("200 ms")));
    }

    void timeoutAlsoKillsGrandchildren() {
        LiveSource source;
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        const Evidence evidence =
            source.run({QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("sleep 30 & echo $! > '%1'; wait").arg(pidFile)},
                       std::chrono::milliseconds(500));
        QCOMPARE(evidence.failure, Evidence::Failure::Timeout);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t grandchild = file.readAll().trimmed().toInt();
        QVERIFY(grandchild > 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(grandchild, 0) != 0, 2000);
    }

    void crashIsCrashed() {
        LiveSource source;
        const Evidence evidence = source.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
        QCOMPARE(evidence.failure, Evidence::Failure::Crashed);
    }

    void environmentIsClean() {
        qputenv("ZFS_DOCTOR_TEST_LEAK", "secret");
        LiveSource source;
        const Evidence evidence = source.run({QStringLiteral("env")});
        QVERIFY(evidence.ok());
        QStringList lines = evidence.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("LC_ALL=C"),
                                     QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:"
                                                    "/usr/bin:/sbin:/bin")}));
        qunsetenv("ZFS_DOCTOR_TEST_LEAK");
    }

    void findsSbinToolsWithoutSbinInPath() {
        const QByteArray saved = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        LiveSource source;
        const Evidence evidence =
            source.run({QStringLiteral("losetup"), QStringLiteral("--version")});
        qputenv("PATH", saved);
        if (evidence.failure == Evidence::Failure::NotFound) {
            QSKIP("losetup is not installed here");
        }
        QCOMPARE(evidence.failure, Evidence::Failure::None);
        QVERIFY(evidence.output.contains(QStringLiteral("losetup")));
    }

    void refusesHostileBlockAttributes_data() {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("traversal")
            << QStringLiteral("loop0") << QStringLiteral("../../../etc/shadow");
        QTest::newRow("dot") << QStringLiteral("loop0") << QStringLiteral("./ro");
        QTest::newRow("absolute") << QStringLiteral("loop0") << QStringLiteral("/etc/shadow");
        QTest::newRow("not loop") << QStringLiteral("sda") << QStringLiteral("ro");
        QTest::newRow("device traversal") << QStringLiteral("../vda") << QStringLiteral("ro");
        QTest::newRow("empty") << QStringLiteral("loop0") << QString();
        QTest::newRow("bare loop") << QStringLiteral("loop") << QStringLiteral("ro");
        QTest::newRow("newline after device") << QStringLiteral("loop0\n") << QStringLiteral("ro");
        QTest::newRow("newline in attribute") << QStringLiteral("loop0") << QStringLiteral("ro\n");
        QTest::newRow("non-ASCII digit") << QStringLiteral("loop\u0661") << QStringLiteral("ro");
        QTest::newRow("trailing slash") << QStringLiteral("loop0") << QStringLiteral("loop/");
    }
    void refusesHostileBlockAttributes() {
        QFETCH(QString, device);
        QFETCH(QString, attribute);
        LiveSource source;
        const Evidence evidence = source.readBlockAttribute(device, attribute);
        QCOMPARE(evidence.failure, Evidence::Failure::Error);
        QVERIFY(evidence.output.isEmpty());
        QVERIFY(evidence.message.startsWith(QStringLiteral("refusing")));
        QCOMPARE(source.log().items().size(), 1);
    }

    void missingLoopDeviceIsNotFound() {
        LiveSource source;
        const Evidence evidence =
            source.readBlockAttribute(QStringLiteral("loop987654"), QStringLiteral("loop/dio"));
        QCOMPARE(evidence.failure, Evidence::Failure::NotFound);
        QCOMPARE(evidence.key, QStringLiteral("/sys/block/loop987654/loop/dio"));
    }

    void listsLoopDevicesNumerically() {
        LiveSource source;
        const Evidence evidence = source.listLoopDevices();
        QVERIFY(evidence.ok());
        QCOMPARE(evidence.key, QStringLiteral("/sys/block"));
        int previous = -1;
        for (const QString& name : evidence.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY(name.startsWith(QStringLiteral("loop")));
            const int number = name.mid(4).toInt();
            QVERIFY(number > previous);
            previous = number;
            // Only attached devices are listed.
            QVERIFY(QFile::exists(QStringLiteral("/sys/block/%1/loop/backing_file").arg(name)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveSource)
#include "test_live_source.moc"
