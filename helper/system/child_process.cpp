// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/child_process.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

namespace zd::helper {

namespace {

using Clock = std::chrono::steady_clock;

// How long the output of an exited program is still read before what is left
// of its process group is killed.
constexpr auto kDrainAfterExit = std::chrono::milliseconds(200);
// How long a killed child may take to die before it is left to reapLater().
// A process stuck in uninterruptible I/O (a hung pool) dies only when the
// I/O returns.
constexpr auto kDeathAfterKill = std::chrono::seconds(2);
// Fallback poll interval without a pidfd.
constexpr int kPollWithoutPidfdMs = 20;

int remainingMs(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() < 0 ? 0 : static_cast<int>(left.count());
}

// Collects exit status into *run; true when the child has been reaped.
bool collect(pid_t pid, int options, ProgramRun* run) {
    int status = 0;
    pid_t done;
    do {
        done = ::waitpid(pid, &status, options);
    } while (done < 0 && errno == EINTR);
    if (done != pid) {
        return false;
    }
    if (run) {
        run->exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return true;
}

}  // namespace

int openPidfd(pid_t pid) {
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

void reapLater(pid_t pid) {
    std::thread([pid]() { collect(pid, 0, nullptr); }).detach();
}

bool reapWithin(pid_t pid, int pidfd, std::chrono::milliseconds timeout) {
    const Clock::time_point deadline = Clock::now() + timeout;
    for (;;) {
        if (collect(pid, WNOHANG, nullptr)) {
            return true;
        }
        const int wait = remainingMs(deadline);
        if (wait == 0) {
            return false;
        }
        if (pidfd >= 0) {
            pollfd exited{pidfd, POLLIN, 0};
            ::poll(&exited, 1, wait);
        } else {
            ::usleep(static_cast<useconds_t>(qMin(wait, kPollWithoutPidfdMs)) * 1000);
        }
    }
}

ProgramRun runProgram(const QStringList& argv, const QStringList& environment,
                      const ProgramLimits& limits) {
    ProgramRun run;
    // Everything the child needs is built before fork(): after it, only
    // async-signal-safe calls.
    std::vector<QByteArray> argStorage;
    std::vector<QByteArray> envStorage;
    std::vector<char*> args;
    std::vector<char*> env;
    for (const QString& argument : argv) {
        argStorage.push_back(QFile::encodeName(argument));
    }
    for (const QString& entry : environment) {
        envStorage.push_back(entry.toLocal8Bit());
    }
    for (QByteArray& argument : argStorage) {
        args.push_back(argument.data());
    }
    for (QByteArray& entry : envStorage) {
        env.push_back(entry.data());
    }
    args.push_back(nullptr);
    env.push_back(nullptr);

    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        run.message = QStringLiteral("cannot create pipes: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
        for (const int fd : {devNull, out[0], out[1], err[0], err[1]}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        return run;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Its own process group, so a timeout reaches every descendant.
        ::setpgid(0, 0);
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::execve(args.front(), args.data(), env.data());
        ::_exit(127);
    }
    ::close(devNull);
    ::close(out[1]);
    ::close(err[1]);
    if (pid < 0) {
        run.message =
            QStringLiteral("fork failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(out[0]);
        ::close(err[0]);
        return run;
    }
    ::setpgid(pid, pid);  // also here: no window in which a kill misses the group
    run.started = true;
    const int pidfd = openPidfd(pid);
    const Clock::time_point deadline = Clock::now() + limits.timeout;
    Clock::time_point drainUntil = Clock::time_point::max();
    bool reaped = false;
    bool killed = false;
    Clock::time_point giveUp = Clock::time_point::max();
    pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {pidfd, POLLIN, 0}};
    char buffer[65536];
    while (fds[0].fd >= 0 || fds[1].fd >= 0 || !reaped) {
        const Clock::time_point now = Clock::now();
        if (!killed && (now >= deadline || now >= drainUntil)) {
            run.timedOut = now >= deadline && !reaped;
            ::kill(-pid, SIGKILL);
            killed = true;
            giveUp = now + kDeathAfterKill;
        }
        if (killed && (reaped || now >= giveUp)) {
            break;  // a grandchild may hold the pipes; it has been killed
        }
        int wait = remainingMs(qMin(deadline, drainUntil));
        if (killed || pidfd < 0) {
            wait = qMin(wait == 0 ? kPollWithoutPidfdMs : wait, kPollWithoutPidfdMs);
        }
        fds[2].fd = reaped ? -1 : pidfd;
        if (::poll(fds, 3, wait) < 0 && errno != EINTR) {
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) {
                continue;
            }
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                (i == 0 ? run.output : run.errorOutput).append(buffer, n);
                if (run.output.size() + run.errorOutput.size() > limits.maxOutput && !killed) {
                    run.outputCapped = true;
                    ::kill(-pid, SIGKILL);
                    killed = true;
                    giveUp = Clock::now() + kDeathAfterKill;
                }
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
            }
        }
        if (!reaped && collect(pid, WNOHANG, &run)) {
            reaped = true;
            drainUntil = Clock::now() + kDrainAfterExit;
        }
    }
    for (const int fd : {fds[0].fd, fds[1].fd}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    if (!reaped) {
        run.exitCode = -1;
        reapLater(pid);
    }
    if (killed && (run.timedOut || run.outputCapped)) {
        run.exitCode = -1;
    }
    if (pidfd >= 0) {
        ::close(pidfd);
    }
    if (run.outputCapped) {
        run.output.truncate(limits.maxOutput);
        run.errorOutput.truncate(limits.maxOutput);
    }
    return run;
}

}  // namespace zd::helper
