// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// A system with thousands of datasets: an explanation shows the first
// evidence rows (deciding facts first) and "and N more" with a button that
// shows more, instead of laying out a thousand rows at once (issue 14:
// 482 ms in one GUI-thread stall); the pool tree makes a dataset's row only
// when its parent is opened; a summary naming a thousand datasets is cut
// with "Show all", wrapped text is laid out once per width, and the first
// explanation waits until the Findings page is shown.

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include "explanation_page.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "long_text.h"
#include "main_window.h"
#include "overview_page.h"
#include "wrapping_label.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

class TestLargeSystem : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void rowsPreferDecidingFacts() {
        QList<FindingEvidence> evidence;
        for (int i = 0; i < 30; ++i) {
            evidence.append({QStringLiteral("fact %1").arg(i), QStringLiteral("v"), i == 25, {}});
        }
        const EvidenceRows rows = evidenceRows(evidence, 5);
        QCOMPARE(rows.shown.size(), 5);
        QCOMPARE(rows.hidden, 25);
        QCOMPARE(rows.shown.last()->label, QStringLiteral("fact 25"));
        QCOMPARE(rows.shown.first()->label, QStringLiteral("fact 0"));
        QCOMPARE(evidenceRows(evidence, 100).hidden, 0);
        // A thousand deciding facts (one per dataset) are capped too.
        for (FindingEvidence& item : evidence) {
            item.deciding = true;
        }
        QCOMPARE(evidenceRows(evidence, 5).shown.size(), 5);
        QCOMPARE(evidenceRows(evidence, 5).hidden, 25);
    }

    void thousandsOfFactsAreCapped() {
        SystemState state = demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        Finding& finding = state.findings[0];
        const int decidingBefore =
            int(std::count_if(finding.evidence.begin(), finding.evidence.end(),
                              [](const FindingEvidence& item) { return item.deciding; }));
        for (int i = 0; i < 1000; ++i) {
            finding.evidence.append({QStringLiteral("direct on tank/vm%1").arg(i),
                                     QStringLiteral("standard (default)"),
                                     false,
                                     {}});
        }
        MainWindow window(m_knowledge);
        window.show();
        window.setState(state);
        window.showFinding(finding.id);
        QWidget* content = window.findingsPage()->explanation()->widget();
        auto* table = content->findChild<QLabel*>(QStringLiteral("evidenceTable"));
        auto* hidden = content->findChild<QLabel*>(QStringLiteral("evidenceHidden"));
        auto* more = content->findChild<QPushButton*>(QStringLiteral("moreEvidenceButton"));
        const int total = int(finding.evidence.size());
        const int shown = kEvidenceFirstRows;
        QVERIFY(decidingBefore <= shown);
        QCOMPARE(table->text().count(QStringLiteral("<tr")) - 1, shown);
        QVERIFY(hidden->isVisible());
        QCOMPARE(hidden->text(),
                 QStringLiteral("and %1 more").arg(QLocale().toString(total - shown)));
        QCOMPARE(more->text(), QStringLiteral("Show 200 more"));
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(table->text().count(QStringLiteral("<tr")) - 1, shown + kEvidenceStep);
        while (more->isVisible()) {
            QTest::mouseClick(more, Qt::LeftButton);
        }
        QCOMPARE(table->text().count(QStringLiteral("<tr")) - 1, total);
        QVERIFY(!hidden->isVisible());
    }

    void longSummaryIsCutWithShowAll() {
        // A summary naming a thousand datasets (25,000 characters on the
        // 10,000-dataset bench system) shows its beginning, cut after a
        // whole name; "Show all" shows the rest.
        SystemState state = demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        Finding& finding = state.findings[0];
        QStringList names;
        for (int i = 0; i < 1000; ++i) {
            names.append(QStringLiteral("tank/projects/d%1").arg(i));
        }
        finding.summary = QStringLiteral("direct=always on ") + names.join(QStringLiteral(", "));
        MainWindow window(m_knowledge);
        window.show();
        window.setState(state);
        window.showFinding(finding.id);
        QWidget* content = window.findingsPage()->explanation()->widget();
        auto* summary = content->findChild<QLabel*>(QStringLiteral("explanationSummary"));
        auto* all = content->findChild<QPushButton*>(QStringLiteral("explanationSummaryShowAll"));
        QVERIFY(summary);
        QVERIFY(all);
        QVERIFY(all->isVisible());
        const QString shown = plainText(summary);
        QVERIFY(shown.size() <= kShortTextLength + 2);
        QVERIFY(shown.endsWith(QStringLiteral("d%1 …").arg(shown.count(QLatin1Char(',')))));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(plainText(summary), finding.summary);
        QVERIFY(!all->isVisible());
        // A short summary has no button.
        QCOMPARE(shortenedText(QStringLiteral("short")), QStringLiteral("short"));
    }

    void wrappedTextIsLaidOutOncePerWidth() {
        // QLabel lays a wrapped text out at several trial widths for its
        // size hints; WrappingLabel answers them with one layout per width
        // and remembers the heights.
        QString text;
        for (int i = 0; i < 200; ++i) {
            text += QStringLiteral("word%1 ").arg(i);
        }
        WrappingLabel label(text);
        label.setTextFormat(Qt::RichText);
        const int height = label.heightForWidth(300);
        QVERIFY(height > label.fontMetrics().height() * 3);
        QCOMPARE(label.heightForWidth(300), height);
        QVERIFY(label.heightForWidth(600) < height);
        QCOMPARE(label.minimumSizeHint().height(), label.fontMetrics().height());
        QVERIFY(label.sizeHint().height() > label.fontMetrics().height());
        // A new text is measured anew.
        label.setText(QStringLiteral("one line"));
        QVERIFY(label.heightForWidth(300) < height / 3);
    }

    // The selected finding's explanation is built when the Findings page is
    // first shown, not when the result arrives (the overview shows first):
    // on 10,000 datasets the two together stalled the GUI thread for
    // 110-180 ms, the overview alone for ~75 ms (bench_gui_startup).
    void explanationIsBuiltWhenFindingsAreShown() {
        const SystemState state =
            demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        QVERIFY(!state.findings.isEmpty());
        MainWindow window(m_knowledge);
        window.show();
        window.setState(state);
        ExplanationPage* page = window.findingsPage()->explanation();
        QVERIFY(!window.findingsPage()->isVisible());
        QCOMPARE(page->findingId(), QString());
        const QString selected =
            window.findingsPage()->list()->currentItem()->data(0, Qt::UserRole).toString();
        QVERIFY(!selected.isEmpty());
        window.showPage(MainWindow::Page::Findings);
        QCOMPARE(page->findingId(), selected);
        // A new result while the page is shown rebuilds it at once, keeping
        // the selection.
        window.setState(state);
        QCOMPARE(page->findingId(), selected);
    }

    void poolTreeIsMadeWhenOpened_data() {
        QTest::addColumn<bool>("parentsListed");
        QTest::newRow("parents listed") << true;
        // As the benchmark's synthetic system: only the leaves were read.
        QTest::newRow("only leaves") << false;
    }

    void poolTreeIsMadeWhenOpened() {
        QFETCH(bool, parentsListed);
        SystemState state = demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        const ZfsDataset model = state.facts.zfs.datasets.last();
        for (int i = 0; i < 3000; ++i) {
            ZfsDataset dataset = model;
            dataset.name = QStringLiteral("tank/projects/p%1/d%2").arg(i / 100).arg(i);
            state.facts.zfs.datasets.append(dataset);
        }
        if (parentsListed) {
            for (int p = 0; p < 30; ++p) {
                ZfsDataset dataset = model;
                dataset.name = QStringLiteral("tank/projects/p%1").arg(p);
                state.facts.zfs.datasets.append(dataset);
            }
            ZfsDataset projects = model;
            projects.name = QStringLiteral("tank/projects");
            state.facts.zfs.datasets.append(projects);
        }
        MainWindow window(m_knowledge);
        window.show();
        window.setState(state);
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("datasetTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* pool = tree->topLevelItem(0);
        QVERIFY(pool->isExpanded());
        auto count = [tree] {
            int rows = 0;
            for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
                ++rows;
            }
            return rows;
        };
        // The pool and its first level (extensions, projects): not 3,000 rows.
        QCOMPARE(pool->childCount(), 2);
        QCOMPARE(count(), 3);
        QTreeWidgetItem* projectsItem = nullptr;
        for (int i = 0; i < pool->childCount(); ++i) {
            if (pool->child(i)->text(0) == QLatin1String("projects")) {
                projectsItem = pool->child(i);
            }
        }
        QVERIFY(projectsItem);
        QCOMPARE(projectsItem->childCount(), 0);
        QCOMPARE(projectsItem->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);
        projectsItem->setExpanded(true);
        QCOMPARE(projectsItem->childCount(), 30);
        QTreeWidgetItem* p7 = projectsItem->child(7);
        QCOMPARE(p7->data(0, Qt::UserRole).toString(), QStringLiteral("tank/projects/p7"));
        p7->setExpanded(true);
        QCOMPARE(p7->childCount(), 100);
        QCOMPARE(p7->child(0)->data(0, Qt::UserRole).toString(),
                 QStringLiteral("tank/projects/p7/d700"));
        QCOMPARE(p7->child(0)->text(1), propertyText(model.direct));
        QCOMPARE(count(), 3 + 30 + 100);
    }
};

QTEST_MAIN(TestLargeSystem)
#include "test_large_system.moc"
