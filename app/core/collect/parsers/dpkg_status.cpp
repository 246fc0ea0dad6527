// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/dpkg_status.h"

#include <QStringTokenizer>

namespace zd {

namespace {

struct Paragraph {
    QString package;
    QString version;
    QString status;

    void clear() { *this = Paragraph{}; }
};

}  // namespace

bool isPackageOfInterest(const QString& name) {
    static const QLatin1String kPrefixes[] = {QLatin1String("linux-image-"),
                                              QLatin1String("proxmox-kernel-"),
                                              QLatin1String("pve-kernel-")};
    for (const QLatin1String prefix : kPrefixes) {
        if (name.startsWith(prefix)) {
            return true;
        }
    }
    return name == QLatin1String("zfsutils-linux") || name == QLatin1String("zfs-dkms") ||
           name == QLatin1String("proxmox-ve") || name == QLatin1String("pve-manager") ||
           name == QLatin1String("systemd");
}

QList<InstalledPackage> parseDpkgStatus(const QString& text, bool (*wanted)(const QString& name)) {
    QList<InstalledPackage> packages;
    Paragraph paragraph;
    const auto flush = [&] {
        if (!paragraph.package.isEmpty() && !paragraph.version.isEmpty() && wanted &&
            wanted(paragraph.package)) {
            // "install ok installed", "hold ok installed"; anything else
            // (config-files, half-configured, unpacked) is not installed.
            const QStringList words = paragraph.status.simplified().split(QLatin1Char(' '));
            if (words.size() == 3 && words.at(2) == QLatin1String("installed")) {
                packages.append(
                    {paragraph.package, paragraph.version, words.at(0) == QLatin1String("hold")});
            }
        }
        paragraph.clear();
    };
    for (const QStringView line : qTokenize(text, QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            continue;  // continuation of a multi-line field (Description, Conffiles)
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        // Only three fields are kept: the others (a status file has some
        // 40,000 lines) are not copied out.
        const QStringView field = line.left(colon);
        QString* kept = field == QLatin1String("Package")   ? &paragraph.package
                        : field == QLatin1String("Version") ? &paragraph.version
                        : field == QLatin1String("Status")  ? &paragraph.status
                                                            : nullptr;
        if (kept) {
            *kept = line.mid(colon + 1).trimmed().toString();
        }
    }
    flush();
    return packages;
}

}  // namespace zd
