// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Real loop devices on this machine (root only): attach a file, collect with
// LiveSource, switch direct I/O on, collect again, detach. Also: a live scan
// replays to the same facts, and a scan starts the same number of processes
// whatever the number of loop devices.

#include <unistd.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "collect/collect.h"
#include "collect/live_source.h"
#include "collect/replay_source.h"

using namespace zd;

namespace {

struct ToolResult {
    int exitCode = -1;
    QString output;
    QString errorOutput;
};

ToolResult runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit) {
        return result;
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.errorOutput = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

// A loop device attached for the duration of a test, detached however the
// test ends.
class AttachedLoop {
  public:
    AttachedLoop(const QString& losetup, const QString& file) : m_losetup(losetup) {
        const ToolResult result =
            runTool(losetup, {QStringLiteral("-f"), QStringLiteral("--show"), file});
        if (result.exitCode == 0 && result.output.startsWith(QStringLiteral("/dev/loop"))) {
            m_device = result.output;
        } else {
            m_error = result.errorOutput;
        }
    }
    ~AttachedLoop() {
        if (!m_device.isEmpty()) {
            runTool(m_losetup, {QStringLiteral("-d"), m_device});
        }
    }
    AttachedLoop(const AttachedLoop&) = delete;
    AttachedLoop& operator=(const AttachedLoop&) = delete;

    bool ok() const { return !m_device.isEmpty(); }
    QString device() const { return m_device; }       // "/dev/loop3"
    QString name() const { return m_device.mid(5); }  // "loop3"
    QString error() const { return m_error; }

  private:
    QString m_losetup;
    QString m_device;
    QString m_error;
};

QString makeImage(const QTemporaryDir& dir, const QString& name) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !file.resize(8 * 1024 * 1024)) {
        return {};
    }
    return QFileInfo(file).canonicalFilePath();
}

const LoopDevice* findLoop(const Facts& facts, const QString& name) {
    for (const auto& loop : facts.loopDevices) {
        if (loop.name == name) {
            return &loop;
        }
    }
    return nullptr;
}

int commandCount(const SystemSource& source) {
    int count = 0;
    for (const auto& evidence : source.log().items()) {
        if (evidence.kind == Evidence::Kind::Command) {
            ++count;
        }
    }
    return count;
}

QString readSysfs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

}  // namespace

class TestLiveLoop : public QObject {
    Q_OBJECT
  private:
    QString m_losetup;

  private Q_SLOTS:
    void initTestCase() {
        m_losetup = QStandardPaths::findExecutable(QStringLiteral("losetup"),
                                                   LiveSource::executableSearchPath());
    }

    void liveScanReplaysToTheSameFacts() {
        LiveSource live;
        const Facts facts = collectFacts(live);
        QVERIFY(!facts.hostname.isEmpty());
        QVERIFY(!facts.collectedAt.isEmpty());
        // This machine has no ZFS module unless /sys/module/zfs says otherwise.
        QCOMPARE(facts.zfs.moduleLoaded,
                 QFileInfo::exists(QStringLiteral("/sys/module/zfs")) ? Tri::Yes : Tri::No);

        ReplaySource replay(live.log());
        Facts replayed = collectFacts(replay);
        replayed.collectedAt = facts.collectedAt;
        QVERIFY2(replayed == facts, "a replay of the live evidence gave different facts");
        // Replaying asked for nothing that was not recorded.
        for (const auto& evidence : replay.log().items()) {
            QVERIFY2(evidence.message != ReplaySource::notRecordedMessage(),
                     qPrintable(evidence.key));
        }
    }

