// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The remedy-conflict rule (knowledge/remedy_conflicts.h): a remedy that
// would trigger another known problem on the same system carries a conflict
// note and is never listed first; the others keep their order.

#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "knowledge/remedy_conflicts.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::describe;
using zd::test::FactsBuilder;
using zd::test::findRemedy;

namespace {
const KnowledgeBase& knowledge() {
    static const KnowledgeBase loaded = [] {
        QString error;
        const std::optional<KnowledgeBase> kb =
            KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        if (!kb) {
            qFatal("%s", qPrintable(error));
        }
        return *kb;
    }();
    return loaded;
}
const Finding& finding(const QList<Finding>& findings, const QString& id) {
    for (const Finding& candidate : findings) {
        if (candidate.id == id) {
            return candidate;
        }
    }
    qFatal("no finding %s", qPrintable(id));
}
}  // namespace

class TestRemedyConflicts : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Problem 5 on 2.3.0: direct=standard stops the oops, but a direct-I/O
    // loop device with 512-byte sectors on that dataset would then hit problem 1.
    void directStandardThatWouldTriggerProblemOne() {
        const Facts facts =
            FactsBuilder()
                .distro(DistroFamily::Fedora)
                .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
                .zfsModule(QStringLiteral("2.3.0-1"))
                .dataset(QStringLiteral("tank/images"), QStringLiteral("always"),
                         QStringLiteral("local"))
                .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/images/disk.img"),
                           QStringLiteral("tank/images"), true)
                .build();
        const QList<Finding> findings = evaluate(facts, knowledge());
        const Finding& oops = finding(findings, QStringLiteral("loop-dio-always-oops"));
        QVERIFY2(oops.status == FindingStatus::Affected, qPrintable(describe(oops)));
        const RemedyOption* standard = findRemedy(oops, QStringLiteral("dataset-direct-standard"));
        QVERIFY2(standard, qPrintable(describe(oops)));
        QVERIFY2(standard->conflict.contains(QLatin1String("problem 1, sysext-odirect-einval")),
                 qPrintable(describe(oops)));
        // Never listed first, although it has the lowest rank.
        QVERIFY(oops.remedies.first().id != QLatin1String("dataset-direct-standard"));
        QCOMPARE(oops.remedies.first().id, QStringLiteral("dataset-direct-disabled"));
        QVERIFY(oops.remedies.first().conflict.isEmpty());
    }

    // Slices that differ only by names are judged once (remedy_conflicts.cpp);
    // slices that differ otherwise are not: among alike datasets each with a
    // buffered loop device, the one whose loop device uses direct I/O with
    // 512-byte sectors still gets its own note (problem 1 after
    // direct=standard), and every note is the one it gets when judged alone.
    void alikeSlicesAreJudgedOnceDifferentOnesApart() {
        const auto system = [](int alike, bool withDirectIoLoop) {
            FactsBuilder builder;
            builder.distro(DistroFamily::Fedora)
                .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
                .zfsModule(QStringLiteral("2.3.0-1"));
            for (int i = 0; i < alike; ++i) {
                const QString dataset = QStringLiteral("tank/vm%1").arg(i);
                builder.dataset(dataset, QStringLiteral("always"), QStringLiteral("local"))
                    .loopOnZfs(QStringLiteral("loop%1").arg(i),
                               QStringLiteral("/%1/disk.img").arg(dataset), dataset, false);
            }
            builder.dataset(QStringLiteral("tank/bare"), QStringLiteral("always"),
                            QStringLiteral("local"));
            if (withDirectIoLoop) {
                builder
                    .dataset(QStringLiteral("tank/iso"), QStringLiteral("always"),
                             QStringLiteral("local"))
                    .loopOnZfs(QStringLiteral("loop99"), QStringLiteral("/tank/iso/image.iso"),
                               QStringLiteral("tank/iso"), true)
                    .readOnly(Tri::Yes);
            }
            return builder.build();
        };
        const auto standardConflict = [](const Facts& facts, const QString& dataset) {
            const QList<Finding> findings = evaluate(facts, knowledge());
            const Finding& oops = finding(findings, QStringLiteral("loop-dio-always-oops"));
            const RemedyOption* standard =
                findRemedy(oops, QStringLiteral("dataset-direct-standard"), dataset);
            return standard ? std::optional<QString>(standard->conflict) : std::nullopt;
        };
        const Facts many = system(6, true);
        const std::optional<QString> iso = standardConflict(many, QStringLiteral("tank/iso"));
        QVERIFY(iso);
        QVERIFY2(iso->contains(QLatin1String("problem 1, sysext-odirect-einval")),
                 qPrintable(*iso));
        for (int i = 0; i < 6; ++i) {
            const std::optional<QString> vm =
                standardConflict(many, QStringLiteral("tank/vm%1").arg(i));
            QVERIFY(vm);
            QVERIFY2(vm->isEmpty(), qPrintable(*vm));
        }
        // Judged alone, each says the same.
        QCOMPARE(standardConflict(system(0, true), QStringLiteral("tank/iso")), iso);
        QCOMPARE(standardConflict(system(1, false), QStringLiteral("tank/vm0")),
                 std::optional<QString>(QString()));
    }

    // Without the loop device nothing on the dataset could fail: no conflict.
    void directStandardWithoutALoopHasNoConflict() {
        const Facts facts = FactsBuilder()
                                .distro(DistroFamily::Fedora)
                                .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
                                .zfsModule(QStringLiteral("2.3.0-1"))
                                .dataset(QStringLiteral("tank/vm"), QStringLiteral("always"),
                                         QStringLiteral("local"))
                                .build();
        const Finding eagain =
            finding(evaluate(facts, knowledge()), QStringLiteral("dio-always-cfr-eagain"));
        QVERIFY2(eagain.status == FindingStatus::Affected, qPrintable(describe(eagain)));
        QCOMPARE(eagain.remedies.first().id, QStringLiteral("dataset-direct-standard"));
        for (const RemedyOption& remedy : eagain.remedies) {
            QVERIFY2(remedy.conflict.isEmpty(), qPrintable(describe(eagain)));
        }
    }

    // Problem 2 on 2.3.2: turning direct I/O off on a writable direct-I/O loop
    // device makes it a buffered one, which hangs on a kernel with the loop change.
    void loopDirectIoOffThatWouldHangTheLoop() {
        const Facts facts =
            FactsBuilder()
                .distro(DistroFamily::Fedora)
                .kernel(QStringLiteral("6.12.25-200.fc41.x86_64"))
                .zfsModule(QStringLiteral("2.3.2-1"))
                .dataset(QStringLiteral("tank/vm"))
                .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/vm/a.img"),
                           QStringLiteral("tank/vm"), true)
                .blockSize(4096)
                .build();
        const QList<Finding> findings = evaluate(facts, knowledge());
        const Finding& hang = finding(findings, QStringLiteral("loop-write-hang"));
        QVERIFY2(hang.status == FindingStatus::Affected, qPrintable(describe(hang)));
        const RemedyOption* off = findRemedy(hang, QStringLiteral("loop-dio-off"));
        QVERIFY2(off, qPrintable(describe(hang)));
        // The crash would become a hang: the same problem in another form.
        QVERIFY2(off->conflict.contains(QLatin1String("still apply afterwards")),
                 qPrintable(describe(hang)));
        QVERIFY(hang.remedies.first().id != QLatin1String("loop-dio-off"));

        // On a kernel without the change the buffered loop would be safe:
        // the same remedy carries no conflict there.
        const Facts older =
            FactsBuilder()
                .distro(DistroFamily::Fedora)
                .kernel(QStringLiteral("6.11.4-301.fc41.x86_64"))
                .zfsModule(QStringLiteral("2.3.2-1"))
                .dataset(QStringLiteral("tank/vm"))
                .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/vm/a.img"),
                           QStringLiteral("tank/vm"), true)
                .blockSize(4096)
                .build();
        const Finding safe =
            finding(evaluate(older, knowledge()), QStringLiteral("loop-write-hang"));
        const RemedyOption* offThere = findRemedy(safe, QStringLiteral("loop-dio-off"));
        QVERIFY2(offThere && offThere->conflict.isEmpty(), qPrintable(describe(safe)));
    }

    // Problem 1's loop-dio-off for a writable loop on 6.12.25. With 2.3.3
    // (problem 2 fixed) it is safe. With 2.3.0 and 2.3.1 the writable
    // direct-I/O loop already falls under problem 2 (its writes hang or
    // crash on any kernel: the project VM's ground truth), so the remedy
    // triggers nothing new; problem 2's own offer of it says that turning
    // direct I/O off would not end problem 2 on this kernel (the buffered
    // loop hangs).
    void loopDirectIoOffForAWritableLoop() {
        const Facts facts =
            FactsBuilder()
                .distro(DistroFamily::Fedora)
                .kernel(QStringLiteral("6.12.25-200.fc41.x86_64"))
                .zfsModule(QStringLiteral("2.3.3-1"))
                .dataset(QStringLiteral("tank/img"))
                .loopOnZfs(QStringLiteral("loop3"), QStringLiteral("/tank/img/a.raw"),
                           QStringLiteral("tank/img"), true)
                .build();
        Finding sysext =
            finding(evaluate(facts, knowledge()), QStringLiteral("sysext-odirect-einval"));
        QVERIFY2(sysext.status == FindingStatus::Affected, qPrintable(describe(sysext)));
        QVERIFY(findRemedy(sysext, QStringLiteral("loop-dio-off"))->conflict.isEmpty());

        const auto withZfs = [&facts](const QString& version) {
            Facts changed = facts;
            changed.zfs.kmodVersion = version;
            changed.zfs.userlandVersion = version;
            changed.zfs.userlandKmodVersion = version;
            return changed;
        };
        for (const QString& version : {QStringLiteral("2.3.0-1"), QStringLiteral("2.3.1-1")}) {
            const QList<Finding> findings = evaluate(withZfs(version), knowledge());
            const Finding hang = finding(findings, QStringLiteral("loop-write-hang"));
            QVERIFY2(hang.status == FindingStatus::Affected, qPrintable(describe(hang)));
            const RemedyOption* ownOff = findRemedy(hang, QStringLiteral("loop-dio-off"));
            QVERIFY2(
                ownOff && ownOff->conflict.contains(QLatin1String("would not end this problem")),
                qPrintable(describe(hang)));
            sysext = finding(findings, QStringLiteral("sysext-odirect-einval"));
            const RemedyOption* off = findRemedy(sysext, QStringLiteral("loop-dio-off"));
            QVERIFY2(off && !off->conflict.contains(QLatin1String("problem 2")),
                     qPrintable(describe(sysext)));
        }
    }

    void effectsAreModelled() {
        const Facts facts = FactsBuilder()
                                .zfsModule(QStringLiteral("2.3.0-1"))
                                .dataset(QStringLiteral("tank/a"), QStringLiteral("always"))
                                .loopOnZfs(QStringLiteral("loop0"), QStringLiteral("/tank/a/x"),
                                           QStringLiteral("tank/a"), true)
                                .build();
        RemedyOption remedy;
        remedy.id = QStringLiteral("dataset-direct-disabled");
        remedy.target = QStringLiteral("tank/a");
        QCOMPARE(remedyEffect(facts, remedy)->zfs.dataset(QStringLiteral("tank/a"))->direct.value,
                 QStringLiteral("disabled"));
        remedy.id = QStringLiteral("loop-dio-off");
        remedy.target = QStringLiteral("loop0");
        QCOMPARE(remedyEffect(facts, remedy)->loopDevices.first().directIo, Tri::No);
        remedy.id = QStringLiteral("zfs-dio-disable");
        QCOMPARE(
            remedyEffect(facts, remedy)->zfs.parameters.value(QStringLiteral("zfs_dio_enabled")),
            QStringLiteral("0"));
        remedy.id = QStringLiteral("kernel-pin");
        remedy.target = QStringLiteral("6.12.24");
        QCOMPARE(remedyEffect(facts, remedy)->kernel.defaultBoot, QStringLiteral("6.12.24"));
        remedy.id = QStringLiteral("upgrade-zfs");
        QVERIFY(!remedyEffect(facts, remedy));
    }
};

QTEST_GUILESS_MAIN(TestRemedyConflicts)
#include "test_remedy_conflicts.moc"
