// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// RemoteSource against a real sshd on 127.0.0.1: scanning this machine over
// SSH must give the same facts and the same evidence as scanning it locally.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <spdlog/spdlog.h>

#include "collect/collect.h"
#include "collect/live_source.h"
#include "collect/source_requests.h"
#include "remote/remote_source.h"
#include "remote/remote_target.h"
#include "snapshot/snapshot.h"
#include "support/fake_tools.h"
#include "support/sshd_fixture.h"

using namespace zd;
using zd::test::writeExecutable;

namespace {

// Evidence compared field by field, except `message`: it is prose for people
// and names the source ("... on root@127.0.0.1:2222", "searched $PATH").
void compareEvidence(const Evidence& remote, const Evidence& local) {
    if (remote.failure != local.failure) {
        qWarning("%s: remote '%s' / local '%s'", qPrintable(local.key), qPrintable(remote.message),
                 qPrintable(local.message));
    }
    QCOMPARE(remote.kind, local.kind);
    QCOMPARE(remote.key, local.key);
    QCOMPARE(remote.argv, local.argv);
    QCOMPARE(failureName(remote.failure), failureName(local.failure));
    QCOMPARE(remote.exitCode, local.exitCode);
    QCOMPARE(remote.output, local.output);
    QCOMPARE(remote.errorOutput, local.errorOutput);
}

// Evidence whose text changes between two reads a second apart on the same
// machine. The kernel log grows (sshd's own logins can add lines) and
// `journalctl` reports on itself; their facts are still compared.
// The kernel log is also read differently: this machine reads /dev/kmsg
// (File evidence), a remote one runs `dmesg` (no /dev/kmsg over SSH); both
// replay to the same kernel-log facts, which are compared.
bool isKernelLog(const Evidence& evidence) {
    if (evidence.kind == Evidence::Kind::File) {
        return evidence.key == kernelRingBufferEvidenceKey();
    }
    return evidence.kind == Evidence::Kind::Command &&
           (evidence.argv.value(0) == QLatin1String("dmesg") ||
            evidence.argv.value(0) == QLatin1String("journalctl"));
}

QString runLocal(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

}  // namespace

class TestRemoteSource : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanGivesTheSameFactsAsLocal();
    void remoteCaptureReplaysToTheSameFacts();
    void scanRoundTripsDoNotGrowWithDatasets();
    void hostileFileNamesAreReadExactly();
    void hostileArgumentsArriveExactly();
    void commandResultsMatchLocal();
    void missingCommandIsNotFoundLikeLocal();
    void remoteCommandTimeoutIsReported();
    void controlDirectoryIsRemovedOnClose();

  private:
    std::unique_ptr<RemoteSource> connect();
    test::SshdFixture m_sshd;
    QString m_loopDevice;
    QTemporaryDir m_loopDir;
};

void TestRemoteSource::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
             "openssh-server is a test dependency (packaging/install-build-deps.sh)");
    QString error;
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
    // A loop device of our own, so the loop collector has something to compare.
    // Without root or loop support the comparison runs over an empty list.
    const QString image = m_loopDir.path() + QStringLiteral("/image with space.img");
    QFile file(image);
    if (file.open(QIODevice::WriteOnly) && file.resize(4 * 1024 * 1024)) {
        file.close();
        m_loopDevice = runLocal(QStringLiteral("losetup"),
                                {QStringLiteral("-f"), QStringLiteral("--show"), image});
    }
}

void TestRemoteSource::cleanupTestCase() {
    if (m_loopDevice.startsWith(QLatin1String("/dev/loop"))) {
        runLocal(QStringLiteral("losetup"), {QStringLiteral("-d"), m_loopDevice});
    }
    m_sshd.stop();
}

std::unique_ptr<RemoteSource> TestRemoteSource::connect() {
    QString error;
    auto source = connectRemote(m_sshd.hostSpec(), m_sshd.clientOptions(), &error);
    if (!source) {
        qWarning("connectRemote failed: %s", qPrintable(error));
    }
    return source;
}

