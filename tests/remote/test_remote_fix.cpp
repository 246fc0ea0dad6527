// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Remote fixes against a real sshd. There is no ZFS on this machine, so the
// remote `zfs` is a recording script placed in a directory on the SSH server
// side and put first on the remote PATH: it keeps one dataset's `direct`
// value/source in a file and appends every argv it receives to a log. The
// tests assert the exact argv the remote received; the SSH transport,
// quoting, privilege handling, verification and journal are all real.

#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "remedy/change_journal.h"
#include "remote/remote_fix.h"
#include "remote/ssh_connection.h"
#include "support/fake_tools.h"
#include "support/sshd_fixture.h"

using namespace zd;
using zd::test::invocations;
using zd::test::readAll;
using zd::test::writeExecutable;

namespace {

Facts factsOf(DistroFamily family) {
    Facts facts;
    facts.distro.family = family;
    return facts;
}

}  // namespace

class TestRemoteFix : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void setThenUndoAsRoot();
    void privilegeIsDetected();
    void sudoIsUsedWhenAsked();
    void sudoWantingAPasswordFailsClearly();
    void trueNasNeedsAcknowledgement();
    void refusedRequestsSendNothing();
    void undoRefusesToClobberLaterChanges();
    void guidanceForBaseSystemChanges();
    void journalIsNeverReplacedWhenUnreadable();
    void receivedValueIsRestoredWithInheritS();
    void forgedRemoteRecordIsRefused();
    void remoteOutputIsCapped();

  private:
    QString state() const { return m_sshd.directory() + QStringLiteral("/zfs-state"); }
    QString calls() const { return m_sshd.directory() + QStringLiteral("/zfs-calls"); }
    QString sudoCalls() const { return m_sshd.directory() + QStringLiteral("/sudo-calls"); }
    void setState(const QByteArray& valueTabSource) {
        QFile file(state());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(valueTabSource + '\n');
    }
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
    std::unique_ptr<SshConnection> m_connection;
    QTemporaryDir m_home;
    std::unique_ptr<ChangeJournal> m_journal;
};

