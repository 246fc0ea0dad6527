// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The remote programs and their parsers, without SSH: the command lines are
// handed to local shells exactly as sshd hands them to the login shell
// (`$SHELL -c LINE`), so quoting is tested against real shells, and the
// parsers are fed broken and hostile answers.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "remote/remote_protocol.h"
#include "remote/shell_quote.h"

using namespace zd;

namespace {

QByteArray runShell(const QString& shell, const QString& line, int* exitCode = nullptr) {
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(shell, {QStringLiteral("-c"), line});
    process.waitForFinished(30000);
    if (exitCode) {
        *exitCode = process.exitCode();
    }
    return process.readAllStandardOutput();
}

QStringList loginShells() {
    QStringList shells;
    for (const char* name : {"dash", "bash", "zsh", "ksh", "mksh", "busybox"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty() && QLatin1String(name) != QLatin1String("busybox")) {
            shells << path;
        }
    }
    return shells;
}

const QStringList& hostileWords() {
    static const QStringList words{
        QStringLiteral("plain"),     QStringLiteral("it's"),     QStringLiteral("''"),
        QStringLiteral("'\\''"),     QStringLiteral("$(id)"),    QStringLiteral("`id`"),
        QStringLiteral("${HOME}"),   QStringLiteral("a b\tc"),   QStringLiteral("x\ny"),
        QStringLiteral(";|&<>"),     QStringLiteral("\\"),       QStringLiteral("\"q\""),
        QStringLiteral("*?[a]"),     QStringLiteral("~root"),    QStringLiteral("-n"),
        QStringLiteral("!!"),        QStringLiteral("#comment"), QString(),
        QStringLiteral("ünïcødé ✓"), QStringLiteral("%s%n"),     QStringLiteral("a=b"),
    };
    return words;
}

}  // namespace

class TestRemoteProtocol : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void quoteRoundTripsThroughRealShells();
    void quoteRejectsNul();
    void runWrapperPassesArgvExactly();
    void runWrapperReportsMissingTool();
    void runOutputParsing();
    void readProgramReturnsExactBytes();
    void readOutputRejectsBrokenAnswers();
};

void TestRemoteProtocol::quoteRoundTripsThroughRealShells() {
    const QStringList shells = loginShells();
    QVERIFY(!shells.isEmpty());
    for (const QString& shell : shells) {
        for (const QString& word : hostileWords()) {
            const QString line = QStringLiteral("printf '%s' ") + *shellQuote(word);
            QCOMPARE(QString::fromUtf8(runShell(shell, line)), word);
        }
        // Many words in one line stay separate words.
        QStringList argv{QStringLiteral("printf"), QStringLiteral("[%s]")};
        argv << hostileWords();
        QString expected;
        for (const QString& word : hostileWords()) {
            expected += QLatin1Char('[') + word + QLatin1Char(']');
        }
        QCOMPARE(QString::fromUtf8(runShell(shell, *shellCommandLine(argv))), expected);
    }
}

