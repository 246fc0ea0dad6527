// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The command line speaks the language the environment asks for, like the
// window: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG. Checked on the built
// binary with a demo snapshot: the verdict, the knowledge base's texts, the
// explanation and the report are translated; commands and ids are not.

#include <QProcess>
#include <QtTest>

#include "cli_run.h"

namespace {

using Run = zd::test::CliRun;
using zd::test::runCli;

Run zfsDoctor(const QStringList& arguments, const QMap<QString, QString>& variables) {
    return runCli(arguments, variables);
}

const QStringList kScan{QStringLiteral("--demo"), QStringLiteral("problem2-loop-hang-unraid"),
                        QStringLiteral("scan")};

}  // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void englishByDefault() {
        const Run run = zfsDoctor(kScan, {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("known problems need attention")),
                 qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QLatin1String("Writes through loop devices backed by files on ZFS")),
            qPrintable(run.out));
    }

    void german_data() {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("LANGUAGE") << "LANGUAGE"
                                  << "de";
        QTest::newRow("LC_ALL") << "LC_ALL"
                                << "de_DE.UTF-8";
        QTest::newRow("LC_MESSAGES") << "LC_MESSAGES"
                                     << "de_AT.UTF-8";
        QTest::newRow("LANG") << "LANG"
                              << "de_DE.UTF-8";
    }
    void german() {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const Run run = zfsDoctor(kScan, {{variable, value}});
        QCOMPARE(run.exitCode, 1);
        // The report's sentence (.ts), the problem's title (overlay), a
        // detector's sentence (.ts); the command stays as it is.
        QVERIFY2(run.out.contains(QLatin1String("bekannten Problemen erfordern Aufmerksamkeit")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Schreiben über Loop-Geräte")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Backing-Datei")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("known problems need attention")),
                 qPrintable(run.out));
    }

    void chinese() {
        const Run run = zfsDoctor(kScan, {{QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("已知问题需要处理")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("经由后备文件位于")), qPrintable(run.out));
    }

    // A language not shipped falls back to the next preference, then English.
    void unshippedLanguageFallsBack() {
        const Run french = zfsDoctor(kScan, {{QStringLiteral("LANGUAGE"), QStringLiteral("fr")}});
        QVERIFY2(french.out.contains(QLatin1String("known problems need attention")),
                 qPrintable(french.out));
        const Run then = zfsDoctor(kScan, {{QStringLiteral("LANGUAGE"), QStringLiteral("fr:de")}});
        QVERIFY2(then.out.contains(QLatin1String("Aufmerksamkeit")), qPrintable(then.out));
    }

    // explain: the German explanation and the German verdict below it.
    void explainInGerman() {
        const Run run =
            zfsDoctor({QStringLiteral("--demo"), QStringLiteral("problem2-loop-hang-unraid"),
                       QStringLiteral("explain"), QStringLiteral("2")},
                      {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Was Sie sehen")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("echo l | sudo tee /proc/sysrq-trigger")),
                 qPrintable(run.out));
    }

    // The exported report: human labels, translated; the HTML names its language.
    void reportInGerman() {
        const Run run =
            zfsDoctor({QStringLiteral("--demo"), QStringLiteral("problem2-loop-hang-unraid"),
                       QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("html")},
                      {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QVERIFY2(run.out.contains(QLatin1String("<html lang=\"de\">")),
                 qPrintable(run.out.left(400)));
        QVERIFY2(run.out.contains(QLatin1String("ZFS-Doctor-Bericht")),
                 qPrintable(run.out.left(400)));
        QVERIFY2(!run.out.contains(QLatin1String(">inferred-from-versions<")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String(">at-risk<")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