void TestRemoteFix::initTestCase() {
    QString error;
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
    const QByteArray dir = m_sshd.directory().toUtf8();
    // The fake zfs: get / set / inherit of `direct` on tank/ext only, with
    // zfs(8)'s messages for anything else.
    QVERIFY(writeExecutable(m_sshd.remoteBinDirectory() + QStringLiteral("/zfs"),
                            "#!/bin/sh\n"
                            "for a in \"$@\"; do printf '%s\\0' \"$a\"; done >> " +
                                dir +
                                "/zfs-calls\n"
                                "printf '\\n' >> " +
                                dir +
                                "/zfs-calls\n"
                                "ds=$(eval echo \\${$#})\n"
                                "if [ \"$ds\" != tank/ext ]; then echo \"cannot open '$ds': "
                                "dataset does not exist\" >&2; exit 1; fi\n"
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
    QVERIFY(m_home.isValid());
}

void TestRemoteFix::cleanupTestCase() {
    m_connection.reset();
    m_sshd.stop();
}

void TestRemoteFix::init() {
    QFile::remove(calls());
    QFile::remove(sudoCalls());
    QFile::remove(m_sshd.remoteBinDirectory() + QStringLiteral("/sudo"));
    setState("standard\tdefault");
    m_journal = std::make_unique<ChangeJournal>(
        m_home.path() + QStringLiteral("/%1/remote-journal")
                            .arg(QString::fromLatin1(QTest::currentTestFunction())),
        ChangeRecord::Origin::RemoteHost);
    const std::optional<HostSpec> host = HostSpec::parse(m_sshd.hostSpec(), nullptr);
    QVERIFY(host);
    m_connection = std::make_unique<SshConnection>(*host, m_sshd.clientOptions());
    SshError error;
    QVERIFY2(m_connection->open(&error), qPrintable(error.message));
}

void TestRemoteFix::setThenUndoAsRoot() {
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    QString error;
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Debian), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->remoteCommand, QStringLiteral("zfs set direct=disabled tank/ext"));
    QCOMPARE(plan->current, (DirectState{QStringLiteral("standard"), QStringLiteral("default")}));
    QVERIFY(plan->warnings.isEmpty());
    QVERIFY(setOrInheritCalls().isEmpty());  // planning changes nothing

    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->status, QStringLiteral("verified"));
    QCOMPARE(entry->after.value(QStringLiteral("direct")).toString(), QStringLiteral("disabled"));
    QCOMPARE(entry->after.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    QCOMPARE(entry->verb, QStringLiteral("dataset-direct-disabled"));
    QCOMPARE(entry->target, QStringLiteral("tank/ext"));
    QCOMPARE(setOrInheritCalls(),
             (QList<QStringList>{{QStringLiteral("set"), QStringLiteral("direct=disabled"),
                                  QStringLiteral("tank/ext")}}));

    // The journal lives on this machine and names the host.
    const auto stored = m_journal->load(entry->id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->host, m_connection->host().toString());
    QCOMPARE(stored->toJson(), entry->toJson());
    const QString file =
        m_journal->directory() + QLatin1Char('/') + entry->id + QStringLiteral(".json");
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther |
                                              QFileDevice::ReadGroup | QFileDevice::WriteGroup),
             QFileDevice::Permissions());

    const auto undo = fixer.planUndo(factsOf(DistroFamily::Debian), entry->id, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(undo->remoteCommand, QStringLiteral("zfs inherit direct tank/ext"));
    const auto undone = fixer.apply(*undo, false, &error);
    QVERIFY2(undone, qPrintable(error));
    QCOMPARE(undone->status, QStringLiteral("undone"));
    QCOMPARE(readAll(state()), QByteArray("standard\tdefault\n"));
    QCOMPARE(setOrInheritCalls().last(),
             (QStringList{QStringLiteral("inherit"), QStringLiteral("direct"),
                          QStringLiteral("tank/ext")}));
    QVERIFY(!fixer.planUndo(factsOf(DistroFamily::Debian), entry->id, &error));
    QVERIFY2(error.contains(QLatin1String("already undone")), qPrintable(error));

    // A previous LOCAL value is restored with zfs set, not inherit.
    setState("disabled\tlocal");
    const auto second =
        fixer.planSetDirect(factsOf(DistroFamily::Debian), QStringLiteral("tank/ext"),
                            QStringLiteral("standard"), &error);
    QVERIFY2(second, qPrintable(error));
    const auto secondEntry = fixer.apply(*second, false, &error);
    QVERIFY(secondEntry && secondEntry->status == QLatin1String("verified"));
    const auto restore = fixer.planUndo(factsOf(DistroFamily::Debian), secondEntry->id, &error);
    QVERIFY2(restore, qPrintable(error));
    QCOMPARE(restore->remoteCommand, QStringLiteral("zfs set direct=disabled tank/ext"));
}

void TestRemoteFix::privilegeIsDetected() {
    // Auto asks the remote `id -u`: root runs zfs directly, anyone else
    // through sudo -n. The tests log in as the user running them.
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Auto);
    QString error;
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Debian), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    const QString expected = ::getuid() == 0
                                 ? QStringLiteral("zfs set direct=disabled tank/ext")
                                 : QStringLiteral("sudo -n zfs set direct=disabled tank/ext");
    QCOMPARE(plan->remoteCommand, expected);
}

void TestRemoteFix::sudoIsUsedWhenAsked() {
    QVERIFY(writeExecutable(m_sshd.remoteBinDirectory() + QStringLiteral("/sudo"),
                            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done >> " +
                                sudoCalls().toUtf8() + "\nprintf '\\n' >> " + sudoCalls().toUtf8() +
                                "\n[ \"$1\" = -n ] || exit 1\nshift\nexec \"$@\"\n"));
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Sudo);
    QString error;
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Fedora), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->remoteCommand, QStringLiteral("sudo -n zfs set direct=disabled tank/ext"));
    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY2(entry && entry->status == QLatin1String("verified"), qPrintable(error));
    QCOMPARE(
        invocations(sudoCalls()),
        (QList<QStringList>{{QStringLiteral("-n"), QStringLiteral("zfs"), QStringLiteral("set"),
                             QStringLiteral("direct=disabled"), QStringLiteral("tank/ext")}}));
}

