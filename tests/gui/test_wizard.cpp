// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The troubleshooting wizard end to end against a fake helper on a private
// dbus-daemon (standing in for the system bus): probe refused, probe
// confirmed, fix denied by polkit, fix applied and verified by a rescan,
// undo; plus the History page and the Fix… review dialog.
//
// With ZD_SCREENSHOT_DIR set (tools/screenshots.sh, under Xvfb), the full
// flow saves a PNG of each step there: the only way to picture the steps
// that need a helper, since this machine has no ZFS to fix.

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include "explanation_page.h"
#include "fake_helper.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "helper/contract.h"
#include "helper_client/helper_reply.h"
#include "history_page.h"
#include "main_window.h"
#include "private_bus.h"
#include "remedy_review_dialog.h"
#include "scan_controller.h"
#include "system_loader.h"
#include "troubleshoot_wizard.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

// The machine the window "scans": problem 1's demo, changed by the fake
// helper's fixes. Scans read it from a worker thread, hence the mutex.
struct SimulatedMachine {
    QMutex mutex;
    Facts facts;
    int scans = 0;

    void setDirect(const QString& dataset, const QString& value, const QString& source) {
        QMutexLocker lock(&mutex);
        for (ZfsDataset& item : facts.zfs.datasets) {
            if (item.name == dataset) {
                item.direct.value = value;
                item.direct.source = source;
            }
        }
    }
};

const QString kFinding = QStringLiteral("sysext-odirect-einval");
const QString kDataset = QStringLiteral("tank/extensions");

}  // namespace

class TestWizard : public QObject {
    Q_OBJECT
  private:
    PrivateBus m_bus;
    FakeHelper m_helper;
    SimulatedMachine m_machine;
    Facts m_originalFacts;
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    std::unique_ptr<MainWindow> liveWindow() {
        auto window = std::make_unique<MainWindow>(m_knowledge);
        auto knowledge = m_knowledge;
        SimulatedMachine* machine = &m_machine;
        window->scanner()->setLiveScan([knowledge, machine](const QList<ProbeResult>& probes) {
            SystemState state;
            {
                QMutexLocker lock(&machine->mutex);
                state.facts = machine->facts;
                ++machine->scans;
            }
            state.origin = SystemState::Origin::Live;
            state.probes = probes;
            return LoadOutcome{evaluateState(*knowledge, state), QString()};
        });
        window->show();
        window->scanLive();
        if (!QTest::qWaitFor([&] { return window->state().has_value(); }, 10000)) {
            qFatal("the simulated scan did not finish");
        }
        return window;
    }

    static QLabel* label(QWidget* root, const char* name) {
        return root->findChild<QLabel*>(QLatin1String(name));
    }

    static void screenshot(QWidget* widget, const QString& name) {
        const QString directory = qEnvironmentVariable("ZD_SCREENSHOT_DIR");
        if (directory.isEmpty()) {
            return;
        }
        QTest::qWait(200);  // layouts settle and paint
        QVERIFY(widget->grab().save(directory + QStringLiteral("/wizard-live-") + name +
                                    QStringLiteral(".png")));
    }

