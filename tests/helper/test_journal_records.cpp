// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Forged and tampered journal records (issue 12 point 2). Undo acts on a
// record read back from disk, so each record is input like a D-Bus argument:
// the one validating reader (app/core/remedy/change_record.cpp) must refuse
// every row below, with a sentence, before polkit is asked, before any tool
// runs and before anything is written under --root. Each row starts from a
// record the reader accepts (checked by validRecordsAreAccepted) and changes
// one thing.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>

#include "contract.h"
#include "service_harness.h"

using namespace zd;
using namespace zd::helper;
using namespace zd::helper::test;

namespace {

const QString kId = QStringLiteral("20261121T204500Z-1a2b3c4d");

QJsonArray doneStep(const QString& name) {
    return {QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("command"), name},
                        {QStringLiteral("status"), QStringLiteral("done")},
                        {QStringLiteral("detail"), QString()},
                        {QStringLiteral("time"), QStringLiteral("2026-11-21T20:45:01.000Z")}}};
}

QJsonObject record(const QString& verb, const QString& target, const QJsonObject& before) {
    return {{QStringLiteral("id"), kId},
            {QStringLiteral("time"), QStringLiteral("2026-11-21T20:45:00.123Z")},
            {QStringLiteral("callerUid"), 1000},
            {QStringLiteral("verb"), verb},
            {QStringLiteral("target"), target},
            {QStringLiteral("option"), QString()},
            {QStringLiteral("status"), QStringLiteral("verified")},
            {QStringLiteral("message"), QStringLiteral("done")},
            {QStringLiteral("warnings"), QJsonArray()},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), QJsonObject()},
            {QStringLiteral("steps"), doneStep(QStringLiteral("step"))},
            {QStringLiteral("undoSteps"), QJsonArray()}};
}

QJsonObject dataset() {
    return record(QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/data"),
                  {{QStringLiteral("dataset"), QStringLiteral("tank/data")},
                   {QStringLiteral("direct"), QStringLiteral("always")},
                   {QStringLiteral("source"), QStringLiteral("local")}});
}
QJsonObject loop() {
    return record(QStringLiteral("loop-dio-off"), QStringLiteral("loop3"),
                  {{QStringLiteral("device"), QStringLiteral("loop3")},
                   {QStringLiteral("dio"), QStringLiteral("1")},
                   {QStringLiteral("backingFile"), QStringLiteral("/var/lib/images/a.img")}});
}
QJsonObject sysext() {
    return record(QStringLiteral("sysext-dropin"), QString(),
                  {{QStringLiteral("existed"), true},
                   {QStringLiteral("content"),
                    QStringLiteral("# old\n[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n")},
                   {QStringLiteral("unitActiveState"), QStringLiteral("active")}});
}
QJsonObject zfsDio() {
    return record(QStringLiteral("zfs-dio-disable"), QString(),
                  {{QStringLiteral("parameter"), QStringLiteral("1")},
                   {QStringLiteral("modprobeExisted"), true},
                   {QStringLiteral("modprobeContent"),
                    QStringLiteral("options zfs zfs_arc_max=1073741824\n")}});
}
QJsonObject dmuOffset() {
    return record(QStringLiteral("dmu-offset-next-sync-off"), QString(),
                  {{QStringLiteral("parameter"), QStringLiteral("1")},
                   {QStringLiteral("modprobeExisted"), false},
                   {QStringLiteral("modprobeContent"), QString()}});
}
QJsonObject fedoraPin() {
    return record(
        QStringLiteral("kernel-pin"), QStringLiteral("6.12.24-200.fc41.x86_64"),
        {{QStringLiteral("family"), QStringLiteral("fedora")},
         {QStringLiteral("release"), QStringLiteral("6.12.24-200.fc41.x86_64")},
         {QStringLiteral("defaultKernel"), QStringLiteral("/boot/vmlinuz-6.12.25-200.fc41.x86_64")},
         {QStringLiteral("dnf5"), true},
         {QStringLiteral("lockExisted"), false},
         {QStringLiteral("lockContent"), QString()},
         {QStringLiteral("sysconfigExisted"), true},
         {QStringLiteral("updateDefaultPresent"), true},
         {QStringLiteral("updateDefault"), QStringLiteral("yes")}});
}
QJsonObject debianPin() {
    return record(QStringLiteral("kernel-pin"), QStringLiteral("6.1.0-27-amd64"),
                  {{QStringLiteral("family"), QStringLiteral("debian")},
                   {QStringLiteral("release"), QStringLiteral("6.1.0-27-amd64")},
                   {QStringLiteral("held"), false},
                   {QStringLiteral("grubEntry"),
                    QStringLiteral("gnulinux-advanced-ab>gnulinux-6.1.0-27-amd64-advanced-ab")},
                   {QStringLiteral("grubDefaultPresent"), true},
                   {QStringLiteral("grubDefault"), QStringLiteral("0")}});
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value) {
    object.insert(key, value);
    return object;
}
QJsonObject withBefore(QJsonObject object, const QString& key, const QJsonValue& value) {
    QJsonObject before = object.value(QStringLiteral("before")).toObject();
    if (value.isUndefined()) {
        before.remove(key);
    } else {
        before.insert(key, value);
    }
    object.insert(QStringLiteral("before"), before);
    return object;
}
QByteArray bytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

}  // namespace

class JournalRecordsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The starting points of the rows are accepted: each row fails for its own change.
    void validRecordsAreAccepted() {
        for (const QJsonObject& valid :
             {dataset(), loop(), sysext(), zfsDio(), dmuOffset(), fedoraPin(), debianPin()}) {
            QString error;
            QVERIFY2(ChangeRecord::fromJson(valid, ChangeRecord::Origin::ThisMachine, &error),
                     qPrintable(error));
        }
    }

    void forgedRecord_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        const QString file = kId + QStringLiteral(".json");
        auto row = [&file](const char* name, const QJsonObject& object) {
            QTest::newRow(name) << file << bytes(object);
        };
        // Files and framing.
        QTest::newRow("01 truncated JSON") << file << bytes(dataset()).left(120);
        QTest::newRow("02 not an object") << file << QByteArray("[1, 2, 3]");
        QTest::newRow("03 empty file") << file << QByteArray();
        QTest::newRow("04 file name is another id")
            << QStringLiteral("20261121T204500Z-ffffffff.json") << bytes(dataset());
        QTest::newRow("05 over 1 MiB") << file
                                       << bytes(with(dataset(), QStringLiteral("message"),
                                                     QString(1100000, QLatin1Char('m'))));
        // Generic fields.
        row("06 id not an id", with(dataset(), QStringLiteral("id"), QStringLiteral("../../x")));
        row("07 unknown verb", with(dataset(), QStringLiteral("verb"), QStringLiteral("rm-rf")));
        row("08 status not a status",
            with(dataset(), QStringLiteral("status"), QStringLiteral("pwned")));
        row("09 option given",
            with(dataset(), QStringLiteral("option"), QStringLiteral("--force")));
        row("10 callerUid negative", with(dataset(), QStringLiteral("callerUid"), -1));
        row("11 callerUid a string",
            with(dataset(), QStringLiteral("callerUid"), QStringLiteral("root")));
        row("12 time not a time",
            with(dataset(), QStringLiteral("time"), QStringLiteral("yesterday")));
        row("13 a remote host in the local journal",
            with(dataset(), QStringLiteral("host"), QStringLiteral("admin@nas")));
        row("14 step with a made-up status",
            with(dataset(), QStringLiteral("steps"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                        {QStringLiteral("status"), QStringLiteral("skipped")}}}));
        row("15 warnings not strings",
            with(dataset(), QStringLiteral("warnings"), QJsonArray{1, 2}));
        row("16 before not an object",
            with(dataset(), QStringLiteral("before"), QStringLiteral("x")));
        // Targets, with the validators of the D-Bus arguments.
        row("17 dataset target with a shell command",
            withBefore(with(dataset(), QStringLiteral("target"), QStringLiteral("tank;reboot")),
                       QStringLiteral("dataset"), QStringLiteral("tank;reboot")));
        row("18 dataset target an option",
            withBefore(with(dataset(), QStringLiteral("target"), QStringLiteral("-o")),
                       QStringLiteral("dataset"), QStringLiteral("-o")));
        row("19 loop-dio-off for sda (validator rejects its target)",
            withBefore(with(loop(), QStringLiteral("target"), QStringLiteral("sda")),
                       QStringLiteral("device"), QStringLiteral("sda")));
        row("20 kernel-pin target with a path",
            withBefore(with(fedoraPin(), QStringLiteral("target"), QStringLiteral("../../etc")),
                       QStringLiteral("release"), QStringLiteral("../../etc")));
        row("21 sysext-dropin with a target",
            with(sysext(), QStringLiteral("target"), QStringLiteral("x")));
        // `before`, by each verb's schema.
        row("22 before names another dataset",
            withBefore(dataset(), QStringLiteral("dataset"), QStringLiteral("tank/other")));
        row("23 direct not a value",
            withBefore(dataset(), QStringLiteral("direct"), QStringLiteral("on")));
        row("24 direct source temporary",
            withBefore(dataset(), QStringLiteral("source"), QStringLiteral("temporary")));
        row("25 inherited from a non-dataset",
            withBefore(dataset(), QStringLiteral("source"),
                       QStringLiteral("inherited from ../../etc")));
        row("26 direct missing",
            withBefore(dataset(), QStringLiteral("direct"), QJsonValue::Undefined));
        row("27 loop dio not 0 or 1",
            withBefore(loop(), QStringLiteral("dio"), QStringLiteral("1; reboot")));
        row("28 loop device differs",
            withBefore(loop(), QStringLiteral("device"), QStringLiteral("loop4")));
        row("29 loop backing file with a newline",
            withBefore(loop(), QStringLiteral("backingFile"), QStringLiteral("/x\nfake log line")));
        row("30 drop-in that runs a program",
            withBefore(sysext(), QStringLiteral("content"),
                       QStringLiteral("[Service]\nExecStartPre=/bin/sh -c id\n")));
        row("31 drop-in with another section",
            withBefore(sysext(), QStringLiteral("content"),
                       QStringLiteral("[Unit]\nRequires=evil.service\n")));
        row("32 drop-in content for a file that did not exist",
            withBefore(sysext(), QStringLiteral("existed"), false));
        row("33 unit state made up",
            withBefore(sysext(), QStringLiteral("unitActiveState"), QStringLiteral("rooted")));
        row("34 modprobe install line (root code at module load)",
            withBefore(zfsDio(), QStringLiteral("modprobeContent"),
                       QStringLiteral("install zfs /bin/sh -c 'id >/x'\n")));
        row("35 modprobe options for another module",
            withBefore(zfsDio(), QStringLiteral("modprobeContent"),
                       QStringLiteral("options loop max_loop=1\n")));
        row("36 module parameter with a command",
            withBefore(zfsDio(), QStringLiteral("parameter"), QStringLiteral("0; reboot")));
        row("37 existed not a boolean",
            withBefore(zfsDio(), QStringLiteral("modprobeExisted"), QStringLiteral("yes")));
        row("38 the old lockFile path field (and no dnf5)",
            withBefore(withBefore(fedoraPin(), QStringLiteral("dnf5"), QJsonValue::Undefined),
                       QStringLiteral("lockFile"), QStringLiteral("/../../x/PWNED")));
        row("39 default kernel outside /boot",
            withBefore(fedoraPin(), QStringLiteral("defaultKernel"), QStringLiteral("/tmp/evil")));
        row("40 UPDATEDEFAULT with command substitution",
            withBefore(fedoraPin(), QStringLiteral("updateDefault"), QStringLiteral("$(reboot)")));
        row("41 UPDATEDEFAULT with backticks",
            withBefore(fedoraPin(), QStringLiteral("updateDefault"), QStringLiteral("`id`")));
        row("42 GRUB_DEFAULT ending the quote",
            withBefore(debianPin(), QStringLiteral("grubDefault"),
                       QStringLiteral("\"0\"; reboot")));
        row("43 GRUB_DEFAULT with a newline", withBefore(debianPin(), QStringLiteral("grubDefault"),
                                                         QStringLiteral("0\nGRUB_INIT_TUNE=1")));
        row("44 grubEntry with a space",
            withBefore(debianPin(), QStringLiteral("grubEntry"), QStringLiteral("gnulinux x")));
        row("45 family made up",
            withBefore(debianPin(), QStringLiteral("family"), QStringLiteral("arch")));
        row("46 release differs from the target",
            withBefore(debianPin(), QStringLiteral("release"), QStringLiteral("6.1.0-28-amd64")));
        row("47 dmu-offset parameter with a command",
            withBefore(dmuOffset(), QStringLiteral("parameter"), QStringLiteral("1 && reboot")));
        row("48 dmu-offset modprobe install line",
            withBefore(withBefore(dmuOffset(), QStringLiteral("modprobeExisted"), true),
                       QStringLiteral("modprobeContent"),
                       QStringLiteral("install zfs /bin/sh -c 'id >/x'\n")));
    }
    void forgedRecord() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QVERIFY(QDir().mkpath(h.journal().directory()));
        QFile file(h.journal().directory() + QLatin1Char('/') + fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        // Some files every remedy would touch, so a write would show.
        h.writeRootFile(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\n");
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled"), "0\n");
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dmu_offset_next_sync"),
                        "0\n");
        const QStringList rootBefore = h.rootTree();

        const QDBusMessage reply = h.call(QStringLiteral("Undo"), {fileName.chopped(5)});
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorUnknownChange));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("Nothing was changed")) ||
                     reply.errorMessage().contains(QLatin1String("There is no change")),
                 qPrintable(reply.errorMessage()));
        QVERIFY2(h.fakes().polkit()->calls().isEmpty(), "polkit was asked about a forged record");
        QVERIFY(h.tools().calls().isEmpty());
        QVERIFY(h.fakes().systemd()->calls().isEmpty());
        QCOMPARE(h.rootTree(), rootBefore);
        // The file is left as it was, for the admin to look at.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        // History names it as a problem instead of listing it.
        const QJsonObject history =
            QJsonDocument::fromJson(
                h.call(QStringLiteral("History"), {}).arguments().value(0).toString().toUtf8())
                .object();
        QVERIFY(history.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(history.value(QStringLiteral("problems")).toArray().size(), 1);
        // And undo --all leaves it alone too.
        const QJsonObject all =
            QJsonDocument::fromJson(
                h.call(QStringLiteral("UndoAll"), {}).arguments().value(0).toString().toUtf8())
                .object();
        QVERIFY(all.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(h.rootTree(), rootBefore);
        QVERIFY(h.tools().calls().isEmpty());
    }

    void symlinkedRecordIsRefused() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QVERIFY(QDir().mkpath(h.journal().directory()));
        QTemporaryDir elsewhere;
        QFile real(elsewhere.path() + QStringLiteral("/r.json"));
        QVERIFY(real.open(QIODevice::WriteOnly));
        real.write(bytes(dataset()));
        real.close();
        QVERIFY(QFile::link(real.fileName(), h.journal().directory() + QLatin1Char('/') + kId +
                                                 QStringLiteral(".json")));
        QString error;
        QVERIFY(!h.journal().load(kId, &error));
        QVERIFY2(error.contains(QLatin1String("cannot read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(JournalRecordsTest)
#include "test_journal_records.moc"
