// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// What a screen reader and a keyboard user get, checked through QAccessible:
// every icon (an image without text) and every status cell has a name,
// every button says what it does, and read-only text blocks stay out of the
// Tab chain unless they hold a link.

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QLabel>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include "explanation_page.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "status_style.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

QString accessibleName(QWidget* widget) {
    QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(widget);
    return interface != nullptr ? interface->text(QAccessible::Name) : QString();
}

QString describe(const QWidget* widget) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    // Every icon label and button in `root` (visible ones) has a name.
    void checkNames(QWidget* root) {
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (label->isVisibleTo(root) && label->text().isEmpty() && !label->pixmap().isNull()) {
                QVERIFY2(!accessibleName(label).isEmpty(), qPrintable(describe(label)));
            }
        }
        for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(root)) {
                QVERIFY2(!accessibleName(button).isEmpty(), qPrintable(describe(button)));
            }
        }
    }

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void iconsButtonsAndStatusCellsHaveNames_data() {
        QTest::addColumn<QString>("demo");
        QTest::newRow("affected") << "problem5-loop-dio-always";
        QTest::newRow("latent") << "ubuntu2404-hwe";
        QTest::newRow("incomplete") << "incomplete-capture";
    }

    void iconsButtonsAndStatusCellsHaveNames() {
        QFETCH(QString, demo);
        MainWindow window(m_knowledge);
        window.show();
        const SystemState state = demoState(*m_knowledge, demo);
        window.setState(state);
        checkNames(&window);

        // Status cells: the overview's first column and the findings list's second.
        auto* overview = window.findChild<QTreeWidget*>(QStringLiteral("overviewFindings"));
        auto* list = window.findingsPage()->list();
        for (const auto& [tree, column] : {std::pair{overview, 0}, std::pair{list, 1}}) {
            QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(tree);
            QVERIFY(interface && interface->tableInterface());
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                const Finding* finding =
                    state.finding(tree->topLevelItem(row)->data(0, Qt::UserRole).toString());
                QAccessibleInterface* cell = interface->tableInterface()->cellAt(row, column);
                QVERIFY(cell);
                QVERIFY2(cell->text(QAccessible::Name).startsWith(findingStatusText(*finding)),
                         qPrintable(cell->text(QAccessible::Name)));
            }
        }

        // Every explanation: its icons and buttons named, its text out of the Tab chain.
        for (const Finding& finding : state.findings) {
            window.showFinding(finding.id);
            QWidget* content = window.findingsPage()->explanation()->widget();
            checkNames(content);
            for (QLabel* label : content->findChildren<QLabel*>()) {
                const bool tabStop = (label->focusPolicy() & Qt::TabFocus) != 0;
                QVERIFY2(tabStop == label->text().contains(QStringLiteral("href")),
                         qPrintable(describe(label) + QLatin1Char(' ') + label->text().left(80)));
            }
        }
    }

    void toolbarRefreshIsNamed() {
        MainWindow window(m_knowledge);
        window.show();
        auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->isVisible());
        checkNames(toolBar);
        QVERIFY(!accessibleName(toolBar).isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
