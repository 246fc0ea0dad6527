// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Probes through the service on a private bus, on REAL mounts: each
// "dataset" is a tmpfs mounted below the test --root, and the root's
// mountinfo names it with its real mount id, so the helper's checks (mount id,
// mount root, no symlink on the way, no other mount in place of the probe
// directory) run as in production; only the ZFS magic check is left out
// below a test root. The test process runs in a private mount namespace (set
// up before main(), while it has one thread), so no mount outlives it.
//
// Also: a probe whose I/O blocks (a FUSE file system whose mkdir never
// returns) while a second caller's Version() answers in under a second, and
// no zombie after the probe's time limit.
#include <QtTest>

#include <QDBusConnectionInterface>
#include <QDBusPendingCall>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "contract.h"
#include "model/probe_result.h"
#include "service_harness.h"

using namespace zd;
using namespace zd::helper;
using namespace zd::helper::test;

namespace {

// Before main(): a private mount namespace for the whole test process.
const bool kPrivateMounts = []() {
    if (::geteuid() != 0 || ::unshare(CLONE_NEWNS) != 0) {
        return false;
    }
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}();

QJsonObject jsonOf(const QDBusMessage& reply) {
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

QStringList zfsList(const QString& dataset) {
    return {QStringLiteral("zfs"), QStringLiteral("list"),      QStringLiteral("-H"),
            QStringLiteral("-o"),  QStringLiteral("name,type"), dataset};
}

std::uint64_t mountIdOf(const QString& path) {
    struct statx info {};
    ::statx(AT_FDCWD, QFile::encodeName(path).constData(), 0, STATX_MNT_ID, &info);
    return info.stx_mnt_id;
}

// Every path below `directory` with its size and mode: what a probe must
// leave exactly as it found it.
QStringList treeOf(const QString& directory) {
    QStringList tree;
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        struct stat st {};
        ::lstat(QFile::encodeName(info.filePath()).constData(), &st);
        tree.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(info.filePath())
                        .arg(st.st_size)
                        .arg(st.st_mode, 0, 8)
                        .arg(st.st_nlink));
    }
    tree.sort();
    return tree;
}

// A ServiceHarness whose root holds tmpfs "datasets".
class ProbeScene {
  public:
    ProbeScene() : m_harness(ServiceHarness::Options{true, true, {}, std::chrono::seconds(3)}) {}
    ~ProbeScene() {
        for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it) {
            ::umount2(QFile::encodeName(*it).constData(), MNT_DETACH);
        }
    }
    ServiceHarness& h() { return m_harness; }
    QString real(const QString& absolute) const { return m_harness.root() + absolute; }
    // Mounts a tmpfs at <root>/absolute; returns its mount id.
    std::uint64_t mountTmpfs(const QString& absolute, bool readOnly = false) {
        QDir().mkpath(real(absolute));
        if (::mount("tmpfs", QFile::encodeName(real(absolute)).constData(), "tmpfs",
                    readOnly ? MS_RDONLY : 0, "size=8m,mode=0755") != 0) {
            return 0;
        }
        m_mounts.append(real(absolute));
        return mountIdOf(real(absolute));
    }
    bool bindMount(const QString& from, const QString& to) {
        if (::mount(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(), nullptr,
                    MS_BIND, nullptr) != 0) {
            return false;
        }
        m_mounts.append(to);
        return true;
    }
    // mountinfo lines: "ID PARENT 0:99 ROOT TARGET rw,relatime - zfs DATASET rw".
    void writeMountInfo(const QStringList& entries) {
        QByteArray text = "1 0 0:1 / / rw,relatime - ext4 /dev/vda rw\n";
        for (const QString& entry : entries) {
            text += entry.toUtf8() + '\n';
        }
        m_harness.writeRootFile(QStringLiteral("/proc/self/mountinfo"), text);
    }
    static QString entry(std::uint64_t id, const QString& root, const QString& target,
                         const QString& dataset, const QString& options = QStringLiteral("rw")) {
        return QStringLiteral("%1 1 0:99 %2 %3 %4,relatime shared:1 - zfs %5 rw,xattr")
            .arg(id)
            .arg(root, target, options, dataset);
    }
    void scriptDataset(const QString& dataset) {
        m_harness.tools().script(zfsList(dataset), 0, dataset + QStringLiteral("\tfilesystem\n"));
    }
    std::optional<ProbeResult> probe(const QString& probe, const QString& dataset) {
        const QDBusMessage reply = m_harness.call(QStringLiteral("Probe"), {probe, dataset});
        if (reply.type() != QDBusMessage::ReplyMessage) {
            qWarning() << reply.errorName() << reply.errorMessage();
            return std::nullopt;
        }
        return ProbeResult::fromJson(jsonOf(reply), nullptr);
    }

  private:
    ServiceHarness m_harness;
    QStringList m_mounts;
};

