// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/parser_fixtures.h"

#include <QFile>
#include <QtTest>

namespace zd::test {

QString fixtureText(const QString& relativePath) {
    QFile file(QStringLiteral(ZD_TEST_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    }
    return QString::fromUtf8(file.readAll());
}

}  // namespace zd::test
