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
// 3. The GUI thread's longest stall while that system is shown and looked
//    at as a person would (the result arrives, Findings, every explanation,
//    back to the overview): a 5 ms heartbeat timer on the GUI thread records
//    the longest gap between two beats. Collection and evaluation run in a
//    worker thread in the window (ScanController), so they are not part of
//    it. Target: no stall over 100 ms. On a machine busy with other work a
//    gap also holds the time the thread waited for a CPU, so the GUI
//    thread's own CPU time per step (CLOCK_THREAD_CPUTIME_ID) is printed too:
//    that is the stall on an idle machine.

#include <time.h>
#include <unistd.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTimerEvent>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <cstdio>
#include <functional>

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

// Beats every 5 ms on the GUI thread; a late beat means the thread was busy.
class StallWatch : public QObject {
  public:
    StallWatch() {
        m_clock.start();
        m_timer = startTimer(5, Qt::PreciseTimer);
    }
    // Starts a step: gaps from now on are counted for it.
    void beginStep(const QString& step) {
        m_step = step;
        m_last = m_clock.elapsed();
        m_stepLongest = 0;
        m_stepCpuStart = threadCpuMs();
    }
    // Ends the step: its GUI-thread CPU time is compared with the longest,
    // and both figures of the step are printed (every page has the target).
    void endStep() {
        const double used = threadCpuMs() - m_stepCpuStart;
        std::printf("step: %-45s longest stall %4lld ms, GUI-thread CPU %4.0f ms\n",
                    qPrintable(m_step), m_stepLongest, used);
        if (used > m_longestCpu) {
            m_longestCpu = used;
            m_longestCpuStep = m_step;
        }
    }
    double longestCpuMs() const { return m_longestCpu; }
    QString longestCpuStep() const { return m_longestCpuStep; }
    qint64 longestMs() const { return m_longest; }
    QString longestStep() const { return m_longestStep; }

  protected:
    void timerEvent(QTimerEvent* event) override {
        if (event->timerId() != m_timer) {
            return;
        }
        const qint64 now = m_clock.elapsed();
        m_stepLongest = qMax(m_stepLongest, now - m_last);
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestStep = m_step;
        }
        m_last = now;
    }

  private:
    static double threadCpuMs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    }

    double m_stepCpuStart = 0;
    double m_longestCpu = 0;
    QString m_longestCpuStep;
    QElapsedTimer m_clock;
    int m_timer = 0;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_stepLongest = 0;
    QString m_step;
    QString m_longestStep;
};

// Runs each step from the event loop and lets it lay out and paint.
void runSteps(StallWatch& watch, const QList<std::pair<QString, std::function<void()>>>& steps) {
    for (const auto& [name, step] : steps) {
        watch.beginStep(name);
        step();
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 120) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        watch.endStep();
    }
}

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
    StallWatch watch;
    QApplication::processEvents();
    qint64 showMs = 0;
    QList<std::pair<QString, std::function<void()>>> steps;
    steps.append({QStringLiteral("the result arrives"), [&] {
                      window.setState(state);
                      showMs = timer.elapsed();
                  }});
    steps.append({QStringLiteral("Findings page"),
                  [&] { window.showPage(zd::gui::MainWindow::Page::Findings); }});
    for (const zd::Finding& finding : state.findings) {
        steps.append({QStringLiteral("explanation of %1").arg(finding.id),
                      [&window, id = finding.id] { window.showFinding(id); }});
    }
    steps.append({QStringLiteral("back to the overview"),
                  [&] { window.showPage(zd::gui::MainWindow::Page::Overview); }});
    runSteps(watch, steps);
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
        "show %lld ms (%d rows made in the pool tree; the rest when expanded)\n",
        static_cast<long long>(state.facts.zfs.datasets.size()),
        static_cast<long long>(state.facts.loopDevices.size()), collectMs, evaluateMs, showMs,
        shown);
    std::printf("memory: resident %.1f MB after the scan is shown (target < 150 MB)\n",
                residentMegabytes());
    std::printf("stall: longest GUI-thread stall %lld ms, during \"%s\" (target < 100 ms)\n",
                watch.longestMs(), qPrintable(watch.longestStep()));
    std::printf("stall: most GUI-thread CPU time in one step %.0f ms, during \"%s\"\n",
                watch.longestCpuMs(), qPrintable(watch.longestCpuStep()));
    return 0;
}
