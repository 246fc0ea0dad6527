// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// zfs-doctor end to end: runs the built binary over every demo snapshot, this
// machine and broken inputs, and checks output, JSON and exit codes.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_run.h"

namespace {

using Run = zd::test::CliRun;

Run zfsDoctor(const QStringList& arguments) {
    return zd::test::runCli(arguments);
}

using zd::test::describe;

QJsonObject parseObject(const QString& text, bool* ok) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// What each demo must show (resources/demo/README.md, written before the
// tool was run on them): exit code, first line, the problems that are
// affected and at risk, and the quiet latent line's problems.
struct DemoExpectation {
    const char* name;
    int exitCode;
    const char* headline;  // the first line of `scan`
    QStringList affected;
    QStringList latent;
};

const QString kHealthy =
    QStringLiteral("no known OpenZFS compatibility problems affect this system");

const QList<DemoExpectation>& demos() {
    static const QList<DemoExpectation> list{
        {"problem1-sysext-fedora41",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("sysext-odirect-einval")},
         {QStringLiteral("loop-write-hang"), QStringLiteral("dio-always-cfr-eagain"),
          QStringLiteral("loop-dio-always-oops")}},
        {"problem2-loop-hang-unraid",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("loop-write-hang")},
         {QStringLiteral("sysext-odirect-einval")}},
        {"problem3-dio-always-cfr",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("dio-always-cfr-eagain")},
         {QStringLiteral("sysext-odirect-einval"), QStringLiteral("loop-write-hang"),
          QStringLiteral("loop-dio-always-oops")}},
        {"problem4-cfr-linux68",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("cfr-linux68-eopnotsupp")},
         {QStringLiteral("loop-write-hang")}},
        // direct=always on 2.3.0 is problem 3's condition too: both are affected.
        {"problem5-loop-dio-always",
         1,
         "2 of %1 known problems need attention",
         {QStringLiteral("dio-always-cfr-eagain"), QStringLiteral("loop-dio-always-oops")},
         {QStringLiteral("sysext-odirect-einval"), QStringLiteral("loop-write-hang")}},
        // The default boot kernel 6.19 has no zfs module; ZFS 2.4.0 stops at 6.18.
        {"problem6-kernel-zfs-unsupported",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("kernel-zfs-unsupported")},
         {}},
        // Ubuntu's own 2.2.0 build, whose module came with a kernel built
        // before the fix existed.
        {"problem7-zeroed-copies-ubuntu2310",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("zeroed-copies-dirty-holes")},
         {QStringLiteral("loop-write-hang"), QStringLiteral("cfr-linux68-eopnotsupp")}},
        {"debian12-stock", 0, nullptr, {}, {QStringLiteral("loop-write-hang")}},
        {"proxmox-ve8", 0, nullptr, {}, {QStringLiteral("loop-write-hang")}},
        {"proxmox-ve9", 0, nullptr, {}, {QStringLiteral("sysext-odirect-einval")}},
        {"ubuntu2404-ga", 0, nullptr, {}, {QStringLiteral("loop-write-hang")}},
        {"ubuntu2404-hwe",
         0,
         nullptr,
         {},
         {QStringLiteral("sysext-odirect-einval"), QStringLiteral("loop-write-hang")}},
        {"fedora42",
         0,
         nullptr,
         {},
         {QStringLiteral("sysext-odirect-einval"), QStringLiteral("loop-write-hang")}},
        {"rocky9", 0, nullptr, {}, {QStringLiteral("loop-write-hang")}},
        {"arch",
         1,
         "1 of %1 known problems need attention",
         {QStringLiteral("cfr-linux68-eopnotsupp")},
         {QStringLiteral("loop-write-hang")}},
        // On TrueNAS a version alone is never called latent.
        {"truenas-scale", 0, nullptr, {}, {}},
        {"healthy-fedora41", 0, nullptr, {}, {QStringLiteral("sysext-odirect-einval")}},
        {"no-zfs-debian12", 0, nullptr, {}, {}},
        {"incomplete-capture", 3, "incomplete: snapshot ", {}, {}},
    };
    return list;
}