void TestRemoteSource::scanGivesTheSameFactsAsLocal() {
    // Other tests running in parallel may attach or detach loop devices
    // between the two scans: retry while the machine's loop list changed
    // under us (a real difference still fails every attempt).
    auto loopList = [] { return LiveSource().listLoopDevices().output; };
    std::unique_ptr<RemoteSource> remote;
    std::unique_ptr<LiveSource> liveSource;
    Facts remoteFacts;
    Facts localFacts;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString loopsBefore = loopList();
        remote = connect();
        QVERIFY(remote);
        liveSource = std::make_unique<LiveSource>();
        remoteFacts = collectFacts(*remote);
        localFacts = collectFacts(*liveSource);
        if (loopList() == loopsBefore) {
            break;
        }
    }
    LiveSource& live = *liveSource;
    QVERIFY2(remote->connectionError().isEmpty(), qPrintable(remote->connectionError()));

    // Excluded, with reasons:
    //  - collectedAt: the two scans run at different instants;
    //  - notes' message: prose naming the source; collector, code and the
    //    evidence key they point at must still be identical.
    QCOMPARE(remoteFacts.notes.size(), localFacts.notes.size());
    for (qsizetype i = 0; i < remoteFacts.notes.size(); ++i) {
        QCOMPARE(remoteFacts.notes.at(i).collector, localFacts.notes.at(i).collector);
        QCOMPARE(remoteFacts.notes.at(i).code, localFacts.notes.at(i).code);
        QCOMPARE(remoteFacts.notes.at(i).evidenceKey, localFacts.notes.at(i).evidenceKey);
        remoteFacts.notes[i].message = localFacts.notes.at(i).message;
    }
    remoteFacts.collectedAt = localFacts.collectedAt;
    QCOMPARE(remoteFacts.hostname, localFacts.hostname);
    QCOMPARE(remoteFacts.distro, localFacts.distro);
    QCOMPARE(remoteFacts.kernel, localFacts.kernel);
    QCOMPARE(remoteFacts.zfs, localFacts.zfs);
    QCOMPARE(remoteFacts.loopDevices, localFacts.loopDevices);
    QCOMPARE(remoteFacts.systemd, localFacts.systemd);
    QCOMPARE(remoteFacts.kernelLog, localFacts.kernelLog);
    QVERIFY(remoteFacts == localFacts);
    if (m_loopDevice.startsWith(QLatin1String("/dev/loop"))) {
        QVERIFY(!remoteFacts.loopDevices.isEmpty());
    }

    // The evidence logs: same requests, same order, same answers. This is
    // what makes `capture --host` write the same snapshot as a local capture.
    const QList<Evidence>& remoteItems = remote->log().items();
    const QList<Evidence>& localItems = live.log().items();
    QCOMPARE(remoteItems.size(), localItems.size());
    for (qsizetype i = 0; i < remoteItems.size(); ++i) {
        if (isKernelLog(localItems.at(i))) {
            QVERIFY2(isKernelLog(remoteItems.at(i)), qPrintable(remoteItems.at(i).key));
            continue;
        }
        compareEvidence(remoteItems.at(i), localItems.at(i));
    }
}