    static void waitForNext(QWizard* wizard) {
        QVERIFY(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); },
                                10000));
    }

  private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        // Before anything opens the system bus: the window's helper client
        // then talks to the fake helper on the private bus.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_bus.address().toUtf8());
        QVERIFY2(m_helper.registerOn(m_bus.address(), &error), qPrintable(error));
        m_knowledge = loadKnowledge();
        m_originalFacts = demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41")).facts;
        m_helper.preview = [](const QString& fix, const QString& target) {
            const QString value = fix == QLatin1String(helper::kFixDatasetDirectDisabled)
                                      ? QStringLiteral("disabled")
                                      : QStringLiteral("standard");
            return QJsonObject{
                {QStringLiteral("current"),
                 QJsonObject{{QStringLiteral("direct"), QStringLiteral("standard")},
                             {QStringLiteral("source"), QStringLiteral("default")}}},
                {QStringLiteral("new"),
                 QJsonObject{{QStringLiteral("direct"), value},
                             {QStringLiteral("source"), QStringLiteral("local")}}},
                {QStringLiteral("commands"),
                 QJsonArray{QStringLiteral("zfs set direct=%1 %2").arg(value, target)}},
                {QStringLiteral("warnings"), QJsonArray{}},
                {QStringLiteral("noop"), false}};
        };
        m_helper.onApplied = [this](const QString& fix, const QString& target) {
            if (fix == QLatin1String(helper::kFixDatasetDirectDisabled)) {
                m_machine.setDirect(target, QStringLiteral("disabled"), QStringLiteral("local"));
            }
        };
        m_helper.onUndone = [this](const QString&, const QString& target) {
            m_machine.setDirect(target, QStringLiteral("standard"), QStringLiteral("default"));
        };
    }

    void init() {
        QMutexLocker lock(&m_machine.mutex);
        m_machine.facts = m_originalFacts;
        m_helper.calls.clear();
        m_helper.journal.clear();
        m_helper.denyApply = false;
        m_helper.probeErrorName.clear();
    }

    void fullWizardFlow() {
        auto window = liveWindow();
        QCOMPARE(window->state()->finding(kFinding)->status, FindingStatus::Affected);
        auto* wizard = new TroubleshootWizard(window.get());
        wizard->setAttribute(Qt::WA_DeleteOnClose, false);
        std::unique_ptr<TroubleshootWizard> owner(wizard);
        wizard->show();

        // 1. Symptom.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::SymptomPageId));
        wizard->findChild<QRadioButton*>(QStringLiteral("symptom_sysext"))->click();
        wizard->next();
        QCOMPARE(wizard->symptom(), TroubleshootWizard::Symptom::SysextFails);

        // 2. Scan (this machine).
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::ScanPageId));
        waitForNext(wizard);
        QVERIFY(plainText(label(wizard, "scanText")).contains(QStringLiteral("complete")));
        wizard->next();

        // 3. Probes: first refused by the helper (its reason is shown), then confirmed.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::ProbePageId));
        auto* check = wizard->findChild<QCheckBox*>(QStringLiteral("probeCheck_") + kFinding);
        QVERIFY(check);
        QVERIFY(check->isEnabled());
        QVERIFY(check->isChecked());
        m_helper.probeResult = QJsonObject{
            {QStringLiteral("ran"), false},
            {QStringLiteral("refusedReason"),
             QStringLiteral("tank/extensions is not mounted, so no temporary file can be made.")}};
        auto* run = wizard->findChild<QPushButton*>(QStringLiteral("runProbesButton"));
        run->click();
        QLabel* status = label(wizard, "probeStatus_sysext-odirect-einval");
        QTRY_VERIFY(plainText(status).contains(QStringLiteral("Refused by the helper")));
        QVERIFY(plainText(status).contains(QStringLiteral("not mounted")));
        QVERIFY(
            m_helper.calls.contains(QStringLiteral("Probe(odirect-alignment,tank/extensions)")));

        // A malformed answer (no "bytes") is reported, not trusted.
        m_helper.probeResult =
            QJsonObject{{QStringLiteral("ran"), true}, {QStringLiteral("errno"), 22}};
        QTRY_VERIFY(run->isEnabled());
        run->click();
        QTRY_VERIFY2(plainText(status).contains(QStringLiteral("could not be read")),
                     qPrintable(plainText(status)));

        m_helper.probeResult = QJsonObject{
            {QStringLiteral("ran"), true},
            {QStringLiteral("bytes"), 0},
            {QStringLiteral("errno"), 22},
            {QStringLiteral("errorName"), QStringLiteral("EINVAL")},
            {QStringLiteral("detail"), QStringLiteral("pread(fd, 512, offset 512) with O_DIRECT")}};
        QTRY_VERIFY(run->isEnabled());
        run->click();
        QTRY_VERIFY2(plainText(status).contains(QStringLiteral("EINVAL")),
                     qPrintable(plainText(status)));
        QTRY_COMPARE(window->state()->finding(kFinding)->confidence, Confidence::ConfirmedByProbe);
        screenshot(wizard, QStringLiteral("3-probe-confirmed"));
        wizard->next();

        // 4. Findings and a remedy.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::FindingsPageId));
        auto* remedy = wizard->findChild<QRadioButton*>(
            QStringLiteral("remedy_%1_%2")
                .arg(kFinding, QLatin1String(helper::kFixDatasetDirectDisabled)));
        QVERIFY(remedy);
        QVERIFY(remedy->isEnabled());
        remedy->click();
        screenshot(wizard, QStringLiteral("4-remedy"));
        wizard->next();

        // 5. Review: the exact change; polkit denies, then allows.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::ReviewPageId));
        QVERIFY(wizard->chosenRemedy.has_value());
        QCOMPARE(wizard->chosenRemedy->target, kDataset);
        QLabel* commands = label(wizard, "previewCommands");
        QTRY_VERIFY(plainText(commands).contains(
            QStringLiteral("zfs set direct=disabled tank/extensions")));
        auto* apply = wizard->findChild<QPushButton*>(QStringLiteral("applyChangeButton"));
        QTRY_VERIFY(apply->isEnabled());
        screenshot(wizard, QStringLiteral("5-review"));
        m_helper.denyApply = true;
        apply->click();
        QLabel* review = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("reviewStatus"));
        QTRY_VERIFY(plainText(review).contains(QStringLiteral("denied")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard->appliedChange.has_value());
        QCOMPARE(m_machine.facts.zfs.dataset(kDataset)->direct.value, QStringLiteral("standard"));
        screenshot(wizard, QStringLiteral("5-review-denied"));

        m_helper.denyApply = false;
        QTRY_VERIFY(apply->isEnabled());
        apply->click();
        waitForNext(wizard);
        QVERIFY(wizard->appliedChange.has_value());
        QCOMPARE(wizard->appliedChange->verb, QLatin1String(helper::kFixDatasetDirectDisabled));
        // The helper read the value back; the next step's scan is the verification.
        QVERIFY2(plainText(review).contains(QStringLiteral("a new scan checks")) &&
                     !plainText(review).contains(QStringLiteral("verified")),
                 qPrintable(plainText(review)));
        screenshot(wizard, QStringLiteral("6-applied"));
        wizard->next();

        // 6. Verify by scanning again.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::VerifyPageId));
        waitForNext(wizard);
        QVERIFY(wizard->verified.has_value());
        QVERIFY2(*wizard->verified, qPrintable(plainText(label(wizard, "verifyResult"))));
        QVERIFY(window->state()->finding(kFinding)->status != FindingStatus::Affected);
        screenshot(wizard, QStringLiteral("7-verified"));
        wizard->next();

        // 7. Summary with Undo.
        QCOMPARE(wizard->currentId(), int(TroubleshootWizard::SummaryPageId));
        const QString summary = plainText(label(wizard, "summaryText"));
        QVERIFY(summary.contains(QStringLiteral("verified")));
        // In words: the remedy's title, not its id or the journal's change id (issue 14, point 8).
        QVERIFY2(summary.contains(wizard->chosenRemedy->title) &&
                     !summary.contains(wizard->appliedChange->id) &&
                     !summary.contains(QLatin1String(helper::kFixDatasetDirectDisabled)),
                 qPrintable(summary));
        auto* undo = wizard->findChild<QPushButton*>(QStringLiteral("wizardUndoButton"));
        QVERIFY(undo->isVisible() && undo->isEnabled());
        screenshot(wizard, QStringLiteral("8-summary"));
        undo->click();
        QTRY_VERIFY(wizard->undone);
        QVERIFY(m_helper.calls.last().startsWith(QStringLiteral("Undo(")));
        QTRY_COMPARE(window->state()->finding(kFinding)->status, FindingStatus::Affected);
        QVERIFY(!undo->isEnabled());
    }

    void wizardOnSnapshotOffersNoProbesOrFixes() {
        MainWindow window(m_knowledge);
        window.setState(demoState(*m_knowledge, QStringLiteral("problem5-loop-dio-always")));
        TroubleshootWizard wizard(&window);
        wizard.show();
        // The first page says, in one sentence, that a snapshot cannot be fixed.
        QLabel* note = label(&wizard, "notFixableHere");
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(plainText(note).contains(QStringLiteral("snapshot")));
        QVERIFY(plainText(note).contains(QStringLiteral("cannot be fixed")));
        wizard.findChild<QRadioButton*>(QStringLiteral("symptom_crash"))->click();
        wizard.next();
        // No scan to wait for and no probe that could run: straight to the findings.
        QCOMPARE(wizard.currentId(), int(TroubleshootWizard::FindingsPageId));
        // Remedies are listed, never offered: no choice to apply, no "don't change".
        const QList<QRadioButton*> choices = wizard.currentPage()->findChildren<QRadioButton*>();
        for (QRadioButton* button : choices) {
            QVERIFY2(!button->isVisible(), qPrintable(button->objectName()));
        }
        const QList<QLabel*> listed = wizard.currentPage()->findChildren<QLabel*>(
            QRegularExpression(QStringLiteral("^listedRemedy_")));
        QVERIFY(!listed.isEmpty());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TroubleshootWizard::SummaryPageId));
        QVERIFY(m_helper.calls.isEmpty());
    }

    // "Just check my system" looks at every problem of the knowledge base
    // (not a list that a new problem would have to join); every symptom
    // names problems the knowledge base has, and each problem has a symptom.
    void symptomsCoverEveryProblem() {
        MainWindow window(m_knowledge);
        window.setState(demoState(*m_knowledge, QStringLiteral("problem6-kernel-zfs-unsupported")));
        TroubleshootWizard wizard(&window);
        QStringList all;
        for (const ProblemInfo& problem : m_knowledge->problems()) {
            all << problem.id;
        }
        QCOMPARE(wizard.relevantProblemIds(), all);
        QStringList named;
        wizard.show();
        for (QRadioButton* button : wizard.currentPage()->findChildren<QRadioButton*>()) {
            button->click();
            QVERIFY(wizard.currentPage()->validatePage());  // takes the chosen symptom
            const QStringList ids = wizard.relevantProblemIds();
            QVERIFY2(!ids.isEmpty(), qPrintable(button->objectName()));
            for (const QString& id : ids) {
                QVERIFY2(m_knowledge->problem(id), qPrintable(id));
            }
            if (button->objectName() != QLatin1String("symptom_check")) {
                named << ids;
            }
        }
        for (const QString& id : all) {
            QVERIFY2(named.contains(id), qPrintable(id + QStringLiteral(" has no symptom")));
        }
        wizard.findChild<QRadioButton*>(QStringLiteral("symptom_kernel_update"))->click();
        QVERIFY(wizard.currentPage()->validatePage());
        const QList<Finding> findings = wizard.relevantFindings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("kernel-zfs-unsupported"));
        QCOMPARE(findings.first().status, FindingStatus::Affected);
    }

    void wizardOnThisMachineSaysNothingAboutSnapshots() {
        auto window = liveWindow();
        TroubleshootWizard wizard(window.get());
        wizard.show();
        QVERIFY(label(&wizard, "notFixableHere")->isHidden());
    }

    void wizardPagesShareOneHeaderStyle() {
        // QWizard's classic style draws a page with a subtitle in a header
        // banner and a page without one as a bare title: one page without
        // a subtitle switches the style.
        MainWindow window(m_knowledge);
        TroubleshootWizard wizard(&window);
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids.size(), 7);
        for (int id : ids) {
            QVERIFY2(!wizard.page(id)->title().isEmpty(), qPrintable(QString::number(id)));
            QVERIFY2(!wizard.page(id)->subTitle().isEmpty(), qPrintable(wizard.page(id)->title()));
        }
    }

    void remedyDialogAndHistory() {
        auto window = liveWindow();
        window->showFinding(kFinding);
        RemedyOption chosen;
        for (const RemedyOption& remedy : window->state()->finding(kFinding)->remedies) {
            if (remedy.id == QLatin1String(helper::kFixDatasetDirectDisabled)) {
                chosen = remedy;
            }
        }
        QVERIFY(!chosen.id.isEmpty());
        // One-click Fix… opens the same review.
        auto* fix = window->findingsPage()->explanation()->widget()->findChild<QPushButton*>(
            QStringLiteral("fixButton_") + chosen.id);
        QVERIFY(fix && fix->isEnabled());
        fix->click();
        RemedyReviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<RemedyReviewDialog*>()) != nullptr);
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QTRY_VERIFY(apply->isEnabled());
        const int scansBefore = m_machine.scans;
        apply->click();
        QTRY_VERIFY(dialog->appliedChange().has_value());
        QTRY_VERIFY(m_machine.scans > scansBefore);  // verified by a rescan
        QTRY_VERIFY(window->state()->finding(kFinding)->status != FindingStatus::Affected);
        dialog->accept();

        // History lists the change; Undo all restores the machine.
        window->showPage(MainWindow::Page::History);
        auto* list = window->findChild<QTreeWidget*>(QStringLiteral("historyList"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), kDataset);
        list->setCurrentItem(list->topLevelItem(0));
        auto* undo = window->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        undo->click();
        QTRY_VERIFY(m_helper.journal.first().value(QStringLiteral("status")).toString() ==
                    QLatin1String("undone"));
        QTRY_COMPARE(window->state()->finding(kFinding)->status, FindingStatus::Affected);
        QTRY_VERIFY(!window->findChild<QPushButton*>(QStringLiteral("undoAllButton"))->isEnabled());
    }

    void helperMissingIsExplained() {
        // Transport errors are put in words, helper errors keep the helper's
        // text after a sentence chosen by the error name.
        HelperReply reply;
        reply.errorName = QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown");
        QVERIFY(reply.displayMessage().contains(QStringLiteral("helper is not installed")));
        reply.errorName = QLatin1String(helper::kErrorNotAuthorized);
        reply.errorMessage = QStringLiteral("Authorization was denied by polkit.");
        QVERIFY(reply.notAuthorized());
        QVERIFY(reply.displayMessage().startsWith(QLatin1String("Authorization was denied.")));
        QVERIFY(reply.displayMessage().endsWith(reply.errorMessage));
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
