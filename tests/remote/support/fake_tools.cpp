// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/fake_tools.h"

#include <QFile>

namespace zd::test {

bool writeExecutable(const QString& path, const QByteArray& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.write(text);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::ExeOther);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> invocations(const QString& path) {
    QList<QStringList> result;
    for (const QByteArray& line : readAll(path).split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        QStringList argv;
        for (const QByteArray& argument : line.split('\0')) {
            argv << QString::fromUtf8(argument);
        }
        argv.removeLast();  // after the final NUL
        result << argv;
    }
    return result;
}

}  // namespace zd::test
