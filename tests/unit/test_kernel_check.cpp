// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// check-kernel's core (knowledge/kernel_check.h): the facts with a kernel
// taken as the next boot's, and the verdicts of the problems that depend on
// that kernel, over the fixture tests/fixtures/check-kernel/ (a machine with
// one kernel that triggers problem 2 and one that does not) and every demo.

#include <QDir>
#include <QtTest>

#include "knowledge/kernel_check.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/problem_registry.h"
#include "report/scan_report.h"
#include "target/system_target.h"
#include "util/paths.h"

using namespace zd;

namespace {

const QString kFixture =
    QStringLiteral(ZD_TEST_FIXTURES_DIR "/check-kernel/ubuntu-new-kernels.json");
const QString kRunning = QStringLiteral("6.8.0-51-generic");
const QString kWithoutLoopChange = QStringLiteral("6.8.0-52-generic");
const QString kWithLoopChange = QStringLiteral("6.14.4-061404-generic");

Facts loadFacts(const QString& path) {
    QString error;
    const std::optional<LoadedSystem> system =
        loadSystem(TargetRequest::snapshotFile(path), &error);
    if (!system) {
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error));
    }
    return system->facts;
}

const KnowledgeBase& knowledge() {
    static const KnowledgeBase base = [] {
        QString error;
        std::optional<KnowledgeBase> loaded = KnowledgeBase::loadDefault(&error);
        if (!loaded) {
            qFatal("knowledge base: %s", qPrintable(error));
        }
        return *loaded;
    }();
    return base;
}

const Finding* findingFor(const KernelCheck& check, const QString& id) {
    for (const Finding& finding : check.findings) {
        if (finding.id == id) {
            return &finding;
        }
    }
    return nullptr;
}

// Every snapshot a listed problem's dependence can be shown on: the demos
// and the fixtures made for check-kernel.
QStringList snapshotFiles() {
    QStringList files;
    for (const QString& directory :
         {demoDirectory(), QStringLiteral(ZD_TEST_FIXTURES_DIR "/check-kernel")}) {
        for (const QString& name :
             QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            files << directory + QLatin1Char('/') + name;
        }
    }
    return files;
}

}  // namespace

