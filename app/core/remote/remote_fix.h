// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Fixes on a REMOTE machine: only the dataset property `direct`, through
// `zfs set direct=VALUE DATASET` / `zfs inherit direct DATASET`, run as root
// directly or through `sudo -n` (never a password prompt).
//
// The flow mirrors the local helper's, with the same rule for `direct`
// (remedy/direct_property.h) and the same change records and journal
// (remedy/change_journal.h): plan (read the current value and source on the
// remote, build the exact command, collect warnings) -> the caller shows
// plan.remoteCommand and plan.warnings and asks -> apply (the record is
// written on THIS machine first, then the command runs, then the property is
// read back to verify) -> undo from the record alone.
//
// Base-system changes (kernel pins, systemd drop-ins, modprobe files, module
// parameters) are never made remotely: on TrueNAS SCALE they are unsupported
// by the vendor, elsewhere they belong to the local helper with polkit on
// that machine. baseSystemGuidance() says so for the user.

#include <QString>
#include <QStringList>
#include <optional>

#include "model/facts.h"
#include "remedy/change_journal.h"
#include "remedy/direct_property.h"
#include "remote/ssh_connection.h"

namespace zd {

struct RemoteFixPlan {
    QString host;
    QString dataset;
    QString verb;            // the dataset remedy (dataset-direct-...) made or undone
    QString value;           // what a fix sets; empty for an undo
    QString afterText;       // what the property will be, for people
    DirectState current;     // read from the remote just now
    QStringList remoteArgv;  // exactly what runs on the remote
    QString remoteCommand;   // remoteArgv for people: "sudo -n zfs set direct=disabled tank/x"
    QStringList warnings;
    // TrueNAS: the change bypasses the middleware; apply() refuses unless the
    // caller passes acknowledgeWarnings = true after showing the warnings.
    bool needsAcknowledgement = false;
    QString undoOf;  // journal id this plan undoes, empty for a fix
};

enum class RemotePrivilege {
    Auto,  // root if `id -u` says 0, else sudo -n
    Root,
    Sudo,
};

class RemoteFixer {
  public:
    RemoteFixer(SshConnection& connection, ChangeJournal& journal,
                RemotePrivilege privilege = RemotePrivilege::Auto);
    // Where the records of remote changes live on this machine:
    // $XDG_DATA_HOME/zfs-doctor/remote-journal (~/.local/share/...).
    static QString defaultJournalDirectory();

    // Plans `zfs set direct=VALUE DATASET`. VALUE is "standard" or "disabled":
    // "always" is never offered as a remedy (it crashes 2.3.0 with loop
    // devices, issue 5). `facts` is the remote's scan (TrueNAS detection).
    std::optional<RemoteFixPlan> planSetDirect(const Facts& facts, const QString& dataset,
                                               const QString& value, QString* error);
    // Plans the undo of a recorded change by the shared rule (a local value
    // with `zfs set`, an inherited or default one with `zfs inherit`, a
    // received one with `zfs inherit -S`). Refused when the property changed
    // again since (it would clobber someone's change).
    std::optional<RemoteFixPlan> planUndo(const Facts& facts, const QString& journalId,
                                          QString* error);
    // Applies a plan; returns the final change record (status "verified",
    // "failed", "undone" or "undo-failed") or nullopt with *error when
    // nothing was changed (refused, journal not writable).
    std::optional<ChangeRecord> apply(const RemoteFixPlan& plan, bool acknowledgeWarnings,
                                      QString* error);

    // One paragraph for a remote base-system remedy that is not offered
    // (kernel pin, drop-in, modprobe option): what to do instead.
    static QString baseSystemGuidance(const Facts& facts);
    static bool isTrueNas(const Facts& facts);

  private:
    std::optional<DirectState> readDirect(const QString& dataset, QString* error);
    std::optional<QStringList> privilegePrefix(QString* error);
    std::optional<RemoteFixPlan> finishPlan(const Facts& facts, RemoteFixPlan plan,
                                            const DirectChange& change, QString* error);

    SshConnection& m_connection;
    ChangeJournal& m_journal;
    RemotePrivilege m_privilege;
    std::optional<QStringList> m_prefix;
};

// argv for people: words quoted only when a shell would need it.
QString displayCommandLine(const QStringList& argv);

}  // namespace zd
