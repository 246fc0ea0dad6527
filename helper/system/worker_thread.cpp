// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/worker_thread.h"

namespace zd::helper {

WorkerThread::WorkerThread(const QString& name) : m_context(new QObject) {
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread() {
    m_thread.quit();
    m_thread.wait();
    delete m_context;  // its thread has ended: nothing else can touch it
}

void WorkerThread::post(std::function<void()> job) {
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

}  // namespace zd::helper