class TestKernelCheck : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyListedProblemIsInTheProblemTable() {
        QVERIFY(!nextBootProblemIds().isEmpty());
        for (const QString& id : nextBootProblemIds()) {
            QVERIFY2(detectorFor(id), qPrintable(id));
            QVERIFY2(knowledge().problem(id), qPrintable(id));
        }
    }

    // Generic over the list: a problem belongs in it only when its verdict
    // really changes with the kernel the next boot starts. For each listed
    // problem some snapshot must have two installed kernels of which one
    // makes it hit and the other does not.
    void everyListedProblemDependsOnTheNextBootKernel_data() {
        QTest::addColumn<QString>("id");
        for (const QString& id : nextBootProblemIds()) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }
    void everyListedProblemDependsOnTheNextBootKernel() {
        QFETCH(QString, id);
        QStringList shown;
        for (const QString& file : snapshotFiles()) {
            const Facts facts = loadFacts(file);
            QStringList hits;
            QStringList clear;
            for (const InstalledKernel& installed : facts.kernel.installed) {
                const KernelCheck check = checkKernel(facts, knowledge(), installed.release);
                const Finding* finding = findingFor(check, id);
                QVERIFY2(finding, qPrintable(file + QLatin1Char(' ') + installed.release));
                (needsAttention(*finding) ? hits : clear) << installed.release;
                if (needsAttention(*finding)) {
                    QCOMPARE(check.outcome, KernelCheck::Outcome::Warning);
                }
            }
            if (!hits.isEmpty() && !clear.isEmpty()) {
                shown << QStringLiteral("%1: hits with %2, not with %3")
                             .arg(QFileInfo(file).fileName(), hits.join(QLatin1Char(',')),
                                  clear.join(QLatin1Char(',')));
            }
        }
        QVERIFY2(!shown.isEmpty(),
                 qPrintable(QStringLiteral("no snapshot shows %1 depending on the next boot's "
                                           "kernel; add a demo or a fixture that does")
                                .arg(id)));
        qInfo().noquote() << shown.join(QLatin1Char('\n'));
    }

    void theCheckedKernelBecomesTheDefaultBootEntry() {
        Facts facts = loadFacts(kFixture);
        QCOMPARE(facts.kernel.defaultBoot, kRunning);
        facts.notes.append({QStringLiteral("kernel"), QStringLiteral("default-kernel-unknown"),
                            QStringLiteral("test"), QString(), FactArea::DefaultBoot});
        const std::optional<Facts> after = factsWithNextBoot(facts, kWithLoopChange);
        QVERIFY(after);
        QCOMPARE(after->kernel.defaultBoot, kWithLoopChange);
        QVERIFY(after->kernel.defaultKernel());
        QCOMPARE(after->kernel.defaultKernel()->release, kWithLoopChange);
        int defaults = 0;
        for (const InstalledKernel& installed : after->kernel.installed) {
            defaults += installed.defaultBoot ? 1 : 0;
        }
        QCOMPARE(defaults, 1);
        QVERIFY(!after->unread(FactArea::DefaultBoot));
        QCOMPARE(after->kernel.release, kRunning);  // the running kernel stays what it is
        QVERIFY(!factsWithNextBoot(facts, QStringLiteral("6.99.0-1-generic")));
    }

    // The fixture's scan is quiet for problem 2 (grub.cfg boots the running
    // 6.8 kernel, which lacks the loop change); with the mainline 6.14.4
    // kernel as the next boot's, problem 2 is at risk and names that boot.
    void aKernelWithTheLoopChangeWarns() {
        const Facts facts = loadFacts(kFixture);
        for (const Finding& finding : evaluate(facts, knowledge())) {
            if (finding.id == QLatin1String("loop-write-hang")) {
                QVERIFY2(!needsAttention(finding), qPrintable(finding.summary));
            }
        }
        const KernelCheck check = checkKernel(facts, knowledge(), kWithLoopChange);
        QCOMPARE(check.outcome, KernelCheck::Outcome::Warning);
        QVERIFY(check.notChecked.isEmpty());
        const Finding* finding = findingFor(check, QStringLiteral("loop-write-hang"));
        QVERIFY(finding);
        QCOMPARE(finding->status, FindingStatus::AtRisk);
        QVERIFY2(finding->nextStep.contains(kWithLoopChange), qPrintable(finding->nextStep));
    }

    void aKernelWithoutTheLoopChangeIsClear() {
        const Facts facts = loadFacts(kFixture);
        for (const QString& release : {kWithoutLoopChange, kRunning}) {
            const KernelCheck check = checkKernel(facts, knowledge(), release);
            QCOMPARE(check.outcome, KernelCheck::Outcome::Clear);
            QCOMPARE(check.findings.size(), nextBootProblemIds().size());
        }
    }

    void aKernelThatIsNotInstalledIsUndecided() {
        const KernelCheck check =
            checkKernel(loadFacts(kFixture), knowledge(), QStringLiteral("6.99.0-1-generic"));
        QCOMPARE(check.outcome, KernelCheck::Outcome::Undecided);
        QVERIFY2(check.notChecked.contains(QStringLiteral("not installed")),
                 qPrintable(check.notChecked));
        QVERIFY(check.findings.isEmpty());
    }

    // Installed kernels that could not be read are never "not installed".
    void unreadInstalledKernelsSayWhy() {
        Facts facts = loadFacts(kFixture);
        facts.kernel.installed.clear();
        facts.notes.append({QStringLiteral("kernel"),
                            QStringLiteral("modules-directory-unreadable"),
                            QStringLiteral("/lib/modules could not be listed (test)."), QString(),
                            FactArea::InstalledKernels});
        const KernelCheck check = checkKernel(facts, knowledge(), kWithLoopChange);
        QCOMPARE(check.outcome, KernelCheck::Outcome::Undecided);
        QVERIFY2(check.notChecked.contains(QStringLiteral("could not be listed (test)")),
                 qPrintable(check.notChecked));
    }
};

QTEST_GUILESS_MAIN(TestKernelCheck)
#include "test_kernel_check.moc"