// The problem table as shipped: id by number, from resources/knowledge/*.json.
QStringList problemIds() {
    static const QStringList ids = [] {
        QMap<int, QString> byNumber;
        const QDir dir(QStringLiteral(ZD_DEMO_DIR "/../knowledge"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            byNumber.insert(object.value(QStringLiteral("number")).toInt(),
                            object.value(QStringLiteral("id")).toString());
        }
        return byNumber.values();
    }();
    return ids;
}

bool zfsOnThisMachine() {
    if (QFileInfo::exists(QStringLiteral("/sys/module/zfs"))) {
        return true;
    }
    for (const QString& dir : {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                               QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/sbin")}) {
        if (QFileInfo::exists(dir + QStringLiteral("/zfs"))) {
            return true;
        }
    }
    return false;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyDemoHasAnExpectation() {
        QStringList files =
            QDir(QStringLiteral(ZD_DEMO_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QStringList expected;
        for (const DemoExpectation& demo : demos()) {
            expected << QLatin1String(demo.name) + QStringLiteral(".json");
        }
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);
    }

    void scanDemo_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("affected");
        QTest::addColumn<QStringList>("latent");
        for (const DemoExpectation& demo : demos()) {
            QTest::newRow(demo.name)
                << QString::fromLatin1(demo.name) << demo.exitCode
                << (demo.headline ? QString::fromLatin1(demo.headline).arg(problemIds().size())
                                  : kHealthy)
                << demo.affected << demo.latent;
        }
    }
    void scanDemo() {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, headline);
        QFETCH(QStringList, affected);
        QFETCH(QStringList, latent);
        QVERIFY(problemIds().size() >= 5);
        const Run text = zfsDoctor({QStringLiteral("--demo"), name, QStringLiteral("scan")});
        QVERIFY2(text.exitCode == exitCode, qPrintable(describe(text)));
        QVERIFY2(text.out.startsWith(headline), qPrintable(describe(text)));
        if (exitCode == 1) {
            for (const QString& id : affected) {
                QVERIFY2(
                    text.out.contains(QRegularExpression(
                        QStringLiteral(" problem: \\d %1 .*\\n.*\\n(.*\\n){0,3}  status: AFFECTED")
                            .arg(id))),
                    qPrintable(describe(text)));
            }
            QVERIFY(text.out.contains(QLatin1String("  action: 1. ")));
            QVERIFY(text.out.contains(QLatin1String("     see: https://github.com/openzfs/zfs/")));
        }
        // One quiet line names the latent problems, by number and id.
        QStringList latentNames;
        for (const QString& id : latent) {
            latentNames << QStringLiteral("%1 %2").arg(problemIds().indexOf(id) + 1).arg(id);
        }
        if (latent.isEmpty()) {
            QVERIFY2(!text.out.contains(QLatin1String("latent: ")), qPrintable(describe(text)));
        } else {
            QVERIFY2(text.out.contains(QStringLiteral("latent: %1 (this ZFS has the bug")
                                           .arg(latentNames.join(QStringLiteral(", ")))),
                     qPrintable(describe(text)));
        }
        QVERIFY2(text.err.isEmpty(), qPrintable(text.err));

        // The same through --json, and with --snapshot FILE instead of --demo.
        const QString path = QStringLiteral(ZD_DEMO_DIR "/") + name + QStringLiteral(".json");
        const Run json = zfsDoctor(
            {QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--snapshot"), path});
        QCOMPARE(json.exitCode, exitCode);
        bool ok = false;
        const QJsonObject object = parseObject(json.out, &ok);
        QVERIFY2(ok, qPrintable(describe(json)));
        QVERIFY(object.value(QStringLiteral("facts")).isObject());
        QVERIFY(object.value(QStringLiteral("notes")).isArray());
        const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), problemIds().size());
        QStringList jsonAffected;
        QStringList jsonLatent;
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            const QString status = finding.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("affected")) {
                jsonAffected << finding.value(QStringLiteral("id")).toString();
            }
            // No demo is at risk.
            QVERIFY2(status != QLatin1String("at-risk"), qPrintable(name));
            if (finding.value(QStringLiteral("latent")).toBool()) {
                QCOMPARE(status, QStringLiteral("not-affected"));
                jsonLatent << finding.value(QStringLiteral("id")).toString();
            }
        }
        QCOMPARE(jsonAffected, affected);
        QCOMPARE(jsonLatent, latent);
        const QJsonObject summary = object.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("healthy")).toBool(), exitCode == 0);
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), exitCode != 3);
        QCOMPARE(summary.value(QStringLiteral("latent")).toInt(), latent.size());
    }

    // A file with the right header but none of the records a verdict needs
    // is incomplete (exit 3), never "healthy".
    void nearlyEmptySnapshotIsIncomplete() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bogus.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format":"zfs-doctor-snapshot","schema":1,"evidence":[{"kind":"file","key":"x"}]})");
        file.close();
        const Run run = zfsDoctor({QStringLiteral("scan"), QStringLiteral("--snapshot"), path});
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QLatin1String("incomplete: ")), qPrintable(describe(run)));
        QVERIFY(!run.out.contains(kHealthy));
        const Run json = zfsDoctor(
            {QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--snapshot"), path});
        QCOMPARE(json.exitCode, 3);
        bool ok = false;
        const QJsonObject summary =
            parseObject(json.out, &ok).value(QStringLiteral("summary")).toObject();
        QVERIFY(ok);
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("healthy")).toBool(), false);
    }

    void otherFormats() {
        const QStringList demo{QStringLiteral("--demo"), QStringLiteral("problem1-sysext-fedora41"),
                               QStringLiteral("scan")};
        const Run markdown =
            zfsDoctor(demo + QStringList{QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(markdown.exitCode, 1);
        QVERIFY(markdown.out.startsWith(QLatin1String("# ZFS Doctor report\n")));
        const Run html = zfsDoctor(demo + QStringList{QStringLiteral("--format=html")});
        QCOMPARE(html.exitCode, 1);
        QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        const Run bad =
            zfsDoctor(demo + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("unknown format 'pdf'")));
    }

    void verbosityLogsToStderrOnly() {
        const Run run = zfsDoctor({QStringLiteral("-vv"), QStringLiteral("--demo"),
                                   QStringLiteral("healthy-fedora41"), QStringLiteral("scan"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        bool ok = false;
        parseObject(run.out, &ok);
        QVERIFY2(ok, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("[info] loaded snapshot")), qPrintable(run.err));
        const Run text = zfsDoctor({QStringLiteral("--demo"), QStringLiteral("healthy-fedora41"),
                                    QStringLiteral("scan"), QStringLiteral("-vv")});
        QVERIFY(text.out.contains(QLatin1String("not affected:\n")));
        QVERIFY(text.out.contains(QLatin1String("     zfs: kmod 2.3.3-1")));
    }

    void liveScanOnThisMachine() {
        if (zfsOnThisMachine()) {
            QSKIP("this machine has ZFS; the no-ZFS expectation does not apply");
        }
        const Run run = zfsDoctor({QStringLiteral("scan")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.startsWith(
            QLatin1String("no known OpenZFS compatibility problems affect this system\n")));
        QVERIFY(run.out.contains(QLatin1String("hint: ZFS is not installed here")));
        const Run json = zfsDoctor({QStringLiteral("scan"), QStringLiteral("--json")});
        bool ok = false;
        const QJsonObject object = parseObject(json.out, &ok);
        QVERIFY(ok);
        QCOMPARE(object.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("zfs_installed"))
                     .toBool(),
                 false);
    }

    void explainEveryProblem_data() {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("id");
        const QStringList ids = problemIds();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QTest::newRow(qPrintable(ids[i])) << ids[i] << ids[i];
            QTest::newRow(qPrintable(QString::number(i + 1))) << QString::number(i + 1) << ids[i];
        }
    }
    void explainEveryProblem() {
        QFETCH(QString, argument);
        QFETCH(QString, id);
        const Run run = zfsDoctor({QStringLiteral("explain"), argument, QStringLiteral("--demo"),
                                   QStringLiteral("problem1-sysext-fedora41")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("On snapshot ")));
        QVERIFY(run.out.contains(
            QStringLiteral(" problem: %1 %2 ").arg(problemIds().indexOf(id) + 1).arg(id)));
        QVERIFY(run.out.contains(QLatin1String("  status: ")));
        // Markdown is rendered: no heading markers or code fences left.
        QVERIFY2(
            !run.out.contains(QLatin1String("\n## ")) && !run.out.contains(QLatin1String("```")),
            qPrintable(run.out));
        const Run json = zfsDoctor({QStringLiteral("--json"), QStringLiteral("explain"), argument,
                                    QStringLiteral("--demo"), QStringLiteral("healthy-fedora41")});
        bool ok = false;
        const QJsonObject object = parseObject(json.out, &ok);
        QVERIFY2(ok, qPrintable(describe(json)));
        QCOMPARE(object.value(QStringLiteral("problem")).toString(), id);
        QVERIFY(!object.value(QStringLiteral("explanation")).toString().isEmpty());
        QCOMPARE(object.value(QStringLiteral("finding"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
    }

    void explainUnknownProblem() {
        for (const QString& bad : {QString::number(problemIds().size() + 1),
                                   QStringLiteral("no-such-problem"), QStringLiteral("0")}) {
            const Run run = zfsDoctor({QStringLiteral("explain"), bad, QStringLiteral("--demo"),
                                       QStringLiteral("healthy-fedora41")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(
                run.err.contains(
                    QStringLiteral("unknown problem '%1'; known problems: 1 sysext-odirect-einval")
                        .arg(bad)),
                qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(zfsDoctor({QStringLiteral("explain")}).exitCode, 2);
        QCOMPARE(zfsDoctor({QStringLiteral("explain"), QStringLiteral("1"), QStringLiteral("2")})
                     .exitCode,
                 2);
    }

    void brokenSnapshots() {
        const Run missing = zfsDoctor({QStringLiteral("scan"), QStringLiteral("--snapshot"),
                                       QStringLiteral("/nonexistent/x.json")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(
                     QLatin1String("cannot read snapshot /nonexistent/x.json: no such file")),
                 qPrintable(missing.err));
        QVERIFY(missing.out.isEmpty());

        QTemporaryDir dir;
        const QList<QPair<QByteArray, QString>> cases{
            {QByteArray(), QStringLiteral("the file is empty")},
            {QByteArray("{\"format\": \"zfs-doctor-snapshot\", \"schema\": 1, \"evid"),
             QStringLiteral("not valid JSON")},
            {QByteArray("[]"), QStringLiteral("is an array")},
            {QByteArray("{\"format\": \"zfs-doctor-snapshot\", \"schema\": 99, \"evidence\": []}"),
             QStringLiteral("uses schema 99")},
            {QByteArray("{\"format\": \"zfs-doctor-snapshot\", \"schema\": 1, \"evidence\": "
                        "[{\"kind\": \"pipe\", \"key\": \"x\"}]}"),
             QStringLiteral("unknown kind 'pipe'")},
        };
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("broken%1.json").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(cases[i].first);
            file.close();
            for (const QString& command : {QStringLiteral("scan"), QStringLiteral("capture")}) {
                QStringList arguments{command, QStringLiteral("--snapshot"), path};
                if (command == QLatin1String("capture")) {
                    arguments << dir.filePath(QStringLiteral("out.json"));
                }
                const Run run = zfsDoctor(arguments);
                QCOMPARE(run.exitCode, 3);
                QVERIFY2(run.err.contains(cases[i].second), qPrintable(run.err));
            }
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.json"))));
    }

    void captureThenScanGivesTheSameResult_data() {
        QTest::addColumn<QStringList>("source");
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo"),
                                             QStringLiteral("problem2-loop-hang-unraid")};
        QTest::newRow("redacted demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("problem5-loop-dio-always"),
                           QStringLiteral("--redact")};
        QTest::newRow("this machine") << QStringList{};
    }
    void captureThenScanGivesTheSameResult() {
        QFETCH(QStringList, source);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.json"));
        const Run capture = zfsDoctor(QStringList{QStringLiteral("capture"), path} + source);
        QVERIFY2(capture.exitCode == 0, qPrintable(describe(capture)));
        QVERIFY(capture.err.contains(QStringLiteral("wrote %1").arg(path)));

        QStringList scanSource = source;
        scanSource.removeAll(QStringLiteral("--redact"));
        const Run direct =
            zfsDoctor(QStringList{QStringLiteral("scan"), QStringLiteral("--json")} + scanSource);
        const Run replayed = zfsDoctor(
            {QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--snapshot"), path});
        QCOMPARE(replayed.exitCode, direct.exitCode);
        bool ok = false;
        const QJsonObject a = parseObject(direct.out, &ok);
        QVERIFY(ok);
        const QJsonObject b = parseObject(replayed.out, &ok);
        QVERIFY(ok);
        QStringList statusesA;
        QStringList statusesB;
        for (const QJsonValue& f : a.value(QStringLiteral("findings")).toArray()) {
            statusesA << f.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('=') +
                             f.toObject().value(QStringLiteral("status")).toString();
        }
        for (const QJsonValue& f : b.value(QStringLiteral("findings")).toArray()) {
            statusesB << f.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('=') +
                             f.toObject().value(QStringLiteral("status")).toString();
        }
        QCOMPARE(statusesB, statusesA);
        if (!source.contains(QStringLiteral("--redact"))) {
            QCOMPARE(b.value(QStringLiteral("findings")), a.value(QStringLiteral("findings")));
        }

        // capture refuses to replace a file unless --force.
        const Run again = zfsDoctor(QStringList{QStringLiteral("capture"), path} + scanSource);
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QLatin1String("already exists; use --force")));
        const Run forced = zfsDoctor(
            QStringList{QStringLiteral("capture"), path, QStringLiteral("--force")} + scanSource);
        QCOMPARE(forced.exitCode, 0);
    }

    void recaptureKeepsDemoEvidenceAndOrigin() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("re.json"));
        const QString demo = QStringLiteral(ZD_DEMO_DIR "/problem4-cfr-linux68.json");
        QCOMPARE(zfsDoctor({QStringLiteral("capture"), QStringLiteral("--snapshot"), demo, path})
                     .exitCode,
                 0);
        QFile a(demo);
        QFile b(path);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        // The demos are stored exactly as `capture` writes them.
        QCOMPARE(QString::fromUtf8(b.readAll()), QString::fromUtf8(a.readAll()));
    }

    void helpAndUsage() {
        const Run help = zfsDoctor({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* text :
             {"scan", "explain", "capture", "--snapshot FILE", "--demo NAME", "--json", "-v, -vv",
              "Exit codes:", "  0  ", "  1  ", "  2  ", "  3  "}) {
            QVERIFY2(help.out.contains(QLatin1String(text)), text);
        }
        QCOMPARE(zfsDoctor({}).out, help.out);  // no command: help
        for (const QString& command :
             {QStringLiteral("scan"), QStringLiteral("explain"), QStringLiteral("capture")}) {
            const Run run = zfsDoctor({command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.startsWith(QStringLiteral("Usage: zfs-doctor %1").arg(command)));
            QVERIFY(run.out.contains(QLatin1String("Exit codes:")));
            QCOMPARE(zfsDoctor({QStringLiteral("help"), command}).out, run.out);
        }
        const Run unknown = zfsDoctor({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QCOMPARE(zfsDoctor({QStringLiteral("--bogus"), QStringLiteral("scan")}).exitCode, 2);
        QCOMPARE(zfsDoctor({QStringLiteral("scan"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(zfsDoctor({QStringLiteral("scan"), QStringLiteral("--snapshot")}).exitCode, 2);
        QCOMPARE(zfsDoctor({QStringLiteral("capture")}).exitCode, 2);
        const Run version = zfsDoctor({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("zfs-doctor ")));
    }

    void demoOption() {
        const Run list = zfsDoctor({QStringLiteral("--demo"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        for (const DemoExpectation& demo : demos()) {
            QVERIFY2(list.out.contains(QLatin1String(demo.name) + QLatin1Char('\n')), demo.name);
        }
        QVERIFY(list.out.contains(QLatin1String("Modelled demo")));
        const Run unknown = zfsDoctor(
            {QStringLiteral("--demo"), QStringLiteral("../../etc/passwd"), QStringLiteral("scan")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(
            unknown.err.contains(QLatin1String("unknown demo '../../etc/passwd'; available: ")));
        const Run both = zfsDoctor({QStringLiteral("--demo"), QStringLiteral("healthy-fedora41"),
                                    QStringLiteral("--snapshot"), QStringLiteral("x.json"),
                                    QStringLiteral("scan")});
        QCOMPARE(both.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