void TestRemoteProtocol::quoteRejectsNul() {
    QVERIFY(!shellQuote(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")));
    QVERIFY(!shellCommandLine({QStringLiteral("x"), QString(QChar(u'\0'))}));
    QCOMPARE(*shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(*shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

void TestRemoteProtocol::runWrapperPassesArgvExactly() {
    for (const QString& shell : loginShells()) {
        QStringList argv{QStringLiteral("printf"), QStringLiteral("<%s>")};
        argv << hostileWords();
        const auto line =
            remoteRunCommandLine(argv, QStringLiteral("/usr/bin:/bin"), std::chrono::seconds(10));
        QVERIFY(line);
        const RemoteRunOutput output = parseRemoteRunOutput(runShell(shell, *line));
        QCOMPARE(output.status, RemoteRunOutput::Status::Ran);
        QCOMPARE(output.exitCode, 0);
        QString expected;
        for (const QString& word : hostileWords()) {
            expected += QLatin1Char('<') + word + QLatin1Char('>');
        }
        QCOMPARE(QString::fromUtf8(output.output), expected);
    }
}

void TestRemoteProtocol::runWrapperReportsMissingTool() {
    const QString shell = loginShells().first();
    auto parse = [&](const QStringList& argv) {
        return parseRemoteRunOutput(
            runShell(shell, *remoteRunCommandLine(argv, QStringLiteral("/usr/bin:/bin"),
                                                  std::chrono::seconds(10))));
    };
    QCOMPARE(parse({QStringLiteral("zd-no-such-tool")}).status, RemoteRunOutput::Status::NotFound);
    QCOMPARE(parse({QStringLiteral("/nonexistent/tool")}).status,
             RemoteRunOutput::Status::NotFound);
    QCOMPARE(parse({QStringLiteral("/etc/os-release")}).status,
             RemoteRunOutput::Status::PermissionDenied);
    const RemoteRunOutput failing =
        parse({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf x; exit 7")});
    QCOMPARE(failing.status, RemoteRunOutput::Status::Ran);
    QCOMPARE(failing.exitCode, 7);
    QCOMPARE(failing.output, QByteArray("x"));
    // The environment is clean: only what the wrapper sets.
    const RemoteRunOutput env = parse({QStringLiteral("env")});
    QVERIFY(env.output.contains("LC_ALL=C"));
    QVERIFY(!env.output.contains("HOME="));
}

void TestRemoteProtocol::runOutputParsing() {
    using S = RemoteRunOutput::Status;
    QCOMPARE(parseRemoteRunOutput("").status, S::Garbled);
    QCOMPARE(parseRemoteRunOutput("Welcome to TrueNAS\n").status, S::Garbled);
    QCOMPARE(parseRemoteRunOutput("zd-start\nhalf an out").status, S::Truncated);
    const RemoteRunOutput chatty =
        parseRemoteRunOutput("bashrc says hi\nzd-start\nout\nzd-exit 0\n");
    QCOMPARE(chatty.status, S::Ran);
    QCOMPARE(chatty.output, QByteArray("out"));
    // A program printing a fake trailer is still followed by the real one.
    const RemoteRunOutput forged = parseRemoteRunOutput("zd-start\nout\nzd-exit 0\n\nzd-exit 2\n");
    QCOMPARE(forged.status, S::Ran);
    QCOMPARE(forged.exitCode, 2);
    QCOMPARE(forged.output, QByteArray("out\nzd-exit 0\n"));
    QCOMPARE(parseRemoteRunOutput("zd-start\n\nzd-exit 124\n").status, S::TimedOut);
    QCOMPARE(parseRemoteRunOutput("zd-start\nzd-notfound\n").status, S::NotFound);
    // "zd-notfound" printed by a program is its output, not our status.
    const RemoteRunOutput printed = parseRemoteRunOutput("zd-start\nzd-notfound\n\nzd-exit 0\n");
    QCOMPARE(printed.status, S::Ran);
    QCOMPARE(printed.output, QByteArray("zd-notfound\n"));
}

void TestRemoteProtocol::readProgramReturnsExactBytes() {
    QTemporaryDir dir;
    const QByteArray tricky("zd-end ok\nzd-done\n\x01\xff binary\r\n no final newline");
    const QString name = dir.path() + QStringLiteral("/it's $(id)\nfile");
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tricky);
    file.close();
    QFile empty(dir.path() + QStringLiteral("/empty"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QList<RemoteReadRequest> requests{
        {RemoteReadRequest::Kind::File, name},
        {RemoteReadRequest::Kind::File, dir.path() + QStringLiteral("/empty")},
        {RemoteReadRequest::Kind::File, dir.path() + QStringLiteral("/missing")},
        {RemoteReadRequest::Kind::File, dir.path()},
        {RemoteReadRequest::Kind::Directory, dir.path()},
        {RemoteReadRequest::Kind::TypedDirectory, QStringLiteral("/etc/ssh")},
        {RemoteReadRequest::Kind::Directory, name},
        // Every file of the directory: the loop over them must survive the
        // reads it makes (POSIX sh functions share variables).
        {RemoteReadRequest::Kind::DirectoryWithFiles, dir.path()},
    };
    for (const QString& shell : loginShells()) {
        QString error;
        const auto items =
            parseRemoteReadOutput(runShell(shell, *remoteReadCommandLine(requests)), &error);
        QVERIFY2(items, qPrintable(error));
        QCOMPARE(items->size(), requests.size() + 2);  // + the two files of the last request
        using St = RemoteReadItem::Status;
        QCOMPARE(items->at(0).path, name);
        QCOMPARE(items->at(0).status, St::Ok);
        QCOMPARE(items->at(0).data, tricky);
        QCOMPARE(items->at(1).status, St::Ok);
        QCOMPARE(items->at(1).data, QByteArray());
        QCOMPARE(items->at(2).status, St::NotFound);
        QCOMPARE(items->at(3).status, St::IsADirectory);
        QCOMPARE(items->at(4).status, St::Ok);
        QList<QByteArray> names = items->at(4).data.split('\0');
        names.removeAll(QByteArray());
        std::sort(names.begin(), names.end());
        QCOMPARE(names, (QList<QByteArray>{"empty", "it's $(id)\nfile"}));
        QCOMPARE(items->at(5).kind, RemoteReadItem::Kind::TypedDirectory);
        QVERIFY(items->at(5).data.contains("sshd_config.d/"));
        QCOMPARE(items->at(6).status, St::NotADirectory);
        QCOMPARE(items->at(7).kind, RemoteReadItem::Kind::Directory);
        QStringList filesRead{items->at(8).path, items->at(9).path};
        filesRead.sort();
        QCOMPARE(filesRead, (QStringList{dir.path() + QStringLiteral("/empty"), name}));
        QCOMPARE(items->at(8).kind, RemoteReadItem::Kind::File);
    }
}

void TestRemoteProtocol::readOutputRejectsBrokenAnswers() {
    QString error;
    QVERIFY(!parseRemoteReadOutput("", &error));
    QVERIFY(!parseRemoteReadOutput("zd-item f\n2f\nzd-data\n41\n", &error));             // no end
    QVERIFY(!parseRemoteReadOutput("zd-item f\n2f\nzd-data\n41\nzd-end ok\n", &error));  // no done
    QVERIFY(!parseRemoteReadOutput("zd-item f\nzz\nzd-data\nzd-end ok\nzd-done\n", &error));
    QVERIFY(!parseRemoteReadOutput("zd-item f\n2f\nzd-data\n4\nzd-end ok\nzd-done\n", &error));
    QVERIFY(!parseRemoteReadOutput("zd-item x\n2f\nzd-data\nzd-end ok\nzd-done\n", &error));
    QVERIFY(!parseRemoteReadOutput("zd-item f\n2f\nzd-data\nzd-end maybe\nzd-done\n", &error));
    QVERIFY(!parseRemoteReadOutput("zd-done\nextra\n", &error));
    // Startup-file chatter before the program's first line is skipped...
    const auto chatter =
        parseRemoteReadOutput("Welcome!\nzd-item f\n2f\nzd-data\n41\nzd-end ok\nzd-done\n", &error);
    QVERIFY2(chatter, qPrintable(error));
    QCOMPARE(chatter->first().data, QByteArray("A"));
    // ...but an answer that never starts is not accepted.
    QVERIFY(!parseRemoteReadOutput("motd line\nno answer\n", &error));
    QVERIFY(!parseRemoteReadOutput(" 2f 61\n", &error));
    const auto ok =
        parseRemoteReadOutput("zd-item f\n 2f 61\nzd-data\n 68 69\nzd-end ok\nzd-done\n", &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(ok->first().path, QStringLiteral("/a"));
    QCOMPARE(ok->first().data, QByteArray("hi"));
}

QTEST_GUILESS_MAIN(TestRemoteProtocol)
#include "test_remote_protocol.moc"
