// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// os-release parsing and distribution family rules.
// Fixtures: see tests/fixtures/os-release/README.md.

#include <QtTest>

#include "collect/parsers/os_release_parser.h"
#include "support/parser_fixtures.h"

using namespace zd;

class ParseOsReleaseTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void debian12() {
        QStringList problems;
        const auto values =
            parseOsRelease(test::fixtureText(QStringLiteral("os-release/debian-12")), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(values.value(QStringLiteral("ID")), QStringLiteral("debian"));
        QCOMPARE(values.value(QStringLiteral("VERSION_ID")), QStringLiteral("12"));
        QCOMPARE(values.value(QStringLiteral("PRETTY_NAME")),
                 QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QVERIFY(!values.contains(QStringLiteral("ID_LIKE")));
    }
    void fedora40() {
        QStringList problems;
        const auto values = parseOsRelease(
            test::fixtureText(QStringLiteral("os-release/fedora-40-server")), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(values.value(QStringLiteral("ID")), QStringLiteral("fedora"));
        QCOMPARE(values.value(QStringLiteral("VERSION_ID")), QStringLiteral("40"));
        QCOMPARE(values.value(QStringLiteral("VERSION_CODENAME")), QString());
        QVERIFY(values.contains(QStringLiteral("VERSION_CODENAME")));
        QCOMPARE(values.value(QStringLiteral("VARIANT")), QStringLiteral("Server Edition"));
    }
    void ubuntu2404() {
        QStringList problems;
        const auto values =
            parseOsRelease(test::fixtureText(QStringLiteral("os-release/ubuntu-24.04")), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(values.value(QStringLiteral("ID")), QStringLiteral("ubuntu"));
        QCOMPARE(values.value(QStringLiteral("ID_LIKE")), QStringLiteral("debian"));
        QCOMPARE(values.value(QStringLiteral("VERSION_ID")), QStringLiteral("24.04"));
    }
    // os-release(5): shell-style quoting, escapes in double quotes only, no
    // expansion, comments.
    void quotingRules() {
        QStringList problems;
        const auto values =
            parseOsRelease(QStringLiteral("# comment\n"
                                          "  \n"
                                          "A=\"say \\\"hi\\\" \\$HOME \\\\ \\` \\n\"\n"
                                          "B='single $HOME \\n'\n"
                                          "C=plain\\ word\n"
                                          "D=\"\"\n"
                                          "E=first\n"
                                          "E=second\n"
                                          "F=\"has # inside\"\n"),
                           &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(values.value(QStringLiteral("A")), QStringLiteral("say \"hi\" $HOME \\ ` \\n"));
        QCOMPARE(values.value(QStringLiteral("B")), QStringLiteral("single $HOME \\n"));
        QCOMPARE(values.value(QStringLiteral("C")), QStringLiteral("plain word"));
        QCOMPARE(values.value(QStringLiteral("D")), QString());
        QCOMPARE(values.value(QStringLiteral("E")), QStringLiteral("second"));
        QCOMPARE(values.value(QStringLiteral("F")), QStringLiteral("has # inside"));
    }
    void malformedLinesAreReportedAndSkipped() {
        QStringList problems;
        const auto values =
            parseOsRelease(QStringLiteral("ID=fedora\n"
                                          "no equals sign\n"
                                          "=value\n"
                                          "1BAD=x\n"
                                          "NAME=\"unterminated\n"
                                          "X=\"a\"\"b\"\n"
                                          "VERSION_ID=41"),  // truncated: no final newline
                           &problems);
        QCOMPARE(values.value(QStringLiteral("ID")), QStringLiteral("fedora"));
        QCOMPARE(values.value(QStringLiteral("VERSION_ID")), QStringLiteral("41"));
        QVERIFY(!values.contains(QStringLiteral("NAME")));
        QVERIFY(!values.contains(QStringLiteral("X")));
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.at(0).contains(QStringLiteral("line 2")));
    }
    void emptyAndBinary() {
        QStringList problems;
        QVERIFY(parseOsRelease(QString(), &problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QVERIFY(parseOsRelease(QStringLiteral("\x01\x02\x03"), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void family_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("idLike");
        QTest::addColumn<DistroFamily>("family");
        QTest::newRow("fedora") << QStringLiteral("fedora") << QString() << DistroFamily::Fedora;
        QTest::newRow("debian") << QStringLiteral("debian") << QString() << DistroFamily::Debian;
        QTest::newRow("ubuntu") << QStringLiteral("ubuntu") << QStringLiteral("debian")
                                << DistroFamily::Ubuntu;
        QTest::newRow("ubuntu derivative")
            << QStringLiteral("linuxmint") << QStringLiteral("ubuntu debian")
            << DistroFamily::Ubuntu;
        QTest::newRow("fedora derivative")
            << QStringLiteral("nobara") << QStringLiteral("fedora") << DistroFamily::Fedora;
        QTest::newRow("rhel-like") << QStringLiteral("rocky")
                                   << QStringLiteral("rhel centos fedora") << DistroFamily::Fedora;
        QTest::newRow("arch") << QStringLiteral("arch") << QString() << DistroFamily::Other;
        QTest::newRow("empty") << QString() << QStringLiteral("debian") << DistroFamily::Unknown;
    }
    void family() {
        QFETCH(QString, id);
        QFETCH(QString, idLike);
        QFETCH(DistroFamily, family);
        QCOMPARE(distroFamilyFromOsRelease(id, idLike), family);
    }

    void trueNasManifest() {
        QCOMPARE(parseTrueNasManifestVersion(
                     QStringLiteral("{\"version\": \"24.10.2\", \"buildtime\": 1737000000}")),
                 std::optional<QString>(QStringLiteral("24.10.2")));
        QVERIFY(!parseTrueNasManifestVersion(QString()));
        QVERIFY(!parseTrueNasManifestVersion(QStringLiteral("{\"version\": 24}")));
        QVERIFY(!parseTrueNasManifestVersion(QStringLiteral("{\"buildtime\": 1}")));
        QVERIFY(!parseTrueNasManifestVersion(QStringLiteral("[\"24.10\"]")));
        QVERIFY(
            !parseTrueNasManifestVersion(QStringLiteral("{\"version\": \"24.10")));  // truncated
    }
};

QTEST_GUILESS_MAIN(ParseOsReleaseTest)
#include "test_parse_os_release.moc"
