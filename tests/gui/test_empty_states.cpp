// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Empty and negative states say what is missing and why: an empty table of
// the overview shows a sentence (and "Not known: …" with the collector's
// reason when the record was not read, never "there is none"), the message
// disappears when rows exist, and a "not affected" explanation says in one
// line that nothing needs doing, with the general remedies folded.

#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include "collapsible_section.h"
#include "explanation_page.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "main_window.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

// The message an empty view shows, or an empty string when it shows none.
// (Relative to the view: a table on a tab not shown is not visible itself.)
QString emptyMessage(QWidget* window, const QString& view) {
    auto* viewWidget = window->findChild<QWidget*>(view);
    auto* label = window->findChild<QLabel*>(view + QStringLiteral("Empty"));
    return label != nullptr && label->isVisibleTo(viewWidget) ? label->text() : QString();
}

}  // namespace

class TestEmptyStates : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void noZfsSaysWhy() {
        MainWindow window(m_knowledge);
        window.show();
        window.setState(demoState(*m_knowledge, QStringLiteral("no-zfs-debian12")));
        QCOMPARE(emptyMessage(&window, QStringLiteral("datasetTree")),
                 QStringLiteral("No pools: ZFS is not installed on this system."));
        // Not five green rows: the problems cannot occur here.
        auto* findings = window.findChild<QTreeWidget*>(QStringLiteral("overviewFindings"));
        QCOMPARE(findings->topLevelItemCount(), 0);
        QVERIFY(emptyMessage(&window, QStringLiteral("overviewFindings"))
                    .startsWith(QStringLiteral("ZFS is not installed")));
        QCOMPARE(emptyMessage(&window, QStringLiteral("parameterTable")),
                 QStringLiteral("The zfs kernel module is not loaded: it has no parameters now."));
    }

    void unreadRecordIsNotNone() {
        MainWindow window(m_knowledge);
        window.show();
        const SystemState state = demoState(*m_knowledge, QStringLiteral("incomplete-capture"));
        window.setState(state);
        const CollectorNote* note = state.facts.unread(FactArea::LoopDevices);
        QVERIFY(note);
        QCOMPARE(emptyMessage(&window, QStringLiteral("loopTable")),
                 QStringLiteral("Not known: ") + note->message);
    }

    void messageOnlyWhileEmpty() {
        MainWindow window(m_knowledge);
        window.show();
        window.setState(demoState(*m_knowledge, QStringLiteral("healthy-fedora41")));
        QCOMPARE(emptyMessage(&window, QStringLiteral("loopTable")),
                 QStringLiteral("No loop device is attached on this system."));
        QVERIFY(emptyMessage(&window, QStringLiteral("datasetTree")).isEmpty());
        window.setState(demoState(*m_knowledge, QStringLiteral("problem5-loop-dio-always")));
        QVERIFY(window.findChild<QTableWidget*>(QStringLiteral("loopTable"))->rowCount() > 0);
        QVERIFY(emptyMessage(&window, QStringLiteral("loopTable")).isEmpty());
    }

    void notAffectedPageKeepsFixesFolded() {
        MainWindow window(m_knowledge);
        window.show();
        const SystemState state = demoState(*m_knowledge, QStringLiteral("healthy-fedora41"));
        window.setState(state);
        for (const Finding& finding : state.findings) {
            QCOMPARE(finding.status, FindingStatus::NotAffected);
            window.showFinding(finding.id);
            QWidget* content = window.findingsPage()->explanation()->widget();
            auto* nothing = content->findChild<QLabel*>(QStringLiteral("nothingToDo"));
            QVERIFY2(nothing && nothing->isVisibleTo(content), qPrintable(finding.id));
            QVERIFY(!content->findChild<QLabel*>(QStringLiteral("recommendedHeading")));
            auto* general =
                content->findChild<CollapsibleSection*>(QStringLiteral("generalRemedies"));
            QVERIFY2(general && !general->isExpanded(), qPrintable(finding.id));
        }
    }
};

QTEST_MAIN(TestEmptyStates)
#include "test_empty_states.moc"
