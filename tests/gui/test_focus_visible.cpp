// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Keyboard focus is visible (issue 14, point 10): Tab walks through every
// main page (overview, findings with an explanation, history) and each
// widget that takes the focus must look different with it than without it
// (a grab of the widget with the focus is compared with one without), so a
// keyboard user always sees where they are: buttons, links, list rows, copy
// buttons, tabs.

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTest>

#include "gui_test_support.h"
#include "main_window.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

QString describe(const QWidget* widget) {
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        text = button->text();
    } else if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        text = plainText(label).left(40);
    }
    return QStringLiteral("%1 \"%2\" %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

}  // namespace

class TestFocusVisible : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    // Tabs from `start` until the focus comes back to it, checking each
    // widget the first time it has the focus (a label with several links
    // keeps it for several steps).
    static void tabThrough(QWidget* start, int* checked) {
        start->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> seen;
        for (int step = 0; step < 400; ++step) {
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            if (step > 0 && focused == start) {
                return;
            }
            if (!seen.contains(focused)) {
                seen.insert(focused);
                checkFocusVisible(focused);
                ++*checked;
            }
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QFAIL("Tab never came back round to where it started");
    }

    static void checkFocusVisible(QWidget* widget) {
        QApplication::processEvents();
        const QImage withFocus = widget->grab().toImage();
        // Without the focus (the window stays active): focus goes to a
        // widget outside, then comes back by Tab, as a keyboard user's would.
        QWidget* other = widget->window()->findChild<QWidget*>(QStringLiteral("focusParking"));
        QVERIFY(other);
        other->setFocus(Qt::OtherFocusReason);
        QApplication::processEvents();
        const QImage withoutFocus = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QVERIFY2(withFocus != withoutFocus,
                 qPrintable(QStringLiteral("no visible focus on %1").arg(describe(widget))));
    }

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void everyFocusedWidgetShowsIt() {
        MainWindow window(m_knowledge);
        window.setState(demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41")));
        // Somewhere to put the focus that is not the widget under test.
        auto* parking = new QWidget(&window);
        parking->setObjectName(QStringLiteral("focusParking"));
        parking->setFocusPolicy(Qt::ClickFocus);
        parking->setGeometry(0, 0, 1, 1);
        window.resize(1280, 820);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int checked = 0;
        for (auto page :
             {MainWindow::Page::Overview, MainWindow::Page::Findings, MainWindow::Page::History}) {
            window.showPage(page);
            QApplication::processEvents();
            QWidget* sidebar = window.findChild<QWidget*>(QStringLiteral("sidebar"));
            QVERIFY(sidebar);
            tabThrough(sidebar, &checked);
        }
        // The walk reached buttons, links, rows and copy buttons, not one widget.
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
    }
};

QTEST_MAIN(TestFocusVisible)
#include "test_focus_visible.moc"
