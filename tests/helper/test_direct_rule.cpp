// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The one rule for a dataset's `direct` property (app/core/remedy/
// direct_property.h), used by the helper's dataset remedy and by remote
// fixes: ONE table over every property source zfs get can print.
#include <QtTest>

#include "remedy/direct_property.h"

using namespace zd;

class DirectRuleTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everySource_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source");
        // The undo, after "zfs"; empty: the change is refused up front.
        QTest::addColumn<QStringList>("undo");
        QTest::addColumn<bool>("warnsProblem5");
        // What zfs get reads after a correct undo (with a changed ancestor for
        // the inherited cases), and after a wrong one.
        QTest::addColumn<QString>("goodAfter");
        QTest::addColumn<QString>("badAfter");
        const QString ds = QStringLiteral("tank/data");
        QTest::newRow("default") << "standard"
                                 << "default" << QStringList{"inherit", "direct", ds} << false
                                 << "disabled\tinherited from tank"
                                 << "standard\tlocal";
        QTest::newRow("inherited from X")
            << "always"
            << "inherited from tank" << QStringList{"inherit", "direct", ds} << true
            << "always\tinherited from tank"
            << "always\tlocal";
        QTest::newRow("local") << "disabled"
                               << "local" << QStringList{"set", "direct=disabled", ds} << false
                               << "disabled\tlocal"
                               << "disabled\tdefault";
        QTest::newRow("local always")
            << "always"
            << "local" << QStringList{"set", "direct=always", ds} << true << "always\tlocal"
            << "standard\tlocal";
        // zfs-inherit(8): -S reverts to the received value; `zfs set` would
        // make it a local override, `zfs inherit` would drop the received value.
        QTest::newRow("received") << "disabled"
                                  << "received" << QStringList{"inherit", "-S", "direct", ds}
                                  << false << "disabled\treceived"
                                  << "disabled\tlocal";
        QTest::newRow("received always") << "always"
                                         << "received" << QStringList{"inherit", "-S", "direct", ds}
                                         << true << "always\treceived"
                                         << "standard\tdefault";
        // A temporary value (set for one mount) and "-" cannot be restored by
        // zfs set or zfs inherit: nothing is changed.
        QTest::newRow("temporary") << "always"
                                   << "temporary" << QStringList() << false << ""
                                   << "";
        QTest::newRow("-") << "standard"
                           << "-" << QStringList() << false << ""
                           << "";
        QTest::newRow("inherited from a non-name")
            << "standard"
            << "inherited from ../etc" << QStringList() << false << ""
            << "";
        QTest::newRow("not a value") << "on"
                                     << "local" << QStringList() << false << ""
                                     << "";
    }
    void everySource() {
        QFETCH(QString, value);
        QFETCH(QString, source);
        QFETCH(QStringList, undo);
        QFETCH(bool, warnsProblem5);
        QFETCH(QString, goodAfter);
        QFETCH(QString, badAfter);
        const QString ds = QStringLiteral("tank/data");
        const DirectState before{value, source};

        const DirectChange set = planDirectSet(ds, before, QStringLiteral("standard"));
        const DirectChange restore = planDirectUndo(ds, before);
        QCOMPARE(restore.zfsArguments, undo);
        if (undo.isEmpty()) {
            // Refused both ways, with a reason, before anything runs.
            QVERIFY(!set.refusal.isEmpty());
            QVERIFY(set.zfsArguments.isEmpty());
            QVERIFY(!restore.refusal.isEmpty());
            QVERIFY(!isRestorableDirectState(before, nullptr));
            return;
        }
        QVERIFY2(set.refusal.isEmpty(), qPrintable(set.refusal));
        QCOMPARE(set.zfsArguments, (QStringList{"set", "direct=standard", ds}));
        QVERIFY(restore.refusal.isEmpty());
        QCOMPARE(!restore.warnings.isEmpty(), warnsProblem5);
        if (warnsProblem5) {
            QVERIFY(restore.warnings.first().english().contains(QLatin1String("2.3.0")));
        }
        QVERIFY(directUndoVerified(before, *parseDirectState(goodAfter, nullptr)));
        QVERIFY(!directUndoVerified(before, *parseDirectState(badAfter, nullptr)));
    }

    void settingNeverUsesAlways() {
        const DirectState current{QStringLiteral("standard"), QStringLiteral("default")};
        QVERIFY(planDirectSet(QStringLiteral("tank"), current, QStringLiteral("always"))
                    .refusal.contains(QLatin1String("never")));
        QVERIFY(!planDirectSet(QStringLiteral("tank"), current, QStringLiteral("bogus"))
                     .refusal.isEmpty());
        QVERIFY(directSetIsNoop({QStringLiteral("disabled"), QStringLiteral("inherited from tank")},
                                QStringLiteral("disabled")));
        QVERIFY(directSetVerified({QStringLiteral("disabled"), QStringLiteral("local")},
                                  QStringLiteral("disabled")));
        QVERIFY(
            !directSetVerified({QStringLiteral("disabled"), QStringLiteral("inherited from tank")},
                               QStringLiteral("disabled")));
    }

    void parsesZfsGet() {
        QVERIFY(parseDirectState(QStringLiteral("standard\tdefault\n"), nullptr));
        QString error;
        QVERIFY(!parseDirectState(QStringLiteral("standard\n"), &error));
        QVERIFY(error.contains(QLatin1String("unexpected")));
        QVERIFY(
            !parseDirectState(QStringLiteral("standard\tdefault\nstandard\tdefault\n"), nullptr));
        QVERIFY(!parseDirectState(QStringLiteral("on\tlocal\n"), nullptr));
    }
};

QTEST_GUILESS_MAIN(DirectRuleTest)
#include "test_direct_rule.moc"
