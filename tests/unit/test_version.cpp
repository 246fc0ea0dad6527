// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Version parsing and comparison over the version strings ZFS and Linux
// really print, and the half-open ranges the knowledge base data uses.

#include <QtTest>

#include "util/version.h"

using zd::Version;
using zd::VersionRange;

namespace {
Version v(const char* text) {
    const std::optional<Version> parsed = Version::parse(QString::fromLatin1(text));
    if (!parsed) {
        qFatal("test setup: %s does not parse", text);
    }
    return *parsed;
}
VersionRange range(const char* text) {
    QString error;
    const std::optional<VersionRange> parsed =
        VersionRange::parse(QString::fromLatin1(text), &error);
    if (!parsed) {
        qFatal("test setup: %s: %s", text, qPrintable(error));
    }
    return *parsed;
}
}  // namespace

class TestVersion : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void parsesRealStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<int>("rc");  // -1 = none
        QTest::addColumn<QString>("suffix");
        QTest::newRow("zfs kmod") << "2.3.1-1" << 2 << 3 << 1 << -1 << "1";
        QTest::newRow("zfs dev build")
            << "2.3.99-175_g390f6c119" << 2 << 3 << 99 << -1 << "175_g390f6c119";
        QTest::newRow("ubuntu zfs") << "2.2.3-1ubuntu1" << 2 << 2 << 3 << -1 << "1ubuntu1";
        QTest::newRow("zfs version kmod line") << "zfs-kmod-2.3.0-1" << 2 << 3 << 0 << -1 << "1";
        QTest::newRow("zfs version userland line") << "zfs-2.3.1-1" << 2 << 3 << 1 << -1 << "1";
        QTest::newRow("plain kernel") << "6.12.25" << 6 << 12 << 25 << -1 << "";
        QTest::newRow("ubuntu kernel") << "6.8.0-51-generic" << 6 << 8 << 0 << -1 << "51-generic";
        QTest::newRow("fedora kernel")
            << "6.11.4-301.fc41.x86_64" << 6 << 11 << 4 << -1 << "301.fc41.x86_64";
        QTest::newRow("release candidate") << "6.8.0-rc5" << 6 << 8 << 0 << 5 << "";
        QTest::newRow("truenas kernel")
            << "6.6.44-production+truenas" << 6 << 6 << 44 << -1 << "production+truenas";
        QTest::newRow("two components") << "6.8" << 6 << 8 << 0 << -1 << "";
        QTest::newRow("debian rc") << "6.8~rc5-1" << 6 << 8 << 0 << 5 << "1";
        QTest::newRow("debian backports zfs")
            << "2.3.2-1~bpo12+1" << 2 << 3 << 2 << -1 << "1~bpo12+1";
        QTest::newRow("surrounding whitespace") << " 2.3.2-1\n" << 2 << 3 << 2 << -1 << "1";
    }
    void parsesRealStrings() {
        QFETCH(QString, text);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(int, rc);
        QFETCH(QString, suffix);
        const std::optional<Version> version = Version::parse(text);
        QVERIFY2(version.has_value(), qPrintable(text));
        QCOMPARE(version->majorVersion(), major);
        QCOMPARE(version->minorVersion(), minor);
        QCOMPARE(version->patchVersion(), patch);
        QCOMPARE(version->releaseCandidate().value_or(-1), rc);
        QCOMPARE(version->suffix(), suffix);
        QCOMPARE(version->text(), text.trimmed());
    }

    void rejectsNonVersions_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "   ", "abc", "2", "2.", "2.x", ".3.1", "v", "1.2.3abc", "1.2.3.4", "2.3.1-",
              "zfs-", "zfs-kmod-", "unknown", "1234567.0", "2..3", "-2.3.1", "2.3.1 (deleted)"}) {
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad);
        }
    }
    void rejectsNonVersions() {
        QFETCH(QString, text);
        QVERIFY2(!Version::parse(text).has_value(), qPrintable(text));
    }

    void ordersVersions() {
        QVERIFY(v("2.3.1-1") < v("2.3.2-1"));
        QVERIFY(v("2.3.99-175_g390f6c119") < v("2.4.0"));
        QVERIFY(v("2.3.99-175_g390f6c119") > v("2.3.9"));
        QVERIFY(v("2.2.3-1ubuntu1") < v("2.2.4"));
        QVERIFY(v("zfs-kmod-2.3.0-1") == v("2.3.0"));
        QVERIFY(v("6.12.24") < v("6.12.25"));
        QVERIFY(v("6.12.100") > v("6.12.25"));  // numeric, not text, order
        QVERIFY(v("6.8.0-rc5") < v("6.8.0"));
        QVERIFY(v("6.8.0-rc5") < v("6.8.0-51-generic"));
        QVERIFY(v("6.8.0-rc4") < v("6.8.0-rc5"));
        QVERIFY(v("6.8.0-rc5") > v("6.7.12"));
        QVERIFY(v("6.11.4-301.fc41.x86_64") > v("6.8"));
        QVERIFY(v("6.6.44-production+truenas") < v("6.8"));
        QVERIFY(v("6.8") == v("6.8.0"));
        // Packaging suffixes do not take part: upstream releases compare.
        QVERIFY(v("2.3.1-1") == v("2.3.1-2"));
        QVERIFY(!(v("2.3.1-1") < v("2.3.1-2")));
    }

    void comparesSeries() {
        QVERIFY(v("6.8.0-rc5").compareSeries(v("6.8")) == 0);
        QVERIFY(v("6.8.12").compareSeries(v("6.8.0")) == 0);
        QVERIFY(v("6.7.12").compareSeries(v("6.8")) < 0);
        QVERIFY(v("6.9.1").compareSeries(v("6.8")) > 0);
        QCOMPARE(v("6.8.0-rc5").series(), Version(6, 8));
        QCOMPARE(v("6.8.0-rc5").withoutReleaseCandidate(), Version(6, 8, 0));
    }

    void knowsDevelopmentBuilds() {
        QVERIFY(v("2.3.99-175_g390f6c119").isDevelopmentBuild());
        QVERIFY(!v("2.3.9-1").isDevelopmentBuild());
    }

    void printsUpstreamRelease() {
        QCOMPARE(v("6.8.0-51-generic").toString(), QStringLiteral("6.8.0"));
        QCOMPARE(v("6.8.0-rc5").toString(), QStringLiteral("6.8.0-rc5"));
        QCOMPARE(v("zfs-2.3.1-1").toString(), QStringLiteral("2.3.1"));
    }

    void rangesAreHalfOpen() {
        const VersionRange affected = range(">=2.3.0 <2.4.0");
        QVERIFY(affected.contains(v("2.3.0-1")));
        QVERIFY(affected.contains(v("2.3.9")));
        QVERIFY(affected.contains(v("2.3.99-175_g390f6c119")));
        QVERIFY(!affected.contains(v("2.4.0")));
        QVERIFY(!affected.contains(v("2.2.7")));
        QVERIFY(affected.contains(v("2.4.0-rc1")));  // full comparison: an rc is below 2.4.0
        const VersionRange open = range("<2.2.8");
        QVERIFY(open.contains(v("0.8.6")));
        QVERIFY(!open.contains(v("2.2.8")));
        QVERIFY(range("*").contains(v("1.0")));
        QVERIFY(range("*").isUnbounded());
    }

    void kernelRangesCountReleaseCandidatesAsTheirRelease() {
        const VersionRange linux68 = range(">=6.8");
        QVERIFY(!linux68.contains(v("6.8.0-rc5")));  // full comparison: rc before release
        QVERIFY(linux68.containsKernel(v("6.8.0-rc5")));
        QVERIFY(!linux68.containsKernel(v("6.7.12")));
        const VersionRange stable612 = range(">=6.12.25 <6.13");
        QVERIFY(stable612.containsKernel(v("6.12.25")));
        QVERIFY(!stable612.containsKernel(v("6.12.24")));
        QVERIFY(!stable612.containsKernel(v("6.13.0-rc1")));
        // A bound that names a release candidate compares exactly: the loop
        // change was merged for 6.15-rc3.
        const VersionRange mainline = range(">=6.15.0-rc3");
        QVERIFY(mainline.containsKernel(v("6.15.0-rc3")));
        QVERIFY(mainline.containsKernel(v("6.15.0-rc7")));
        QVERIFY(mainline.containsKernel(v("6.15.0")));
        QVERIFY(mainline.containsKernel(v("6.16.2")));
        QVERIFY(!mainline.containsKernel(v("6.15.0-rc2")));
        QVERIFY(!mainline.containsKernel(v("6.14.11")));
        QVERIFY(anyContainsKernel({stable612, mainline}, v("6.12.30")));
        QVERIFY(!anyContainsKernel({stable612, mainline}, v("6.13.4")));
    }

    void rangeRoundTrips() {
        for (const char* text : {">=2.3.0 <2.4.0", ">=6.8.0", "<2.2.8", "*", ">=6.12.25 <6.13.0"}) {
            QCOMPARE(range(text).toString(), QString::fromLatin1(text));
        }
        QCOMPARE(range("  >=6.8   ").toString(), QStringLiteral(">=6.8.0"));
        QCOMPARE(range("<2.4.0 >=2.3.0"), range(">=2.3.0 <2.4.0"));
    }

    void rejectsBadRanges_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("bare version") << "2.3.0"
                                      << "is not";
        QTest::newRow("less or equal") << "<=2.3.0"
                                       << "is not";
        QTest::newRow("greater") << ">2.3.0"
                                 << "is not \">=VERSION";
        QTest::newRow("not a version") << ">=two"
                                       << "is not a version";
        QTest::newRow("suffix") << ">=2.3.0-1"
                                << "is not a version";
        QTest::newRow("twice") << ">=2.3.0 >=2.4.0"
                               << "twice";
        QTest::newRow("inverted") << ">=2.4.0 <2.3.0"
                                  << "not below";
        QTest::newRow("empty interval") << ">=2.4.0 <2.4.0"
                                        << "not below";
        QTest::newRow("star with bound") << "* <2.4.0"
                                         << "is not";
    }
    void rejectsBadRanges() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!VersionRange::parse(text, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void anyOfSeveralRanges() {
        const QList<VersionRange> ranges{range("<2.2.8"), range(">=2.3.0 <2.3.3")};
        QVERIFY(zd::anyContains(ranges, v("2.2.7")));
        QVERIFY(!zd::anyContains(ranges, v("2.2.8")));
        QVERIFY(zd::anyContains(ranges, v("2.3.2")));
        QVERIFY(!zd::anyContains(ranges, v("2.3.3")));
        QCOMPARE(zd::describeRanges(ranges), QStringLiteral("before 2.2.8 or 2.3.0 to 2.3.2"));
        QCOMPARE(zd::describeRanges(
                     {range(">=6.12.25 <6.13"), range(">=6.14.4 <6.15"), range(">=6.15.0-rc3")}),
                 QStringLiteral("6.12.25 and later 6.12 releases, 6.14.4 and later 6.14 releases "
                                "or 6.15.0-rc3 and later"));
    }

    // Ranges in words, for people (issue: "'>=6.12.25 <6.13.0'" in prose).
    void describesOneRangeInWords_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("any") << "*"
                             << "any version";
        QTest::newRow("upper only") << "<2.2.8"
                                    << "before 2.2.8";
        QTest::newRow("upper at a line") << "<6.8"
                                         << "before 6.8";
        QTest::newRow("lower only") << ">=6.8"
                                    << "6.8 and later";
        QTest::newRow("release candidate") << ">=6.15.0-rc3"
                                           << "6.15.0-rc3 and later";
        QTest::newRow("patch releases") << ">=2.3.0 <2.3.3"
                                        << "2.3.0 to 2.3.2";
        QTest::newRow("one release") << ">=2.3.0 <2.3.1"
                                     << "2.3.0";
        QTest::newRow("a whole line") << ">=2.3.0 <2.4.0"
                                      << "every 2.3 release";
        QTest::newRow("rest of a line") << ">=6.12.25 <6.13"
                                        << "6.12.25 and later 6.12 releases";
        QTest::newRow("across lines") << ">=2.2.0 <2.3.1"
                                      << "2.2.0 up to, not including, 2.3.1";
    }
    void describesOneRangeInWords() {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QCOMPARE(zd::describeRange(range(qPrintable(text))), words);
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "test_version.moc"
