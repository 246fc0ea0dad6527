// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor --host` end to end: the built binary against a real sshd on
// 127.0.0.1 (support/sshd_fixture.h).
//
// The CLI runs the system's `ssh` with the user's configuration, as in
// production. The test puts a stand-in `ssh` first on PATH that adds the
// fixture's client configuration (-F: its known_hosts and key) and puts the
// fixture's remote tool directory first on the remote PATH, which is what
// SshdFixture::clientOptions() does for the in-process tests. Everything else
// (the ssh client, sshd, the remote shell, quoting, the journal) is real.
// There is no ZFS here, so the remote `zfs` for the fix tests is a recording
// script, as in test_remote_fix.cpp.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "support/fake_tools.h"
#include "support/sshd_fixture.h"

using namespace zd;
using zd::test::invocations;
using zd::test::readAll;
using zd::test::writeExecutable;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The facts of a `scan --json` without what legitimately differs between two
// scans of the same machine: the instant (collected_at) and the notes' prose,
// which names the source ("... on root@127.0.0.1:2222"); each note's
// collector, code and evidence key are kept.
QJsonObject comparableFacts(QJsonObject facts) {
    facts.remove(QStringLiteral("collected_at"));
    QJsonArray notes;
    for (const QJsonValue& value : facts.value(QStringLiteral("notes")).toArray()) {
        QJsonObject note = value.toObject();
        note.remove(QStringLiteral("message"));
        notes.append(note);
    }
    facts[QStringLiteral("notes")] = notes;
    return facts;
}

// Each finding's problem and status, in order.
QStringList findingStatuses(const QJsonObject& scan) {
    QStringList result;
    for (const QJsonValue& value : scan.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        QString id;
        for (const QString& key :
             {QStringLiteral("problem_id"), QStringLiteral("problem"), QStringLiteral("id")}) {
            if (finding.value(key).isString()) {
                id = finding.value(key).toString();
                break;
            }
        }
        result << id + QLatin1Char('=') + finding.value(QStringLiteral("status")).toString();
    }
    return result;
}

}  // namespace

class TestCliRemote : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void hostConflictsWithSnapshotAndDemo();
    void remoteScanEqualsLocalScan();
    void remoteCaptureReplaysToTheSameScan();
    void unreachableHostFailsInBoundedTime();
    void remoteFixHistoryUndo();
    void remoteFixNeedsYesWithoutTerminal();
    void nonDatasetFixIsRefusedWithoutRunningAnything();
    void probeIsRefused();

  private:
    Run run(const QStringList& arguments) const;
    QString calls() const { return m_sshd.directory() + QStringLiteral("/zfs-calls"); }
    QString state() const { return m_sshd.directory() + QStringLiteral("/zfs-state"); }
    QString fakeZfs() const { return m_sshd.remoteBinDirectory() + QStringLiteral("/zfs"); }
    void installFakeZfs();
    QList<QStringList> setOrInheritCalls() const {
        QList<QStringList> result;
        for (const QStringList& argv : invocations(calls())) {
            if (argv.value(0) == QLatin1String("set") ||
                argv.value(0) == QLatin1String("inherit")) {
                result << argv;
            }
        }
        return result;
    }

    test::SshdFixture m_sshd;
    QTemporaryDir m_work;
    QString m_binary;
};

void TestCliRemote::initTestCase() {
    m_binary = QStringLiteral(ZD_BINARY_DIR "/app/cli/zfs-doctor");
    QVERIFY2(QFile::exists(m_binary), "build the zfs-doctor target first");
    QVERIFY(m_work.isValid());
    QString error;
    QVERIFY2(m_sshd.start(&error), qPrintable(error));

    // The stand-in ssh (see the top of this file).
    const QString config = m_sshd.clientOptions().configFile;
    QVERIFY(QDir().mkpath(m_work.path() + QStringLiteral("/bin")));
    QVERIFY(writeExecutable(m_work.path() + QStringLiteral("/bin/ssh"),
                            "#!/bin/sh\n"
                            "p=\"PATH='/usr/local/sbin:\"\n"
                            "n=$#\n"
                            "for a in \"$@\"; do\n"
                            "  case $a in\n"
                            "  *\"$p\"*) a=${a%%\"$p\"*}\"PATH='" +
                                m_sshd.remoteBinDirectory().toUtf8() +
                                ":/usr/local/sbin:\"${a#*\"$p\"} ;;\n"
                                "  esac\n"
                                "  set -- \"$@\" \"$a\"\n"
                                "done\n"
                                "shift \"$n\"\n"
                                "exec /usr/bin/ssh -F '" +
                                config.toUtf8() + "' \"$@\"\n"));
}

