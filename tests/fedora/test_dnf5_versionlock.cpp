// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// dnf5's /etc/dnf/versionlock.toml read and written like dnf5 does, over the
// documented examples (fixtures/README.md says where each comes from).
#include <QFile>
#include <QTest>

#include "dnf/dnf5_versionlock.h"

using namespace zd::dnf;

namespace {

QString fixture(const QString& name) {
    QFile file(QStringLiteral(ZD_FEDORA_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(name));
    }
    return QString::fromUtf8(file.readAll());
}

Dnf5LockCondition condition(const char* key, const char* comparator, const char* value) {
    return {QString::fromLatin1(key), QString::fromLatin1(comparator), QString::fromLatin1(value)};
}

}  // namespace

class TestDnf5Versionlock : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void readsTheManualPageExample() {
        QStringList problems;
        const auto file =
            parseDnf5Versionlock(fixture(QStringLiteral("dnf5-versionlock-man.toml")), &problems);
        QVERIFY2(file.has_value(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.isEmpty());
        QVERIFY(file->isSupportedVersion());
        QCOMPARE(file->packages.size(), 2);
        const Dnf5LockEntry& bash = file->packages.at(0);
        QCOMPARE(bash.name, QStringLiteral("bash"));
        QCOMPARE(bash.comment,
                 QStringLiteral("description"));  // the end-of-line comment is not part of it
        QCOMPARE(bash.conditions,
                 QList<Dnf5LockCondition>{condition("evr", "=", "0:5.2.15-5.fc39")});
        QVERIFY(bash.isValid());
        QCOMPARE(bash.exactVersionRelease(), QStringLiteral("5.2.15-5.fc39"));
        const Dnf5LockEntry& iftop = file->packages.at(1);
        QCOMPARE(iftop.name, QStringLiteral("iftop"));
        QVERIFY(iftop.comment.isEmpty());
        QVERIFY(iftop.isValid());
        QVERIFY2(iftop.exactVersionRelease().isEmpty(), "an exclude (!=) holds no version");
    }

