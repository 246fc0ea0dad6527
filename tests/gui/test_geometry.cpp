// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Where the window opens (window_geometry.h): fitted to the screen's
// available area the first time, as the user left it afterwards (geometry
// and the findings splitter, remembered in zfs-doctor.conf), and never off
// screen, even when the remembered geometry came from a larger screen.

#include <QCloseEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include "findings_page.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "window_geometry.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

class TestGeometry : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QTemporaryDir m_config;  // XDG_CONFIG_HOME: never the user's ~/.config

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        // Before anything opens QSettings: Qt caches the configuration path.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        m_knowledge = loadKnowledge();
    }

    void sizeFitsTheScreen() {
        // Large screen: the design size.
        QCOMPARE(initialWindowSize(QSize(1920, 1050)), QSize(1280, 820));
        // 1600×1000 at 150 %: 1066×666 logical pixels (issue 14 opened at 1920×1230).
        QCOMPARE(initialWindowSize(QSize(1066, 640)), QSize(959, 576));
        QCOMPARE(fittedGeometry(QRect(500, 400, 1920, 1230), QRect(0, 0, 1066, 666)),
                 QRect(0, 0, 1066, 666));
        QCOMPARE(fittedGeometry(QRect(900, 600, 400, 300), QRect(0, 30, 1066, 636)),
                 QRect(666, 366, 400, 300));
        QCOMPARE(fittedGeometry(QRect(10, 40, 400, 300), QRect(0, 30, 1066, 636)),
                 QRect(10, 40, 400, 300));
    }

    void firstOpenFitsTheAvailableArea() {
        QSettings(QStringLiteral("zfs-doctor"), QStringLiteral("zfs-doctor")).clear();
        MainWindow window(m_knowledge);
        QCOMPARE(window.size(), initialWindowSize(available().size()));
        QVERIFY(available().contains(window.geometry()));
    }

    void geometryAndSplitterAreRemembered() {
        QSettings(QStringLiteral("zfs-doctor"), QStringLiteral("zfs-doctor")).clear();
        // Above the window's minimum size, inside the (offscreen: 800×600) screen.
        const QRect placed(available().topLeft() + QPoint(20, 10),
                           available().size() - QSize(60, 30));
        QList<int> sizes;
        {
            MainWindow window(m_knowledge);
            window.setGeometry(placed);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findingsPage()->splitter()->setSizes({500, 300});
            sizes = window.findingsPage()->splitter()->sizes();
            QVERIFY(window.close());
        }
        MainWindow again(m_knowledge);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.geometry().size(), placed.size());
        QCOMPARE(again.findingsPage()->splitter()->sizes(), sizes);
    }

    // Remembered on a screen larger than this one: shrunk and moved back.
    void rememberedGeometryNeverOffScreen() {
        QSettings(QStringLiteral("zfs-doctor"), QStringLiteral("zfs-doctor")).clear();
        {
            MainWindow window(m_knowledge);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(available().right() - 100, available().bottom() - 100,
                                     available().width() + 600, available().height() + 400));
            QVERIFY(window.close());
        }
        MainWindow again(m_knowledge);
        QVERIFY2(available().contains(again.geometry()), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                                        .arg(again.x())
                                                                        .arg(again.y())
                                                                        .arg(again.width())
                                                                        .arg(again.height())));
    }
};

QTEST_MAIN(TestGeometry)
#include "test_geometry.moc"