void TestCliRemote::cleanupTestCase() {
    m_sshd.stop();
}

void TestCliRemote::init() {
    // Only the fix tests put a fake zfs on the remote: the scan comparisons
    // must see the same (absent) tools as the local scan.
    QFile::remove(fakeZfs());
    QFile::remove(calls());
}

Run TestCliRemote::run(const QStringList& arguments) const {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), m_work.path() + QStringLiteral("/bin:") +
                                                   environment.value(QStringLiteral("PATH")));
    // The desktop remote journal goes here, not into the real home.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_work.path() + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());  // not a terminal
    QElapsedTimer timer;
    timer.start();
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("zfs-doctor did not finish");
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliRemote::installFakeZfs() {
    // get / set / inherit of `direct` on tank/ext only, zfs(8)'s message for
    // any other dataset; every argv is recorded.
    const QByteArray dir = m_sshd.directory().toUtf8();
    QVERIFY(writeExecutable(fakeZfs(),
                            "#!/bin/sh\n"
                            "for a in \"$@\"; do printf '%s\\0' \"$a\"; done >> " +
                                dir +
                                "/zfs-calls\n"
                                "printf '\\n' >> " +
                                dir +
                                "/zfs-calls\n"
                                "ds=$(eval echo \\${$#})\n"
                                "if [ \"$ds\" != tank/ext ]; then echo \"cannot open "
                                "'$ds': dataset does not exist\" >&2; exit 1; fi\n"
                                "case \"$1\" in\n"
                                "get) cat " +
                                dir +
                                "/zfs-state ;;\n"
                                "set) printf '%s\\tlocal\\n' \"${2#direct=}\" > " +
                                dir +
                                "/zfs-state ;;\n"
                                "inherit) printf 'standard\\tdefault\\n' > " +
                                dir +
                                "/zfs-state ;;\n"
                                "*) exit 2 ;;\n"
                                "esac\n"));
    QFile file(state());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("standard\tdefault\n");
}

void TestCliRemote::hostConflictsWithSnapshotAndDemo() {
    const QString snapshot = m_work.path() + QStringLiteral("/none.json");
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("--snapshot"),
                      snapshot, QStringLiteral("scan")},
          QStringList{QStringLiteral("scan"), QStringLiteral("--demo=healthy-fedora41"),
                      QStringLiteral("--host=") + m_sshd.hostSpec()},
          // Hostile or empty host specs never reach ssh.
          QStringList{QStringLiteral("--host=-oProxyCommand=touch /tmp/x"), QStringLiteral("scan")},
          QStringList{QStringLiteral("--host="), QStringLiteral("scan")},
          QStringList{QStringLiteral("scan"), QStringLiteral("--host")}}) {
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 2,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("--host")), qPrintable(result.err));
    }
}

void TestCliRemote::remoteScanEqualsLocalScan() {
    // Loop devices attached by tests running in parallel can change between
    // the two scans; a real difference fails every attempt.
    QJsonObject remote, local;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Run remoteRun = run({QStringLiteral("--host"), m_sshd.hostSpec(),
                                   QStringLiteral("scan"), QStringLiteral("--json")});
        const Run localRun = run({QStringLiteral("scan"), QStringLiteral("--json")});
        QVERIFY2(remoteRun.exitCode == 0 || remoteRun.exitCode == 1, qPrintable(remoteRun.err));
        QCOMPARE(remoteRun.exitCode, localRun.exitCode);
        remote = parseObject(remoteRun.out);
        local = parseObject(localRun.out);
        if (comparableFacts(remote.value(QStringLiteral("facts")).toObject()) ==
            comparableFacts(local.value(QStringLiteral("facts")).toObject())) {
            break;
        }
    }
    QVERIFY(!remote.isEmpty());
    QCOMPARE(comparableFacts(remote.value(QStringLiteral("facts")).toObject()),
             comparableFacts(local.value(QStringLiteral("facts")).toObject()));
    QCOMPARE(findingStatuses(remote), findingStatuses(local));
    QVERIFY(!findingStatuses(remote).isEmpty());
    QCOMPARE(remote.value(QStringLiteral("summary")).toObject(),
             local.value(QStringLiteral("summary")).toObject());
    QVERIFY2(remote.value(QStringLiteral("source")).toString().contains(QLatin1String("127.0.0.1")),
             qPrintable(remote.value(QStringLiteral("source")).toString()));
}

