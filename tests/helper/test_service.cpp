// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's service object on a private bus, with a fake polkit Authority
// and a fake systemd Manager on that same bus and a recording tool runner:
// authorization outcomes, hostile input, exact fix command lines, journal and
// undo, probes, and targeted progress signals.
#include <QtTest>

#include <QDBusConnectionInterface>
#include <QDBusPendingCall>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>
#include <unistd.h>

#include "contract.h"
#include "model/probe_result.h"
#include "service_harness.h"

using namespace zd;
using namespace zd::helper;
using namespace zd::helper::test;

namespace {

QJsonObject jsonOf(const QDBusMessage& reply) {
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

QString describe(const QDBusMessage& reply) {
    return reply.type() == QDBusMessage::ErrorMessage
               ? reply.errorName() + QStringLiteral(": ") + reply.errorMessage()
               : reply.arguments().value(0).toString();
}

QStringList zfsList(const QString& dataset) {
    return {QStringLiteral("zfs"), QStringLiteral("list"),      QStringLiteral("-H"),
            QStringLiteral("-o"),  QStringLiteral("name,type"), dataset};
}

QStringList zfsGetDirect(const QString& dataset) {
    return {QStringLiteral("zfs"),
            QStringLiteral("get"),
            QStringLiteral("-Hp"),
            QStringLiteral("-o"),
            QStringLiteral("value,source"),
            QStringLiteral("direct"),
            dataset};
}

// dnf's argv when the helper runs with --root (KernelPinRemedy::dnfArguments).
QStringList dnfInRoot(const ServiceHarness& h, const QStringList& arguments) {
    return QStringList{QStringLiteral("dnf"), QStringLiteral("--installroot=") + h.root(),
                       QStringLiteral("--setopt=pluginconfpath=") + h.root() +
                           QStringLiteral("/etc/dnf/plugins")} +
           arguments;
}

// /etc/dnf/versionlock.toml as `dnf5 versionlock add kernel-core` writes it
// (tests/fedora/fixtures/dnf5-written.toml, its first entry).
const QByteArray kDnf5Added =
    "version = \"1.0\"\n\n[[packages]]\nname = \"kernel-core\"\ncomment = \"Added by "
    "'versionlock add' command on 2025-05-02 14:03:51\"\n\n[[packages.conditions]]\nkey = "
    "\"evr\"\ncomparator = \"=\"\nvalue = \"6.12.24-200.fc41\"\n";

// A Fedora root with kernel `release` installed, grubby reporting `defaultKernel`
// (twice: plan and verify), dnf 4 (or 5) and the given lock file.
void fedoraRoot(ServiceHarness& h, const QString& release, const QString& defaultKernel,
                const QByteArray& updateDefault, bool dnf5, const QByteArray& locks) {
    h.writeRootFile(QStringLiteral("/etc/os-release"),
                    "NAME=\"Fedora Linux\"\nID=fedora\nVERSION_ID=41\n");
    h.writeRootFile(QStringLiteral("/lib/modules/") + release + QStringLiteral("/modules.dep"), "");
    h.writeRootFile(QStringLiteral("/boot/vmlinuz-") + release, "kernel");
    h.writeRootFile(QStringLiteral("/etc/sysconfig/kernel"),
                    "UPDATEDEFAULT=" + updateDefault + "\nDEFAULTKERNEL=kernel-core\n");
    h.writeRootFile(dnf5 ? QStringLiteral("/etc/dnf/versionlock.toml")
                         : QStringLiteral("/etc/dnf/plugins/versionlock.list"),
                    locks);
    QStringList installed{QStringLiteral("dnf"), QStringLiteral("grubby")};
    if (dnf5) {
        installed.append(QStringLiteral("dnf5"));
    }
    h.tools().setInstalled(installed);
    h.tools().scriptSequence({"grubby", "--default-kernel"},
                             {defaultKernel + QLatin1Char('\n'),
                              QStringLiteral("/boot/vmlinuz-") + release + QLatin1Char('\n')});
}

}  // namespace

class ServiceTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void polkitIsAskedForTheCallerBusName() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage reply = h.call(QStringLiteral("Version"), {});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value(QStringLiteral("interface")).toString(),
                 QStringLiteral("org.zfsdoctor.Helper1"));
        const QList<PolkitCall> calls = h.fakes().polkit()->calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().signature, QStringLiteral("(sa{sv})sa{ss}us"));
        QCOMPARE(calls.first().subjectKind, QStringLiteral("system-bus-name"));
        QCOMPARE(calls.first().subjectName, h.client().baseService());
        QCOMPARE(calls.first().actionId, QStringLiteral("org.zfsdoctor.read-history"));
        QCOMPARE(calls.first().flags, 1u);
        QCOMPARE(calls.first().cancellationId, QString());
    }

    void authorizationOutcomes_data() {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("denied")
            << int(PolkitAnswer::Deny) << QString::fromLatin1(kErrorNotAuthorized)
            << QStringLiteral("Not authorized: polkit denied org.zfsdoctor.fix.dataset-direct");
        QTest::newRow("dismissed")
            << int(PolkitAnswer::Dismissed) << QString::fromLatin1(kErrorCancelled)
            << QStringLiteral("dismissed");
        QTest::newRow("cancelled")
            << int(PolkitAnswer::CancelledError) << QString::fromLatin1(kErrorCancelled)
            << QStringLiteral("cancelled");
        QTest::newRow("no agent") << int(PolkitAnswer::Challenge)
                                  << QString::fromLatin1(kErrorNotAuthorized)
                                  << QStringLiteral("no authentication agent");
    }
    void authorizationOutcomes() {
        QFETCH(int, answer);
        QFETCH(QString, error);
        QFETCH(QString, phrase);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fakes().polkit()->setAnswer(static_cast<PolkitAnswer>(answer));
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"),
            {QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/data"), QString()});
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), error);
        QVERIFY2(reply.errorMessage().contains(phrase), qPrintable(reply.errorMessage()));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(h.tools().calls().isEmpty());
        QVERIFY(h.journal().all().isEmpty());
    }

    void polkitUnreachable() {
        ServiceHarness h(ServiceHarness::Options{false, true, {}});
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage reply = h.call(QStringLiteral("ApplyFix"),
                                          {QStringLiteral("sysext-dropin"), QString(), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorAuthorizationUnavailable));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("polkit could not be asked")));
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/systemd/system/systemd-sysext.service.d")));
        QVERIFY(h.fakes().systemd()->calls().isEmpty());
    }

    // (d) hostile input: each is refused with a clear error and no tool runs.
    void hostileInput_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString invalid = QString::fromLatin1(kErrorInvalidArgument);
        const QString unknownVerb = QString::fromLatin1(kErrorUnknownVerb);
        const QString notFound = QString::fromLatin1(kErrorNotFound);
        const QString unknownChange = QString::fromLatin1(kErrorUnknownChange);
        const QString std = QStringLiteral("dataset-direct-standard");
        const QString dis = QStringLiteral("dataset-direct-disabled");
        const QString loop = QStringLiteral("loop-dio-off");
        const QString pin = QStringLiteral("kernel-pin");
        const QString odirect = QStringLiteral("odirect-alignment");
        auto fix = [](const QString& verb, const QString& target) {
            return QStringList{verb, target, QString()};
        };
        QTest::newRow("01 shell ;")
            << "ApplyFix" << fix(std, QStringLiteral("tank; rm -rf /")) << invalid;
        QTest::newRow("02 shell $()")
            << "ApplyFix" << fix(std, QStringLiteral("tank/$(reboot)")) << invalid;
        QTest::newRow("03 backticks")
            << "ApplyFix" << fix(std, QStringLiteral("tank/`id`")) << invalid;
        QTest::newRow("04 pipe") << "ApplyFix" << fix(dis, QStringLiteral("tank|cat")) << invalid;
        QTest::newRow("05 ampersand")
            << "ApplyFix" << fix(dis, QStringLiteral("tank&&reboot")) << invalid;
        QTest::newRow("06 redirect")
            << "ApplyFix" << fix(std, QStringLiteral("tank>/etc/passwd")) << invalid;
        QTest::newRow("07 option -o") << "ApplyFix" << fix(std, QStringLiteral("-o")) << invalid;
        QTest::newRow("08 option --help")
            << "PreviewFix" << fix(std, QStringLiteral("--help")) << invalid;
        QTest::newRow("09 option -r tank")
            << "ApplyFix" << fix(std, QStringLiteral("-r tank")) << invalid;
        QTest::newRow("10 dotdot")
            << "ApplyFix" << fix(std, QStringLiteral("tank/../other")) << invalid;
        QTest::newRow("11 path") << "ApplyFix" << fix(std, QStringLiteral("../../etc/shadow"))
                                 << invalid;
        QTest::newRow("12 absolute path")
            << "ApplyFix" << fix(std, QStringLiteral("/tank/data")) << invalid;
        QTest::newRow("13 snapshot") << "ApplyFix" << fix(std, QStringLiteral("tank@x")) << invalid;
        QTest::newRow("14 bookmark") << "ApplyFix" << fix(std, QStringLiteral("tank#b")) << invalid;
        QTest::newRow("15 snapshot probe")
            << "Probe" << QStringList{odirect, QStringLiteral("tank/a@snap")} << invalid;
        QTest::newRow("16 10 kB") << "ApplyFix"
                                  << fix(std,
                                         QStringLiteral("tank/") + QString(10240, QLatin1Char('a')))
                                  << invalid;
        QTest::newRow("17 10 kB verb")
            << "ApplyFix" << fix(QString(10240, QLatin1Char('x')), QString()) << invalid;
        // D-Bus strings cannot carry NUL (QtDBus cuts the string there on the
        // sending side), so NUL itself is covered in test_validators; DEL here.
        QTest::newRow("18 DEL") << "ApplyFix"
                                << fix(std,
                                       QStringLiteral("tank") + QChar(0x7f) + QStringLiteral("x"))
                                << invalid;
        QTest::newRow("19 newline")
            << "ApplyFix" << fix(std, QStringLiteral("tank\nfake log line")) << invalid;
        QTest::newRow("20 escape")
            << "ApplyFix" << fix(std, QStringLiteral("tank\x1b[2J")) << invalid;
        QTest::newRow("21 empty dataset") << "ApplyFix" << fix(std, QString()) << invalid;
        QTest::newRow("22 trailing slash")
            << "ApplyFix" << fix(std, QStringLiteral("tank/")) << invalid;
        QTest::newRow("23 empty component")
            << "ApplyFix" << fix(std, QStringLiteral("tank//x")) << invalid;
        QTest::newRow("24 glob") << "ApplyFix" << fix(std, QStringLiteral("tank/*")) << invalid;
        QTest::newRow("25 unknown fix")
            << "ApplyFix" << fix(QStringLiteral("rm-rf"), QString()) << unknownVerb;
        QTest::newRow("26 never-probed 2")
            << "Probe" << QStringList{QStringLiteral("loop-hang"), QStringLiteral("tank")}
            << unknownVerb;
        QTest::newRow("27 never-probed 5")
            << "Probe" << QStringList{QStringLiteral("loop-direct-always"), QStringLiteral("tank")}
            << unknownVerb;
        QTest::newRow("28 fix as probe")
            << "Probe" << QStringList{std, QStringLiteral("tank")} << unknownVerb;
        QTest::newRow("29 loop path")
            << "ApplyFix" << fix(loop, QStringLiteral("/dev/loop0")) << invalid;
        QTest::newRow("30 sda") << "ApplyFix" << fix(loop, QStringLiteral("sda")) << invalid;
        QTest::newRow("31 ram0") << "ApplyFix" << fix(loop, QStringLiteral("ram0")) << invalid;
        QTest::newRow("32 loop traversal")
            << "ApplyFix" << fix(loop, QStringLiteral("loop0/../../sda")) << invalid;
        QTest::newRow("33 missing loop")
            << "ApplyFix" << fix(loop, QStringLiteral("loop7")) << notFound;
        QTest::newRow("34 kernel option")
            << "ApplyFix" << fix(pin, QStringLiteral("--all")) << invalid;
        QTest::newRow("35 kernel traversal")
            << "ApplyFix" << fix(pin, QStringLiteral("6.1/../../x")) << invalid;
        QTest::newRow("36 kernel missing")
            << "ApplyFix" << fix(pin, QStringLiteral("6.1.0-99-amd64")) << notFound;
        QTest::newRow("37 target for no-target fix")
            << "ApplyFix" << fix(QStringLiteral("sysext-dropin"), QStringLiteral("x")) << invalid;
        QTest::newRow("38 option given")
            << "ApplyFix" << QStringList{std, QStringLiteral("tank"), QStringLiteral("--force")}
            << invalid;
        QTest::newRow("39 unknown change")
            << "Undo" << QStringList{QStringLiteral("20261121T204500Z-1a2b3c4d")} << unknownChange;
        QTest::newRow("40 change traversal")
            << "Undo" << QStringList{QStringLiteral("../../etc/passwd")} << unknownChange;
        QTest::newRow("41 change glob")
            << "Undo" << QStringList{QStringLiteral("*")} << unknownChange;
        QTest::newRow("42 pool starts with digit")
            << "ApplyFix" << fix(std, QStringLiteral("0tank")) << invalid;
        QTest::newRow("43 reserved pool")
            << "ApplyFix" << fix(std, QStringLiteral("mirror")) << invalid;
        QTest::newRow("44 unicode lookalike")
            << "ApplyFix" << fix(std, QStringLiteral("tank\u2215etc")) << invalid;
        QTest::newRow("45 C1 control")
            << "Probe" << QStringList{odirect, QStringLiteral("tank") + QChar(0x9b)} << invalid;
        const QString preview = QStringLiteral("PreviewFix");
        QTest::newRow("46 preview shell")
            << preview << fix(dis, QStringLiteral("tank;id")) << invalid;
        QTest::newRow("47 preview unknown fix")
            << preview << fix(QStringLiteral("kernel-pin "), QStringLiteral("6.1.0"))
            << unknownVerb;
        QTest::newRow("48 verb with NBSP")
            << "ApplyFix" << fix(QStringLiteral("sysext-dropin\u00a0"), QString()) << unknownVerb;
        QTest::newRow("49 verb upper case")
            << "ApplyFix" << fix(QStringLiteral("SYSEXT-DROPIN"), QString()) << unknownVerb;
        QTest::newRow("50 empty verb") << "ApplyFix" << fix(QString(), QString()) << unknownVerb;
        QTest::newRow("51 probe empty dataset")
            << "Probe" << QStringList{odirect, QString()} << invalid;
        QTest::newRow("52 probe option dataset")
            << "Probe" << QStringList{odirect, QStringLiteral("-r")} << invalid;
        QTest::newRow("53 probe path")
            << "Probe" << QStringList{odirect, QStringLiteral("/tank")} << invalid;
        QTest::newRow("54 probe 10 kB name")
            << "Probe" << QStringList{QString(10240, QLatin1Char('p')), QStringLiteral("tank")}
            << invalid;
        QTest::newRow("55 loop leading zero")
            << "ApplyFix" << fix(loop, QStringLiteral("loop01")) << invalid;
        QTest::newRow("56 loop negative")
            << "ApplyFix" << fix(loop, QStringLiteral("loop-1")) << invalid;
        QTest::newRow("57 loop huge")
            << "ApplyFix" << fix(loop, QStringLiteral("loop12345678901")) << invalid;
        QTest::newRow("58 loop empty") << "ApplyFix" << fix(loop, QString()) << invalid;
        QTest::newRow("59 kernel with space")
            << "ApplyFix" << fix(pin, QStringLiteral("6.1.0 -27")) << invalid;
        QTest::newRow("60 kernel with slash")
            << "ApplyFix" << fix(pin, QStringLiteral("6.1.0/x")) << invalid;
        QTest::newRow("61 kernel empty") << "ApplyFix" << fix(pin, QString()) << invalid;
        QTest::newRow("62 kernel 200 chars")
            << "ApplyFix" << fix(pin, QStringLiteral("6") + QString(199, QLatin1Char('a')))
            << invalid;
        QTest::newRow("63 zfs-dio with target")
            << "ApplyFix" << fix(QStringLiteral("zfs-dio-disable"), QStringLiteral("tank"))
            << invalid;
        QTest::newRow("64 change id upper hex")
            << "Undo" << QStringList{QStringLiteral("20261121T204500Z-1A2B3C4D")} << unknownChange;
        QTest::newRow("65 change id with .json")
            << "Undo" << QStringList{QStringLiteral("20261121T204500Z-1a2b3c4d.json")}
            << unknownChange;
        QTest::newRow("66 change id empty") << "Undo" << QStringList{QString()} << unknownChange;
        QTest::newRow("67 dataset 256 bytes")
            << "ApplyFix" << fix(std, QStringLiteral("tank/") + QString(251, QLatin1Char('b')))
            << invalid;
        QTest::newRow("68 dataset with tab")
            << "ApplyFix" << fix(std, QStringLiteral("tank\tx")) << invalid;
        QTest::newRow("69 dataset with quote")
            << "ApplyFix" << fix(dis, QStringLiteral("tank/'x'")) << invalid;
        const QString dmu = QStringLiteral("dmu-offset-next-sync-off");
        QTest::newRow("70 dmu-offset with target")
            << "ApplyFix" << fix(dmu, QStringLiteral("tank")) << invalid;
        QTest::newRow("71 dmu-offset with another parameter as target")
            << "ApplyFix" << fix(dmu, QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled"))
            << invalid;
        QTest::newRow("72 dmu-offset with option")
            << "ApplyFix" << QStringList{dmu, QString(), QStringLiteral("value=1")} << invalid;
        QTest::newRow("73 dmu-offset preview with target")
            << "PreviewFix" << fix(dmu, QStringLiteral("1")) << invalid;
        QTest::newRow("74 dmu-offset verb with shell")
            << "ApplyFix" << fix(dmu + QStringLiteral(";reboot"), QString()) << unknownVerb;
    }
    void hostileInput() {
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.writeRootFile(QStringLiteral("/sys/block/sda/size"), "100\n");
        h.writeRootFile(QStringLiteral("/sys/block/ram0/size"), "100\n");
        QVariantList variants;
        for (const QString& argument : arguments) {
            variants.append(argument);
        }
        const QStringList rootBefore = h.rootTree();
        const QDBusMessage reply = h.call(method, variants);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), error);
        QVERIFY(reply.errorMessage().size() > 15);
        QVERIFY2(h.tools().calls().isEmpty(), "a tool was started for hostile input");
        QVERIFY(h.journal().all().isEmpty());
        QVERIFY(h.fakes().systemd()->calls().isEmpty());
        QCOMPARE(h.rootTree(), rootBefore);  // nothing written under --root
        // Invalid arguments never reach polkit (no password dialog for
        // garbage); valid names of things that do not exist are found out
        // only after authorization.
        if (error != QString::fromLatin1(kErrorNotFound)) {
            QVERIFY2(h.fakes().polkit()->calls().isEmpty(), "polkit was asked about invalid input");
        }
        if (qstrcmp(QTest::currentDataTag(), "30 sda") == 0) {
            QVERIFY(reply.errorMessage().contains(QStringLiteral("not a loop device")));
        }
    }

    void wrongDBusTypes() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        auto raw = [&h](const QString& method, const QVariantList& arguments) {
            QDBusMessage message = QDBusMessage::createMethodCall(
                QLatin1String(kServiceName), QLatin1String(kObjectPath),
                QLatin1String(kInterfaceName), method);
            message.setArguments(arguments);
            return h.rawCall(message);
        };
        const QList<QPair<QString, QVariantList>> cases = {
            {QStringLiteral("ApplyFix"), {42, QStringLiteral("tank"), QString()}},
            {QStringLiteral("ApplyFix"), {QStringLiteral("sysext-dropin")}},
            {QStringLiteral("ApplyFix"),
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}},
            {QStringLiteral("Probe"),
             {QStringList{QStringLiteral("odirect-alignment")}, QStringLiteral("tank")}},
            {QStringLiteral("Undo"), {true}},
            {QStringLiteral("History"), {QStringLiteral("extra")}},
            {QStringLiteral("Shell"), {QStringLiteral("id")}},
        };
        for (const auto& [method, arguments] : cases) {
            const QDBusMessage reply = raw(method, arguments);
            QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
            QVERIFY2(
                reply.errorName().startsWith(QStringLiteral("org.freedesktop.DBus.Error.Unknown")),
                qPrintable(reply.errorName()));
        }
        QVERIFY(h.tools().calls().isEmpty());
        QVERIFY(h.fakes().polkit()->calls().isEmpty());
    }

    // (g) exact argv of zfs set / inherit, value AND source recorded.
    void datasetDirectApplyAndUndo_data() {
        QTest::addColumn<QString>("oldValue");
        QTest::addColumn<QString>("oldSource");
        QTest::addColumn<QStringList>("undoArgv");
        QTest::newRow("default") << "always"
                                 << "default"
                                 << QStringList{"zfs", "inherit", "direct", "tank/data"};
        QTest::newRow("inherited")
            << "always"
            << "inherited from tank" << QStringList{"zfs", "inherit", "direct", "tank/data"};
        QTest::newRow("local") << "always"
                               << "local"
                               << QStringList{"zfs", "set", "direct=always", "tank/data"};
        QTest::newRow("received") << "always"
                                  << "received"
                                  << QStringList{"zfs", "inherit", "-S", "direct", "tank/data"};
    }
    void datasetDirectApplyAndUndo() {
        QFETCH(QString, oldValue);
        QFETCH(QString, oldSource);
        QFETCH(QStringList, undoArgv);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString ds = QStringLiteral("tank/data");
        h.tools().script(zfsList(ds), 0, QStringLiteral("tank/data\tfilesystem\n"));
        h.tools().scriptSequence(zfsGetDirect(ds),
                                 {oldValue + QLatin1Char('\t') + oldSource + QLatin1Char('\n'),
                                  QStringLiteral("standard\tlocal\n")});
        h.tools().script({"zfs", "set", "direct=standard", ds}, 0, {});
        const QDBusMessage preview =
            h.call(QStringLiteral("PreviewFix"),
                   {QStringLiteral("dataset-direct-standard"), ds, QString()});
        QVERIFY2(preview.type() == QDBusMessage::ReplyMessage, qPrintable(describe(preview)));
        const QJsonObject plan = jsonOf(preview);
        QCOMPARE(plan.value("current").toObject().value("direct").toString(), oldValue);
        QCOMPARE(plan.value("current").toObject().value("source").toString(), oldSource);
        QCOMPARE(plan.value("commands").toArray().first().toString(),
                 QStringLiteral("zfs set direct=standard tank/data"));
        h.tools().clearCalls();
        // Re-script: preview consumed the first answer.
        h.tools().scriptSequence(zfsGetDirect(ds),
                                 {oldValue + QLatin1Char('\t') + oldSource + QLatin1Char('\n'),
                                  QStringLiteral("standard\tlocal\n")});
        const QDBusMessage applied = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("dataset-direct-standard"), ds, QString()});
        QVERIFY2(applied.type() == QDBusMessage::ReplyMessage, qPrintable(describe(applied)));
        const QJsonObject record = jsonOf(applied);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(record.value("before").toObject().value("source").toString(), oldSource);
        QCOMPARE(h.tools().calls(), (QList<QStringList>{zfsList(ds),
                                                        zfsGetDirect(ds),
                                                        {"zfs", "set", "direct=standard", ds},
                                                        zfsGetDirect(ds)}));
        QCOMPARE(h.journal().all().size(), 1);

        h.tools().clearCalls();
        h.tools().script(undoArgv, 0, {});
        h.tools().script(zfsGetDirect(ds), 0,
                         oldValue + QLatin1Char('\t') + oldSource + QLatin1Char('\n'));
        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QVERIFY2(undone.type() == QDBusMessage::ReplyMessage, qPrintable(describe(undone)));
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.tools().calls(), (QList<QStringList>{undoArgv, zfsGetDirect(ds)}));
        QCOMPARE(h.fakes().polkit()->calls().last().actionId,
                 QStringLiteral("org.zfsdoctor.fix.dataset-direct"));
        // Undoing twice changes nothing more.
        h.tools().clearCalls();
        const QDBusMessage again = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QVERIFY(
            jsonOf(again).value("message").toString().contains(QStringLiteral("already undone")));
        QVERIFY(h.tools().calls().isEmpty());
    }

    void reapplyingIsANoop() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString ds = QStringLiteral("tank/data");
        h.tools().script(zfsList(ds), 0, QStringLiteral("tank/data\tfilesystem\n"));
        h.tools().script(zfsGetDirect(ds), 0, QStringLiteral("disabled\tlocal\n"));
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("dataset-direct-disabled"), ds, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("no-op"));
        QVERIFY(jsonOf(reply).value("message").toString().contains(
            QStringLiteral("already has direct=disabled")));
        QVERIFY(h.journal().all().isEmpty());
        for (const QStringList& call : h.tools().calls()) {
            QVERIFY(!call.contains(QStringLiteral("set")));
        }
    }

    void volumeIsNotAFilesystem() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.tools().script(zfsList(QStringLiteral("tank/vol")), 0,
                         QStringLiteral("tank/vol\tvolume\n"));
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"),
            {QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/vol"), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorInvalidArgument));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("volume")));
        QCOMPARE(h.tools().calls().size(), 1);
    }

    void missingDatasetAndMissingZfs() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.tools().script(zfsList(QStringLiteral("tank/nope")), 1, {},
                         QStringLiteral("cannot open 'tank/nope': dataset does not exist\n"));
        QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"),
            {QStringLiteral("dataset-direct-standard"), QStringLiteral("tank/nope"), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorNotFound));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("dataset does not exist")));
        h.tools().setInstalled({});
        reply = h.call(QStringLiteral("ApplyFix"), {QStringLiteral("dataset-direct-standard"),
                                                    QStringLiteral("tank/x"), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorToolMissing));
    }

    // (h) the drop-in, Reload and RestartUnit through the fake systemd Manager.
    void sysextDropin_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("applyCalls");
        QTest::newRow("active") << "active"
                                << QStringList{"GetUnit systemd-sysext.service", "Get ActiveState",
                                               "Reload",
                                               "RestartUnit systemd-sysext.service replace"};
        QTest::newRow("inactive") << "inactive"
                                  << QStringList{"GetUnit systemd-sysext.service",
                                                 "Get ActiveState", "Reload"};
    }
    void sysextDropin() {
        QFETCH(QString, state);
        QFETCH(QStringList, applyCalls);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fakes().systemd()->setSysextActiveState(state);
        h.client().connect(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                           QLatin1String(kInterfaceName), QStringLiteral("Progress"), this,
                           SLOT(recordProgress(QString, QString, QString)));
        m_progress.clear();
        const QDBusMessage reply = h.call(QStringLiteral("ApplyFix"),
                                          {QStringLiteral("sysext-dropin"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        const QString path = QStringLiteral(
            "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf");
        const QByteArray content = h.readRootFile(path);
        QVERIFY(content.contains("[Service]\nEnvironment=SYSTEMD_LOOP_DIRECT_IO=0\n"));
        QVERIFY(content.contains("ZFS Doctor"));
        QVERIFY(content.contains(record.value("id").toString().toUtf8()));
        QCOMPARE(h.fakes().systemd()->calls(), applyCalls);
        QVERIFY(h.tools().calls().isEmpty());
        QTRY_VERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.first().at(0), record.value("id").toString());

        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QVERIFY(!h.rootFileExists(path));
        QStringList undoCalls = applyCalls;
        undoCalls.removeFirst();  // GetUnit/Get happen only when planning
        undoCalls.removeFirst();
        QCOMPARE(h.fakes().systemd()->calls().mid(applyCalls.size()), undoCalls);
    }

    void progressIsTargetedAtTheCallerOnly() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        // A second client listening for the signal must hear nothing.
        m_progress.clear();
        m_bystanderProgress.clear();
        QDBusConnection watcher =
            QDBusConnection::connectToBus(h.busAddress(), QStringLiteral("watcher"));
        QVERIFY(watcher.isConnected());
        watcher.connect(QString(), QLatin1String(kObjectPath), QLatin1String(kInterfaceName),
                        QStringLiteral("Progress"), this,
                        SLOT(recordBystander(QString, QString, QString)));
        h.client().connect(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                           QLatin1String(kInterfaceName), QStringLiteral("Progress"), this,
                           SLOT(recordProgress(QString, QString, QString)));
        const QDBusMessage reply = h.call(QStringLiteral("ApplyFix"),
                                          {QStringLiteral("sysext-dropin"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QTRY_VERIFY(!m_progress.isEmpty());
        QTest::qWait(300);
        QVERIFY(m_bystanderProgress.isEmpty());
        QDBusConnection::disconnectFromBus(QStringLiteral("watcher"));
    }

    void zfsDioDisableAndUndo() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString parameter = QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled");
        const QString modprobe = QStringLiteral("/etc/modprobe.d/zfs-doctor-dio.conf");
        h.writeRootFile(parameter, "1\n");
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("zfs-dio-disable"), QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.readRootFile(parameter), QByteArray("0\n"));
        QVERIFY(h.readRootFile(modprobe).contains("\noptions zfs zfs_dio_enabled=0\n"));
        QCOMPARE(h.fakes().polkit()->calls().last().actionId,
                 QStringLiteral("org.zfsdoctor.fix.zfs-dio"));
        // Applying again: already in place.
        const QDBusMessage again = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("zfs-dio-disable"), QString(), QString()});
        QCOMPARE(jsonOf(again).value("status").toString(), QStringLiteral("no-op"));
        const QDBusMessage undone =
            h.call(QStringLiteral("Undo"), {jsonOf(reply).value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.readRootFile(parameter), QByteArray("1\n"));
        QVERIFY(!h.rootFileExists(modprobe));
    }

    // The same mechanism for openzfs/zfs#15526's tunable: live value and
    // modprobe.d file written, read back, journaled, undone.
    void dmuOffsetNextSyncOffAndUndo() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString parameter =
            QStringLiteral("/sys/module/zfs/parameters/zfs_dmu_offset_next_sync");
        const QString modprobe =
            QStringLiteral("/etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf");
        const QString verb = QStringLiteral("dmu-offset-next-sync-off");
        h.writeRootFile(parameter, "1\n");
        // zfs-dio's parameter and file are not touched by this verb.
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled"), "1\n");

        const QJsonObject preview =
            jsonOf(h.call(QStringLiteral("PreviewFix"), {verb, QString(), QString()}));
        // Its own warning (the risk is reduced, not gone) and the initramfs note.
        QVERIFY2(QJsonDocument(preview).toJson().contains("dmu-offset-holes-later") &&
                     QJsonDocument(preview).toJson().contains("modprobe-initramfs"),
                 QJsonDocument(preview).toJson().constData());
        QVERIFY2(QJsonDocument(preview).toJson().contains(
                     "echo 0 | sudo tee /sys/module/zfs/parameters/zfs_dmu_offset_next_sync"),
                 QJsonDocument(preview).toJson().constData());
        QVERIFY(!h.rootFileExists(modprobe));

        const QDBusMessage reply = h.call(QStringLiteral("ApplyFix"), {verb, QString(), QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.readRootFile(parameter), QByteArray("0\n"));
        QVERIFY(h.readRootFile(modprobe).contains("\noptions zfs zfs_dmu_offset_next_sync=0\n"));
        QCOMPARE(h.readRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled")),
                 QByteArray("1\n"));
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/modprobe.d/zfs-doctor-dio.conf")));
        QCOMPARE(h.fakes().polkit()->calls().last().actionId,
                 QStringLiteral("org.zfsdoctor.fix.dmu-offset-next-sync"));
        QCOMPARE(h.journal().all().size(), 1);
        const QDBusMessage again = h.call(QStringLiteral("ApplyFix"), {verb, QString(), QString()});
        QCOMPARE(jsonOf(again).value("status").toString(), QStringLiteral("no-op"));

        const QDBusMessage undone =
            h.call(QStringLiteral("Undo"), {jsonOf(reply).value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.fakes().polkit()->calls().last().actionId,
                 QStringLiteral("org.zfsdoctor.fix.dmu-offset-next-sync"));
        QCOMPARE(h.readRootFile(parameter), QByteArray("1\n"));
        QVERIFY(!h.rootFileExists(modprobe));
    }

    // An admin's own file of that name comes back byte for byte.
    void dmuOffsetNextSyncUndoRestoresTheAdminsFile() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString modprobe =
            QStringLiteral("/etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf");
        const QByteArray admins = "# mine\noptions zfs zfs_arc_max=1073741824\n";
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dmu_offset_next_sync"),
                        "1\n");
        h.writeRootFile(modprobe, admins);
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"),
                   {QStringLiteral("dmu-offset-next-sync-off"), QString(), QString()});
        QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("verified"));
        QVERIFY(!h.readRootFile(modprobe).contains("zfs_arc_max"));
        const QDBusMessage undone =
            h.call(QStringLiteral("Undo"), {jsonOf(reply).value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.readRootFile(modprobe), admins);
    }

    void dmuOffsetNextSyncRefusedWithoutParameter() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"),
                   {QStringLiteral("dmu-offset-next-sync-off"), QString(), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorRefused));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("zfs_dmu_offset_next_sync")),
                 qPrintable(reply.errorMessage()));
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/modprobe.d")));
        QVERIFY(h.journal().all().isEmpty());
    }

    void zfsDioRefusedWithoutParameter() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("zfs-dio-disable"), QString(), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorRefused));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("2.3.0")));
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/modprobe.d")));
    }

    // (g) kernel pin on Fedora: dnf versionlock, grubby, /etc/sysconfig/kernel.
    void kernelPinFedora() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.12.24-200.fc41.x86_64");
        // /etc/os-release -> ../usr/lib/os-release (as on Fedora), and that
        // an absolute link on to the file: both resolved inside the root.
        h.writeRootFile(QStringLiteral("/usr/lib/os-release.d/os-release-test"),
                        "NAME=\"Fedora Linux\"\nID=fedora\nVERSION_ID=41\n");
        h.writeRootFile(QStringLiteral("/etc/.keep"), "");
        QVERIFY(QFile::link(QStringLiteral("/usr/lib/os-release.d/os-release-test"),
                            h.root() + QStringLiteral("/usr/lib/os-release")));
        QVERIFY(QFile::link(QStringLiteral("../usr/lib/os-release"),
                            h.root() + QStringLiteral("/etc/os-release")));
        h.writeRootFile(QStringLiteral("/lib/modules/") + release + QStringLiteral("/modules.dep"),
                        "");
        h.writeRootFile(QStringLiteral("/boot/vmlinuz-") + release, "kernel");
        h.writeRootFile(QStringLiteral("/etc/sysconfig/kernel"),
                        "UPDATEDEFAULT=yes\nDEFAULTKERNEL=kernel-core\n");
        h.writeRootFile(QStringLiteral("/etc/dnf/dnf.conf"), "[main]\ninstallonly_limit=3\n");
        h.tools().setInstalled(
            {QStringLiteral("dnf"), QStringLiteral("dnf5"), QStringLiteral("grubby")});
        h.tools().scriptSequence({"grubby", "--default-kernel"},
                                 {QStringLiteral("/boot/vmlinuz-6.12.25-200.fc41.x86_64\n"),
                                  QStringLiteral("/boot/vmlinuz-") + release + QLatin1Char('\n')});
        // With --root the helper runs dnf on that installroot.
        const QStringList add = dnfInRoot(h, {"versionlock", "add", "kernel-core-" + release});
        h.tools().script(add, 0, {});
        h.tools().setEffect(add, [&h]() {
            h.writeRootFile(QStringLiteral("/etc/dnf/versionlock.toml"), kDnf5Added);
        });
        h.tools().script({"grubby", "--set-default", "/boot/vmlinuz-" + release}, 0, {});
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("kernel-pin"), release, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.tools().calls(),
                 (QList<QStringList>{{"grubby", "--default-kernel"},
                                     add,
                                     {"grubby", "--set-default", "/boot/vmlinuz-" + release},
                                     {"grubby", "--default-kernel"}}));
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/sysconfig/kernel")),
                 QByteArray("UPDATEDEFAULT=no\nDEFAULTKERNEL=kernel-core\n"));
        bool warned = false;
        for (const QJsonValue& warning : record.value("warnings").toArray()) {
            warned = warned || warning.toString().contains(QStringLiteral("installonly_limit"));
        }
        QVERIFY(warned);

        h.tools().clearCalls();
        h.tools().script({"grubby", "--set-default", "/boot/vmlinuz-6.12.25-200.fc41.x86_64"}, 0,
                         {});
        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.tools().calls(),
                 (QList<QStringList>{
                     {"grubby", "--set-default", "/boot/vmlinuz-6.12.25-200.fc41.x86_64"}}));
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/sysconfig/kernel")),
                 QByteArray("UPDATEDEFAULT=yes\nDEFAULTKERNEL=kernel-core\n"));
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/dnf/versionlock.toml")));
    }

    // Issue 15, 2b: "already pinned" means a lock dnf honours on exactly this
    // kernel-core version, not the version's digits somewhere in the file.
    void kernelPinCountsOnlyExactLocks_data() {
        QTest::addColumn<bool>("dnf5");
        QTest::addColumn<QByteArray>("locks");
        QTest::addColumn<bool>("pinned");
        QTest::newRow("dnf4 lock")
            << false << QByteArray("kernel-core-0:6.12.24-200.fc41.*\n") << true;
        QTest::newRow("dnf4 exclude")
            << false << QByteArray("!kernel-core-0:6.12.24-200.fc41.*\n") << false;
        QTest::newRow("dnf4 other package")
            << false << QByteArray("kernel-modules-0:6.12.24-200.fc41.*\n") << false;
        QTest::newRow("dnf4 other version")
            << false << QByteArray("kernel-core-0:6.12.24-201.fc41.*\n") << false;
        QTest::newRow("dnf4 comment")
            << false << QByteArray("# kernel-core-0:6.12.24-200.fc41.*\n") << false;
        QTest::newRow("dnf5 lock") << true << kDnf5Added << true;
        QByteArray exclude = kDnf5Added;
        exclude.replace("comparator = \"=\"", "comparator = \"!=\"");
        QTest::newRow("dnf5 exclude") << true << exclude << false;
        QByteArray invalid = kDnf5Added;
        invalid.replace("comparator = \"=\"\n", "");
        QTest::newRow("dnf5 entry dnf5 ignores") << true << invalid << false;
        QByteArray otherFormat = kDnf5Added;
        otherFormat.replace("version = \"1.0\"", "version = \"2.0\"");
        QTest::newRow("dnf5 file of another version") << true << otherFormat << false;
    }
    void kernelPinCountsOnlyExactLocks() {
        QFETCH(bool, dnf5);
        QFETCH(QByteArray, locks);
        QFETCH(bool, pinned);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.12.24-200.fc41.x86_64");
        const QString image = QStringLiteral("/boot/vmlinuz-") + release;
        fedoraRoot(h, release, image, "no", dnf5, locks);
        const QDBusMessage reply = h.call(QStringLiteral("PreviewFix"),
                                          {QStringLiteral("kernel-pin"), release, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject plan = jsonOf(reply);
        QCOMPARE(plan.value("noop").toBool(), pinned);
        const QString add = QStringLiteral("dnf versionlock add kernel-core-") + release;
        QCOMPARE(plan.value("commands").toArray().contains(add), !pinned);
    }

    // Issue 15, 2a: undo takes out the lock this change added and nothing
    // else: the admin's locks from before and after the change stay, byte
    // for byte, comments included.
    void kernelPinUndoKeepsOtherLocks_data() {
        QTest::addColumn<bool>("dnf5");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("added");
        QTest::addColumn<QByteArray>("later");
        QTest::newRow("dnf4") << false
                              << QByteArray(
                                     "# Added lock on Sat Nov 21 10:00:00 2026\n"
                                     "bash-0:5.2.15-5.fc39.*\n")
                              << QByteArray(
                                     "\n# Added lock on Tue Dec  1 11:00:00 2026\n"
                                     "kernel-core-0:6.12.24-200.fc41.*\n")
                              << QByteArray(
                                     "\n# Added lock on Tue Dec  1 12:00:00 2026\n"
                                     "kernel-modules-0:6.12.24-200.fc41.*\n");
        QTest::newRow("dnf5") << true
                              << QByteArray(
                                     "version = \"1.0\"\n\n[[packages]]\nname = "
                                     "\"bash\"\n# the admin's\n[[packages.conditions]]"
                                     "\nkey = \"evr\"\ncomparator = \"=\"\nvalue = "
                                     "\"5.2.15-5.fc39\"\n")
                              << kDnf5Added.mid(kDnf5Added.indexOf("\n\n[[packages]]") + 1)
                              << QByteArray(
                                     "\n[[packages]]\nname = \"kernel-modules\"\n\n"
                                     "[[packages.conditions]]\nkey = \"evr\"\n"
                                     "comparator = \"=\"\nvalue = \"6.12.24-200.fc41\"\n");
    }
    void kernelPinUndoKeepsOtherLocks() {
        QFETCH(bool, dnf5);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, added);
        QFETCH(QByteArray, later);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.12.24-200.fc41.x86_64");
        const QString lockFile = dnf5 ? QStringLiteral("/etc/dnf/versionlock.toml")
                                      : QStringLiteral("/etc/dnf/plugins/versionlock.list");
        const QString oldDefault = QStringLiteral("/boot/vmlinuz-6.12.25-200.fc41.x86_64");
        fedoraRoot(h, release, oldDefault, "yes", dnf5, before);
        const QStringList add = dnfInRoot(h, {"versionlock", "add", "kernel-core-" + release});
        h.tools().script(add, 0, {});
        h.tools().setEffect(
            add, [&h, lockFile, before, added]() { h.writeRootFile(lockFile, before + added); });
        h.tools().script({"grubby", "--set-default", "/boot/vmlinuz-" + release}, 0, {});
        h.tools().script({"grubby", "--set-default", oldDefault}, 0, {});
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("kernel-pin"), release, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.readRootFile(lockFile), before + added);

        h.writeRootFile(lockFile, before + added + later);  // the admin, after the change
        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QVERIFY2(undone.type() == QDBusMessage::ReplyMessage, qPrintable(describe(undone)));
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.readRootFile(lockFile), before + later);
    }

    // A kernel the admin had locked before keeps its lock: no second entry
    // is added (dnf 4 would append a duplicate), and undo removes none.
    void kernelPinKeepsTheAdminsOwnLock() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.12.24-200.fc41.x86_64");
        const QString oldDefault = QStringLiteral("/boot/vmlinuz-6.12.25-200.fc41.x86_64");
        const QByteArray locks("kernel-core-0:6.12.24-200.fc41.*\n");
        fedoraRoot(h, release, oldDefault, "yes", false, locks);
        h.tools().script({"grubby", "--set-default", "/boot/vmlinuz-" + release}, 0, {});
        h.tools().script({"grubby", "--set-default", oldDefault}, 0, {});
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("kernel-pin"), release, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        for (const QStringList& call : h.tools().calls()) {
            QVERIFY2(call.first() != QLatin1String("dnf"), qPrintable(call.join(' ')));
        }
        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/dnf/plugins/versionlock.list")), locks);
    }

    void kernelPinDebian() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.1.0-27-amd64");
        // As Debian lays it out: /etc/os-release is a relative symlink to
        // ../usr/lib/os-release (the helper refused every Debian system
        // while it read os-release without following links).
        h.writeRootFile(QStringLiteral("/usr/lib/os-release"),
                        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
        h.writeRootFile(QStringLiteral("/etc/.keep"), "");
        QVERIFY(QFile::link(QStringLiteral("../usr/lib/os-release"),
                            h.root() + QStringLiteral("/etc/os-release")));
        h.writeRootFile(QStringLiteral("/lib/modules/") + release + QStringLiteral("/modules.dep"),
                        "");
        h.writeRootFile(QStringLiteral("/boot/vmlinuz-") + release, "kernel");
        h.writeRootFile(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\n");
        h.writeRootFile(QStringLiteral("/boot/grub/grub.cfg"),
                        "submenu 'Advanced options for Debian GNU/Linux' $menuentry_id_option "
                        "'gnulinux-advanced-abcd' {\n"
                        "\tmenuentry 'Debian GNU/Linux, with Linux 6.1.0-27-amd64' --class debian "
                        "$menuentry_id_option 'gnulinux-6.1.0-27-amd64-advanced-abcd' {\n\t}\n}\n");
        h.tools().scriptSequence({"apt-mark", "showhold"},
                                 {QString(), QStringLiteral("linux-image-6.1.0-27-amd64\n")});
        h.tools().script({"apt-mark", "hold", "linux-image-" + release}, 0, {});
        h.tools().script({"update-grub"}, 0, {});
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("kernel-pin"), release, QString()});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QJsonObject record = jsonOf(reply);
        QCOMPARE(record.value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.tools().calls(),
                 (QList<QStringList>{{"apt-mark", "showhold"},
                                     {"apt-mark", "hold", "linux-image-" + release},
                                     {"update-grub"},
                                     {"apt-mark", "showhold"}}));
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/default/grub")),
                 QByteArray("GRUB_DEFAULT=\"gnulinux-advanced-abcd>gnulinux-6.1.0-27-amd64-"
                            "advanced-abcd\"\nGRUB_TIMEOUT=5\n"));
        h.tools().clearCalls();
        h.tools().script({"apt-mark", "unhold", "linux-image-" + release}, 0, {});
        h.tools().script({"apt-mark", "showhold"}, 0, QString());
        const QDBusMessage undone = h.call(QStringLiteral("Undo"), {record.value("id").toString()});
        QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        QCOMPARE(h.tools().calls(),
                 (QList<QStringList>{{"apt-mark", "unhold", "linux-image-" + release},
                                     {"update-grub"},
                                     {"apt-mark", "showhold"}}));
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/default/grub")),
                 QByteArray("GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\n"));
    }

    // An os-release link that never ends in a file (a loop) names no
    // family: refused, nothing run, nothing written.
    void kernelPinOsReleaseLinkLoopIsRefused() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString release = QStringLiteral("6.1.0-27-amd64");
        h.writeRootFile(QStringLiteral("/lib/modules/") + release + QStringLiteral("/modules.dep"),
                        "");
        h.writeRootFile(QStringLiteral("/boot/vmlinuz-") + release, "kernel");
        h.writeRootFile(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\n");
        QVERIFY(QFile::link(QStringLiteral("os-release"),
                            h.root() + QStringLiteral("/etc/os-release")));
        const QStringList before = h.rootTree();
        const QDBusMessage reply =
            h.call(QStringLiteral("ApplyFix"), {QStringLiteral("kernel-pin"), release, QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorRefused));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("names neither")),
                 qPrintable(reply.errorMessage()));
        QVERIFY(h.tools().calls().isEmpty());
        QCOMPARE(h.rootTree(), before);
    }

    void kernelPinRefusedOnTrueNas() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.writeRootFile(QStringLiteral("/etc/os-release"),
                        "PRETTY_NAME=\"Debian GNU/Linux 12\"\nID=debian\n");
        h.writeRootFile(QStringLiteral("/usr/bin/midclt"), "#!/bin/sh\n");
        const QDBusMessage reply = h.call(
            QStringLiteral("ApplyFix"),
            {QStringLiteral("kernel-pin"), QStringLiteral("6.6.44-production+truenas"), QString()});
        QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorRefused));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("boot environment")));
        QVERIFY(h.tools().calls().isEmpty());
    }

    void historyAndUndoAll() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled"), "1\n");
        QCOMPARE(jsonOf(h.call(QStringLiteral("ApplyFix"),
                               {QStringLiteral("zfs-dio-disable"), QString(), QString()}))
                     .value("status")
                     .toString(),
                 QStringLiteral("verified"));
        QCOMPARE(jsonOf(h.call(QStringLiteral("ApplyFix"),
                               {QStringLiteral("sysext-dropin"), QString(), QString()}))
                     .value("status")
                     .toString(),
                 QStringLiteral("verified"));
        const QJsonObject history = jsonOf(h.call(QStringLiteral("History"), {}));
        const QJsonArray changes = history.value("changes").toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value("verb").toString(),
                 QStringLiteral("sysext-dropin"));
        QCOMPARE(changes.at(0).toObject().value("callerUid").toInteger(), qint64(::getuid()));
        const QJsonObject all = jsonOf(h.call(QStringLiteral("UndoAll"), {}));
        QCOMPARE(all.value("changes").toArray().size(), 2);
        QVERIFY(all.value("failures").toArray().isEmpty());
        for (const QJsonValue& change : all.value("changes").toArray()) {
            QCOMPARE(change.toObject().value("status").toString(), QStringLiteral("undone"));
        }
        QCOMPARE(h.readRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled")),
                 QByteArray("1\n"));
    }

    // (issue 12 point 4) The prompt names the change; a preview has its own
    // read-only action; undo asks for the action of the verb it reverts.
    void polkitSeesWhatIsChanged() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString ds = QStringLiteral("tank/data");
        h.tools().script(zfsList(ds), 0, QStringLiteral("tank/data\tfilesystem\n"));
        h.tools().scriptSequence(
            zfsGetDirect(ds), {QStringLiteral("always\tlocal\n"), QStringLiteral("always\tlocal\n"),
                               QStringLiteral("standard\tlocal\n")});
        h.tools().script({"zfs", "set", "direct=standard", ds}, 0, {});
        QVERIFY(h.call(QStringLiteral("PreviewFix"),
                       {QStringLiteral("dataset-direct-standard"), ds, QString()})
                    .type() == QDBusMessage::ReplyMessage);
        const QDBusMessage applied = h.call(
            QStringLiteral("ApplyFix"), {QStringLiteral("dataset-direct-standard"), ds, QString()});
        QVERIFY2(applied.type() == QDBusMessage::ReplyMessage, qPrintable(describe(applied)));
        h.tools().script({"zfs", "set", "direct=always", ds}, 0, {});
        h.tools().script(zfsGetDirect(ds), 0, QStringLiteral("always\tlocal\n"));
        const QDBusMessage undone =
            h.call(QStringLiteral("Undo"), {jsonOf(applied).value("id").toString()});
        QVERIFY2(undone.type() == QDBusMessage::ReplyMessage, qPrintable(describe(undone)));
        const QList<PolkitCall> calls = h.fakes().polkit()->calls();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).actionId, QStringLiteral("org.zfsdoctor.preview"));
        QCOMPARE(calls.at(1).actionId, QStringLiteral("org.zfsdoctor.fix.dataset-direct"));
        QCOMPARE(calls.at(2).actionId, QStringLiteral("org.zfsdoctor.fix.dataset-direct"));
        const QStringList operations{"preview", "apply", "undo"};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(calls.at(i).details.value("target"), ds);
            QCOMPARE(calls.at(i).details.value("verb"), QStringLiteral("dataset-direct-standard"));
            QCOMPARE(calls.at(i).details.value("operation"), operations.at(i));
        }
        // (point 5) Restoring direct=always says what it re-arms.
        QVERIFY2(jsonOf(undone).value("message").toString().contains(QStringLiteral("problem 5")),
                 qPrintable(describe(undone)));
        bool warned = false;
        for (const QJsonValue& warning : jsonOf(undone).value("warnings").toArray()) {
            warned = warned || warning.toString().contains(QStringLiteral("2.3.0"));
        }
        QVERIFY(warned);
    }

    // A caller that leaves while polkit decides gets nothing done, even if
    // polkit then says yes.
    void callerLeavesDuringAuthorization() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fakes().polkit()->setHeld(true);
        {
            QDBusConnection leaving =
                QDBusConnection::connectToBus(h.busAddress(), QStringLiteral("leaving"));
            QDBusMessage call = QDBusMessage::createMethodCall(
                QLatin1String(kServiceName), QLatin1String(kObjectPath),
                QLatin1String(kInterfaceName), QStringLiteral("ApplyFix"));
            call << QStringLiteral("sysext-dropin") << QString() << QString();
            QVERIFY(leaving.send(call));
            QTRY_COMPARE(h.fakes().polkit()->calls().size(), 1);
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("leaving"));
        QTest::qWait(300);  // the bus tells the helper the name is gone
        h.fakes().polkit()->release();
        QTRY_COMPARE(h.service().callsInFlight(), 0);
        QTest::qWait(200);
        QVERIFY(h.journal().all().isEmpty());
        QVERIFY(!h.rootFileExists(QStringLiteral("/etc/systemd/system")));
        QVERIFY(h.fakes().systemd()->calls().isEmpty());
    }

    // One caller cannot queue authorizations (password dialogs) without end.
    void floodOfPendingAuthorizations() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fakes().polkit()->setHeld(true);
        QList<QDBusPendingCall> pending;
        for (int i = 0; i < 50; ++i) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                QLatin1String(kServiceName), QLatin1String(kObjectPath),
                QLatin1String(kInterfaceName), QStringLiteral("ApplyFix"));
            call << QStringLiteral("zfs-dio-disable") << QString() << QString();
            pending.append(h.client().asyncCall(call, 60000));
        }
        QTRY_COMPARE(h.fakes().polkit()->calls().size(), HelperService::kMaxPendingPerCaller);
        int busy = 0;
        QTRY_VERIFY([&]() {
            busy = 0;
            for (const QDBusPendingCall& call : pending) {
                busy += call.isFinished() &&
                        call.reply().errorName() == QString::fromLatin1(kErrorBusy);
            }
            return busy == 50 - HelperService::kMaxPendingPerCaller;
        }());
        QTest::qWait(200);
        QCOMPARE(h.fakes().polkit()->calls().size(), HelperService::kMaxPendingPerCaller);
        // Another caller is still served.
        h.fakes().polkit()->setAnswer(PolkitAnswer::Deny);
        h.fakes().polkit()->release();
        QTRY_COMPARE(h.service().callsInFlight(), 0);
        const QDBusMessage version = h.call(QStringLiteral("Version"), {});
        QCOMPARE(version.errorName(), QString::fromLatin1(kErrorNotAuthorized));
        QVERIFY(h.journal().all().isEmpty());
    }

    // Two callers change two datasets at once while a third asks Version():
    // the changes run one after the other, Version() is not held up.
    void twoCallersAtOnce() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        for (const QString& ds : {QStringLiteral("tank/a"), QStringLiteral("tank/b")}) {
            h.tools().script(zfsList(ds), 0, ds + QStringLiteral("\tfilesystem\n"));
            h.tools().scriptSequence(zfsGetDirect(ds), {QStringLiteral("always\tdefault\n"),
                                                        QStringLiteral("disabled\tlocal\n")});
            h.tools().script({"zfs", "set", "direct=disabled", ds}, 0, {});
        }
        h.tools().setDelay(QStringLiteral("zfs"), std::chrono::milliseconds(400));
        QDBusConnection other =
            QDBusConnection::connectToBus(h.busAddress(), QStringLiteral("other"));
        auto apply = [](QDBusConnection connection, const QString& ds) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                QLatin1String(kServiceName), QLatin1String(kObjectPath),
                QLatin1String(kInterfaceName), QStringLiteral("ApplyFix"));
            call << QStringLiteral("dataset-direct-disabled") << ds << QString();
            return connection.asyncCall(call, 60000);
        };
        QDBusPendingCall first = apply(h.client(), QStringLiteral("tank/a"));
        QDBusPendingCall second = apply(other, QStringLiteral("tank/b"));
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        const QDBusMessage version = h.call(QStringLiteral("Version"), {});
        QCOMPARE(version.type(), QDBusMessage::ReplyMessage);
        QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished() && second.isFinished(), 20000);
        QCOMPARE(jsonOf(first.reply()).value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(jsonOf(second.reply()).value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(h.journal().all().size(), 2);
        // The zfs calls of the two changes never overlapped.
        const auto spans = h.tools().spans();
        for (int i = 1; i < spans.size(); ++i) {
            QVERIFY(spans.at(i).startMs >= spans.at(i - 1).endMs);
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("other"));
    }

    // (point 5) Two kernel pins edit /etc/default/grub: the older cannot be
    // undone under the newer, and undoing newest first restores the original.
    void undoOrderAcrossTwoKernelPins() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.writeRootFile(QStringLiteral("/etc/os-release"), "ID=debian\n");
        h.writeRootFile(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\n");
        QByteArray cfg = "submenu 'Advanced' $menuentry_id_option 'gnulinux-advanced-ab' {\n";
        for (const char* release : {"6.1.0-27-amd64", "6.1.0-28-amd64"}) {
            h.writeRootFile(
                QStringLiteral("/lib/modules/%1/modules.dep").arg(QLatin1String(release)), "");
            h.writeRootFile(QStringLiteral("/boot/vmlinuz-%1").arg(QLatin1String(release)), "k");
            cfg += QByteArray("\tmenuentry 'Linux ") + release +
                   "' $menuentry_id_option 'gnulinux-" + release + "-advanced-ab' {\n\t}\n";
        }
        h.writeRootFile(QStringLiteral("/boot/grub/grub.cfg"), cfg + "}\n");
        h.tools().script({"update-grub"}, 0, {});
        QStringList ids;
        for (const QString& release :
             {QStringLiteral("6.1.0-27-amd64"), QStringLiteral("6.1.0-28-amd64")}) {
            h.tools().scriptSequence({"apt-mark", "showhold"},
                                     {QString(), "linux-image-" + release + "\n"});
            h.tools().script({"apt-mark", "hold", "linux-image-" + release}, 0, {});
            const QDBusMessage reply = h.call(QStringLiteral("ApplyFix"),
                                              {QStringLiteral("kernel-pin"), release, QString()});
            QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
            QCOMPARE(jsonOf(reply).value("status").toString(), QStringLiteral("verified"));
            ids.append(jsonOf(reply).value("id").toString());
            QTest::qWait(5);  // distinct creation times
        }
        QVERIFY(h.readRootFile(QStringLiteral("/etc/default/grub"))
                    .contains("gnulinux-6.1.0-28-amd64"));
        h.tools().clearCalls();
        QDBusMessage refused = h.call(QStringLiteral("Undo"), {ids.at(0)});
        QCOMPARE(refused.errorName(), QString::fromLatin1(kErrorRefused));
        QVERIFY2(refused.errorMessage().contains(ids.at(1)) &&
                     refused.errorMessage().contains(QStringLiteral("/etc/default/grub")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(h.tools().calls().isEmpty());
        QCOMPARE(h.fakes().polkit()->calls().last().actionId,
                 QStringLiteral("org.zfsdoctor.fix.kernel-pin"));
        for (int i = 1; i >= 0; --i) {
            const QString release =
                i == 0 ? QStringLiteral("6.1.0-27-amd64") : QStringLiteral("6.1.0-28-amd64");
            h.tools().script({"apt-mark", "unhold", "linux-image-" + release}, 0, {});
            h.tools().script({"apt-mark", "showhold"}, 0, QString());
            const QDBusMessage undone = h.call(QStringLiteral("Undo"), {ids.at(i)});
            QVERIFY2(undone.type() == QDBusMessage::ReplyMessage, qPrintable(describe(undone)));
            QCOMPARE(jsonOf(undone).value("status").toString(), QStringLiteral("undone"));
        }
        QCOMPARE(h.readRootFile(QStringLiteral("/etc/default/grub")),
                 QByteArray("GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\n"));
    }

    // A file the remedy would replace, holding what undo could not write back
    // (code in a drop-in, an install line in modprobe.d), is left alone.
    void unrestorableContentIsRefusedUpFront_data() {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("drop-in with ExecStartPre")
            << "sysext-dropin"
            << "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf"
            << QByteArray("[Service]\nExecStartPre=/bin/true\n");
        QTest::newRow("modprobe.d with an install line")
            << "zfs-dio-disable"
            << "/etc/modprobe.d/zfs-doctor-dio.conf" << QByteArray("install zfs /bin/true\n");
    }
    void unrestorableContentIsRefusedUpFront() {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.writeRootFile(QStringLiteral("/sys/module/zfs/parameters/zfs_dio_enabled"), "1\n");
        h.writeRootFile(path, content);
        const QStringList before = h.rootTree();
        for (const QString& method : {QStringLiteral("PreviewFix"), QStringLiteral("ApplyFix")}) {
            const QDBusMessage reply = h.call(method, {verb, QString(), QString()});
            QCOMPARE(reply.errorName(), QString::fromLatin1(kErrorRefused));
            QVERIFY2(reply.errorMessage().contains(QStringLiteral("cannot be recorded for undo")),
                     qPrintable(reply.errorMessage()));
        }
        QCOMPARE(h.rootTree(), before);
        QVERIFY(h.journal().all().isEmpty());
    }
  public Q_SLOTS:
    void recordProgress(const QString& id, const QString& step, const QString& message) {
        m_progress.append({id, step, message});
    }
    void recordBystander(const QString& id, const QString& step, const QString& message) {
        m_bystanderProgress.append({id, step, message});
    }

  private:
    QList<QStringList> m_progress;
    QList<QStringList> m_bystanderProgress;
};

QTEST_GUILESS_MAIN(ServiceTest)
#include "test_service.moc"
