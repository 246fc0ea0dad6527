#include "collect/source_requests.h"

#include <QRegularExpression>

namespace zd {

QString commandEvidenceKey(const QStringList& argv) {
    return argv.join(QLatin1Char(' '));
}

QString blockAttributeEvidenceKey(const QString& device, const QString& attribute) {
    return QStringLiteral("/sys/block/%1/%2").arg(device, attribute);
}

QString typedListingEvidenceKey(const QString& path) {
    QString key = path;
    while (key.size() > 1 && key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key == QLatin1String("/") ? key : key + QLatin1Char('/');
}

QString loopDeviceListEvidenceKey() {
    return QStringLiteral("/sys/block");
}

QString blockAttributeRequestError(const QString& device, const QString& attribute) {
    static const QRegularExpression loopName(QStringLiteral("^loop[0-9]+$"));
    static const QRegularExpression component(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!loopName.match(device).hasMatch())
        return QStringLiteral("refusing block device name '%1': only loop devices (loopN) are read")
            .arg(device);
    if (attribute.isEmpty())
        return QStringLiteral("refusing an empty sysfs attribute name");
    const QStringList parts = attribute.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (!component.match(part).hasMatch())
            return QStringLiteral(
                       "refusing sysfs attribute '%1': it must be a relative path of "
                       "plain names (no '.', '..', or empty components)")
                .arg(attribute);
    }
    return {};
}

}  // namespace zd