void TestCliRemote::remoteCaptureReplaysToTheSameScan() {
    const QString file = m_work.path() + QStringLiteral("/remote-capture.json");
    const Run capture = run({QStringLiteral("capture"), file, QStringLiteral("--host"),
                             m_sshd.hostSpec(), QStringLiteral("--force")});
    QVERIFY2(capture.exitCode == 0, qPrintable(capture.err));
    const QJsonObject written = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(written.value(QStringLiteral("origin")).toString(),
             QStringLiteral("captured over ssh %1 by zfs-doctor %2")
                 .arg(m_sshd.hostSpec(), QLatin1String(ZD_VERSION)));

    const Run replay =
        run({QStringLiteral("--snapshot"), file, QStringLiteral("scan"), QStringLiteral("--json")});
    QVERIFY2(replay.exitCode == 0 || replay.exitCode == 1, qPrintable(replay.err));
    const QJsonObject scan = parseObject(replay.out);
    // The facts re-derived from the recorded evidence are the facts the
    // remote scan stored, to the letter.
    QCOMPARE(scan.value(QStringLiteral("facts")).toObject(),
             written.value(QStringLiteral("facts")).toObject());

    const Run live = run({QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("scan"),
                          QStringLiteral("--json")});
    QCOMPARE(replay.exitCode, live.exitCode);
    QCOMPARE(findingStatuses(scan), findingStatuses(parseObject(live.out)));
}

