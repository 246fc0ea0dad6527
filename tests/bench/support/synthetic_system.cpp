// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/synthetic_system.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zd::bench {

namespace {

bool isZfsGet(const Evidence& evidence) {
    return evidence.kind == Evidence::Kind::Command && evidence.argv.size() >= 2 &&
           evidence.argv.at(0) == QLatin1String("zfs") &&
           evidence.argv.at(1) == QLatin1String("get");
}

QString datasetName(int index) {
    // Three levels deep, like tank/projects/p42/d4242: realistic name lengths.
    return QStringLiteral("tank/projects/p%1/d%2").arg(index / 100).arg(index);
}

// `zfs get -Hp -o name,property,value,source` lines for every dataset, in the
// property order of the recorded command (its last argv element).
QString zfsGetOutput(const QStringList& properties, int datasets) {
    QString out;
    out.reserve(datasets * properties.size() * 48);
    for (int i = 0; i < datasets; ++i) {
        const QString name = datasetName(i);
        for (const QString& property : properties) {
            QString value = QStringLiteral("-");
            QString source = QStringLiteral("default");
            if (property == QLatin1String("direct")) {
                value = (i % 10 == 0) ? QStringLiteral("always") : QStringLiteral("standard");
            } else if (property == QLatin1String("recordsize")) {
                value = QStringLiteral("131072");
            } else if (property == QLatin1String("mountpoint")) {
                value = QLatin1Char('/') + name;
                source = QStringLiteral("inherited from tank");
            } else if (property == QLatin1String("mounted")) {
                value = QStringLiteral("yes");
                source = QStringLiteral("-");
            } else if (property == QLatin1String("readonly")) {
                value = QStringLiteral("off");
            }
            if (i % 10 == 0 && property == QLatin1String("direct")) {
                source = QStringLiteral("local");
            }
            out += name + QLatin1Char('\t') + property + QLatin1Char('\t') + value +
                   QLatin1Char('\t') + source + QLatin1Char('\n');
        }
    }
    return out;
}

QString mountinfoLines(int datasets, int firstId) {
    QString out;
    for (int i = 0; i < datasets; ++i) {
        const QString name = datasetName(i);
        out += QStringLiteral(
                   "%1 1 0:%2 / /%3 rw,relatime shared:%1 - zfs %3 rw,xattr,noacl,casesensitive\n")
                   .arg(firstId + i)
                   .arg(100 + i)
                   .arg(name);
    }
    return out;
}

Evidence file(const QString& path, const QString& contents) {
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = path;
    evidence.output = contents;
    return evidence;
}

}  // namespace

EvidenceLog makeSyntheticSystem(const QString& demoSnapshotPath, SyntheticSize size,
                                QString* error) {
    QFile demo(demoSnapshotPath);
    if (!demo.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(demoSnapshotPath, demo.errorString());
        return {};
    }
    const QJsonArray records = QJsonDocument::fromJson(demo.readAll())
                                   .object()
                                   .value(QStringLiteral("evidence"))
                                   .toArray();
    EvidenceLog log;
    bool sawZfsGet = false;
    bool sawMountinfo = false;
    for (const auto& value : records) {
        Evidence evidence = Evidence::fromJson(value.toObject(), error);
        if (evidence.key.isEmpty()) {
            return {};
        }
        if (isZfsGet(evidence) && evidence.ok()) {
            evidence.output =
                zfsGetOutput(evidence.argv.last().split(QLatin1Char(',')), size.datasets);
            sawZfsGet = true;
        } else if (evidence.kind == Evidence::Kind::File &&
                   evidence.key == QLatin1String("/proc/self/mountinfo")) {
            evidence.output += mountinfoLines(size.datasets, 10000);
            sawMountinfo = true;
        } else if (evidence.key.startsWith(QLatin1String("/sys/block"))) {
            continue;  // replaced by the synthetic loop devices below
        }
        log.add(std::move(evidence));
    }
    if (!sawZfsGet || !sawMountinfo) {
        *error = QStringLiteral("%1 has no successful `zfs get` or no mount table to scale up")
                     .arg(demoSnapshotPath);
        return {};
    }
    Evidence loops;
    loops.kind = Evidence::Kind::Directory;
    loops.key = QStringLiteral("/sys/block");
    for (int i = 0; i < size.loopDevices; ++i) {
        const QString device = QStringLiteral("loop%1").arg(i);
        loops.output += device + QLatin1Char('\n');
        const QString base = QStringLiteral("/sys/block/") + device;
        log.add(file(base + QStringLiteral("/loop/backing_file"),
                     QLatin1Char('/') + datasetName(i * 37 % size.datasets) +
                         QStringLiteral("/image.raw\n")));
        log.add(file(base + QStringLiteral("/loop/dio"),
                     i % 2 ? QStringLiteral("1\n") : QStringLiteral("0\n")));
        log.add(file(base + QStringLiteral("/loop/offset"), QStringLiteral("0\n")));
        log.add(file(base + QStringLiteral("/loop/sizelimit"), QStringLiteral("0\n")));
        log.add(file(base + QStringLiteral("/loop/autoclear"), QStringLiteral("1\n")));
        log.add(file(base + QStringLiteral("/ro"), QStringLiteral("0\n")));
    }
    log.add(loops);
    return log;
}

}  // namespace zd::bench
