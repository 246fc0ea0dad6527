// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The `--host [user@]HOST[:port]` argument, parsed and checked before any of it
// reaches an ssh command line.
//
// Everything in here ends up as an argument of the system's `ssh`, so the
// parser is strict: a host that starts with '-' would be read by ssh as an
// option ("-oProxyCommand=..."), so it is refused, as are characters no host
// name, IP address or ~/.ssh/config alias contains.

#include <QString>
#include <QStringList>
#include <optional>

namespace zd {

struct HostSpec {
    QString user;             // empty: ssh decides (~/.ssh/config User, or the local user)
    QString host;             // name, ssh_config alias, IPv4, or IPv6 without brackets
    std::optional<int> port;  // unset: ssh decides (~/.ssh/config Port, or 22)

    // Parses "[user@]HOST[:port]"; IPv6 addresses are written in brackets when
    // a port follows ("[fe80::1]:2222") and may be bare otherwise ("::1").
    // On bad input returns nullopt and sets *error to one sentence naming the
    // problem.
    static std::optional<HostSpec> parse(const QString& text, QString* error);

    // The canonical spelling, for messages and the journal ("admin@nas:2222").
    QString toString() const;
    // The arguments naming the destination for ssh: ["-l", user, "-p", port,
    // "--", host] with the optional parts left out so ~/.ssh/config applies.
    QStringList sshDestinationArguments() const;

    bool operator==(const HostSpec&) const = default;
};

}  // namespace zd