void TestRemoteFix::sudoWantingAPasswordFailsClearly() {
    // What sudo -n prints when the user has no NOPASSWD rule (sudo(8)).
    QVERIFY(writeExecutable(m_sshd.remoteBinDirectory() + QStringLiteral("/sudo"),
                            "#!/bin/sh\necho 'sudo: a password is required' >&2\nexit 1\n"));
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Sudo);
    QString error;
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Fedora), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY(entry);
    QCOMPARE(entry->status, QStringLiteral("failed"));
    QVERIFY2(entry->message.contains(QLatin1String("never types")), qPrintable(entry->message));
    QCOMPARE(readAll(state()), QByteArray("standard\tdefault\n"));
    QCOMPARE(entry->after, entry->before);  // the real state, read back
    QCOMPARE(entry->steps.first().status, QStringLiteral("failed"));
}

void TestRemoteFix::trueNasNeedsAcknowledgement() {
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    QString error;
    const Facts truenas = factsOf(DistroFamily::TrueNasScale);
    const auto plan = fixer.planSetDirect(truenas, QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->needsAcknowledgement);
    QVERIFY(plan->warnings.join(QLatin1Char(' ')).contains(QLatin1String("middleware")));
    QVERIFY(!fixer.apply(*plan, false, &error));
    QVERIFY(setOrInheritCalls().isEmpty());
    QVERIFY(!QFile::exists(m_journal->directory()));
    const auto entry = fixer.apply(*plan, true, &error);
    QVERIFY2(entry && entry->status == QLatin1String("verified"), qPrintable(error));
}

void TestRemoteFix::refusedRequestsSendNothing() {
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    const Facts facts = factsOf(DistroFamily::Debian);
    QString error;
    QVERIFY(
        !fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("always"), &error));
    QVERIFY2(error.contains(QLatin1String("never applied")), qPrintable(error));
    QVERIFY(!fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("on"), &error));
    for (const QString& hostile :
         {QStringLiteral("tank/ext; rm -rf /"), QStringLiteral("-o"), QStringLiteral("tank/../x"),
          QStringLiteral("tank@snap"), QStringLiteral("tank/$(id)"), QStringLiteral("/tank"),
          QStringLiteral("tank//x"), QStringLiteral("1tank"), QString()}) {
        QVERIFY2(!fixer.planSetDirect(facts, hostile, QStringLiteral("disabled"), &error),
                 qPrintable(hostile));
    }
    QVERIFY(invocations(calls()).isEmpty());  // nothing reached the remote
    // A valid name that does not exist: the remote says so, nothing is set.
    QVERIFY(!fixer.planSetDirect(facts, QStringLiteral("tank/nope"), QStringLiteral("disabled"),
                                 &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(setOrInheritCalls().isEmpty());
    // Already in the requested state: nothing to do.
    setState("disabled\tlocal");
    QVERIFY(!fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("disabled"),
                                 &error));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
}

void TestRemoteFix::undoRefusesToClobberLaterChanges() {
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    const Facts facts = factsOf(DistroFamily::Debian);
    QString error;
    const auto plan =
        fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY(entry && entry->status == QLatin1String("verified"));
    setState("always\tlocal");  // someone else changed it afterwards
    QVERIFY(!fixer.planUndo(facts, entry->id, &error));
    QVERIFY2(error.contains(QLatin1String("changed again")), qPrintable(error));
    QVERIFY(!fixer.planUndo(facts, QStringLiteral("no-such-id"), &error));
}

void TestRemoteFix::guidanceForBaseSystemChanges() {
    const QString truenas = RemoteFixer::baseSystemGuidance(factsOf(DistroFamily::TrueNasScale));
    QVERIFY(truenas.contains(QLatin1String("unsupported")));
    QVERIFY(truenas.contains(QLatin1String("System > Update")));
    const QString fedora = RemoteFixer::baseSystemGuidance(factsOf(DistroFamily::Fedora));
    QVERIFY(fedora.contains(QLatin1String("not made over --host")));
}

