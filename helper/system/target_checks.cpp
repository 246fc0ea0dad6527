// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/target_checks.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace zd::helper {

bool checkDatasetIsFilesystem(ToolRunner& tools, const QString& dataset, HelperError* error) {
    if (!tools.available(QStringLiteral("zfs"))) {
        return setError(error, kErrorToolMissing,
                        QStringLiteral("The zfs command is not installed, so dataset '%1' cannot "
                                       "be checked or changed.")
                            .arg(dataset));
    }
    // The name is passed as its own argv element after "--"-free options: it
    // was validated to start with a letter, so zfs cannot read it as an option.
    const ToolResult result =
        tools.run(QStringLiteral("zfs"),
                  {QStringLiteral("list"), QStringLiteral("-H"), QStringLiteral("-o"),
                   QStringLiteral("name,type"), dataset},
                  std::chrono::seconds(30));
    if (!result.started || result.timedOut) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not check dataset '%1': %2.")
                            .arg(dataset, result.describeFailure()));
    }
    if (result.exitCode != 0) {
        return setError(error, kErrorNotFound,
                        QStringLiteral("There is no ZFS dataset named '%1' (%2).")
                            .arg(dataset, result.errorOutput.trimmed().left(300)));
    }
    const QStringList lines = result.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != 1) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Unexpected output from zfs list for '%1'.").arg(dataset));
    }
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    if (fields.size() != 2 || fields.at(0) != dataset) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Unexpected output from zfs list for '%1'.").arg(dataset));
    }
    if (fields.at(1) != QLatin1String("filesystem")) {
        return setError(error, kErrorInvalidArgument,
                        QStringLiteral("'%1' is a %2, not a filesystem; this only applies to "
                                       "filesystems.")
                            .arg(dataset, fields.at(1)));
    }
    return true;
}

bool checkLoopDeviceExists(const SystemRoot& root, const QString& name, HelperError* error) {
    const QFileInfo loopDirectory(root.path(QStringLiteral("/sys/block/%1/loop").arg(name)));
    if (!loopDirectory.isDir()) {
        return setError(error, kErrorNotFound,
                        QStringLiteral("There is no attached loop device %1 (/sys/block/%1/loop "
                                       "does not exist).")
                            .arg(name));
    }
    return true;
}

bool isNonLoopBlockDevice(const SystemRoot& root, const QString& name) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!plain.match(name).hasMatch()) {
        return false;
    }
    const QString base = root.path(QStringLiteral("/sys/block/") + name);
    return QFileInfo::exists(base) && !QFileInfo(base + QStringLiteral("/loop")).isDir();
}

bool checkKernelInstalled(const SystemRoot& root, const QString& release, HelperError* error) {
    const bool modules =
        QFileInfo(root.path(QStringLiteral("/lib/modules/") + release)).isDir() ||
        QFileInfo(root.path(QStringLiteral("/usr/lib/modules/") + release)).isDir();
    const bool image = QFileInfo(root.path(QStringLiteral("/boot/vmlinuz-") + release)).isFile();
    if (!modules || !image) {
        return setError(error, kErrorNotFound,
                        QStringLiteral("Kernel %1 is not installed (need both /lib/modules/%1 and "
                                       "/boot/vmlinuz-%1).")
                            .arg(release));
    }
    return true;
}

}  // namespace zd::helper