void TestRemoteSource::remoteCaptureReplaysToTheSameFacts() {
    // `capture --host`: the snapshot written from a remote scan, read back,
    // re-derives the facts the remote scan produced (ReplaySource finds every
    // record under the key it asks for).
    auto remote = connect();
    QVERIFY(remote);
    const Facts facts = collectFacts(*remote);
    const Snapshot written =
        snapshotFromSource(*remote, facts, QStringLiteral("remote capture test"));
    QString error;
    const std::optional<Snapshot> loaded = parseSnapshot(serializeSnapshot(written), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->evidence.items().size(), remote->log().items().size());
    const QString problem = factsConsistencyProblem(*loaded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString difference = firstFactsDifference(facts, loaded->facts);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestRemoteSource::scanRoundTripsDoNotGrowWithDatasets() {
    // A fake zfs on the remote PATH reporting N filesystems, and a fake zfs
    // module in the sshd's private mount namespace (no real ZFS on this
    // machine): the scan's round trips must not depend on N.
    test::SshdFixture zfsServer;
    zfsServer.setFakeZfsModule(true);
    QString startError;
    QVERIFY2(zfsServer.start(&startError), qPrintable(startError));
    const QString bin = zfsServer.remoteBinDirectory();
    auto roundTripsFor = [&](int datasets) -> int {
        // `zfs get -Hp -o name,property,value,source` lines (zfs-get(8)).
        const QByteArray script =
            "#!/bin/sh\n"
            "case \"$1\" in\n"
            "version) printf 'zfs-2.3.2-1\\nzfs-kmod-2.3.2-1\\n' ;;\n"
            "get) i=0; while [ $i -lt " +
            QByteArray::number(datasets) +
            " ]; do d=tank/ds$i; "
            "printf '%s\\tdirect\\tstandard\\tdefault\\n' $d; "
            "printf '%s\\trecordsize\\t131072\\tdefault\\n' $d; "
            "printf '%s\\tmountpoint\\t/%s\\tdefault\\n' $d $d; "
            "printf '%s\\tmounted\\tyes\\t-\\n' $d; "
            "printf '%s\\treadonly\\toff\\tdefault\\n' $d; "
            "i=$((i+1)); done ;;\n"
            "*) exit 1 ;;\n"
            "esac\n";
        const QByteArray zpool = "#!/bin/sh\nprintf 'tank\\t1000\\t100\\t900\\tONLINE\\n'\n";
        if (!writeExecutable(bin + QStringLiteral("/zfs"), script) ||
            !writeExecutable(bin + QStringLiteral("/zpool"), zpool)) {
            return -1;
        }
        QString error;
        auto remote = connectRemote(zfsServer.hostSpec(), zfsServer.clientOptions(), &error);
        if (!remote) {
            return -1;
        }
        const Facts facts = collectFacts(*remote);
        if (facts.zfs.datasets.size() != datasets) {
            qWarning("expected %d datasets, collected %d", datasets,
                     int(facts.zfs.datasets.size()));
            for (const CollectorNote& note : facts.notes) {
                qWarning("%s", qPrintable(note.code + QLatin1Char(' ') + note.message));
            }
        }
        // The module parameters a detector needs come with the scan.
        if (facts.zfs.parameters.value(QStringLiteral("zfs_dmu_offset_next_sync")) !=
            QLatin1String("1")) {
            qWarning("zfs_dmu_offset_next_sync was not recorded");
            return -1;
        }
        QStringList commands;
        for (const Evidence& evidence : remote->log().items()) {
            if (evidence.kind == Evidence::Kind::Command) {
                commands << evidence.key;
            }
        }
        qInfo(
            "%d datasets: %d round trips = 1 connection + 1 prefetch + %d commands (%s) + %d "
            "reads outside the prefetch set",
            datasets, remote->roundTrips(), int(commands.size()),
            qPrintable(commands.join(QStringLiteral("; "))),
            remote->roundTrips() - 2 - int(commands.size()));
        return facts.zfs.datasets.size() == datasets ? remote->roundTrips() : -1;
    };
    spdlog::set_level(spdlog::level::debug);
    const int one = roundTripsFor(1);
    // More loop devices too: their attributes come with the loop list.
    QTemporaryDir images;
    QStringList attached;
    for (int i = 0; i < 3; ++i) {
        const QString image = images.path() + QStringLiteral("/extra%1.img").arg(i);
        QFile file(image);
        if (file.open(QIODevice::WriteOnly) && file.resize(1024 * 1024)) {
            file.close();
            const QString device = runLocal(
                QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), image});
            if (device.startsWith(QLatin1String("/dev/loop"))) {
                attached << device;
            }
        }
    }
    const int thousand = roundTripsFor(1000);
    for (const QString& device : attached) {
        runLocal(QStringLiteral("losetup"), {QStringLiteral("-d"), device});
    }
    spdlog::set_level(spdlog::level::info);
    QFile::remove(bin + QStringLiteral("/zfs"));
    QFile::remove(bin + QStringLiteral("/zpool"));
    qInfo(
        "ssh round trips per scan: %d with 1 dataset, %d with 1000 datasets and %d more loop "
        "devices",
        one, thousand, int(attached.size()));
    QVERIFY(one > 0);
    QCOMPARE(thousand, one);
    // 1 connection + 1 prefetch + one per command the collectors run + a few
    // reads outside the prefetch set (unit files named by systemctl).
    QVERIFY2(one <= 15, qPrintable(QString::number(one)));
}

