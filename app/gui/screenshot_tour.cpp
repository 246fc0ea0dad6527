// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QThread>
#include <cstdio>

#include <QAbstractButton>
#include "explanation_page.h"
#include "findings_page.h"
#include "knowledge/knowledge_base.h"
#include "main_window.h"
#include "system_loader.h"
#include "target/demo_catalogue.h"
#include "troubleshoot_wizard.h"

namespace zd::gui {
namespace {

// Lets layouts settle and paint before a grab.
void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

// ZD_SCREENSHOT_SIZE=screen: the window keeps the size it chose for the
// screen, and windows are saved as the whole screen (the window manager's
// frame included), as a person sees them.
bool wholeScreen() {
    return qEnvironmentVariable("ZD_SCREENSHOT_SIZE") == QLatin1String("screen");
}

bool save(QWidget& widget, const QDir& directory, const QString& name) {
    settle();
    const QString path = directory.filePath(name + QStringLiteral(".png"));
    const QPixmap picture = wholeScreen() && widget.isWindow() && widget.screen() != nullptr
                                ? widget.screen()->grabWindow(0)
                                : widget.grab();
    if (!picture.save(path)) {
        std::fprintf(stderr, "zfs-doctor: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Walks the troubleshooting wizard over the shown snapshot: every step a
// snapshot allows (probes and fixes need the live machine and its helper).
bool tourWizard(MainWindow& window, const QDir& directory, const QString& demoName) {
    TroubleshootWizard wizard(&window);
    wizard.show();
    bool ok = true;
    int step = 1;
    for (;;) {
        ok =
            save(wizard, directory, QStringLiteral("%1-wizard-%2").arg(demoName).arg(step++)) && ok;
        if (wizard.nextId() == -1) {
            break;
        }
        QElapsedTimer timer;
        timer.start();
        while (!wizard.button(QWizard::NextButton)->isEnabled() && timer.elapsed() < 10000) {
            settle();
        }
        wizard.next();
    }
    wizard.close();
    return ok;
}

}  // namespace

int runScreenshotTour(MainWindow& window, const QString& directoryPath,
                      const QString& onlyDemoPath) {
    QDir directory(directoryPath);
    if (!directory.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "zfs-doctor: cannot create %s\n", qPrintable(directoryPath));
        return 3;
    }
    QList<DemoSnapshot> demos = demoCatalogue();
    if (!onlyDemoPath.isEmpty()) {
        demos.erase(std::remove_if(demos.begin(), demos.end(),
                                   [&](const DemoSnapshot& demo) {
                                       return QFileInfo(demo.path) != QFileInfo(onlyDemoPath);
                                   }),
                    demos.end());
    }
    if (demos.isEmpty()) {
        std::fprintf(stderr, "zfs-doctor: no demo snapshots found\n");
        return 3;
    }
    // ZD_SCREENSHOT_SIZE=WIDTHxHEIGHT (tools/screenshots.sh) checks small and
    // large windows; "screen" keeps the size the window chose.
    if (!wholeScreen()) {
        const QStringList size =
            qEnvironmentVariable("ZD_SCREENSHOT_SIZE", QStringLiteral("1280x820"))
                .split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 820);
    }
    window.show();
    bool ok = true;
    for (const DemoSnapshot& demo : demos) {
        const LoadOutcome outcome = loadState(*window.knowledge(), TargetRequest::demo(demo));
        if (!outcome.state) {
            std::fprintf(stderr, "zfs-doctor: %s: %s\n", qPrintable(demo.path),
                         qPrintable(outcome.error));
            ok = false;
            continue;
        }
        window.setState(*outcome.state);
        window.showPage(MainWindow::Page::Overview);
        ok = save(window, directory, demo.name + QStringLiteral("-overview")) && ok;
        for (const Finding& finding : outcome.state->findings) {
            window.showFinding(finding.id);
            const QString name = QStringLiteral("%1-finding-%2").arg(demo.name).arg(finding.number);
            ok = save(window, directory, name) && ok;
            // The whole guided page, not only what fits on screen.
            if (QWidget* content = window.findingsPage()->explanation()->widget()) {
                ok = save(*content, directory, name + QStringLiteral("-full")) && ok;
            }
        }
        window.showPage(MainWindow::Page::History);
        ok = save(window, directory, demo.name + QStringLiteral("-history")) && ok;
        // The wizard over the demo of problem 1 (or the only demo toured).
        if (demos.size() == 1 || demo.name.startsWith(QLatin1String("problem1"))) {
            ok = tourWizard(window, directory, demo.name) && ok;
        }
    }
    return ok ? 0 : 3;
}

}  // namespace zd::gui
