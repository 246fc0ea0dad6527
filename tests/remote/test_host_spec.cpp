// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// `--host [user@]HOST[:port]` parsing, and the ssh arguments it turns into.

#include <QtTest>

#include "remote/host_spec.h"

using namespace zd;

class TestHostSpec : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void sshArgumentsLeaveUnsetPartsToSshConfig();
};

void TestHostSpec::valid_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");  // 0 = unset
    QTest::addColumn<QString>("canonical");
    QTest::newRow("host") << "nas"
                          << ""
                          << "nas" << 0 << "nas";
    QTest::newRow("user@host") << "admin@nas.local"
                               << "admin"
                               << "nas.local" << 0 << "admin@nas.local";
    QTest::newRow("host:port") << "nas:2222"
                               << ""
                               << "nas" << 2222 << "nas:2222";
    QTest::newRow("all") << "root@192.168.1.5:22"
                         << "root"
                         << "192.168.1.5" << 22 << "root@192.168.1.5:22";
    QTest::newRow("ipv6 bare") << "::1"
                               << ""
                               << "::1" << 0 << "::1";
    QTest::newRow("ipv6 port") << "admin@[fe80::1%eth0]:2200"
                               << "admin"
                               << "fe80::1%eth0" << 2200 << "admin@[fe80::1%eth0]:2200";
    QTest::newRow("ipv6 brackets no port") << "[2001:db8::2]"
                                           << ""
                                           << "2001:db8::2" << 0 << "2001:db8::2";
    QTest::newRow("alias") << "my_nas-01"
                           << ""
                           << "my_nas-01" << 0 << "my_nas-01";
}

void TestHostSpec::valid() {
    QFETCH(QString, text);
    QString error;
    const auto spec = HostSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QTEST(spec->user, "user");
    QTEST(spec->host, "host");
    QFETCH(int, port);
    QCOMPARE(spec->port.value_or(0), port);
    QTEST(spec->toString(), "canonical");
    // The canonical form parses back to the same thing.
    QCOMPARE(HostSpec::parse(spec->toString(), nullptr), spec);
}

void TestHostSpec::invalid_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("option injection") << "-oProxyCommand=sh";
    QTest::newRow("option as user") << "-l@nas";
    QTest::newRow("option after user") << "root@-p";
    QTest::newRow("empty user") << "@nas";
    QTest::newRow("empty host") << "root@";
    QTest::newRow("port zero") << "nas:0";
    QTest::newRow("port too big") << "nas:65536";
    QTest::newRow("port not a number") << "nas:ssh";
    QTest::newRow("empty port") << "nas:";
    QTest::newRow("space") << "my nas";
    QTest::newRow("shell") << "nas;id";
    QTest::newRow("substitution") << "$(id)";
    QTest::newRow("quote") << "na's";
    QTest::newRow("newline") << "nas\nid";
    QTest::newRow("unclosed bracket") << "[::1";
    QTest::newRow("junk after bracket") << "[::1]x";
    QTest::newRow("brackets without ipv6") << "[nas]:22";
    QTest::newRow("two ats") << "a@b@nas";
    QTest::newRow("unicode") << "näs";
}

void TestHostSpec::invalid() {
    QFETCH(QString, text);
    QString error;
    QVERIFY(!HostSpec::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestHostSpec::sshArgumentsLeaveUnsetPartsToSshConfig() {
    QCOMPARE(HostSpec::parse(QStringLiteral("nas"), nullptr)->sshDestinationArguments(),
             (QStringList{QStringLiteral("--"), QStringLiteral("nas")}));
    QCOMPARE(HostSpec::parse(QStringLiteral("admin@nas:2222"), nullptr)->sshDestinationArguments(),
             (QStringList{QStringLiteral("-l"), QStringLiteral("admin"), QStringLiteral("-p"),
                          QStringLiteral("2222"), QStringLiteral("--"), QStringLiteral("nas")}));
}

QTEST_GUILESS_MAIN(TestHostSpec)
#include "test_host_spec.moc"