void TestRemoteSource::hostileFileNamesAreReadExactly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.path() + QStringLiteral("/pwned");
    const QStringList names{
        QStringLiteral("it's"),          QStringLiteral("$(touch pwned)"),
        QStringLiteral("`touch pwned`"), QStringLiteral("a;touch pwned"),
        QStringLiteral("new\nline"),     QStringLiteral("back\\slash"),
        QStringLiteral("-rf"),           QStringLiteral("*"),
        QStringLiteral("\"double\""),    QStringLiteral("tab\there"),
        QStringLiteral("ünïcødé ✓"),     QStringLiteral("'; touch pwned; '"),
        QStringLiteral(".hidden"),
    };
    int index = 0;
    for (const QString& name : names) {
        QFile file(dir.path() + QLatin1Char('/') + name);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(name));
        // Contents that look like our protocol markers must come back verbatim.
        file.write(
            QStringLiteral("zd-end ok\nzd-done\n%1\n\\x00%2").arg(name).arg(index++).toUtf8());
    }
    auto remote = connect();
    QVERIFY(remote);
    LiveSource live;
    for (const QString& name : names) {
        const QString path = dir.path() + QLatin1Char('/') + name;
        compareEvidence(remote->readFile(path), live.readFile(path));
        QVERIFY(remote->readFile(path).ok());
    }
    compareEvidence(remote->listDirectory(dir.path()), live.listDirectory(dir.path()));
    compareEvidence(remote->listDirectoryTyped(dir.path()), live.listDirectoryTyped(dir.path()));
    QVERIFY(!QFile::exists(marker));
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/pwned")));
    QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/pwned")));
}

void TestRemoteSource::hostileArgumentsArriveExactly() {
    // A recording tool on the remote side writes its argv, NUL-separated.
    QTemporaryDir dir;
    const QString record = dir.path() + QStringLiteral("/argv");
    const QString tool = m_sshd.remoteBinDirectory() + QStringLiteral("/zd-record-argv");
    QVERIFY(writeExecutable(tool, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > " +
                                      record.toUtf8() + "\n"));
    const QStringList hostile{QStringLiteral("it's"),
                              QStringLiteral("$(id)"),
                              QStringLiteral("`id`"),
                              QStringLiteral("a b"),
                              QStringLiteral("x;y|z&"),
                              QStringLiteral("\n"),
                              QString(),
                              QStringLiteral("--"),
                              QStringLiteral("'\\''"),
                              QStringLiteral("$HOME ${PATH}"),
                              QStringLiteral("*"),
                              QStringLiteral("ünïcødé"),
                              QStringLiteral("\\"),
                              QStringLiteral("!event")};
    auto remote = connect();
    QVERIFY(remote);
    const Evidence evidence = remote->run(QStringList{QStringLiteral("zd-record-argv")} + hostile);
    QVERIFY2(evidence.ok(), qPrintable(evidence.message + evidence.errorOutput));
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected;
    for (const QString& argument : hostile) {
        expected += argument.toUtf8() + '\0';
    }
    QCOMPARE(file.readAll(), expected);
    QFile::remove(tool);

    // NUL cannot be passed in a command line at all: refused, nothing run.
    const Evidence withNul =
        remote->run({QStringLiteral("echo"), QStringLiteral("a") + QChar(u'\0')});
    QCOMPARE(withNul.failure, Evidence::Failure::Error);
}

