// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The helper's service object, in-process, on a private bus with fake polkit
// and systemd, a recording tool runner and a temporary root directory. The
// production code path is used throughout: the real PolkitAuthorizer and the
// real DBusSystemdManager talk to the fakes over D-Bus.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QTemporaryDir>
#include <memory>

#include "fake_services.h"
#include "private_bus.h"
#include "recording_tool_runner.h"
#include "remedy/change_journal.h"
#include "service/authorizer.h"
#include "service/helper_service.h"
#include "system/system_root.h"
#include "system/systemd_manager.h"

namespace zd::helper::test {

class ServiceHarness {
  public:
    struct Options {
        bool withPolkit = true;
        bool withSystemd = true;
        QString root;  // empty: a fresh temporary directory
        std::chrono::milliseconds probeTimeout = std::chrono::seconds(10);
    };
    ServiceHarness() : ServiceHarness(Options{}) {}
    explicit ServiceHarness(Options options);
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // Calls the helper as a separate bus client (its own unique name).
    QDBusMessage call(const QString& method, const QVariantList& arguments);
    QDBusMessage rawCall(QDBusMessage message);
    QDBusConnection client() { return m_client; }
    QString busAddress() const { return m_bus.address(); }

    RecordingToolRunner& tools() { return m_tools; }
    FakeServices& fakes() { return *m_fakes; }
    HelperService& service() { return *m_service; }
    ChangeJournal& journal() { return *m_journal; }
    QString root() const { return m_rootPath; }
    // Writes a file below the root ("/proc/self/mountinfo" -> <root>/proc/self/mountinfo).
    void writeRootFile(const QString& absolute, const QByteArray& content);
    QByteArray readRootFile(const QString& absolute) const;
    bool rootFileExists(const QString& absolute) const;
    // Every path below the root with its size and content hash: "nothing was
    // written" is rootTree() before == after.
    QStringList rootTree() const;

  private:
    PrivateBus m_bus;
    QTemporaryDir m_temporary;
    QString m_rootPath;
    std::unique_ptr<SystemRoot> m_root;
    std::unique_ptr<FakeServices> m_fakes;
    RecordingToolRunner m_tools;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<DBusSystemdManager> m_systemd;
    std::unique_ptr<PolkitAuthorizer> m_authorizer;
    std::unique_ptr<HelperService> m_service;
    QDBusConnection m_client{QString()};
    bool m_ok = false;
    QString m_error;
};

}  // namespace zd::helper::test
