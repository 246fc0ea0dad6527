// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// What to do on an explanation page: the remedy recommended for this system
// at the top with its button, the others after the explanation, each once,
// the knowledge base's general list folded; a remedy with a conflict shown
// with its sentence and never recommended; guidance in words never in a copy
// box; Copy says "Copied"; and every copyable command of every demo is valid
// shell (`bash -n`) written for an admin using sudo.

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

#include "collapsible_section.h"
#include "explanation_page.h"
#include "findings_page.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "target/demo_catalogue.h"

using namespace zd;
using namespace zd::gui;
using namespace zd::gui::test;

namespace {

// The y of a widget inside the page's content, to compare what comes first.
int topOf(const QWidget* widget, const QWidget* content) {
    return widget->mapTo(content, QPoint(0, 0)).y();
}

QList<QWidget*> remedyCards(const QWidget* content) {
    QList<QWidget*> cards;
    for (QWidget* child : content->findChildren<QWidget*>()) {
        if (child->objectName().startsWith(QLatin1String("remedy_"))) {
            cards.append(child);
        }
    }
    return cards;
}

// `bash -n`: the text parses as a shell script. Empty when it does.
QString shellSyntaxError(const QString& command) {
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
    bash.write(command.toUtf8());
    bash.closeWriteChannel();
    bash.waitForFinished(10000);
    return bash.exitCode() == 0 ? QString() : QString::fromUtf8(bash.readAllStandardError());
}

// Why a line that writes under /etc, /sys or /proc would fail when pasted by
// an admin who is not root; empty when it is written for sudo. A redirection
// is done by the admin's own shell, so it must sit inside `sudo sh -c '…'`,
// or be replaced by `| sudo tee`.
QString sudoProblem(const QString& line) {
    static const QRegularExpression redirect(QStringLiteral(R"(>>?\s*['"]?/(etc|sys|proc)/)"));
    static const QRegularExpression tee(
        QStringLiteral(R"((\S+)\s+tee\s+(-a\s+)?['"]?/(etc|sys|proc)/)"));
    static const QRegularExpression writer(QStringLiteral(
        R"((^|[;&|]\s*)(\S+\s+)?(mkdir|rm|cp|mv|install|ln|touch|sed\s+-i|truncate)\s[^;&|]*\s['"]?/(etc|sys|proc)/)"));
    const bool insideSudoShell =
        line.contains(QLatin1String("sudo sh -c")) || line.contains(QLatin1String("sudo bash -c"));
    if (redirect.match(line).hasMatch() && !insideSudoShell) {
        return QStringLiteral("a redirection into a system path outside sudo sh -c");
    }
    const QRegularExpressionMatch teeMatch = tee.match(line);
    if (teeMatch.hasMatch() && teeMatch.captured(1) != QLatin1String("sudo")) {
        return QStringLiteral("tee into a system path without sudo");
    }
    const QRegularExpressionMatch writerMatch = writer.match(line);
    if (writerMatch.hasMatch() && !insideSudoShell &&
        writerMatch.captured(2).trimmed() != QLatin1String("sudo")) {
        return QStringLiteral("%1 on a system path without sudo").arg(writerMatch.captured(3));
    }
    return {};
}

}  // namespace

