// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/source_requests.h"

#include <QStringTokenizer>

namespace zd {

QString commandEvidenceKey(const QStringList& argv) {
    return argv.join(QLatin1Char(' '));
}

QString blockAttributeEvidenceKey(const QString& device, const QString& attribute) {
    return QStringLiteral("/sys/block/%1/%2").arg(device, attribute);
}

QString typedListingEvidenceKey(const QString& path) {
    QString key = path;
    while (key.size() > 1 && key.endsWith(QLatin1Char('/'))) {
        key.chop(1);
    }
    return key == QLatin1String("/") ? key : key + QLatin1Char('/');
}

QString kernelRingBufferEvidenceKey() {
    return QStringLiteral("/dev/kmsg");
}

QString loopDeviceListEvidenceKey() {
    return QStringLiteral("/sys/block");
}

namespace {

// "loop" and one or more ASCII digits, nothing else (no trailing newline).
bool isLoopDeviceName(const QString& device) {
    if (device.size() <= 4 || !device.startsWith(QLatin1String("loop"))) {
        return false;
    }
    for (qsizetype i = 4; i < device.size(); ++i) {
        if (device.at(i) < QLatin1Char('0') || device.at(i) > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

// One or more of [A-Za-z0-9_-]: no '.', '..', '/' or blanks.
bool isPlainName(QStringView part) {
    if (part.isEmpty()) {
        return false;
    }
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

}  // namespace

QString blockAttributeRequestError(const QString& device, const QString& attribute) {
    if (!isLoopDeviceName(device)) {
        return QStringLiteral("refusing block device name '%1': only loop devices (loopN) are read")
            .arg(device);
    }
    if (attribute.isEmpty()) {
        return QStringLiteral("refusing an empty sysfs attribute name");
    }
    for (const QStringView part : qTokenize(attribute, QLatin1Char('/'))) {
        if (!isPlainName(part)) {
            return QStringLiteral(
                       "refusing sysfs attribute '%1': it must be a relative path of "
                       "plain names (no '.', '..', or empty components)")
                .arg(attribute);
        }
    }
    return {};
}

std::optional<Evidence> refusedBlockAttribute(const QString& device, const QString& attribute) {
    const QString refusal = blockAttributeRequestError(device, attribute);
    if (refusal.isEmpty()) {
        return std::nullopt;
    }
    Evidence evidence;
    evidence.kind = Evidence::Kind::File;
    evidence.key = blockAttributeEvidenceKey(device, attribute);
    evidence.failure = Evidence::Failure::Error;
    evidence.message = refusal;
    return evidence;
}

}  // namespace zd
