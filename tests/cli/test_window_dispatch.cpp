// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor` without a command opens the window when a display exists and
// stays a command-line tool otherwise: the decision (pure function) and the
// real binary taking the window path: it executes the window program
// zfs-doctor-window, and says so clearly when that is missing.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "window_dispatch.h"

using zd::cli::shouldOpenWindow;

class WindowDispatchTest : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void decision_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("display");
        QTest::addColumn<bool>("window");
        const QString demo = QStringLiteral("--demo");
        QTest::newRow("nothing, display") << QStringList{} << true << true;
        QTest::newRow("nothing, no display") << QStringList{} << false << false;
        QTest::newRow("demo name")
            << QStringList{demo, QStringLiteral("truenas-scale")} << true << true;
        QTest::newRow("demo=name")
            << QStringList{QStringLiteral("--demo=truenas-scale")} << true << true;
        QTest::newRow("demo list") << QStringList{demo, QStringLiteral("list")} << true << false;
        QTest::newRow("demo=list") << QStringList{QStringLiteral("--demo=list")} << true << false;
        QTest::newRow("snapshot") << QStringList{QStringLiteral("--snapshot"),
                                                 QStringLiteral("scan")}
                                  << true << true;  // a file named "scan" is a value, not a command
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("root@nas")}
                              << true << true;
        QTest::newRow("dark") << QStringList{QStringLiteral("--dark")} << true << true;
        QTest::newRow("demo and dark")
            << QStringList{demo, QStringLiteral("truenas-scale"), QStringLiteral("--dark")} << true
            << true;
        QTest::newRow("command") << QStringList{QStringLiteral("scan")} << true << false;
        QTest::newRow("command after demo")
            << QStringList{demo, QStringLiteral("truenas-scale"), QStringLiteral("scan")} << true
            << false;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true << false;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true << false;
        QTest::newRow("json") << QStringList{QStringLiteral("--json")} << true << false;
        QTest::newRow("verbose") << QStringList{QStringLiteral("-v")} << true << false;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << true << false;
    }
    void decision() {
        QFETCH(QStringList, arguments);
        QFETCH(bool, display);
        QFETCH(bool, window);
        QCOMPARE(shouldOpenWindow(arguments, display), window);
    }

    // Without a display the binary prints its help, which names the window.
    void noDisplayPrintsHelp() {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ZD_CLI_BINARY), {});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("Usage: zfs-doctor")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("opens its window")));
    }

    // With a display, the same binary runs the window: its screenshot tour
    // over a demo writes PNGs of the pages and exits.
    void displayOpensWindow() {
        QTemporaryDir shots;
        QVERIFY(shots.isValid());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":zfs-doctor-test"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ZD_CLI_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("problem1-sysext-fedora41"),
                       QStringLiteral("--screenshot-tour"), shots.path()});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QStringList pngs =
            QDir(shots.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pngs.size() >= 3, qPrintable(pngs.join(QLatin1Char(' '))));
        QVERIFY(std::any_of(pngs.cbegin(), pngs.cend(), [](const QString& name) {
            return name.contains(QLatin1String("overview"));
        }));
    }

    // An installed `zfs-doctor` (a copy in DIR/bin) finds the window program
    // in the installation's libexec directory.
    void installedWindowProgram() {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QString binary = installCliCopy(prefix.path());
        QVERIFY(!binary.isEmpty());
        const QString libexec = QDir::cleanPath(
            prefix.filePath(QStringLiteral("bin/") + QStringLiteral(ZD_LIBEXEC_FROM_BINDIR)));
        QVERIFY(QDir().mkpath(libexec));
        // A link is enough: the window does not look at where it was started from.
        QVERIFY(QFile::link(QStringLiteral(ZD_WINDOW_BINARY),
                            libexec + QStringLiteral("/zfs-doctor-window")));
        const QString shots = prefix.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(shots));
        QProcess process;
        runWithDisplay(&process, binary, shots);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(!QDir(shots).isEmpty());
    }

    // A `zfs-doctor` with no window program beside it and none installed (a
    // CLI-only copy) refuses the window with a clear message and exit code 2
    // instead of opening it or failing obscurely.
    void missingWindowProgram() {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QString binary = installCliCopy(prefix.path());
        QVERIFY(!binary.isEmpty());
        const QString shots = prefix.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(shots));
        QProcess process;
        runWithDisplay(&process, binary, shots);
        const QString expectedPath = QDir::cleanPath(
            prefix.filePath(QStringLiteral("bin/") + QStringLiteral(ZD_LIBEXEC_FROM_BINDIR) +
                            QStringLiteral("/zfs-doctor-window")));
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral("zfs-doctor: the window is not installed (%1); use a command, "
                                "see --help\n")
                     .arg(expectedPath));
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(QDir(shots).isEmpty());
    }

  private:
    // Copies the built `zfs-doctor` to PREFIX/bin (a copy, not a link: it
    // looks for the window relative to its own file). Returns its path.
    static QString installCliCopy(const QString& prefix) {
        const QString bin = prefix + QStringLiteral("/bin");
        const QString copy = bin + QStringLiteral("/zfs-doctor");
        if (!QDir().mkpath(bin) || !QFile::copy(QStringLiteral(ZD_CLI_BINARY), copy) ||
            !QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner)) {
            return {};
        }
        return copy;
    }

    // Runs BINARY as the window would be asked for: a display, no command.
    static void runWithDisplay(QProcess* process, const QString& binary, const QString& shots) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":zfs-doctor-test"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(environment);
        process->start(binary,
                       {QStringLiteral("--demo"), QStringLiteral("problem1-sysext-fedora41"),
                        QStringLiteral("--screenshot-tour"), shots});
        QVERIFY(process->waitForFinished(120000));
    }
};

QTEST_GUILESS_MAIN(WindowDispatchTest)
#include "test_window_dispatch.moc"
