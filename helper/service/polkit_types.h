// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// polkit's D-Bus structures (org.freedesktop.PolicyKit1.Authority), marshalled
// with QtDBus. Shared by the helper and by the tests' fake Authority.

#include <QDBusArgument>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace zd::helper {

using PolkitDetails = QMap<QString, QString>;

// Subject: (sa{sv}), e.g. ("system-bus-name", {"name": ":1.42"}).
struct PolkitSubject {
    QString kind;
    QVariantMap details;
};

// AuthorizationResult: (bba{ss}).
struct PolkitAuthorizationResult {
    bool isAuthorized = false;
    bool isChallenge = false;
    PolkitDetails details;
};

// Registers the types with QtDBus; call once before using them.
void registerPolkitTypes();

QDBusArgument& operator<<(QDBusArgument& argument, const PolkitSubject& subject);
const QDBusArgument& operator>>(const QDBusArgument& argument, PolkitSubject& subject);
QDBusArgument& operator<<(QDBusArgument& argument, const PolkitAuthorizationResult& result);
const QDBusArgument& operator>>(const QDBusArgument& argument, PolkitAuthorizationResult& result);

}  // namespace zd::helper

Q_DECLARE_METATYPE(zd::helper::PolkitSubject)
Q_DECLARE_METATYPE(zd::helper::PolkitAuthorizationResult)