void TestRemoteFix::journalIsNeverReplacedWhenUnreadable() {
    // A file where the journal directory belongs: no journal, no change.
    QDir().mkpath(QFileInfo(m_journal->directory()).absolutePath());
    QFile file(m_journal->directory());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not a directory");
    file.close();
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    QString error;
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Debian), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    // The remote command is never run.
    QVERIFY(!fixer.apply(*plan, false, &error));
    QVERIFY2(error.contains(QLatin1String("not a private directory")), qPrintable(error));
    QVERIFY(setOrInheritCalls().isEmpty());
    QCOMPARE(readAll(m_journal->directory()), QByteArray("{ not a directory"));
}

// The same rule as the helper's (remedy/direct_property.h): a received value
// comes back with `zfs inherit -S`, not refused and not made local.
void TestRemoteFix::receivedValueIsRestoredWithInheritS() {
    setState("always\treceived");
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    const Facts facts = factsOf(DistroFamily::Debian);
    QString error;
    const auto plan =
        fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY(entry && entry->status == QLatin1String("verified"));
    const auto undo = fixer.planUndo(facts, entry->id, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(undo->remoteCommand, QStringLiteral("zfs inherit -S direct tank/ext"));
    QVERIFY(undo->warnings.join(QLatin1Char(' ')).contains(QLatin1String("problem 5")));
    // A temporary value cannot be restored: nothing is changed.
    setState("always\ttemporary");
    QVERIFY(!fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("disabled"),
                                 &error));
    QVERIFY2(error.contains(QLatin1String("temporary")), qPrintable(error));
}

// The remote journal has the helper's validating reader: a record edited to
// name another dataset with a shell command is refused, nothing is sent.
void TestRemoteFix::forgedRemoteRecordIsRefused() {
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    const Facts facts = factsOf(DistroFamily::Debian);
    QString error;
    const auto plan =
        fixer.planSetDirect(facts, QStringLiteral("tank/ext"), QStringLiteral("disabled"), &error);
    QVERIFY2(plan, qPrintable(error));
    const auto entry = fixer.apply(*plan, false, &error);
    QVERIFY(entry);
    const QString file =
        m_journal->directory() + QLatin1Char('/') + entry->id + QStringLiteral(".json");
    QByteArray text = readAll(file);
    QVERIFY(text.contains("\"tank/ext\""));
    text.replace("\"tank/ext\"", "\"tank/ext;reboot\"");
    QFile forged(file);
    QVERIFY(forged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    forged.write(text);
    forged.close();
    QFile::remove(calls());
    QVERIFY(!fixer.planUndo(facts, entry->id, &error));
    QVERIFY2(error.contains(QLatin1String("Nothing was changed")), qPrintable(error));
    QVERIFY(invocations(calls()).isEmpty());
}

// A remote that sends far more than zfs ever prints is cut off.
void TestRemoteFix::remoteOutputIsCapped() {
    const QString zfs = m_sshd.remoteBinDirectory() + QStringLiteral("/zfs");
    const QByteArray original = readAll(zfs);
    QVERIFY(writeExecutable(zfs, "#!/bin/sh\nhead -c 83886080 /dev/zero | tr '\\0' a\n"));
    RemoteFixer fixer(*m_connection, *m_journal, RemotePrivilege::Root);
    QString error;
    QElapsedTimer clock;
    clock.start();
    const auto plan = fixer.planSetDirect(factsOf(DistroFamily::Debian), QStringLiteral("tank/ext"),
                                          QStringLiteral("disabled"), &error);
    QVERIFY(writeExecutable(zfs, original));
    QVERIFY(!plan);
    QVERIFY2(error.contains(QLatin1String("more than 64 MiB")), qPrintable(error));
    qInfo("80 MiB from the remote were cut off after %lld ms", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestRemoteFix)
#include "test_remote_fix.moc"