class TestRemedyCards : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;

    QWidget* showExplanation(MainWindow& window, const SystemState& state, const QString& id) {
        window.setState(state);
        window.showFinding(id);
        return window.findingsPage()->explanation()->widget();
    }

  private Q_SLOTS:
    void initTestCase() { m_knowledge = loadKnowledge(); }

    // The guard of the sudo rule itself: it must catch the forms issue 14 found.
    void sudoRuleCatchesBareRedirections() {
        QVERIFY(!sudoProblem(QStringLiteral("echo 0 > /sys/module/zfs/parameters/x")).isEmpty());
        QVERIFY(
            !sudoProblem(QStringLiteral("sudo echo 0 > /sys/module/zfs/parameters/x")).isEmpty());
        QVERIFY(!sudoProblem(QStringLiteral("printf 'a\\n' > /etc/modprobe.d/zfs.conf")).isEmpty());
        QVERIFY(!sudoProblem(QStringLiteral("printf a | tee /etc/x.conf")).isEmpty());
        QVERIFY(!sudoProblem(QStringLiteral("mkdir -p /etc/systemd/system/x.d")).isEmpty());
        QVERIFY(sudoProblem(QStringLiteral("echo 0 | sudo tee /sys/module/zfs/parameters/x"))
                    .isEmpty());
        QVERIFY(sudoProblem(QStringLiteral("sudo sh -c 'echo a > /etc/x.conf'")).isEmpty());
        QVERIFY(sudoProblem(QStringLiteral("sudo mkdir -p /etc/systemd/system/x.d")).isEmpty());
        QVERIFY(!shellSyntaxError(QStringLiteral("echo 'unterminated")).isEmpty());
    }

    void recommendedOnTopEachOnce_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("findingId");
        for (const ProblemInfo& problem : m_knowledge->problems()) {
            const QString prefix = QStringLiteral("problem%1-").arg(problem.number);
            for (const DemoSnapshot& demo : demoCatalogue()) {
                if (demo.name.startsWith(prefix)) {
                    QTest::newRow(qPrintable(demo.name)) << demo.name << problem.id;
                }
            }
        }
    }

    void recommendedOnTopEachOnce() {
        QFETCH(QString, demo);
        QFETCH(QString, findingId);
        MainWindow window(m_knowledge);
        window.resize(1024, 700);
        window.show();
        const SystemState state = demoState(*m_knowledge, demo);
        QWidget* content = showExplanation(window, state, findingId);
        const Finding* finding = state.finding(findingId);
        QVERIFY(!finding->remedies.isEmpty());

        // One card per remedy, whatever the number of targets.
        QSet<QString> ids;
        for (const RemedyOption& remedy : finding->remedies) {
            ids.insert(remedy.id);
        }
        QList<QWidget*> cards = remedyCards(content);
        QCOMPARE(cards.size(), ids.size());
        std::sort(cards.begin(), cards.end(), [content](QWidget* a, QWidget* b) {
            return topOf(a, content) < topOf(b, content);
        });
        // The first is the recommended one, above the explanation, and it is
        // the core's first remedy.
        QWidget* recommended = cards.first();
        QVERIFY(recommended->property("recommended").toBool());
        QCOMPARE(recommended->objectName(),
                 QStringLiteral("remedy_") + finding->remedies.first().id);
        const QList<QLabel*> whatYouSee = labelsWithText(content, QStringLiteral("What you see"));
        QCOMPARE(whatYouSee.size(), 1);
        QVERIFY(topOf(recommended, content) < topOf(whatYouSee.first(), content));
        // At 1024×700 its command and button are on screen without scrolling.
        auto* page = window.findingsPage()->explanation();
        QVERIFY(topOf(recommended, content) + recommended->height() / 2 <
                page->viewport()->height());
        for (QWidget* other : cards.mid(1)) {
            QVERIFY(!other->property("recommended").toBool());
            QVERIFY(topOf(other, content) > topOf(whatYouSee.first(), content));
        }
        // The knowledge base's general list is there once, folded.
        auto* general = content->findChild<CollapsibleSection*>(QStringLiteral("generalRemedies"));
        QVERIFY(general);
        QVERIFY(!general->isExpanded());
    }

    // A remedy that would trigger another problem here shows it in one
    // sentence and is never the recommended card, even if it came first.
    void conflictIsShownAndNeverRecommended() {
        SystemState state = demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41"));
        Finding& finding = state.findings[0];
        QCOMPARE(finding.id, QStringLiteral("sysext-odirect-einval"));
        QVERIFY(!finding.remedies.isEmpty());
        const QString sentence = QStringLiteral("It would make problem 2 hang writes here.");
        finding.remedies[0].conflict = sentence;
        MainWindow window(m_knowledge);
        window.show();
        QWidget* content = showExplanation(window, state, finding.id);
        QVERIFY(!content->findChild<QLabel*>(QStringLiteral("recommendedHeading")));
        for (QWidget* card : remedyCards(content)) {
            QVERIFY(!card->property("recommended").toBool());
        }
        auto* card =
            content->findChild<QWidget*>(QStringLiteral("remedy_") + finding.remedies[0].id);
        auto* conflict = card->findChild<QLabel*>(QStringLiteral("remedyConflict"));
        QVERIFY(conflict->isVisible());
        QCOMPARE(plainText(conflict), QStringLiteral("Conflict: ") + sentence);
    }

    // Every remedy of every demo as the card shows it: conflicts visible and
    // never recommended; no copy box without a command; the command as
    // copied parses and is written for sudo.
    void everyDemoCommandIsPasteable() {
        int commands = 0;
        int conflicts = 0;
        int guidanceOnly = 0;
        for (const DemoSnapshot& demo : demoCatalogue()) {
            const SystemState state = demoState(*m_knowledge, demo.name);
            MainWindow window(m_knowledge);
            window.show();
            for (const Finding& finding : state.findings) {
                if (finding.remedies.isEmpty()) {
                    continue;
                }
                QWidget* content = showExplanation(window, state, finding.id);
                for (const RemedyOption& remedy : finding.remedies) {
                    const QString where = demo.name + QLatin1Char(' ') + finding.id +
                                          QLatin1Char(' ') + remedy.id + QLatin1Char(' ') +
                                          remedy.target;
                    auto* card =
                        content->findChild<QWidget*>(QStringLiteral("remedy_") + remedy.id);
                    QVERIFY2(card, qPrintable(where));
                    auto* targets = card->findChild<QComboBox*>(QStringLiteral("remedyTarget"));
                    targets->setCurrentIndex(targets->findText(remedy.target));
                    auto* command = card->findChild<QLabel*>(QStringLiteral("remedyCommand"));
                    auto* copy = card->findChild<QToolButton*>(QStringLiteral("copyCommandButton"));
                    auto* conflict = card->findChild<QLabel*>(QStringLiteral("remedyConflict"));
                    QCOMPARE(conflict->isVisible(), !remedy.conflict.isEmpty());
                    if (!remedy.conflict.isEmpty()) {
                        ++conflicts;
                        QVERIFY2(!card->property("recommended").toBool(), qPrintable(where));
                    }
                    if (remedy.command.isEmpty()) {
                        ++guidanceOnly;
                        QVERIFY2(!command->isVisible() && !copy->isVisible(), qPrintable(where));
                        auto* guidance = card->findChild<QLabel*>(QStringLiteral("remedyGuidance"));
                        QVERIFY2(guidance->isVisible(), qPrintable(where));
                        continue;
                    }
                    ++commands;
                    QVERIFY(command->isVisible() && copy->isVisible());
                    copy->click();
                    QCOMPARE(copy->text(), QStringLiteral("Copied"));
                    const QString copied = QApplication::clipboard()->text();
                    QCOMPARE(copied, remedy.command);
                    const QString error = shellSyntaxError(copied);
                    QVERIFY2(error.isEmpty(), qPrintable(where + QStringLiteral(": ") + error));
                    for (const QString& line : copied.split(QLatin1Char('\n'))) {
                        const QString problem = sudoProblem(line);
                        QVERIFY2(problem.isEmpty(),
                                 qPrintable(where + QStringLiteral(": ") + problem +
                                            QStringLiteral(": ") + line));
                    }
                }
            }
        }
        qInfo("%d commands, %d conflicts, %d guidance-only remedies checked", commands, conflicts,
              guidanceOnly);
        QVERIFY(commands > 10);
        QVERIFY(guidanceOnly > 0);
    }

    void copyFeedbackGoesBack() {
        MainWindow window(m_knowledge);
        window.show();
        QWidget* content = showExplanation(
            window, demoState(*m_knowledge, QStringLiteral("problem1-sysext-fedora41")),
            QStringLiteral("sysext-odirect-einval"));
        auto* copy = content->findChild<QToolButton*>(QStringLiteral("copyCommandButton"));
        copy->click();
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 4000);
    }
};

QTEST_MAIN(TestRemedyCards)
#include "test_remedy_cards.moc"
