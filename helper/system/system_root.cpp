// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/system_root.h"

#include <QDir>

namespace zd::helper {

SystemRoot::SystemRoot(QString root)
    : m_root(QDir::cleanPath(root.isEmpty() ? QStringLiteral("/") : root)) {}

QString SystemRoot::path(const QString& absolute) const {
    if (isRealRoot()) {
        return absolute;
    }
    return m_root + absolute;
}

}  // namespace zd::helper