    void readsWhatDnf5Writes() {
        QStringList problems;
        const auto file =
            parseDnf5Versionlock(fixture(QStringLiteral("dnf5-written.toml")), &problems);
        QVERIFY2(file.has_value(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(file->packages.size(), 2);
        QCOMPARE(file->packages.at(0).name, QStringLiteral("kernel-core"));
        QCOMPARE(file->packages.at(0).exactVersionRelease(), QStringLiteral("6.12.24-200.fc41"));
        QCOMPARE(file->packages.at(1).conditions.first().comparator, QStringLiteral("!="));
    }

    void readsAnIntervalAsAValidLockOfNoSingleVersion() {
        QStringList problems;
        const auto file =
            parseDnf5Versionlock(fixture(QStringLiteral("dnf-ci-interval.toml")), &problems);
        QVERIFY(file.has_value());
        QCOMPARE(file->packages.size(), 1);
        QCOMPARE(file->packages.first().conditions,
                 (QList<Dnf5LockCondition>{condition("evr", ">=", "1.3"),
                                           condition("evr", "<", "1.4")}));
        QVERIFY(file->packages.first().isValid());
        QVERIFY(file->packages.first().exactVersionRelease().isEmpty());
    }

    // Writing what was read gives the same entries back, in dnf5's layout.
    void roundTripsEveryExample() {
        for (const char* name :
             {"dnf5-versionlock-man.toml", "dnf5-written.toml", "dnf-ci-interval.toml"}) {
            const auto first = parseDnf5Versionlock(fixture(QString::fromLatin1(name)), nullptr);
            QVERIFY(first.has_value());
            const QString written = formatDnf5Versionlock(*first);
            QStringList problems;
            const auto second = parseDnf5Versionlock(written, &problems);
            QVERIFY2(second.has_value(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(*second, *first);
        }
        // dnf5's own layout is reproduced byte for byte.
        const QString written = fixture(QStringLiteral("dnf5-written.toml"));
        QCOMPARE(formatDnf5Versionlock(*parseDnf5Versionlock(written, nullptr)), written);
    }

    void writesTheEntryDnf5VersionlockAddWrites() {
        const QString expected = fixture(QStringLiteral("dnf5-written.toml"));
        const auto parsed = parseDnf5Versionlock(expected, nullptr);
        QVERIFY(parsed.has_value());
        Dnf5Versionlock file;
        file.packages.append(dnf5AddEntry(QStringLiteral("kernel-core"),
                                          QStringLiteral("0:6.12.24-200.fc41"),
                                          QDateTime(QDate(2025, 5, 2), QTime(14, 3, 51))));
        file.packages.append(parsed->packages.at(1));  // the exclude
        QCOMPARE(formatDnf5Versionlock(file), expected);
    }

    void escapesStringsItWrites() {
        Dnf5Versionlock file;
        file.packages.append({QStringLiteral("kernel-*"),
                              QStringLiteral("say \"why\" \\ on\ttwo\nlines"),
                              {condition("evr", "<", "6.13")}});
        const QString written = formatDnf5Versionlock(file);
        QVERIFY(
            written.contains(QLatin1String("comment = \"say \\\"why\\\" \\\\ on\\ttwo\\nlines\"")));
        QCOMPARE(*parseDnf5Versionlock(written, nullptr), file);
    }

    void emptyFileHoldsNothing() {
        QStringList problems;
        const auto file = parseDnf5Versionlock(QString(), &problems);
        QVERIFY(file.has_value());
        QVERIFY(file->packages.isEmpty());
        QVERIFY(file->isSupportedVersion());
        QVERIFY(problems.isEmpty());
    }

    // dnf5 reads entries only under version = "1.0"; the caller must see that.
    void versionOtherThan10IsNotSupported() {
        const QString entry = QStringLiteral(
            "[[packages]]\nname = \"kernel-core\"\n[[packages.conditions]]\nkey = \"evr\"\n"
            "comparator = \"=\"\nvalue = \"6.12.24-200.fc41\"\n");
        const auto missing = parseDnf5Versionlock(entry, nullptr);
        QVERIFY(missing.has_value());
        QVERIFY(!missing->isSupportedVersion());
        const auto two =
            parseDnf5Versionlock(QStringLiteral("version = \"2.0\"\n") + entry, nullptr);
        QVERIFY(two.has_value());
        QVERIFY(!two->isSupportedVersion());
        // A version key inside a table is that table's key: the file has none.
        const auto late =
            parseDnf5Versionlock(entry + QStringLiteral("version = \"1.0\"\n"), nullptr);
        QVERIFY(late.has_value());
        QVERIFY(!late->isSupportedVersion());
    }

    void entriesDnf5RejectsAreInvalid_data() {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QString>("why");
        const QString c = QStringLiteral("[[packages.conditions]]\n");
        QTest::newRow("no conditions") << QString() << QStringLiteral("missing package conditions");
        QTest::newRow("unknown key")
            << c + QStringLiteral("key = \"version\"\ncomparator = \"=\"\nvalue = \"1\"\n")
            << QStringLiteral("invalid condition key \"version\"");
        QTest::newRow("no comparator") << c + QStringLiteral("key = \"evr\"\nvalue = \"1\"\n")
                                       << QStringLiteral("missing condition comparison operator");
        QTest::newRow("unknown comparator")
            << c + QStringLiteral("key = \"evr\"\ncomparator = \"~\"\nvalue = \"1\"\n")
            << QStringLiteral("invalid condition comparison operator \"~\"");
        QTest::newRow("no value") << c + QStringLiteral("key = \"evr\"\ncomparator = \"=\"\n")
                                  << QStringLiteral("missing condition value");
        QTest::newRow("arch with <")
            << c + QStringLiteral("key = \"arch\"\ncomparator = \"<\"\nvalue = \"x86_64\"\n")
            << QStringLiteral(
                   "\"arch\" condition only supports \"=\" and \"!=\" comparison operators");
        QTest::newRow("epoch not a number")
            << c + QStringLiteral("key = \"epoch\"\ncomparator = \"=\"\nvalue = \"one\"\n")
            << QStringLiteral("epoch condition value needs to be an unsigned integer");
    }
    void entriesDnf5RejectsAreInvalid() {
        QFETCH(QString, conditions);
        QFETCH(QString, why);
        const auto file = parseDnf5Versionlock(
            QStringLiteral("version = \"1.0\"\n[[packages]]\nname = \"kernel-core\"\n") +
                conditions,
            nullptr);
        QVERIFY(file.has_value());
        QCOMPARE(file->packages.size(), 1);
        QString reason;
        QVERIFY(!file->packages.first().isValid(&reason));
        QCOMPARE(reason, why);
        QVERIFY(file->packages.first().exactVersionRelease().isEmpty());
    }

    // What this reader cannot read is refused with the line, never skipped.
    void unreadableTomlIsRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        QTest::newRow("unterminated string")
            << QStringLiteral("version = \"1.0\n") << QStringLiteral("line 1");
        QTest::newRow("inline array of tables")
            << QStringLiteral(
                   "version = \"1.0\"\n[[packages]]\nname = \"bash\"\n"
                   "conditions = [{key = \"evr\", comparator = \"=\", value = \"1\"}]\n")
            << QStringLiteral("line 4");
        QTest::newRow("other table")
            << QStringLiteral("version = \"1.0\"\n[main]\n") << QStringLiteral("line 2");
        QTest::newRow("conditions before packages")
            << QStringLiteral("version = \"1.0\"\n[[packages.conditions]]\n")
            << QStringLiteral("line 2");
        QTest::newRow("key twice")
            << QStringLiteral("version = \"1.0\"\nversion = \"1.0\"\n") << QStringLiteral("line 2");
        QTest::newRow("text after a value")
            << QStringLiteral("version = \"1.0\" trailing\n") << QStringLiteral("line 1");
        QTest::newRow("bad escape")
            << QStringLiteral("version = \"1\\q0\"\n") << QStringLiteral("line 1");
    }
    void unreadableTomlIsRefused() {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QStringList problems;
        QVERIFY(!parseDnf5Versionlock(text, &problems).has_value());
        QVERIFY2(!problems.isEmpty() && problems.first().contains(line),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Keys outside the format do not stop dnf5; they are reported, not fatal.
    void unknownKeysAreReportedNotFatal() {
        QStringList problems;
        const auto file = parseDnf5Versionlock(
            QStringLiteral("version = \"1.0\"\nowner = \"me\"\n[[packages]]\nname = \"bash\"\n"
                           "[[packages.conditions]]\nkey = \"evr\"\ncomparator = \"=\"\n"
                           "value = '5.2.15-5.fc39'\n"),
            &problems);
        QVERIFY(file.has_value());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("owner")));
        QCOMPARE(file->packages.first().exactVersionRelease(), QStringLiteral("5.2.15-5.fc39"));
    }

    // Undo of the kernel pin: the table `dnf5 versionlock add` appended goes,
    // every other byte stays.
    void removesOnlyTheTableOfOneLock() {
        const QString written = fixture(QStringLiteral("dnf5-written.toml"));
        const std::optional<QString> without = withoutDnf5Lock(
            written, QStringLiteral("kernel-core"), QStringLiteral("6.12.24-200.fc41"));
        QVERIFY(without.has_value());
        QCOMPARE(
            *without,
            QStringLiteral("version = \"1.0\"\n") +
                written.mid(written.indexOf(QLatin1String("\n[[packages]]\nname = \"iftop\""))));
    }
    void removingWhatAddAppendedGivesBackTheFile() {
        Dnf5Versionlock file;
        file.packages.append(
            {QStringLiteral("bash"), {}, {condition("evr", "=", "5.2.15-5.fc39")}});
        const QString before = QStringLiteral("# the admin's note\n") + formatDnf5Versionlock(file);
        file.packages.append(dnf5AddEntry(QStringLiteral("kernel-core"),
                                          QStringLiteral("0:6.12.24-200.fc41"),
                                          QDateTime(QDate(2026, 12, 1), QTime(11, 0))));
        const QString after = QStringLiteral("# the admin's note\n") + formatDnf5Versionlock(file);
        QCOMPARE(withoutDnf5Lock(after, QStringLiteral("kernel-core"),
                                 QStringLiteral("6.12.24-200.fc41")),
                 std::optional<QString>(before));
        // From a file that held only our lock: the empty frame dnf5 writes.
        const QString alone =
            formatDnf5Versionlock({QStringLiteral("1.0"), {file.packages.last()}});
        QCOMPARE(withoutDnf5Lock(alone, QStringLiteral("kernel-core"),
                                 QStringLiteral("6.12.24-200.fc41")),
                 std::optional<QString>(QStringLiteral("version = \"1.0\"\n")));
    }
    void keepsTheCommentsAndTablesAroundIt() {
        const QString text = QStringLiteral(
            "version = \"1.0\"\n\n[[packages]]\nname = \"kernel-core\"\n"
            "[[packages.conditions]]\nkey = \"evr\"\ncomparator = \"=\"\n"
            "value = \"6.12.24-200.fc41\"\n\n# keep bash\n[[packages]]\nname = \"bash\"\n"
            "[[packages.conditions]]\nkey = \"evr\"\ncomparator = \"=\"\nvalue = \"5.2\"\n");
        QCOMPARE(withoutDnf5Lock(text, QStringLiteral("kernel-core"),
                                 QStringLiteral("6.12.24-200.fc41")),
                 std::optional<QString>(QStringLiteral(
                     "version = \"1.0\"\n\n# keep bash\n[[packages]]\nname = \"bash\"\n"
                     "[[packages.conditions]]\nkey = \"evr\"\ncomparator = \"=\"\n"
                     "value = \"5.2\"\n")));
    }
    void removesNoExcludeRangeOrOtherVersion_data() {
        QTest::addColumn<QString>("text");
        const QString head = QStringLiteral(
            "version = \"1.0\"\n[[packages]]\nname = \"kernel-core\"\n[[packages.conditions]]\n");
        QTest::newRow("exclude") << head + QStringLiteral(
                                               "key = \"evr\"\ncomparator = \"!=\"\nvalue = "
                                               "\"6.12.24-200.fc41\"\n");
        QTest::newRow("range") << head + QStringLiteral(
                                             "key = \"evr\"\ncomparator = \">=\"\nvalue = "
                                             "\"6.12.24-200.fc41\"\n");
        QTest::newRow("other version") << head + QStringLiteral(
                                                     "key = \"evr\"\ncomparator = \"=\"\nvalue = "
                                                     "\"6.12.25-200.fc41\"\n");
        QTest::newRow("other package")
            << QString(head).replace(QLatin1String("kernel-core"), QLatin1String("kernel")) +
                   QStringLiteral(
                       "key = \"evr\"\ncomparator = \"=\"\nvalue = "
                       "\"6.12.24-200.fc41\"\n");
        QTest::newRow("version 2.0")
            << QString(head).replace(QLatin1String("1.0"), QLatin1String("2.0")) +
                   QStringLiteral(
                       "key = \"evr\"\ncomparator = \"=\"\nvalue = "
                       "\"6.12.24-200.fc41\"\n");
        QTest::newRow("not TOML") << head + QStringLiteral("key = evr\n");
    }
    void removesNoExcludeRangeOrOtherVersion() {
        QFETCH(QString, text);
        QCOMPARE(withoutDnf5Lock(text, QStringLiteral("kernel-core"),
                                 QStringLiteral("6.12.24-200.fc41")),
                 std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDnf5Versionlock)
#include "test_dnf5_versionlock.moc"
