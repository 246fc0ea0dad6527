// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// HelperClient for the command line: each call waits for its answer in a
// local event loop, so the helper's Progress signals (and polkit's agent, if
// it runs in this process) are served meanwhile. The wait is bounded by the
// client's Timeouts: a call never blocks forever, not even without a bus.

#include <QDBusConnection>
#include <QString>

#include "helper_client/helper_client.h"

namespace zd {

class BlockingHelperClient {
  public:
    // The system bus (which honours DBUS_SYSTEM_BUS_ADDRESS).
    BlockingHelperClient();
    explicit BlockingHelperClient(const QDBusConnection& connection);

    // The asynchronous client underneath: its progress() signal, its timeouts.
    HelperClient& client() { return m_client; }

    HelperReply probe(const QString& probe, const QString& dataset);
    HelperReply previewRemedy(const RemedyRequest& request);
    HelperReply applyRemedy(const RemedyRequest& request);
    HelperReply undo(const QString& changeId);
    HelperReply undoAll();
    HelperReply history();

  private:
    HelperReply wait(const std::function<void(HelperClient::Callback)>& start);

    HelperClient m_client;
};

}  // namespace zd
