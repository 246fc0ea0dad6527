// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window over demo snapshots: overview contents, the findings list, the
// guided explanation page of every known problem, the snapshot banner and
// disabled fixes, the no-ZFS empty state, export, a dark palette, and
// scanning off the GUI thread.

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <atomic>

#include "app_setup.h"
#include "collapsible_section.h"
#include "explanation_page.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "loop_device_monitor.h"
#include "main_window.h"
#include "markdown_sections.h"
#include "overview_page.h"
#include "report_export.h"
#include "scan_controller.h"
#include "status_style.h"
#include "system_loader.h"
#include "target/demo_catalogue.h"
#include "window_options.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

class TestMainWindow : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    std::unique_ptr<MainWindow> windowWithDemo(const QString& demo) {
        auto window = std::make_unique<MainWindow>(m_knowledge);
        window->resize(1280, 820);
        window->show();
        window->openDemo(demoPath(demo));
        if (!QTest::qWaitFor([&] { return window->state().has_value(); }, 10000)) {
            qFatal("demo %s did not load", qPrintable(demo));
        }
        return window;
    }

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void overviewShowsDemoSystem() {
        auto window = windowWithDemo(QStringLiteral("problem1-sysext-fedora41"));
        const SystemState& state = *window->state();
        QCOMPARE(state.origin, SystemState::Origin::Demo);

        // Pools and datasets as a tree, with each value's source.
        auto* tree = window->findChild<QTreeWidget*>(QStringLiteral("datasetTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* pool = tree->topLevelItem(0);
        QCOMPARE(pool->text(0), QStringLiteral("tank"));
        QVERIFY(pool->text(4).startsWith(QStringLiteral("ONLINE")));
        QCOMPARE(pool->childCount(), 1);
        QTreeWidgetItem* extensions = pool->child(0);
        QCOMPARE(extensions->text(0), QStringLiteral("extensions"));
        QCOMPARE(extensions->data(0, Qt::UserRole).toString(), QStringLiteral("tank/extensions"));
        QCOMPARE(extensions->text(1), QStringLiteral("standard (default)"));
        QCOMPARE(extensions->text(3), QStringLiteral("/var/lib/extensions (local)"));

        // Versions, systemd and the sysext image.
        auto* zfs = window->findChild<QLabel*>(QStringLiteral("zfsSummary"));
        QVERIFY(plainText(zfs).contains(QStringLiteral("2.3.0-1")));
        auto* sysext = window->findChild<QTableWidget*>(QStringLiteral("sysextTable"));
        QCOMPARE(sysext->rowCount(), 1);
        QCOMPARE(sysext->item(0, 0)->text(), QStringLiteral("/var/lib/extensions/debug-tools.raw"));
        QVERIFY(sysext->item(0, 2)->text().contains(QStringLiteral("tank/extensions")));

        // The findings list: one row per problem, the affected one first.
        auto* findings = window->findChild<QTreeWidget*>(QStringLiteral("overviewFindings"));
        QCOMPARE(findings->topLevelItemCount(), state.findings.size());
        QCOMPARE(findings->topLevelItem(0)->data(0, Qt::UserRole).toString(),
                 QStringLiteral("sysext-odirect-einval"));
        QCOMPARE(findings->topLevelItem(0)->text(0), statusText(FindingStatus::Affected));
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QVERIFY(!findings->topLevelItem(i)->icon(0).isNull());
        }

        // Not this machine: a banner, and fixes disabled.
        auto* banner = window->findChild<QWidget*>(QStringLiteral("snapshotBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(plainText(window->findChild<QLabel*>(QStringLiteral("bannerText")))
                    .contains(QStringLiteral("Not this machine")));
        QVERIFY(!window->remediesDisabledReason().isEmpty());
        QVERIFY(window->windowTitle().contains(QStringLiteral("problem1-sysext-fedora41")));
    }

    void overviewShowsLoopDevices() {
        auto window = windowWithDemo(QStringLiteral("problem5-loop-dio-always"));
        auto* loops = window->findChild<QTableWidget*>(QStringLiteral("loopTable"));
        QVERIFY(loops->rowCount() >= 1);
        QCOMPARE(loops->item(0, 0)->text(), QStringLiteral("/dev/loop0"));
        QCOMPARE(loops->item(0, 1)->text(), QStringLiteral("/tank/images/disk.img"));
        QVERIFY(loops->item(0, 2)->text().contains(QStringLiteral("tank/images")));
        auto* tree = window->findChild<QTreeWidget*>(QStringLiteral("datasetTree"));
        const QList<QTreeWidgetItem*> images =
            tree->findItems(QStringLiteral("images"), Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(images.size(), 1);
        QVERIFY(images[0]->text(1).startsWith(QStringLiteral("always")));
    }

    void explanationPage_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("findingId");
        // Every known problem that has its own demo (problemN-…).
        const QList<DemoSnapshot> demos = demoCatalogue();
        for (const ProblemInfo& problem : m_knowledge->problems()) {
            const QString prefix = QStringLiteral("problem%1-").arg(problem.number);
            for (const DemoSnapshot& demo : demos) {
                if (demo.name.startsWith(prefix)) {
                    QTest::newRow(qPrintable(demo.name)) << demo.name << problem.id;
                }
            }
        }
    }

    void explanationPage() {
        QFETCH(QString, demo);
        QFETCH(QString, findingId);
        auto window = windowWithDemo(demo);
        const Finding* finding = window->state()->finding(findingId);
        QVERIFY(finding);
        QVERIFY2(
            finding->status == FindingStatus::Affected || finding->status == FindingStatus::AtRisk,
            qPrintable(statusName(finding->status)));
        window->showFinding(findingId);
        QCOMPARE(window->currentPage(), MainWindow::Page::Findings);
        ExplanationPage* page = window->findingsPage()->explanation();
        QCOMPARE(page->findingId(), findingId);
        QWidget* content = page->widget();

        QCOMPARE(plainText(content->findChild<QLabel*>(QStringLiteral("explanationTitle"))),
                 finding->title);
        // The guided sections, in the knowledge base's words.
        for (const QString& heading :
             {QStringLiteral("What you see"), QStringLiteral("Why it happens"),
              QStringLiteral("Are you affected?"), QStringLiteral("What to do"),
              QStringLiteral("How it will be verified"), QStringLiteral("References")}) {
            QVERIFY2(!labelsWithText(content, heading).isEmpty(), qPrintable(heading));
        }
        // Plain first, details folded.
        auto* details = content->findChild<CollapsibleSection*>(QStringLiteral("whyDetails"));
        QVERIFY(details);
        QVERIFY(!details->isExpanded());
        QTest::keyClick(details->toggleButton(), Qt::Key_Space);
        QVERIFY(details->isExpanded());

        // This system's evidence, the deciding facts marked.
        auto* evidence = content->findChild<QLabel*>(QStringLiteral("evidenceTable"));
        QVERIFY(evidence);
        for (const FindingEvidence& item : finding->evidence) {
            QVERIFY2(plainText(evidence).contains(item.label), qPrintable(item.label));
            if (item.deciding) {
                QVERIFY(plainText(evidence).contains(QStringLiteral("◆ ") + item.label));
            }
        }
        // Remedies with their exact command; Fix… disabled on a snapshot.
        QVERIFY(!finding->remedies.isEmpty());
        for (const RemedyOption& remedy : finding->remedies) {
            auto* card = content->findChild<QWidget*>(QStringLiteral("remedy_") + remedy.id);
            QVERIFY2(card, qPrintable(remedy.id));
            // A remedy for several targets has one card with a target chooser.
            auto* targets = card->findChild<QComboBox*>(QStringLiteral("remedyTarget"));
            QVERIFY(targets);
            const int index = targets->findText(remedy.target);
            QVERIFY2(index >= 0, qPrintable(remedy.target));
            targets->setCurrentIndex(index);
            if (!remedy.command.isEmpty()) {
                QVERIFY2(!labelsWithText(card, remedy.command.trimmed(), false).isEmpty(),
                         qPrintable(remedy.id + QStringLiteral(": ") + remedy.command));
            }
            auto* fix = card->findChild<QPushButton*>(QStringLiteral("fixButton_") + remedy.id);
            QCOMPARE(fix != nullptr, remedy.automatic);
            if (fix) {
                QVERIFY(!fix->isEnabled());
                QVERIFY(fix->toolTip().contains(QStringLiteral("snapshot")));
            }
        }
        // References are links.
        auto* references = content->findChild<QLabel*>(QStringLiteral("referencesText"));
        QVERIFY(
            references->text().contains(QStringLiteral("href=\"https://github.com/openzfs/zfs")));
        QVERIFY(references->openExternalLinks());
    }

    void fixButtonsEnabledOnThisMachine() {
        MainWindow window(m_knowledge);
        window.setState(demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"),
                                  SystemState::Origin::Live));
        QVERIFY(window.remediesDisabledReason().isEmpty());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("snapshotBanner"))->isVisible());
        window.showFinding(QStringLiteral("sysext-odirect-einval"));
        const QList<QPushButton*> fixes =
            window.findingsPage()->explanation()->widget()->findChildren<QPushButton*>();
        int enabled = 0;
        for (QPushButton* button : fixes) {
            if (button->objectName().startsWith(QLatin1String("fixButton_"))) {
                QVERIFY(button->isEnabled());
                ++enabled;
            }
        }
        QVERIFY(enabled > 0);
    }

    void noZfsOffersDemo() {
        MainWindow window(m_knowledge);
        window.show();
        window.setState(
            demoState(*m_knowledge, QStringLiteral("no-zfs-debian12"), SystemState::Origin::Live));
        QVERIFY(window.state()->hasNoZfs());
        auto* box = window.findChild<QWidget*>(QStringLiteral("noZfsBox"));
        QVERIFY(box->isVisible());
        auto* button = window.findChild<QPushButton*>(QStringLiteral("openDemoButton"));
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        // A snapshot of such a system is not "this machine": no offer there.
        window.setState(demoState(*m_knowledge, QStringLiteral("no-zfs-debian12")));
        QVERIFY(!box->isVisible());
    }

    void findingsListAndKeyboard() {
        auto window = windowWithDemo(QStringLiteral("problem3-dio-always-cfr"));
        window->showPage(MainWindow::Page::Findings);
        QTreeWidget* list = window->findingsPage()->list();
        QCOMPARE(list->topLevelItemCount(), m_knowledge->problems().size());
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(window->findingsPage()->explanation()->findingId(),
                 list->topLevelItem(2)->data(0, Qt::UserRole).toString());
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QVERIFY(!list->topLevelItem(i)->data(0, Qt::AccessibleTextRole).toString().isEmpty());
        }
    }

    void exportWritesAllFormats() {
        const SystemState state =
            demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        QTemporaryDir directory;
        QString error;
        for (const QString& name :
             {QStringLiteral("r.html"), QStringLiteral("r.md"), QStringLiteral("r.json")}) {
            const QString path = directory.filePath(name);
            const std::optional<ReportFormat> format = reportFormatForPath(path);
            QVERIFY(format);
            QVERIFY2(writeReport(state, path, *format, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY(data.contains("sysext-odirect-einval"));
            if (name.endsWith(QLatin1String(".json"))) {
                QVERIFY(QJsonDocument::fromJson(data).isObject());
            }
        }
        QVERIFY(!reportFormatForPath(QStringLiteral("report.pdf")));
        QVERIFY(!writeReport(state, directory.filePath(QStringLiteral("missing/dir/r.html")),
                             ReportFormat::Html, &error));
        QVERIFY(!error.isEmpty());
    }

    void darkPaletteIsReadable() {
        const QPalette dark = darkPalette();
        QVERIFY(isDarkPalette(dark));
        const QPalette light = QApplication::style()->standardPalette();
        for (FindingStatus status : {FindingStatus::Affected, FindingStatus::AtRisk,
                                     FindingStatus::NotAffected, FindingStatus::Unknown}) {
            QVERIFY2(contrastRatio(statusColor(status, dark), dark.color(QPalette::Base)) >= 3.0,
                     qPrintable(statusName(status)));
            QVERIFY2(contrastRatio(statusColor(status, light), light.color(QPalette::Base)) >= 3.0,
                     qPrintable(statusName(status)));
        }
        // Status icons differ in shape, not only in colour: compare greyscale renderings.
        auto grey = [](FindingStatus status) {
            return statusIcon(status).pixmap(32, 32).toImage().convertToFormat(
                QImage::Format_Grayscale8);
        };
        QVERIFY(grey(FindingStatus::Affected) != grey(FindingStatus::AtRisk));
        QVERIFY(grey(FindingStatus::AtRisk) != grey(FindingStatus::NotAffected));
        QVERIFY(grey(FindingStatus::NotAffected) != grey(FindingStatus::Unknown));
    }

    void scanRunsOffTheGuiThread() {
        ScanController controller(m_knowledge);
        const SystemState state = demoState(*m_knowledge, QStringLiteral("healthy-fedora41"));
        std::atomic<int> runs = 0;
        const Qt::HANDLE guiThread = QThread::currentThreadId();
        std::atomic<bool> ranOnGuiThread = false;
        controller.setLiveScan([&](const QList<ProbeResult>&) {
            ranOnGuiThread = QThread::currentThreadId() == guiThread;
            QThread::msleep(300);
            ++runs;
            SystemState copy = state;
            copy.origin = SystemState::Origin::Live;
            return LoadOutcome{copy, QString()};
        });
        int finished = 0;
        connect(&controller, &ScanController::finished, this, [&] { ++finished; });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        controller.scanLive();
        controller.scanLive();  // while busy: kept as one pending rescan
        controller.scanLive();
        QVERIFY(controller.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 5000);
        QVERIFY(!ranOnGuiThread);
        QCOMPARE(runs.load(), 2);
        QVERIFY2(ticks >= 10, "the event loop must keep running while a scan is in progress");
    }

    void loopDeviceChangeRescansOnlyLiveSystems() {
        MainWindow window(m_knowledge);
        std::atomic<int> scans = 0;
        SystemState live = demoState(*m_knowledge, QStringLiteral("problem5-loop-dio-always"),
                                     SystemState::Origin::Live);
        window.scanner()->setLiveScan([&](const QList<ProbeResult>&) {
            ++scans;
            return LoadOutcome{live, QString()};
        });
        auto* monitor = window.findChild<LoopDeviceMonitor*>();
        QVERIFY(monitor);
        window.setState(live);
        Q_EMIT monitor->loopDevicesChanged();
        QTRY_COMPARE(scans.load(), 1);
        window.setState(demoState(*m_knowledge, QStringLiteral("problem5-loop-dio-always")));
        Q_EMIT monitor->loopDevicesChanged();
        QTest::qWait(200);
        QCOMPARE(scans.load(), 1);
    }

    void brokenSnapshotIsReported() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"zfs-doctor-snapshot\", \"schema\": 1, \"evidence\": 5}");
        file.close();
        MainWindow window(m_knowledge);
        QString failure;
        connect(&window, &MainWindow::scanFailed, this,
                [&](const QString& message) { failure = message; });
        window.openSnapshot(path);
        QTRY_VERIFY(!failure.isEmpty());
        QVERIFY(!window.state().has_value());
    }

    void windowOptions() {
        QString error;
        auto options =
            parseWindowOptions({QStringLiteral("--demo"), QStringLiteral("problem1")}, &error);
        QVERIFY(options);
        QVERIFY(options->demo);
        QCOMPARE(options->demoName, QStringLiteral("problem1"));
        options = parseWindowOptions({QStringLiteral("--demo")}, &error);
        QVERIFY(options && options->demo && options->demoName.isEmpty());
        options = parseWindowOptions({QStringLiteral("--snapshot"), QStringLiteral("/tmp/a.json")},
                                     &error);
        QCOMPARE(options->snapshotPath, QStringLiteral("/tmp/a.json"));
        QVERIFY(!parseWindowOptions({QStringLiteral("--snapshot")}, &error));
        QVERIFY(error.contains(QStringLiteral("--snapshot")));
        QVERIFY(!parseWindowOptions({QStringLiteral("--frobnicate")}, &error));
        QVERIFY(error.contains(QStringLiteral("--frobnicate")));
        QVERIFY(!parseWindowOptions({QStringLiteral("--demo"), QStringLiteral("x"),
                                     QStringLiteral("--snapshot"), QStringLiteral("y")},
                                    &error));
        options = parseWindowOptions(
            {QStringLiteral("--host"), QStringLiteral("admin@nas:2222"), QStringLiteral("--dark")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->host, QStringLiteral("admin@nas:2222"));
        QVERIFY(options->dark);
        QCOMPARE(parseWindowOptions({QStringLiteral("--host=nas")}, &error)->host,
                 QStringLiteral("nas"));
        // What ssh would read as an option is refused before anything runs.
        QVERIFY(!parseWindowOptions({QStringLiteral("--host=-oProxyCommand=sh")}, &error));
        QVERIFY(error.contains(QStringLiteral("--host")));
        QVERIFY(!parseWindowOptions({QStringLiteral("--host")}, &error));
        QVERIFY(!parseWindowOptions(
            {QStringLiteral("--host"), QStringLiteral("nas"), QStringLiteral("--demo")}, &error));
        QVERIFY(!findDemo(QStringLiteral("no-such-demo")));
        QVERIFY(findDemo(QStringLiteral("problem1-sysext-fedora41.json")));
    }

    void translationsLoadByLocale() {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(installTranslations(*app, QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(QCoreApplication::translate("zd::gui::MainWindow", "Overview"),
                 QStringLiteral("概览"));
        QCOMPARE(statusText(FindingStatus::Affected), QStringLiteral("受影响"));
        {
            MainWindow window(m_knowledge);
            window.setTextLocale(QStringLiteral("zh_CN"));
            window.setState(demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41")));
            window.showFinding(QStringLiteral("sysext-odirect-einval"));
            // The knowledge base's own Chinese text is shown, with its headings.
            QVERIFY(!labelsWithText(window.findingsPage()->explanation()->widget(),
                                    QStringLiteral("为什么会发生"))
                         .isEmpty());
        }
        const QList<QTranslator*> installed = app->findChildren<QTranslator*>();
        for (QTranslator* translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY(installTranslations(*app, QLocale(QStringLiteral("de_DE"))));
        QCOMPARE(QCoreApplication::translate("zd::gui::MainWindow", "Overview"),
                 QStringLiteral("Übersicht"));
        QCOMPARE(QCoreApplication::translate("zd::gui::MainWindow", "%n problem(s) need attention.",
                                             nullptr, 3),
                 QStringLiteral("3 Probleme erfordern Aufmerksamkeit."));
        for (QTranslator* translator : app->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY(!installTranslations(*app, QLocale(QStringLiteral("en_US"))));
        QCOMPARE(QCoreApplication::translate("zd::gui::MainWindow", "Overview"),
                 QStringLiteral("Overview"));
    }

    void markdownSections() {
        const QString markdown = m_knowledge->explanation(QStringLiteral("sysext-odirect-einval"));
        const QList<MarkdownSection> sections = splitMarkdownSections(markdown);
        QList<MarkdownSection::Kind> kinds;
        for (const MarkdownSection& section : sections) {
            kinds << section.kind;
        }
        using Kind = MarkdownSection::Kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::WhatYouSee, Kind::WhyItHappens, Kind::WhatToDo,
                                     Kind::Verification, Kind::References}));
        const FoldedText folded = foldDetails(sections[1].body);
        QVERIFY(!folded.plain.contains(QStringLiteral("### ")));
        QVERIFY(folded.details.startsWith(QStringLiteral("### Details")));
        // Chinese headings are recognised too.
        const QList<MarkdownSection> chinese = splitMarkdownSections(m_knowledge->explanation(
            QStringLiteral("sysext-odirect-einval"), QStringLiteral("zh_CN")));
        QCOMPARE(chinese.size(), sections.size());
        for (int i = 0; i < sections.size(); ++i) {
            QCOMPARE(chinese[i].kind, sections[i].kind);
        }
        // A "## " line inside a code block is not a heading.
        const auto fenced = splitMarkdownSections(
            QStringLiteral("## What you see\n```\n## not a heading\n```\n## Why it happens\nx\n"));
        QCOMPARE(fenced.size(), 2);
        QVERIFY(fenced[0].body.contains(QStringLiteral("## not a heading")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
