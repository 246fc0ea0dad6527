// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `zfs-doctor check-kernel RELEASE` end to end on the fixture
// tests/fixtures/check-kernel/ubuntu-new-kernels.json (its README says what
// each kernel must give): the lines, --json, -v, the exit codes, the user's
// language.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_run.h"

namespace {

using Run = zd::test::CliRun;
using zd::test::describe;

const QString kFixture =
    QStringLiteral(ZD_TEST_FIXTURES_DIR "/check-kernel/ubuntu-new-kernels.json");
const QString kWarns = QStringLiteral("6.14.4-061404-generic");
const QString kQuiet = QStringLiteral("6.8.0-52-generic");

Run checkKernel(const QStringList& arguments, const QMap<QString, QString>& variables = {}) {
    return zd::test::runCli(
        QStringList{QStringLiteral("--snapshot"), kFixture, QStringLiteral("check-kernel")} +
            arguments,
        variables);
}

}  // namespace

class TestCheckKernel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void aKernelThatTriggersAProblemGetsOneLine() {
        const Run run = checkKernel({kWarns});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        // One line per problem that would hit (other next-boot problems may
        // hit this kernel too); problem 2's is one of them.
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString problem2;
        for (const QString& line : lines) {
            QVERIFY2(line.startsWith(QStringLiteral("kernel %1: ").arg(kWarns)), qPrintable(line));
            if (line.contains(QStringLiteral("(problem 2 loop-write-hang, at risk)"))) {
                QVERIFY2(problem2.isEmpty(), qPrintable(run.out));
                problem2 = line;
            }
        }
        QVERIFY2(problem2.endsWith(QStringLiteral("Run: zfs-doctor explain loop-write-hang")),
                 qPrintable(run.out));
    }

    void aKernelThatTriggersNothingIsSilent() {
        const Run run = checkKernel({kQuiet});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
        const Run verbose = checkKernel({kQuiet, QStringLiteral("-v")});
        QVERIFY2(verbose.exitCode == 0, qPrintable(describe(verbose)));
        QVERIFY2(verbose.out.startsWith(QStringLiteral("kernel %1: ok").arg(kQuiet)) &&
                     verbose.out.contains(QStringLiteral("2 loop-write-hang")),
                 qPrintable(describe(verbose)));
    }

    void json() {
        const Run run = checkKernel({kWarns, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("release")).toString(), kWarns);
        QCOMPARE(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("warning"));
        QVERIFY(object.value(QStringLiteral("problems"))
                    .toArray()
                    .contains(QStringLiteral("loop-write-hang")));
        const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        bool atRisk = false;
        for (const QJsonValue& finding : findings) {
            atRisk = atRisk || (finding.toObject().value(QStringLiteral("id")).toString() ==
                                    QLatin1String("loop-write-hang") &&
                                finding.toObject().value(QStringLiteral("status")).toString() ==
                                    QLatin1String("at-risk"));
        }
        QVERIFY2(atRisk, qPrintable(run.out));
        // A line for each finding that would hit, none for the others.
        qsizetype hitting = 0;
        for (const QJsonValue& finding : findings) {
            const QString status = finding.toObject().value(QStringLiteral("status")).toString();
            hitting += status == QLatin1String("affected") || status == QLatin1String("at-risk");
        }
        QCOMPARE(object.value(QStringLiteral("lines")).toArray().size(), hitting);

        const Run quiet = checkKernel({kQuiet, QStringLiteral("--json")});
        QVERIFY2(quiet.exitCode == 0, qPrintable(describe(quiet)));
        QCOMPARE(QJsonDocument::fromJson(quiet.out.toUtf8())
                     .object()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("clear"));
    }

    void aKernelThatIsNotInstalledCannotBeChecked() {
        const Run run = checkKernel({QStringLiteral("6.99.0-1-generic")});
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("kernel 6.99.0-1-generic could not be checked: "
                                                   "kernel 6.99.0-1-generic is not installed")),
                 qPrintable(describe(run)));
    }

    void badCommandLines_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no release") << QStringList{};
        QTest::newRow("two releases") << QStringList{kWarns, kQuiet};
        QTest::newRow("not a release") << QStringList{QStringLiteral("../../etc")};
        QTest::newRow("an option") << QStringList{QStringLiteral("--bogus")};
    }
    void badCommandLines() {
        QFETCH(QStringList, arguments);
        const Run run = checkKernel(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    }

    void helpNamesTheExitCodesAndTheProblems() {
        const Run run = checkKernel({QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("Usage: zfs-doctor check-kernel RELEASE")));
        QVERIFY(run.out.contains(QStringLiteral("Problems checked: loop-write-hang")));
        QVERIFY(run.out.contains(QStringLiteral("Exit codes of check-kernel:")));
        const Run main = zd::test::runCli({QStringLiteral("--help")});
        QVERIFY(main.out.contains(QStringLiteral("check-kernel RELEASE")));
    }

    void speaksTheUsersLanguage() {
        const Run german =
            checkKernel({kWarns}, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QVERIFY2(german.exitCode == 1, qPrintable(describe(german)));
        QVERIFY2(german.out.startsWith(QStringLiteral("Kernel %1: ").arg(kWarns)) &&
                     german.out.contains(QStringLiteral("gefährdet")),
                 qPrintable(german.out));
        const Run chinese = checkKernel({kQuiet, QStringLiteral("-v")},
                                        {{QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}});
        QVERIFY2(chinese.exitCode == 0, qPrintable(describe(chinese)));
        QVERIFY2(!chinese.out.contains(QStringLiteral(": ok")), qPrintable(chinese.out));
    }
};

QTEST_GUILESS_MAIN(TestCheckKernel)
#include "test_check_kernel.moc"
