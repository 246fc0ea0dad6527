// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Every file the helper reads or writes (/etc, /sys, /proc, /dev, /boot...) is
// reached through a root directory, "/" in production. Tests start the real
// helper with --root DIR so it never touches this machine's configuration.

#include <QString>

namespace zd::helper {

class SystemRoot {
  public:
    explicit SystemRoot(QString root = QStringLiteral("/"));
    // "/etc/modprobe.d/x.conf" -> "<root>/etc/modprobe.d/x.conf"
    QString path(const QString& absolute) const;
    QString root() const { return m_root; }
    bool isRealRoot() const { return m_root == QLatin1String("/"); }

  private:
    QString m_root;
};

}  // namespace zd::helper
