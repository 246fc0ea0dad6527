// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace zd {

namespace {
bool looksLikeDataDirectory(const QString& dir) {
    return QFileInfo(dir + QStringLiteral("/knowledge")).isDir();
}
}  // namespace

QString dataDirectory() {
    const QString fromEnv = qEnvironmentVariable("ZFS_DOCTOR_DATA_DIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    if (QCoreApplication::instance()) {
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                  QStringLiteral("/../share/zfs-doctor"));
        if (looksLikeDataDirectory(installed)) {
            return installed;
        }
        // The helper lives in libexecdir, one level deeper on some layouts.
        const QString fromLibexec = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                    QStringLiteral("/../../share/zfs-doctor"));
        if (looksLikeDataDirectory(fromLibexec)) {
            return fromLibexec;
        }
    }
    return QStringLiteral(ZD_SOURCE_RESOURCES_DIR);
}

QString knowledgeDirectory() {
    return dataDirectory() + QStringLiteral("/knowledge");
}
QString demoDirectory() {
    return dataDirectory() + QStringLiteral("/demo");
}

}  // namespace zd