void TestRemoteSource::commandResultsMatchLocal() {
    auto remote = connect();
    QVERIFY(remote);
    LiveSource live;
    const QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("printf 'out\\nzd-exit 0\\n'; echo err >&2; exit 3")};
    const Evidence fromRemote = remote->run(argv);
    compareEvidence(fromRemote, live.run(argv));
    QCOMPARE(fromRemote.exitCode, 3);
    QCOMPARE(fromRemote.output, QStringLiteral("out\nzd-exit 0\n"));
    QCOMPARE(fromRemote.errorOutput, QStringLiteral("err\n"));

    // No trailing newline, and a clean C-locale environment on both sides.
    const QStringList env{QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("printf %s \"$LC_ALL\"")};
    compareEvidence(remote->run(env), live.run(env));

    const QStringList relative{QStringLiteral("bin/zfs")};
    compareEvidence(remote->run(relative), live.run(relative));
    const QStringList absent{QStringLiteral("/nonexistent/zfs"), QStringLiteral("get")};
    compareEvidence(remote->run(absent), live.run(absent));
    QTemporaryDir dir;
    const QString plain = dir.path() + QStringLiteral("/not-executable");
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList notExecutable{plain};
    compareEvidence(remote->run(notExecutable), live.run(notExecutable));

    for (const QString& path : {QStringLiteral("/nonexistent"), QStringLiteral("/etc"),
                                QStringLiteral("/proc/version"), QStringLiteral("/dev/null")}) {
        compareEvidence(remote->readFile(path), live.readFile(path));
    }
    for (const QString& path : {QStringLiteral("/nonexistent"), QStringLiteral("/etc/hostname"),
                                QStringLiteral("/sys/block")}) {
        compareEvidence(remote->listDirectory(path), live.listDirectory(path));
    }
    compareEvidence(remote->readBlockAttribute(QStringLiteral("../etc"), QStringLiteral("passwd")),
                    live.readBlockAttribute(QStringLiteral("../etc"), QStringLiteral("passwd")));
    compareEvidence(remote->readBlockAttribute(QStringLiteral("loop0"), QStringLiteral("../../x")),
                    live.readBlockAttribute(QStringLiteral("loop0"), QStringLiteral("../../x")));
}

void TestRemoteSource::missingCommandIsNotFoundLikeLocal() {
    // This machine has no ZFS: the remote answer must be the local one.
    QVERIFY(runLocal(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("command -v zfs || true")})
                .isEmpty());
    auto remote = connect();
    QVERIFY(remote);
    LiveSource live;
    const QStringList argv{QStringLiteral("zfs"), QStringLiteral("version")};
    const Evidence fromRemote = remote->run(argv);
    compareEvidence(fromRemote, live.run(argv));
    QCOMPARE(fromRemote.failure, Evidence::Failure::NotFound);
    QVERIFY(fromRemote.message.contains(QLatin1String("not installed")));
}

void TestRemoteSource::remoteCommandTimeoutIsReported() {
    auto remote = connect();
    QVERIFY(remote);
    QElapsedTimer timer;
    timer.start();
    const Evidence evidence =
        remote->run({QStringLiteral("sleep"), QStringLiteral("30")}, std::chrono::seconds(1));
    QCOMPARE(evidence.failure, Evidence::Failure::Timeout);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    // The connection is still usable afterwards.
    QVERIFY(remote->run({QStringLiteral("true")}).ok());
    QVERIFY(remote->connectionError().isEmpty());
}

void TestRemoteSource::controlDirectoryIsRemovedOnClose() {
    auto remote = connect();
    QVERIFY(remote);
    const QStringList before =
        QDir(QDir::tempPath()).entryList({QStringLiteral("zd-ssh-*")}, QDir::Dirs);
    QVERIFY(!before.isEmpty());
    for (const QString& name : before) {
        const QFileInfo info(QDir::tempPath() + QLatin1Char('/') + name);
        // Only the owner may reach the control socket.
        QCOMPARE(int(info.permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)),
                 0);
    }
    remote.reset();
    const QStringList after =
        QDir(QDir::tempPath()).entryList({QStringLiteral("zd-ssh-*")}, QDir::Dirs);
    QVERIFY(after.size() < before.size());
}

QTEST_GUILESS_MAIN(TestRemoteSource)
#include "test_remote_source.moc"
