// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// ReplaySource: answers from recorded evidence, says "not recorded" for the
// rest, refuses hostile block-attribute requests, and logs what it answered.

#include <QtTest>

#include "collect/replay_source.h"

using namespace zd;

namespace {

Evidence file(const QString& path, const QString& contents) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    evidence.output = contents;
    return evidence;
}

Evidence command(const QStringList& argv, const QString& output, int exitCode) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::Command;
    evidence.key = argv.join(QLatin1Char(' '));
    evidence.argv = argv;
    evidence.output = output;
    evidence.exitCode = exitCode;
    return evidence;
}

}  // namespace

class TestReplaySource : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void answersRecordedFile() {
        EvidenceLog recorded;
        recorded.add(
            file(QStringLiteral("/proc/sys/kernel/osrelease"), QStringLiteral("6.12.25\n")));
        ReplaySource source(recorded);
        const Evidence answer = source.readFile(QStringLiteral("/proc/sys/kernel/osrelease"));
        QVERIFY(answer.ok());
        QCOMPARE(answer.output, QStringLiteral("6.12.25\n"));
        QVERIFY(!source.isLive());
    }

    void kindIsPartOfTheKey() {
        EvidenceLog recorded;
        recorded.add(file(QStringLiteral("/etc/extensions"), QStringLiteral("not a listing")));
        ReplaySource source(recorded);
        const Evidence answer = source.listDirectory(QStringLiteral("/etc/extensions"));
        QCOMPARE(answer.failure, Evidence::Failure::NotRecorded);
        QCOMPARE(answer.kind, Evidence::Kind::Directory);
    }

    void answersCommandByJoinedArgvIncludingExitCode() {
        const QStringList argv{QStringLiteral("zfs"), QStringLiteral("get"),
                               QStringLiteral("direct")};
        EvidenceLog recorded;
        recorded.add(command(argv, QString(), 2));
        ReplaySource source(recorded);
        const Evidence answer = source.run(argv);
        QCOMPARE(answer.failure, Evidence::Failure::None);
        QCOMPARE(answer.exitCode, 2);
        QVERIFY(!answer.ok());
        QCOMPARE(source.run({QStringLiteral("zfs"), QStringLiteral("get")}).failure,
                 Evidence::Failure::NotRecorded);
    }

    void replaysRecordedFailures() {
        Evidence timedOut =
            command({QStringLiteral("zpool"), QStringLiteral("list")}, QString(), 0);
        timedOut.failure = Evidence::Failure::Timeout;
        timedOut.message = QStringLiteral("killed");
        EvidenceLog recorded;
        recorded.add(timedOut);
        ReplaySource source(recorded);
        const Evidence answer = source.run({QStringLiteral("zpool"), QStringLiteral("list")});
        QCOMPARE(answer.failure, Evidence::Failure::Timeout);
        QCOMPARE(answer.message, QStringLiteral("killed"));
    }

    void mostRecentRecordWins() {
        EvidenceLog recorded;
        recorded.add(file(QStringLiteral("/sys/block/loop0/loop/dio"), QStringLiteral("1\n")));
        recorded.add(file(QStringLiteral("/sys/block/loop0/loop/dio"), QStringLiteral("0\n")));
        ReplaySource source(recorded);
        QCOMPARE(
            source.readBlockAttribute(QStringLiteral("loop0"), QStringLiteral("loop/dio")).output,
            QStringLiteral("0\n"));
    }

    // A record the snapshot does not hold is "not recorded": nothing is
    // known, which is not the same as a recorded "not found".
    void notRecordedIsItsOwnFailure() {
        ReplaySource source{EvidenceLog()};
        const Evidence answer = source.readFile(QStringLiteral("/etc/os-release"));
        QCOMPARE(answer.failure, Evidence::Failure::NotRecorded);
        QVERIFY(!answer.absent());
        QVERIFY(answer.unknown());
        QCOMPARE(answer.message, QStringLiteral("not recorded in this snapshot"));
        QCOMPARE(answer.key, QStringLiteral("/etc/os-release"));
        const Evidence loops = source.listLoopDevices();
        QCOMPARE(loops.failure, Evidence::Failure::NotRecorded);
        QCOMPARE(loops.key, QStringLiteral("/sys/block"));
        const Evidence typed = source.listDirectoryTyped(QStringLiteral("/etc/extensions"));
        QCOMPARE(typed.failure, Evidence::Failure::NotRecorded);
        QCOMPARE(typed.key, QStringLiteral("/etc/extensions/"));
        const Evidence run = source.run({QStringLiteral("zfs"), QStringLiteral("version")});
        QCOMPARE(run.argv, (QStringList{QStringLiteral("zfs"), QStringLiteral("version")}));
        QCOMPARE(run.failure, Evidence::Failure::NotRecorded);
    }

    void recordedNotFoundIsAKnownAbsence() {
        Evidence missing = file(QStringLiteral("/sys/module/zfs"), QString());
        missing.kind = Evidence::Kind::Directory;
        missing.failure = Evidence::Failure::NotFound;
        EvidenceLog recorded;
        recorded.add(missing);
        ReplaySource source(recorded);
        const Evidence answer = source.listDirectory(QStringLiteral("/sys/module/zfs"));
        QCOMPARE(answer.failure, Evidence::Failure::NotFound);
        QVERIFY(answer.absent());
        QVERIFY(!answer.unknown());
    }

    // Snapshots re-captured by an older ZFS Doctor wrote "not recorded" as a
    // not-found record with that message: still unknown.
    void olderNotRecordedRecordStaysUnknown() {
        Evidence old = file(QStringLiteral("/etc/os-release"), QString());
        old.failure = Evidence::Failure::NotFound;
        old.message = QStringLiteral("not recorded in this snapshot");
        EvidenceLog recorded;
        recorded.add(old);
        ReplaySource source(recorded);
        QCOMPARE(source.readFile(QStringLiteral("/etc/os-release")).failure,
                 Evidence::Failure::NotRecorded);
    }

    void refusesHostileBlockAttributes() {
        EvidenceLog recorded;
        recorded.add(file(QStringLiteral("/sys/block/sda/../../etc/shadow"), QStringLiteral("x")));
        ReplaySource source(recorded);
        const Evidence traversal =
            source.readBlockAttribute(QStringLiteral("sda"), QStringLiteral("../../etc/shadow"));
        QCOMPARE(traversal.failure, Evidence::Failure::Error);
        QVERIFY(traversal.output.isEmpty());
        QCOMPARE(source.readBlockAttribute(QStringLiteral("loop0"), QStringLiteral("loop/../ro"))
                     .failure,
                 Evidence::Failure::Error);
        QCOMPARE(source.readBlockAttribute(QStringLiteral("loop0x"), QStringLiteral("ro")).failure,
                 Evidence::Failure::Error);
        QCOMPARE(source.readBlockAttribute(QStringLiteral("loop0"), QStringLiteral("/ro")).failure,
                 Evidence::Failure::Error);
    }

    void logsEveryAnswerSoARecaptureReproducesIt() {
        EvidenceLog recorded;
        recorded.add(file(QStringLiteral("/proc/version"), QStringLiteral("Linux version 6.1\n")));
        ReplaySource first(recorded);
        first.readFile(QStringLiteral("/proc/version"));
        first.readFile(QStringLiteral("/missing"));
        QCOMPARE(first.log().items().size(), 2);

        // Replaying the first replay's log answers the same way.
        ReplaySource second(first.log());
        QCOMPARE(second.readFile(QStringLiteral("/proc/version")).output,
                 QStringLiteral("Linux version 6.1\n"));
        const Evidence missing = second.readFile(QStringLiteral("/missing"));
        QCOMPARE(missing.failure, Evidence::Failure::NotRecorded);
        QCOMPARE(missing.message, QStringLiteral("not recorded in this snapshot"));
    }

    void describesItself() {
        ReplaySource source(EvidenceLog(), QStringLiteral("snapshot demo-fedora.json"));
        QCOMPARE(source.description(), QStringLiteral("snapshot demo-fedora.json"));
    }
};

QTEST_GUILESS_MAIN(TestReplaySource)
#include "test_replay_source.moc"
