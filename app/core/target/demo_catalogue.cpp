// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "target/demo_catalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "util/paths.h"

namespace zd {

QString DemoSnapshot::summary() const {
    const qsizetype end = origin.indexOf(QStringLiteral(". "));
    return end < 0 ? origin : origin.left(end + 1);
}

QList<DemoSnapshot> demoCatalogue() {
    QList<DemoSnapshot> demos;
    const QDir directory(demoDirectory());
    const QStringList files =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile input(directory.filePath(file));
        if (!input.open(QIODevice::ReadOnly)) {
            continue;
        }
        // Only the origin is read here; the facts are derived when a demo is opened.
        const QJsonDocument document = QJsonDocument::fromJson(input.readAll());
        if (!document.isObject()) {
            continue;
        }
        demos.append({QFileInfo(file).completeBaseName(), directory.filePath(file),
                      document.object().value(QLatin1String("origin")).toString()});
    }
    return demos;
}

std::optional<DemoSnapshot> findDemo(const QString& name) {
    const QList<DemoSnapshot> demos = demoCatalogue();
    if (name.isEmpty()) {
        return demos.isEmpty() ? std::nullopt : std::optional<DemoSnapshot>(demos.first());
    }
    QString wanted = name;
    if (wanted.endsWith(QLatin1String(".json"))) {
        wanted.chop(5);
    }
    for (const DemoSnapshot& demo : demos) {
        if (demo.name == wanted) {
            return demo;
        }
    }
    return std::nullopt;
}

QStringList demoNames() {
    QStringList names;
    for (const DemoSnapshot& demo : demoCatalogue()) {
        names.append(demo.name);
    }
    return names;
}

}  // namespace zd
