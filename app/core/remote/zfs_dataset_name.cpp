// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/zfs_dataset_name.h"

#include <QStringList>

namespace zd {

namespace {

bool isNameChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'_' || u == u'.' || u == u':' || u == u' ';
}

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

}  // namespace

bool isValidFilesystemName(const QString& name, QString* error) {
    if (name.isEmpty()) {
        return fail(error, QStringLiteral("no dataset name was given"));
    }
    if (name.toUtf8().size() >= 256) {
        return fail(error, QStringLiteral("the dataset name is longer than ZFS allows (255)"));
    }
    if (name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('#'))) {
        return fail(error,
                    QStringLiteral("'%1' is a snapshot or bookmark, not a filesystem").arg(name));
    }
    for (const QChar c : name) {
        if (c != QLatin1Char('/') && !isNameChar(c)) {
            return fail(error, QStringLiteral("'%1' contains a character ZFS does not allow in "
                                              "dataset names (U+%2)")
                                   .arg(name)
                                   .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    const QStringList components = name.split(QLatin1Char('/'));
    for (const QString& component : components) {
        if (component.isEmpty() || component == QLatin1String(".") ||
            component == QLatin1String("..")) {
            return fail(error,
                        QStringLiteral("'%1' has an empty, '.' or '..' component").arg(name));
        }
    }
    const QChar first = components.first().front();
    if (!((first >= QLatin1Char('a') && first <= QLatin1Char('z')) ||
          (first >= QLatin1Char('A') && first <= QLatin1Char('Z')))) {
        return fail(error, QStringLiteral("a pool name starts with a letter; '%1' does not")
                               .arg(components.first()));
    }
    return true;
}

}  // namespace zd