enum class Trick {
    SymlinkAsProbeDirectory,
    SymlinkOnTheWay,
    BindMountAsProbeDirectory,
    OnlySubdirectoryMounted,
    WrongMountId,
    PlainDirectoryNotAMount,
    ProbeDirectoryOfAnotherUser,
    ProbeDirectoryWorldReadable,
    ProbeDirectoryGroupWritable,
    HardLinkAtProbeFileName,
    HardLinkAtOldProbeFileName,
    SymlinkAtProbeFileName,
    AnotherUsersFileAtProbeFileName,
    DirectoryInProbeDirectory,
    FifoInProbeDirectory,
    ProbeDirectoryIsAFile,
    MountedReadOnly,
    ListedReadOnly,
    NotMounted,
};

}  // namespace

class ProbesTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void init() {
        if (!kPrivateMounts) {
            QSKIP("needs root and a private mount namespace (unshare) for real test mounts");
        }
    }

    void probesRunAndLeaveNothing() {
        ProbeScene scene;
        QVERIFY2(scene.h().ok(), qPrintable(scene.h().error()));
        const std::uint64_t id = scene.mountTmpfs(QStringLiteral("/mnt/probe"));
        QVERIFY(id != 0);
        scene.writeMountInfo({ProbeScene::entry(
            id, QStringLiteral("/"), QStringLiteral("/mnt/probe"), QStringLiteral("tank/probe"))});
        scene.h().writeRootFile(QStringLiteral("/mnt/probe/keep"), "x");
        scene.h().writeRootFile(QStringLiteral("/sys/module/zfs/version"), "2.3.2-1\n");
        scene.scriptDataset(QStringLiteral("tank/probe"));
        const QStringList before = treeOf(scene.real(QStringLiteral("/mnt/probe")));
        for (const QString& probe : probeVerbs()) {
            const auto result = scene.probe(probe, QStringLiteral("tank/probe"));
            QVERIFY(result);
            QVERIFY2(result->ran, qPrintable(result->refusedReason));
            QVERIFY(!result->detail.isEmpty());
            QVERIFY(result->errorNumber != 0 ? !result->errorName.isEmpty() : result->bytes > 0);
            QCOMPARE(treeOf(scene.real(QStringLiteral("/mnt/probe"))), before);
        }
        // The copy-file-range probe asks for a range block cloning can never
        // satisfy (issue 11): 100 bytes at offset 1.
        const auto copy =
            scene.probe(QStringLiteral("copy-file-range"), QStringLiteral("tank/probe"));
        QVERIFY(copy && copy->detail.contains(QLatin1String("offset 1, dst, offset 1, 100")));
        QCOMPARE(copy->bytes, 100);
        const PolkitCall asked = scene.h().fakes().polkit()->calls().last();
        QCOMPARE(asked.actionId, QStringLiteral("org.zfsdoctor.probe"));
        QCOMPARE(asked.details.value(QStringLiteral("target")), QStringLiteral("tank/probe"));
        QCOMPARE(asked.details.value(QStringLiteral("verb")), QStringLiteral("copy-file-range"));

        // 2.3.0: the unaligned probe is refused, and says why.
        scene.h().writeRootFile(QStringLiteral("/sys/module/zfs/version"), "2.3.0-1\n");
        const auto gated =
            scene.probe(QStringLiteral("copy-file-range-unaligned"), QStringLiteral("tank/probe"));
        QVERIFY(gated && !gated->ran && gated->refusedReason.contains(QLatin1String("#16952")));
    }

    // The mount table captured on the real-ZFS VM (tests/fixtures/real, ZFS
    // 2.3.2 / Linux 6.12, with "shared:N" optional fields) locates the
    // dataset's mount; only its mount id is replaced by the real tmpfs's.
    void probeWithRealMountTable() {
        ProbeScene scene;
        QVERIFY2(scene.h().ok(), qPrintable(scene.h().error()));
        const std::uint64_t id = scene.mountTmpfs(QStringLiteral("/tank/std"));
        QFile fixture(QStringLiteral(ZD_SOURCE_FIXTURES
                                     "/real/zfs-2.3.2-linux-6.12/cat-proc-self-mountinfo"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QStringList lines;
        bool found = false;
        for (QString line : QString::fromUtf8(fixture.readAll()).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String(" /tank/std ")) &&
                line.contains(QLatin1String(" zfs "))) {
                line = QString::number(id) + line.mid(line.indexOf(QLatin1Char(' ')));
                found = true;
            }
            lines.append(line);
        }
        QVERIFY(found);
        scene.h().writeRootFile(QStringLiteral("/proc/self/mountinfo"),
                                lines.join(QLatin1Char('\n')).toUtf8());
        scene.scriptDataset(QStringLiteral("tank/std"));
        const auto result =
            scene.probe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/std"));
        QVERIFY(result);
        QVERIFY2(result->ran, qPrintable(result->refusedReason));
    }

    // A leftover of a killed probe (our naming, one link, root's) is removed.
    void leftoverOfAKilledProbeIsCleared() {
        ProbeScene scene;
        QVERIFY2(scene.h().ok(), qPrintable(scene.h().error()));
        const std::uint64_t id = scene.mountTmpfs(QStringLiteral("/mnt/probe"));
        scene.writeMountInfo({ProbeScene::entry(
            id, QStringLiteral("/"), QStringLiteral("/mnt/probe"), QStringLiteral("tank/probe"))});
        scene.scriptDataset(QStringLiteral("tank/probe"));
        const QString directory = scene.real(QStringLiteral("/mnt/probe/.zfs-doctor-probe"));
        QVERIFY(QDir().mkdir(directory));
        QVERIFY(::chmod(QFile::encodeName(directory).constData(), 0700) == 0);
        QFile leftover(directory + QStringLiteral("/zd-probe-00000000deadbeef"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        const auto result =
            scene.probe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/probe"));
        QVERIFY2(result && result->ran, result ? qPrintable(result->refusedReason) : "no reply");
        QVERIFY(!QFileInfo::exists(directory));
    }

    // Each file-system trick is refused with a sentence naming it, and
    // nothing outside (or planted inside) is touched.
    void fileSystemTrick_data() {
        QTest::addColumn<int>("trick");
        QTest::addColumn<QString>("phrase");
        auto row = [](const char* name, Trick trick, const char* phrase) {
            QTest::newRow(name) << int(trick) << QString::fromLatin1(phrase);
        };
        row("01 symlink as the probe directory", Trick::SymlinkAsProbeDirectory, "symlink");
        row("02 symlink on the way to the mount point", Trick::SymlinkOnTheWay, "symbolic link");
        row("03 bind mount as the probe directory", Trick::BindMountAsProbeDirectory, "bind mount");
        row("04 only a subdirectory bind mount is listed", Trick::OnlySubdirectoryMounted,
            "subdirectory");
        row("05 another mount at the mount point", Trick::WrongMountId, "not the mount");
        row("06 a plain directory, not a mount", Trick::PlainDirectoryNotAMount, "not the root");
        row("07 probe directory of another user", Trick::ProbeDirectoryOfAnotherUser,
            "private directory");
        row("08 probe directory mode 0755", Trick::ProbeDirectoryWorldReadable,
            "private directory");
        row("09 probe directory mode 0770", Trick::ProbeDirectoryGroupWritable,
            "private directory");
        row("10 hard link at a probe file name", Trick::HardLinkAtProbeFileName, "did not create");
        row("11 hard link at the old probe file name", Trick::HardLinkAtOldProbeFileName,
            "did not create");
        row("12 symlink at a probe file name", Trick::SymlinkAtProbeFileName, "did not create");
        row("13 another user's file at a probe file name", Trick::AnotherUsersFileAtProbeFileName,
            "did not create");
        row("14 a directory in the probe directory", Trick::DirectoryInProbeDirectory,
            "did not create");
        row("15 a fifo in the probe directory", Trick::FifoInProbeDirectory, "did not create");
        row("16 the probe directory is a file", Trick::ProbeDirectoryIsAFile, "Cannot open");
        row("17 mounted read-only, listed read-write", Trick::MountedReadOnly, "read-only");
        row("18 listed read-only", Trick::ListedReadOnly, "read-only");
        row("19 not mounted", Trick::NotMounted, "not mounted");
    }
    void fileSystemTrick() {
        QFETCH(int, trick);
        QFETCH(QString, phrase);
        ProbeScene scene;
        QVERIFY2(scene.h().ok(), qPrintable(scene.h().error()));
        const QString dataset = QStringLiteral("tank/probe");
        scene.scriptDataset(dataset);
        // A victim outside the dataset, and the dataset itself.
        const std::uint64_t elsewhere = scene.mountTmpfs(QStringLiteral("/elsewhere"));
        scene.h().writeRootFile(QStringLiteral("/elsewhere/precious"), "do not touch\n");
        const QString victim = scene.real(QStringLiteral("/elsewhere/precious"));
        const std::uint64_t id =
            scene.mountTmpfs(QStringLiteral("/mnt/probe"), Trick(trick) == Trick::MountedReadOnly);
        QVERIFY(id != 0 && elsewhere != 0);
        QString target = QStringLiteral("/mnt/probe");
        QString root = QStringLiteral("/");
        QString options = QStringLiteral("rw");
        std::uint64_t listedId = id;
        const QString probeDir = scene.real(QStringLiteral("/mnt/probe/.zfs-doctor-probe"));
        auto makeProbeDir = [&](mode_t mode) {
            QDir().mkdir(probeDir);
            ::chmod(QFile::encodeName(probeDir).constData(), mode);
        };
        auto plant = [&](const QString& name) { return probeDir + QLatin1Char('/') + name; };
        switch (Trick(trick)) {
            case Trick::SymlinkAsProbeDirectory:
                QVERIFY(QFile::link(scene.real(QStringLiteral("/elsewhere")), probeDir));
                break;
            case Trick::SymlinkOnTheWay:
                QVERIFY(QFile::link(scene.real(QStringLiteral("/mnt")),
                                    scene.real(QStringLiteral("/link"))));
                target = QStringLiteral("/link/probe");
                break;
            case Trick::BindMountAsProbeDirectory:
                makeProbeDir(0700);
                QVERIFY(QDir().mkdir(scene.real(QStringLiteral("/elsewhere/dir"))));
                ::chmod(QFile::encodeName(scene.real(QStringLiteral("/elsewhere/dir"))).constData(),
                        0700);
                QVERIFY(scene.bindMount(scene.real(QStringLiteral("/elsewhere/dir")), probeDir));
                break;
            case Trick::OnlySubdirectoryMounted:
                root = QStringLiteral("/sub");
                break;
            case Trick::WrongMountId:
                listedId = elsewhere;
                break;
            case Trick::PlainDirectoryNotAMount:
                QVERIFY(QDir().mkpath(scene.real(QStringLiteral("/elsewhere/plain"))));
                target = QStringLiteral("/elsewhere/plain");
                listedId = elsewhere;
                break;
            case Trick::ProbeDirectoryOfAnotherUser:
                makeProbeDir(0700);
                QVERIFY(::chown(QFile::encodeName(probeDir).constData(), 1000, 1000) == 0);
                break;
            case Trick::ProbeDirectoryWorldReadable:
                makeProbeDir(0755);
                break;
            case Trick::ProbeDirectoryGroupWritable:
                makeProbeDir(0770);
                break;
            case Trick::HardLinkAtProbeFileName:
            case Trick::HardLinkAtOldProbeFileName:
                // Hard links need the same file system: the victim lives in the dataset.
                makeProbeDir(0700);
                scene.h().writeRootFile(QStringLiteral("/mnt/probe/precious"), "do not touch\n");
                QVERIFY(::link(QFile::encodeName(scene.real(QStringLiteral("/mnt/probe/precious")))
                                   .constData(),
                               QFile::encodeName(
                                   plant(Trick(trick) == Trick::HardLinkAtProbeFileName
                                             ? QStringLiteral("zd-probe-0123456789abcdef")
                                             : QStringLiteral("odirect-%1").arg(::getpid())))
                                   .constData()) == 0);
                break;
            case Trick::SymlinkAtProbeFileName:
                makeProbeDir(0700);
                QVERIFY(QFile::link(victim, plant(QStringLiteral("zd-probe-0123456789abcdef"))));
                break;
            case Trick::AnotherUsersFileAtProbeFileName:
                makeProbeDir(0700);
                scene.h().writeRootFile(QStringLiteral("/mnt/probe/.zfs-doctor-probe/zd-probe-1"),
                                        "x");
                QVERIFY(::chown(QFile::encodeName(plant(QStringLiteral("zd-probe-1"))).constData(),
                                1000, 1000) == 0);
                break;
            case Trick::DirectoryInProbeDirectory:
                makeProbeDir(0700);
                QVERIFY(QDir().mkdir(plant(QStringLiteral("zd-probe-dir"))));
                break;
            case Trick::FifoInProbeDirectory:
                makeProbeDir(0700);
                QVERIFY(
                    ::mkfifo(QFile::encodeName(plant(QStringLiteral("zd-probe-fifo"))).constData(),
                             0600) == 0);
                break;
            case Trick::ProbeDirectoryIsAFile:
                scene.h().writeRootFile(QStringLiteral("/mnt/probe/.zfs-doctor-probe"), "a file");
                break;
            case Trick::MountedReadOnly:
                break;
            case Trick::ListedReadOnly:
                options = QStringLiteral("ro");
                break;
            case Trick::NotMounted:
                break;
        }
        if (Trick(trick) == Trick::NotMounted) {
            scene.writeMountInfo({});
        } else {
            scene.writeMountInfo({ProbeScene::entry(listedId, root, target, dataset, options)});
        }
        const QStringList datasetBefore = treeOf(scene.real(QStringLiteral("/mnt/probe")));
        const QStringList elsewhereBefore = treeOf(scene.real(QStringLiteral("/elsewhere")));
        const auto result = scene.probe(QStringLiteral("copy-file-range"), dataset);
        QVERIFY(result);
        QVERIFY2(!result->ran, "the probe ran despite the trick");
        QVERIFY2(result->refusedReason.contains(phrase), qPrintable(result->refusedReason));
        QCOMPARE(treeOf(scene.real(QStringLiteral("/elsewhere"))), elsewhereBefore);
        QCOMPARE(treeOf(scene.real(QStringLiteral("/mnt/probe"))), datasetBefore);
        QCOMPARE(scene.h().readRootFile(QStringLiteral("/elsewhere/precious")),
                 QByteArray("do not touch\n"));
    }

    // All of a probe's I/O runs in a child: while it is stuck, the service
    // answers others at once; after the time limit the child is killed and
    // reaped (no zombie), and the probe reports the time limit.
    void blockedProbeStallsNobody() {
#ifndef ZD_STALLING_FS
        QSKIP("libfuse3 was not found at configure time (libfuse3-dev / fuse3-devel)");
#else
        ProbeScene scene;
        QVERIFY2(scene.h().ok(), qPrintable(scene.h().error()));
        const QString mountPoint = scene.real(QStringLiteral("/mnt/slow"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess fs;
        fs.start(QStringLiteral(ZD_STALLING_FS), {mountPoint});
        QVERIFY(fs.waitForReadyRead(10000));
        QTRY_VERIFY_WITH_TIMEOUT(mountIdOf(mountPoint) != mountIdOf(scene.h().root()), 5000);
        // Killing the daemon aborts its outstanding requests (a request it
        // has already read waits uninterruptibly otherwise, even on SIGKILL).
        auto unmount = qScopeGuard([&]() {
            fs.kill();
            fs.waitForFinished(5000);
            ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
        });
        scene.writeMountInfo(
            {ProbeScene::entry(mountIdOf(mountPoint), QStringLiteral("/"),
                               QStringLiteral("/mnt/slow"), QStringLiteral("tank/slow"))});
        scene.scriptDataset(QStringLiteral("tank/slow"));

        QDBusMessage probe =
            QDBusMessage::createMethodCall(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                                           QLatin1String(kInterfaceName), QStringLiteral("Probe"));
        probe << QStringLiteral("odirect-alignment") << QStringLiteral("tank/slow");
        QElapsedTimer probeClock;
        probeClock.start();
        const QStringList childrenBefore = childrenOf(::getpid());
        QDBusPendingCall pendingProbe = scene.h().client().asyncCall(probe, 60000);
        // Wait until the probe's child exists and is stuck in the file system.
        QTRY_VERIFY_WITH_TIMEOUT(childrenOf(::getpid()).size() > childrenBefore.size(), 5000);
        QTest::qWait(200);
        QDBusConnection second =
            QDBusConnection::connectToBus(scene.h().busAddress(), QStringLiteral("second"));
        QDBusMessage version = QDBusMessage::createMethodCall(
            QLatin1String(kServiceName), QLatin1String(kObjectPath), QLatin1String(kInterfaceName),
            QStringLiteral("Version"));
        QElapsedTimer clock;
        clock.start();
        QDBusPendingCall pendingVersion = second.asyncCall(version, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pendingVersion.isFinished(), 1000);
        const qint64 versionMs = clock.elapsed();
        QVERIFY2(pendingVersion.reply().type() == QDBusMessage::ReplyMessage,
                 qPrintable(pendingVersion.reply().errorMessage()));
        qInfo("Version() while a probe is blocked answered in %lld ms", versionMs);
        QVERIFY(versionMs < 1000);
        QVERIFY(!pendingProbe.isFinished());

        QTRY_VERIFY_WITH_TIMEOUT(pendingProbe.isFinished(), 10000);
        qInfo("the blocked probe answered after %lld ms (time limit 3000 ms)",
              probeClock.elapsed());
        const auto result = ProbeResult::fromJson(jsonOf(pendingProbe.reply()), nullptr);
        QVERIFY(result && !result->ran);
        QVERIFY2(result->refusedReason.contains(QLatin1String("did not finish within 3000 ms")),
                 qPrintable(result->refusedReason));
        // The killed child waits in the kernel until the file system answers
        // (FUSE waits it out once the daemon has read the request: like a
        // hung pool); the helper has already replied and reaps it the moment
        // it can exit. Then no child of ours is left, zombie or not.
        QStringList expected = childrenBefore;
        expected.removeAll(QString::number(fs.processId()));
        unmount.dismiss();
        fs.kill();
        QVERIFY(fs.waitForFinished(5000));
        ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
        QTRY_COMPARE_WITH_TIMEOUT(childrenOf(::getpid()), expected, 5000);
        QDBusConnection::disconnectFromBus(QStringLiteral("second"));
#endif
    }

  private:
    // The pids of this process's children (the private bus daemon, the FUSE
    // daemon, probe children), zombies included.
    static QStringList childrenOf(pid_t parent) {
        QStringList children;
        for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QString text = QString::fromLatin1(stat.readAll());
            const QStringList fields =
                text.mid(text.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
            if (fields.value(1).toInt() == parent) {
                children.append(pid);
            }
        }
        children.sort();
        return children;
    }
};

QTEST_GUILESS_MAIN(ProbesTest)
#include "test_probes.moc"