void TestCliRemote::unreachableHostFailsInBoundedTime() {
    // Nothing listening: refused at once.
    const Run refused =
        run({QStringLiteral("--host"), QStringLiteral("127.0.0.1:%1").arg(test::freeLocalPort()),
             QStringLiteral("scan")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QLatin1String("refused")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.elapsedMs < 15000, qPrintable(QString::number(refused.elapsedMs)));

    // A peer that accepts TCP and never speaks: the production
    // ConnectTimeout (15 s) bounds it.
    test::SilentListener silent;
    QVERIFY(silent.isValid());
    const Run stalled =
        run({QStringLiteral("--host"), QStringLiteral("127.0.0.1:%1").arg(silent.port()),
             QStringLiteral("capture"), m_work.path() + QStringLiteral("/x.json")});
    QCOMPARE(stalled.exitCode, 3);
    QVERIFY2(stalled.err.contains(QLatin1String("in time")), qPrintable(stalled.err));
    QVERIFY2(stalled.elapsedMs < 40000, qPrintable(QString::number(stalled.elapsedMs)));
    QVERIFY(!QFile::exists(m_work.path() + QStringLiteral("/x.json")));
}

void TestCliRemote::remoteFixHistoryUndo() {
    installFakeZfs();
    const QString host = m_sshd.hostSpec();
    const Run fix =
        run({QStringLiteral("--host"), host, QStringLiteral("fix"),
             QStringLiteral("dataset-direct-disabled"), QStringLiteral("--target"),
             QStringLiteral("tank/ext"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(fix.exitCode == 0, qPrintable(fix.err));
    // The review (on stderr with --json) shows the exact remote command.
    QVERIFY2(fix.err.contains(QLatin1String("remote command: zfs set direct=disabled tank/ext")),
             qPrintable(fix.err));
    QCOMPARE(setOrInheritCalls(),
             (QList<QStringList>{{QStringLiteral("set"), QStringLiteral("direct=disabled"),
                                  QStringLiteral("tank/ext")}}));
    const QJsonObject entry = parseObject(fix.out);
    const QString id = entry.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(entry.value(QStringLiteral("host")).toString(), host);
    QCOMPARE(readAll(state()), QByteArray("disabled\tlocal\n"));
    // The journal is on this machine, under XDG_DATA_HOME.
    QVERIFY(QFile::exists(m_work.path() + QStringLiteral("/data/zfs-doctor/remote-journal")));

    const Run history =
        run({QStringLiteral("--host"), host, QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    const QJsonArray changes = parseObject(history.out).value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    const Run text = run({QStringLiteral("--host"), host, QStringLiteral("history")});
    QVERIFY2(text.out.contains(id) && text.out.contains(QLatin1String("tank/ext")),
             qPrintable(text.out));
    // Another host's history does not list it (and nothing connects there).
    const Run other = run({QStringLiteral("--host"), QStringLiteral("admin@elsewhere"),
                           QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(parseObject(other.out).value(QStringLiteral("changes")).toArray().isEmpty());

    const Run undo = run({QStringLiteral("undo"), id, QStringLiteral("--host"), host});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err + undo.out));
    QVERIFY2(undo.out.contains(QLatin1String("zfs inherit direct tank/ext")), qPrintable(undo.out));
    QCOMPARE(setOrInheritCalls().last(),
             (QStringList{QStringLiteral("inherit"), QStringLiteral("direct"),
                          QStringLiteral("tank/ext")}));
    QCOMPARE(readAll(state()), QByteArray("standard\tdefault\n"));
    const Run again = run({QStringLiteral("undo"), id, QStringLiteral("--host"), host});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(QLatin1String("already undone")), qPrintable(again.err));
    QCOMPARE(setOrInheritCalls().size(), 2);

    // A dataset that does not exist: the remote says so, nothing is set.
    const Run missing = run({QStringLiteral("--host"), host, QStringLiteral("fix"),
                             QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/nope"),
                             QStringLiteral("--yes")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
    QCOMPARE(setOrInheritCalls().size(), 2);
}

void TestCliRemote::remoteFixNeedsYesWithoutTerminal() {
    installFakeZfs();
    const Run fix = run({QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("fix"),
                         QStringLiteral("dataset-direct-disabled"), QStringLiteral("tank/ext")});
    QCOMPARE(fix.exitCode, 2);
    QVERIFY2(fix.out.contains(QLatin1String("zfs set direct=disabled tank/ext")),
             qPrintable(fix.out));
    QVERIFY2(fix.err.contains(QLatin1String("--yes")), qPrintable(fix.err));
    QVERIFY(setOrInheritCalls().isEmpty());
    QCOMPARE(readAll(state()), QByteArray("standard\tdefault\n"));
}

void TestCliRemote::nonDatasetFixIsRefusedWithoutRunningAnything() {
    installFakeZfs();
    for (const QString& remedy :
         {QStringLiteral("kernel-pin"), QStringLiteral("sysext-dropin"),
          QStringLiteral("zfs-dio-disable"), QStringLiteral("loop-dio-off")}) {
        const Run fix = run({QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("fix"),
                             remedy, QStringLiteral("--yes")});
        QVERIFY2(fix.exitCode == 2, qPrintable(remedy + QStringLiteral(": ") + fix.err));
        QVERIFY2(fix.err.contains(QLatin1String("only changes dataset properties")),
                 qPrintable(fix.err));
        // This machine is not TrueNAS: the guidance points at the local helper.
        QVERIFY2(fix.err.contains(QLatin1String("not made over --host")), qPrintable(fix.err));
    }
    // zfs was never run on the remote, let alone asked to change anything.
    QVERIFY(invocations(calls()).isEmpty());
    // An unknown remedy is a usage error before any connection.
    const Run unknown = run({QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("fix"),
                             QStringLiteral("no-such-remedy"), QStringLiteral("--yes")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(invocations(calls()).isEmpty());
}

void TestCliRemote::probeIsRefused() {
    const Run probe = run({QStringLiteral("--host"), m_sshd.hostSpec(), QStringLiteral("probe"),
                           QStringLiteral("odirect-alignment"), QStringLiteral("tank/ext")});
    QCOMPARE(probe.exitCode, 2);
    QVERIFY2(probe.err.contains(QLatin1String("privileged helper")), qPrintable(probe.err));
}

QTEST_GUILESS_MAIN(TestCliRemote)
#include "test_cli_remote.moc"
