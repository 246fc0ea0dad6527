// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: the real `zfs-doctor scan` of this machine, as an admin starts
// it: the whole process from exec to exit, min/median/max over runs, with
// its CPU time (its own and that of every process it started) and peak
// resident memory, then one `scan -vv` for the processes a scan starts.
// Prints figures; timing is never asserted (the machine may be shared).
//
//   build/ci/tests/bench/bench_live_scan [--binary PATH] [--runs N] [-- SCAN-ARGS...]
//
// SCAN-ARGS replace the default "scan" arguments, e.g. `-- scan --demo
// fedora42` for the cost of the process without collecting anything.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <vector>

extern char** environ;

namespace {

struct RunFigures {
    double wallMs = 0;
    double cpuMs = 0;  // user + system of the scan and the processes it waited for
    long peakKiB = 0;
    int exitCode = -1;
};

double nowMs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double toMs(const timeval& t) {
    return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
}

// One run with stdout and stderr on /dev/null; exitCode -1 when it could not
// be started or did not exit normally.
RunFigures runOnce(const QString& binary, const QStringList& arguments) {
    std::vector<QByteArray> storage{binary.toLocal8Bit()};
    for (const QString& argument : arguments) {
        storage.push_back(argument.toLocal8Bit());
    }
    std::vector<char*> argv;
    for (QByteArray& item : storage) {
        argv.push_back(item.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    RunFigures figures;
    const double start = nowMs();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return figures;
    }
    int status = 0;
    rusage usage{};
    // wait4's usage covers the child and the children it waited for (the
    // systemctl, dmesg... it started), which is what one scan costs.
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            return figures;
        }
    }
    figures.wallMs = nowMs() - start;
    figures.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    figures.peakKiB = usage.ru_maxrss;
    figures.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return figures;
}

QString minMedianMax(std::vector<double> values, const char* unit) {
    std::sort(values.begin(), values.end());
    return QStringLiteral("min %1 %4, median %2 %4, max %3 %4")
        .arg(values.front(), 0, 'f', 1)
        .arg(values.at(values.size() / 2), 0, 'f', 1)
        .arg(values.back(), 0, 'f', 1)
        .arg(QLatin1String(unit));
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QStringList scanArguments{QStringLiteral("scan")};
    if (const qsizetype dashes = args.indexOf(QStringLiteral("--")); dashes >= 0) {
        scanArguments = args.mid(dashes + 1);
        args = args.mid(0, dashes);
    }
    QString binary = QStringLiteral(ZD_CLI_BINARY);
    int runs = 15;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--binary")) {
            binary = args.at(++i);
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(++i).toInt());
        }
    }
    // Exit codes a scan may end with: healthy, attention, could not decide.
    const QList<int> scanOutcomes{0, 1, 3};

    std::vector<double> wall, cpu, peak;
    for (int run = 0; run < runs; ++run) {
        const RunFigures figures = runOnce(binary, scanArguments);
        if (!scanOutcomes.contains(figures.exitCode)) {
            std::fprintf(stderr, "bench_live_scan: %s %s failed (exit code %d)\n",
                         qPrintable(binary), qPrintable(scanArguments.join(QLatin1Char(' '))),
                         figures.exitCode);
            return 1;
        }
        wall.push_back(figures.wallMs);
        cpu.push_back(figures.cpuMs);
        peak.push_back(double(figures.peakKiB) / 1024.0);
    }

    // The processes one scan starts, as the scan itself reports them.
    QProcess verbose;
    verbose.setStandardInputFile(QProcess::nullDevice());
    verbose.start(binary, scanArguments + QStringList{QStringLiteral("-vv")});
    verbose.waitForFinished(120000);
    const QString report = QString::fromUtf8(verbose.readAllStandardOutput());
    static const QRegularExpression startedLine(
        QStringLiteral("^processes started: (\\d+)\\n((?:  .*\\n)*)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch started = startedLine.match(report);

    const QString what = binary + QLatin1Char(' ') + scanArguments.join(QLatin1Char(' '));
    std::printf("%s, %d runs\n", qPrintable(what), runs);
    std::printf("  wall time     %s\n", qPrintable(minMedianMax(wall, "ms")));
    std::printf("  CPU time      %s (user+system, with the processes it started)\n",
                qPrintable(minMedianMax(cpu, "ms")));
    std::printf("  peak resident %s\n", qPrintable(minMedianMax(peak, "MiB")));
    if (started.hasMatch()) {
        std::printf("  processes started per scan: %s\n%s", qPrintable(started.captured(1)),
                    qPrintable(started.captured(2)));
    } else if (scanArguments.contains(QLatin1String("--demo")) ||
               scanArguments.contains(QLatin1String("--snapshot"))) {
        std::printf("  processes started per scan: 0 (a snapshot is replayed)\n");
    } else {
        std::fprintf(stderr, "bench_live_scan: `%s -vv` did not list the processes it started\n",
                     qPrintable(what));
        return 1;
    }
    return 0;
}
