// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A thread that runs posted jobs one after the other. The service keeps its
// D-Bus thread free by running remedies on one such thread (changes are
// serialized: one at a time) and probes on another.

#include <QObject>
#include <QThread>
#include <functional>

namespace zd::helper {

class WorkerThread {
  public:
    explicit WorkerThread(const QString& name);
    ~WorkerThread();  // finishes the job in progress, drops the rest
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void post(std::function<void()> job);

  private:
    QThread m_thread;
    QObject* m_context;  // lives in m_thread; jobs are queued calls to it
};

}  // namespace zd::helper
