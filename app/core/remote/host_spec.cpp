// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/host_spec.h"
#include <QCoreApplication>

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Remote)
};

}  // namespace

namespace {

// POSIX portable user names, plus '$' (Samba machine accounts) is not needed
// here: keep the set to what a login name on a NAS can be.
bool isValidUser(const QString& user) {
    if (user.isEmpty() || user.size() > 64 || user.startsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : user) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!ok) {
            return false;
        }
    }
    return true;
}

// Host names (RFC 1123 labels), IPv4 addresses and ssh_config aliases use
// letters, digits, '.', '-' and '_'. IPv6 adds ':' and hex digits, and a zone
// index after '%' ("fe80::1%eth0").
bool isValidHost(const QString& host, bool allowColon) {
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : host) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-') ||
                        (allowColon && (c == QLatin1Char(':') || c == QLatin1Char('%')));
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::optional<int> parsePort(const QString& text) {
    if (text.isEmpty() || text.size() > 5) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127) {
            return std::nullopt;
        }
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535) {
        return std::nullopt;
    }
    return port;
}

std::optional<HostSpec> fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return std::nullopt;
}

}  // namespace

std::optional<HostSpec> HostSpec::parse(const QString& text, QString* error) {
    if (text.isEmpty()) {
        return fail(error, Text::tr("the host is empty; expected [user@]HOST[:port]"));
    }
    HostSpec spec;
    QString rest = text;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        spec.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (!isValidUser(spec.user)) {
            return fail(error, Text::tr("'%1' is not a valid user name (letters, digits, "
                                        "'.', '_' and '-', not starting with '-')")
                                   .arg(spec.user));
        }
    }

    QString portText;
    bool hasPort = false;
    bool bracketed = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return fail(error, Text::tr("'%1' has '[' without ']'").arg(text));
        }
        spec.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                return fail(error, Text::tr("unexpected '%1' after ']' in '%2'").arg(after, text));
            }
            portText = after.mid(1);
            hasPort = true;
        }
        bracketed = true;
    } else if (rest.count(QLatin1Char(':')) >= 2) {
        spec.host = rest;  // a bare IPv6 address: no port possible
        bracketed = true;
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            spec.host = rest.left(colon);
            portText = rest.mid(colon + 1);
            hasPort = true;
        } else {
            spec.host = rest;
        }
    }

    if (!isValidHost(spec.host, bracketed)) {
        return fail(error, Text::tr("'%1' is not a valid host name or address").arg(spec.host));
    }
    if (bracketed && !spec.host.contains(QLatin1Char(':'))) {
        return fail(error,
                    Text::tr("'[%1]' uses brackets but is not an IPv6 address").arg(spec.host));
    }
    if (hasPort) {
        spec.port = parsePort(portText);
        if (!spec.port) {
            return fail(error, Text::tr("'%1' is not a valid port (1 to 65535)").arg(portText));
        }
    }
    return spec;
}

QString HostSpec::toString() const {
    QString text;
    if (!user.isEmpty()) {
        text = user + QLatin1Char('@');
    }
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (ipv6 && port) {
        text += QLatin1Char('[') + host + QLatin1Char(']');
    } else {
        text += host;
    }
    if (port) {
        text += QLatin1Char(':') + QString::number(*port);
    }
    return text;
}

QStringList HostSpec::sshDestinationArguments() const {
    QStringList arguments;
    if (!user.isEmpty()) {
        arguments << QStringLiteral("-l") << user;
    }
    if (port) {
        arguments << QStringLiteral("-p") << QString::number(*port);
    }
    arguments << QStringLiteral("--") << host;
    return arguments;
}

}  // namespace zd