    void attachedDeviceIsCollectedAndDirectIoFollowsSysfs() {
        if (::geteuid() != 0) {
            QSKIP("attaching loop devices needs root");
        }
        if (m_losetup.isEmpty()) {
            QSKIP("losetup is not installed");
        }
        // /var/tmp is on a disk filesystem on most systems; tmpfs (/tmp) has no
        // O_DIRECT, so the kernel would refuse direct I/O there.
        QTemporaryDir dir(QStringLiteral("/var/tmp/zfs-doctor-live-loop-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString image = makeImage(dir, QStringLiteral("image.raw"));
        QVERIFY(!image.isEmpty());
        AttachedLoop loop(m_losetup, image);
        if (!loop.ok()) {
            QSKIP(qPrintable(QStringLiteral("losetup could not attach a device here: ") +
                             loop.error()));
        }

        LiveSource source;
        const Facts facts = collectFacts(source);
        const LoopDevice* found = findLoop(facts, loop.name());
        QVERIFY2(found, qPrintable(loop.name()));
        QCOMPARE(found->backingFile, image);
        QVERIFY(!found->backingFileDeleted);
        QCOMPARE(found->directIo, Tri::No);
        QCOMPARE(found->readOnly, Tri::No);
        QCOMPARE(found->logicalBlockSize, std::optional<int>(512));  // the losetup default
        QVERIFY(found->backingLocation);
        QVERIFY(image.startsWith(found->backingLocation->mountPoint));

        const ToolResult switched =
            runTool(m_losetup, {QStringLiteral("--direct-io=on"), loop.device()});
        const QString sysfsDio =
            readSysfs(QStringLiteral("/sys/block/%1/loop/dio").arg(loop.name()));
        QVERIFY(sysfsDio == QLatin1String("0") || sysfsDio == QLatin1String("1"));

        LiveSource again;
        Facts after;
        collectLoopDevices(again, after);
        const LoopDevice* changed = findLoop(after, loop.name());
        QVERIFY(changed);
        // What sysfs says, not what was asked for: the kernel may refuse.
        QCOMPARE(changed->directIo, sysfsDio == QLatin1String("1") ? Tri::Yes : Tri::No);
        if (switched.exitCode == 0 && sysfsDio == QLatin1String("1")) {
            QVERIFY(changed->directIo != found->directIo);
        } else {
            qInfo("the kernel kept direct I/O off (%s)", qPrintable(switched.errorOutput));
        }
    }

    void deletedBackingFileIsFlagged() {
        if (::geteuid() != 0) {
            QSKIP("attaching loop devices needs root");
        }
        if (m_losetup.isEmpty()) {
            QSKIP("losetup is not installed");
        }
        QTemporaryDir dir(QStringLiteral("/var/tmp/zfs-doctor-live-loop-XXXXXX"));
        const QString image = makeImage(dir, QStringLiteral("gone.raw"));
        QVERIFY(!image.isEmpty());
        AttachedLoop loop(m_losetup, image);
        if (!loop.ok()) {
            QSKIP(qPrintable(QStringLiteral("losetup could not attach a device here: ") +
                             loop.error()));
        }
        QVERIFY(QFile::remove(image));
        LiveSource source;
        Facts facts;
        collectLoopDevices(source, facts);
        const LoopDevice* found = findLoop(facts, loop.name());
        QVERIFY(found);
        QCOMPARE(found->backingFile, image);
        QVERIFY(found->backingFileDeleted);
    }

    void processCountDoesNotGrowWithLoopDevices() {
        if (::geteuid() != 0) {
            QSKIP("attaching loop devices needs root");
        }
        if (m_losetup.isEmpty()) {
            QSKIP("losetup is not installed");
        }
        QTemporaryDir dir(QStringLiteral("/var/tmp/zfs-doctor-live-loop-XXXXXX"));
        AttachedLoop first(m_losetup, makeImage(dir, QStringLiteral("one.raw")));
        if (!first.ok()) {
            QSKIP(qPrintable(QStringLiteral("losetup could not attach a device here: ") +
                             first.error()));
        }
        LiveSource withOne;
        const Facts one = collectFacts(withOne);
        AttachedLoop second(m_losetup, makeImage(dir, QStringLiteral("two.raw")));
        if (!second.ok()) {
            QSKIP("only one loop device could be attached");
        }
        LiveSource withTwo;
        const Facts two = collectFacts(withTwo);
        QCOMPARE(two.loopDevices.size(), one.loopDevices.size() + 1);
        QCOMPARE(commandCount(withTwo), commandCount(withOne));
    }
};

QTEST_GUILESS_MAIN(TestLiveLoop)
#include "test_live_loop.moc"
