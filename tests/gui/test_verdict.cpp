// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window tells the verdict first: the overview's headline sentence and
// icon for every bundled demo (expected verdicts: resources/demo/README.md,
// written before the tool was run), the sidebar's Findings icon following
// that verdict, and the findings listed most urgent first, latent ones quieter.

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "findings_page.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "status_style.h"
#include "verdict_headline.h"

Q_DECLARE_METATYPE(zd::FindingStatus)

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

QImage iconImage(const QIcon& icon) {
    return icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
}

}  // namespace

class TestVerdict : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    void headlinePerDemo_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<FindingStatus>("status");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("detail");  // empty: no second line
        QTest::addColumn<QString>("findingId");
        const auto affected = FindingStatus::Affected;
        const auto fine = FindingStatus::NotAffected;
        const QString none;
        QTest::newRow("problem1") << "problem1-sysext-fedora41" << affected
                                  << "Problem 1 affects this system now — 1 fix recommended."
                                  << none << "sysext-odirect-einval";
        QTest::newRow("problem2") << "problem2-loop-hang-unraid" << affected
                                  << "Problem 2 affects this system now — 1 fix recommended."
                                  << none << "loop-write-hang";
        QTest::newRow("problem3") << "problem3-dio-always-cfr" << affected
                                  << "Problem 3 affects this system now — 1 fix recommended."
                                  << none << "dio-always-cfr-eagain";
        QTest::newRow("problem4") << "problem4-cfr-linux68" << affected
                                  << "Problem 4 affects this system now — 1 fix recommended."
                                  << none << "cfr-linux68-eopnotsupp";
        QTest::newRow("problem5") << "problem5-loop-dio-always"
                                  << affected
                                  // One remedy (direct=standard) resolves both.
                                  << "Problems 3 and 5 affect this system now — 1 fix recommended."
                                  << none << "dio-always-cfr-eagain";
        QTest::newRow("arch") << "arch" << affected
                              << "Problem 4 affects this system now — 1 fix recommended." << none
                              << "cfr-linux68-eopnotsupp";
        const QString latent2 = QStringLiteral(
            "Problem 2 is latent: this ZFS has the bug, but nothing on this system triggers it.");
        const QString latent1 = QStringLiteral(
            "Problem 1 is latent: this ZFS has the bug, but nothing on this system triggers it.");
        const QString latent12 = QStringLiteral(
            "Problems 1 and 2 are latent: this ZFS has the bugs, but nothing on this system "
            "triggers them.");
        QTest::newRow("debian12") << "debian12-stock" << fine << "Nothing here is affected."
                                  << latent2 << none;
        QTest::newRow("proxmox8") << "proxmox-ve8" << fine << "Nothing here is affected." << latent2
                                  << none;
        QTest::newRow("proxmox9") << "proxmox-ve9" << fine << "Nothing here is affected." << latent1
                                  << none;
        QTest::newRow("ubuntu-ga")
            << "ubuntu2404-ga" << fine << "Nothing here is affected." << latent2 << none;
        QTest::newRow("ubuntu-hwe")
            << "ubuntu2404-hwe" << fine << "Nothing here is affected." << latent12 << none;
        QTest::newRow("fedora42") << "fedora42" << fine << "Nothing here is affected." << latent12
                                  << none;
        QTest::newRow("rocky9") << "rocky9" << fine << "Nothing here is affected." << latent2
                                << none;
        QTest::newRow("truenas") << "truenas-scale" << fine << "Nothing here is affected." << none
                                 << none;
        QTest::newRow("healthy") << "healthy-fedora41" << fine << "Nothing here is affected."
                                 << latent1 << none;
        QTest::newRow("no-zfs") << "no-zfs-debian12" << fine
                                << "Nothing here is affected: ZFS is not installed." << none
                                << none;
        QTest::newRow("incomplete") << "incomplete-capture" << FindingStatus::Unknown
                                    << "The scan is incomplete: no verdict can be trusted."
                                    << "*" << none;
    }

    void headlinePerDemo() {
        QFETCH(QString, demo);
        QFETCH(FindingStatus, status);
        QFETCH(QString, sentence);
        QFETCH(QString, detail);
        QFETCH(QString, findingId);
        MainWindow window(m_knowledge);
        window.resize(1024, 700);
        window.show();
        window.setState(demoState(*m_knowledge, demo));

        auto* headline = window.findChild<QWidget*>(QStringLiteral("verdictHeadline"));
        QVERIFY(headline && headline->isVisible());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("verdictSentence"))->text(), sentence);
        auto* detailLabel = window.findChild<QLabel*>(QStringLiteral("verdictDetail"));
        if (detail == QLatin1String("*")) {
            QVERIFY(detailLabel->isVisible() && !detailLabel->text().isEmpty());
        } else {
            QCOMPARE(detailLabel->isVisible() ? detailLabel->text() : QString(), detail);
        }
        auto* icon = window.findChild<QLabel*>(QStringLiteral("verdictIcon"));
        QCOMPARE(icon->accessibleName(), statusText(status));

        // The sidebar's Findings icon is the machine's verdict, never a fixed triangle.
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QListWidgetItem* findings = sidebar->item(int(MainWindow::Page::Findings));
        QCOMPARE(iconImage(findings->icon()), iconImage(statusIcon(status)));

        // The headline's button opens the finding it speaks of.
        auto* button = window.findChild<QPushButton*>(QStringLiteral("verdictButton"));
        QCOMPARE(button->isVisible(), !findingId.isEmpty());
        if (!findingId.isEmpty()) {
            button->click();
            QCOMPARE(window.currentPage(), MainWindow::Page::Findings);
            QCOMPARE(window.findingsPage()->list()->currentItem()->data(0, Qt::UserRole).toString(),
                     findingId);
        }
    }

    // Affected before at risk before unknown before not affected, whatever
    // the severity; latent rows are quieter (grey italics) than the rest.
    void findingsMostUrgentFirst() {
        for (const QString& demo :
             {QStringLiteral("problem5-loop-dio-always"),
              QStringLiteral("problem2-loop-hang-unraid"), QStringLiteral("ubuntu2404-hwe")}) {
            MainWindow window(m_knowledge);
            window.setState(demoState(*m_knowledge, demo));
            const SystemState& state = *window.state();
            for (QTreeWidget* list :
                 {window.findChild<QTreeWidget*>(QStringLiteral("overviewFindings")),
                  window.findingsPage()->list()}) {
                QCOMPARE(list->topLevelItemCount(), state.findings.size());
                int previousRank = -1;
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    QTreeWidgetItem* item = list->topLevelItem(i);
                    const Finding* finding = state.finding(item->data(0, Qt::UserRole).toString());
                    QVERIFY(finding);
                    QVERIFY2(statusRank(finding->status) >= previousRank,
                             qPrintable(demo + QLatin1Char(' ') + finding->id));
                    previousRank = statusRank(finding->status);
                    const bool quiet = finding->status == FindingStatus::NotAffected;
                    QCOMPARE(item->foreground(1).color() ==
                                 window.palette().color(QPalette::PlaceholderText),
                             quiet);
                }
            }
            auto* overview = window.findChild<QTreeWidget*>(QStringLiteral("overviewFindings"));
            for (int i = 0; i < overview->topLevelItemCount(); ++i) {
                QTreeWidgetItem* item = overview->topLevelItem(i);
                const Finding* finding = state.finding(item->data(0, Qt::UserRole).toString());
                QCOMPARE(item->font(2).italic(), finding->latent);
                if (finding->latent) {
                    QCOMPARE(item->text(0), QStringLiteral("Not affected (latent)"));
                }
            }
        }
    }

    // Before any scan the sidebar claims nothing.
    void sidebarIconNeutralBeforeScan() {
        MainWindow window(m_knowledge);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        const QImage icon = iconImage(sidebar->item(int(MainWindow::Page::Findings))->icon());
        for (FindingStatus status : {FindingStatus::Affected, FindingStatus::AtRisk,
                                     FindingStatus::NotAffected, FindingStatus::Unknown}) {
            QVERIFY(icon != iconImage(statusIcon(status)));
        }
    }
};

QTEST_MAIN(TestVerdict)
#include "test_verdict.moc"
