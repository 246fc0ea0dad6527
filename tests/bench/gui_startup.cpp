// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// bench_gui_startup: how fast the window appears and how much memory it
// holds after showing a large system. Prints figures; asserts no timing.
//
//   bench_gui_startup [--datasets N] [--loops N]
//
// 1. Time from process start (kernel's start time in /proc/self/stat) to the
//    first paint of the main window, doing what `zfs-doctor` does first:
//    QApplication, translations, knowledge base, window. Target: < 400 ms.
// 2. Resident memory after a scan of a synthetic system (tests/bench's
//    generator: a real demo's evidence scaled to N datasets) was collected,
//    evaluated and shown in the window. Target: < 150 MB.

#include <unistd.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <cstdio>

#include "app_setup.h"
#include "knowledge/knowledge_base.h"
#include "main_window.h"
#include "snapshot/snapshot.h"
#include "support/synthetic_system.h"
#include "system_loader.h"
#include "util/paths.h"

namespace {

// Milliseconds since this process was started, from the kernel's view.
double msSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray statText = stat.readAll();
    // Field 22 (starttime) counts from after the ")" closing the command name.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double residentMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

class FirstPaint : public QObject {
  public:
    double atMs = -1;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && atMs < 0) {
            atMs = msSinceProcessStart();
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    zd::bench::SyntheticSize size;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        bool ok = false;
        const int value = arguments[i + 1].toInt(&ok);
        if (!ok || value < 0) {
            std::fprintf(stderr, "bench_gui_startup: bad value for %s\n", qPrintable(arguments[i]));
            return 2;
        }
        if (arguments[i] == QLatin1String("--datasets")) {
            size.datasets = value;
        } else if (arguments[i] == QLatin1String("--loops")) {
            size.loopDevices = value;
        } else {
            std::fprintf(stderr, "usage: bench_gui_startup [--datasets N] [--loops N]\n");
            return 2;
        }
    }

    zd::gui::installTranslations(app, QLocale::system());
    QString error;
    std::optional<zd::KnowledgeBase> knowledge = zd::KnowledgeBase::loadDefault(&error);
    if (!knowledge) {
        std::fprintf(stderr, "bench_gui_startup: %s\n", qPrintable(error));
        return 3;
    }
    auto shared = std::make_shared<const zd::KnowledgeBase>(std::move(*knowledge));
    zd::gui::MainWindow window(shared);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (firstPaint.atMs < 0 && wait.elapsed() < 10000) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    std::printf("startup: first paint %.0f ms after process start (target < 400 ms)\n",
                firstPaint.atMs);
    std::printf("startup: resident memory at first paint %.1f MB\n", residentMegabytes());

    const QString demo = zd::demoDirectory() + QStringLiteral("/problem1-sysext-fedora41.json");
    QElapsedTimer timer;
    timer.start();
    const zd::EvidenceLog evidence = zd::bench::makeSyntheticSystem(demo, size, &error);
    if (evidence.items().isEmpty()) {
        std::fprintf(stderr, "bench_gui_startup: %s\n", qPrintable(error));
        return 3;
    }
    zd::gui::SystemState state;
    state.origin = zd::gui::SystemState::Origin::Snapshot;
    state.sourceLabel = QStringLiteral("synthetic");
    state.facts = zd::deriveFacts(evidence, QString(), QStringLiteral("synthetic system"));
    const qint64 collectMs = timer.restart();
    state = zd::gui::evaluateState(*shared, std::move(state));
    const qint64 evaluateMs = timer.restart();
    window.setState(state);
    QApplication::processEvents();
    const qint64 showMs = timer.elapsed();
    int shown = 0;
    for (QTreeWidgetItemIterator it(window.findChild<QTreeWidget*>(QStringLiteral("datasetTree")));
         *it != nullptr; ++it) {
        ++shown;
    }
    if (state.facts.zfs.datasets.size() < size.datasets) {
        std::fprintf(stderr, "bench_gui_startup: only %lld of %d datasets were parsed\n",
                     static_cast<long long>(state.facts.zfs.datasets.size()), size.datasets);
        return 3;
    }
    std::printf(
        "scan: %lld datasets, %lld loop devices: collect %lld ms, evaluate %lld ms, "
        "show %lld ms (%d rows in the pool tree)\n",
        static_cast<long long>(state.facts.zfs.datasets.size()),
        static_cast<long long>(state.facts.loopDevices.size()), collectMs, evaluateMs, showMs,
        shown);
    std::printf("memory: resident %.1f MB after the scan is shown (target < 150 MB)\n",
                residentMegabytes());
    return 0;
}
