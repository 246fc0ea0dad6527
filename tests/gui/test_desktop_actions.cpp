// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// What a desktop user expects from the menus and the toolbar: File ▸
// Capture Snapshot… writes what is shown, off the GUI thread, with the
// redaction choice (redacted, the host name is gone and the verdicts stay;
// not redacted, the file shows the same system when opened again); Refresh
// reads the shown snapshot file again; Help ▸ Documentation shows the
// user documentation.

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "documentation_viewer.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "snapshot/snapshot.h"
#include "snapshot_capture.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

class TestDesktopActions : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    static QList<FindingStatus> statuses(const SystemState& state) {
        QList<FindingStatus> result;
        for (const Finding& finding : state.findings) {
            result.append(finding.status);
        }
        return result;
    }

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void menuOffersCaptureAndOpen() {
        MainWindow window(m_knowledge);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("captureSnapshotAction")));
    }

    void capturesWhatIsShown_data() {
        QTest::addColumn<bool>("redact");
        QTest::newRow("redacted") << true;
        QTest::newRow("as is") << false;
    }

    void capturesWhatIsShown() {
        QFETCH(bool, redact);
        QTemporaryDir directory;
        MainWindow window(m_knowledge);
        window.openDemo(demoPath(QStringLiteral("problem1-sysext-fedora41")));
        QTRY_VERIFY_WITH_TIMEOUT(window.state().has_value(), 10000);
        const SystemState shown = *window.state();
        QVERIFY(!shown.facts.hostname.isEmpty());

        const QString path = directory.filePath(QStringLiteral("capture.json"));
        QSignalSpy finished(&window, &MainWindow::captureFinished);
        window.captureTo(path, redact);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().value(0).toString(), path);
        QCOMPARE(finished.first().value(1).toString(), QString());

        QString error;
        const std::optional<Snapshot> written = loadSnapshot(path, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->redacted, redact);
        QCOMPARE(written->facts.hostname == shown.facts.hostname, !redact);
        // Opened again, it says the same about the system.
        window.openSnapshot(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.state()->sourceLabel != shown.sourceLabel, 10000);
        QCOMPARE(statuses(*window.state()), statuses(shown));
    }

    void refreshReadsTheFileAgain() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("nas.json"));
        QVERIFY(QFile::copy(demoPath(QStringLiteral("healthy-fedora41")), path));
        MainWindow window(m_knowledge);
        window.openSnapshot(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.state().has_value(), 10000);
        QCOMPARE(window.state()->attentionCount(), 0);
        // The file is replaced by a capture of an affected system.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(demoPath(QStringLiteral("problem1-sysext-fedora41")), path));
        auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.state()->attentionCount(), 1, 10000);
        QCOMPARE(window.state()->origin, SystemState::Origin::Snapshot);
    }

    void documentationOpens() {
        const QString directory = documentationDirectory();
        QVERIFY2(QFileInfo::exists(directory + QStringLiteral("/gui.md")), qPrintable(directory));
        DocumentationViewer viewer(QStringLiteral("gui.md"));
        QVERIFY(viewer.browser()->source().toLocalFile().endsWith(QStringLiteral("/gui.md")));
        QVERIFY(
            viewer.browser()->toPlainText().startsWith(QStringLiteral("The ZFS Doctor window")));
        MainWindow window(m_knowledge);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("documentationAction")));
    }

    void failureIsASentence() {
        QString error;
        QVERIFY(!captureSnapshot(TargetRequest::snapshotFile(QStringLiteral("/nonexistent/x.json")),
                                 QStringLiteral("/nonexistent/out.json"), false, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDesktopActions)
#include "test_desktop_actions.moc"
