// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui_main.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

#include "app_setup.h"
#include "i18n/ui_language.h"
#include "knowledge/knowledge_base.h"
#include "main_window.h"
#include "screenshot_tour.h"
#include "target/demo_catalogue.h"
#include "util/paths.h"
#include "window_options.h"

namespace zd::gui {

int runWindow(int& argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zfs-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("ZFS Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.zfsdoctor.ZfsDoctor"));
    // One language for the window's labels, the knowledge base's texts and
    // the explanations, chosen like the CLI's (i18n/ui_language.h).
    setUiLanguage(chooseLanguage(QProcessEnvironment::systemEnvironment()));
    installTranslators(app, uiLanguage());

    QString error;
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    const std::optional<WindowOptions> options = parseWindowOptions(arguments, &error);
    if (!options) {
        std::fprintf(stderr, "zfs-doctor: %s\n%s", qPrintable(error), qPrintable(windowUsage()));
        return 2;
    }
    if (options->help) {
        std::fputs(qPrintable(windowUsage()), stdout);
        return 0;
    }
    if (options->dark) {
        applyDarkPalette(app);
    }

    std::optional<KnowledgeBase> knowledge = KnowledgeBase::loadDefault(&error);
    if (!knowledge) {
        QMessageBox::critical(nullptr, QApplication::translate("zd::gui::MainWindow", "ZFS Doctor"),
                              QApplication::translate("zd::gui::MainWindow",
                                                      "The knowledge base could not be loaded: %1")
                                  .arg(error));
        return 3;
    }

    QString demoPath;
    if (options->demo) {
        const std::optional<DemoSnapshot> demo = findDemo(options->demoName);
        if (!demo) {
            std::fprintf(stderr, "zfs-doctor: %s\n",
                         qPrintable(QApplication::translate("zd::gui::WindowOptions",
                                                            "no demo called \"%1\" in %2")
                                        .arg(options->demoName, demoDirectory())));
            return 2;
        }
        demoPath = demo->path;
    }

    MainWindow window(std::make_shared<const KnowledgeBase>(std::move(*knowledge)));
    window.setTextLocale(uiLanguage());
    if (!options->screenshotDir.isEmpty()) {
        return runScreenshotTour(window, options->screenshotDir, demoPath);
    }
    window.show();
    if (!options->snapshotPath.isEmpty()) {
        window.openSnapshot(options->snapshotPath);
    } else if (!demoPath.isEmpty()) {
        window.openDemo(demoPath);
    } else if (!options->host.isEmpty()) {
        window.scanRemote(options->host);
    } else {
        window.scanLive();
    }
    return QApplication::exec();
}

}  // namespace zd::gui
