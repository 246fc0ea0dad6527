// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// ReplaySource: answers SystemSource requests from recorded evidence (a
// snapshot), so a captured system is analysed by exactly the collectors that
// analyse a live one.
//
// A request is answered with the most recent record of the same kind and key
// (commands: argv joined by single spaces; block attributes:
// /sys/block/<dev>/<attr>; the loop list: Directory "/sys/block"). A request
// the snapshot holds no answer for gets Failure::NotRecorded with the message
// "not recorded in this snapshot", so a snapshot taken by an older version,
// which did not ask everything the current collectors ask, still replays, and
// the collectors turn what it lacks into unknown facts, never into "absent".
// Older versions wrote such answers back into re-captured files as NotFound
// with that same message; those records replay as NotRecorded too.
// Every answer, recorded or not, is appended to log(); snapshotFromSource()
// leaves the NotRecorded ones out, so re-capturing a replay writes the same
// evidence back.

#include "collect/system_source.h"

namespace zd {

class ReplaySource : public SystemSource {
  public:
    explicit ReplaySource(EvidenceLog recorded,
                          QString description = QStringLiteral("a recorded snapshot"));

    static QString notRecordedMessage() { return QStringLiteral("not recorded in this snapshot"); }

    Evidence readFile(const QString& path) override;
    Evidence listDirectory(const QString& path) override;
    Evidence listDirectoryTyped(const QString& path) override;
    // The timeout does not apply: a recorded Timeout failure is replayed as is.
    Evidence run(const QStringList& argv,
                 std::chrono::milliseconds timeout = std::chrono::seconds(20)) override;
    Evidence listLoopDevices() override;
    Evidence readKernelRingBuffer() override;
    // Refuses the same hostile requests LiveSource refuses, with the same message.
    Evidence readBlockAttribute(const QString& device, const QString& attribute) override;

    const EvidenceLog& log() const override { return m_log; }
    QString description() const override { return m_description; }
    bool isLive() const override { return false; }

    const EvidenceLog& recorded() const { return m_recorded; }

  private:
    Evidence answer(Evidence::Kind kind, const QString& key, const QStringList& argv = {});

    EvidenceLog m_recorded;
    EvidenceLog m_log;
    QString m_description;
};

}  // namespace zd
