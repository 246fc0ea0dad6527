// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client/blocking_helper_client.h"

#include <QEventLoop>
#include <optional>

namespace zd {

BlockingHelperClient::BlockingHelperClient() = default;

BlockingHelperClient::BlockingHelperClient(const QDBusConnection& connection)
    : m_client(connection, nullptr) {}

HelperReply BlockingHelperClient::wait(const std::function<void(HelperClient::Callback)>& start) {
    QEventLoop loop;
    std::optional<HelperReply> answer;
    start([&](const HelperReply& reply) {
        answer = reply;
        loop.quit();
    });
    // HelperClient always answers later, from the event loop, and always
    // answers (its own deadline), so this returns.
    if (!answer) {
        loop.exec();
    }
    return *answer;
}

HelperReply BlockingHelperClient::probe(const QString& probe, const QString& dataset) {
    return wait([&](HelperClient::Callback done) { m_client.probe(probe, dataset, done); });
}

HelperReply BlockingHelperClient::previewRemedy(const RemedyRequest& request) {
    return wait([&](HelperClient::Callback done) { m_client.previewRemedy(request, done); });
}

HelperReply BlockingHelperClient::applyRemedy(const RemedyRequest& request) {
    return wait([&](HelperClient::Callback done) { m_client.applyRemedy(request, done); });
}

HelperReply BlockingHelperClient::undo(const QString& changeId) {
    return wait([&](HelperClient::Callback done) { m_client.undo(changeId, done); });
}

HelperReply BlockingHelperClient::undoAll() {
    return wait([&](HelperClient::Callback done) { m_client.undoAll(done); });
}

HelperReply BlockingHelperClient::history() {
    return wait([&](HelperClient::Callback done) { m_client.history(done); });
}

}  // namespace zd
