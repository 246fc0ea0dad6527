// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectDistro(): /etc/os-release (or /usr/lib/os-release when /etc has none,
// as os-release(5) prescribes), plus the TrueNAS SCALE markers.
//
// TrueNAS SCALE is Debian-based and its os-release describes the Debian base,
// so the appliance is recognised by its own files instead, checked only on
// Debian-family systems (no extra reads elsewhere):
//   - /data/manifest.json: the middleware's version source ({"version": ...});
//   - /usr/share/truenas: the appliance's data directory (web UI, sysext images).
// Either marker makes the family TrueNasScale; the manifest also gives the
// TrueNAS version, which replaces the Debian VERSION_ID.
//
// Proxmox VE keeps Debian's os-release too; /etc/pve (the pmxcfs mount,
// pve-docs "Proxmox Cluster File System") marks it, read only on Debian
// systems. collectPackages() also recognises it by the proxmox-ve package.

#include <QCoreApplication>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/parsers/os_release_parser.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::DistroCollector)
};

const QString kEtcOsRelease = QStringLiteral("/etc/os-release");
const QString kUsrOsRelease = QStringLiteral("/usr/lib/os-release");
const QString kTrueNasManifest = QStringLiteral("/data/manifest.json");
const QString kTrueNasShare = QStringLiteral("/usr/share/truenas");
const QString kProxmoxConfig = QStringLiteral("/etc/pve");

void note(Facts& facts, const QString& code, const QString& message, const QString& key,
          FactArea area = FactArea::None) {
    facts.notes.append({QStringLiteral("distro"), code, message, key, area});
}
}  // namespace

void collectDistro(SystemSource& source, Facts& facts) {
    DistroFacts& distro = facts.distro;
    Evidence osRelease = source.readFile(kEtcOsRelease);
    if (osRelease.failure == Evidence::Failure::NotFound) {
        osRelease = source.readFile(kUsrOsRelease);
    }
    if (!osRelease.ok()) {
        distro.family = DistroFamily::Unknown;
        note(facts, QStringLiteral("os-release-unreadable"),
             Text::tr("Neither %1 nor %2 could be read (%3), so the distribution is unknown.")
                 .arg(kEtcOsRelease, kUsrOsRelease, failureReason(osRelease)),
             osRelease.key, FactArea::Distribution);
        return;
    }

    QStringList problems;
    const QMap<QString, QString> values = parseOsRelease(osRelease.output, &problems);
    for (const QString& problem : problems) {
        note(facts, QStringLiteral("os-release-malformed"), problem, osRelease.key);
    }
    distro.id = values.value(QStringLiteral("ID"));
    distro.idLike = values.value(QStringLiteral("ID_LIKE"));
    distro.versionId = values.value(QStringLiteral("VERSION_ID"));
    distro.prettyName = values.value(QStringLiteral("PRETTY_NAME"));
    distro.family = distroFamilyFromOsRelease(distro.id, distro.idLike);
    if (distro.id.isEmpty()) {
        note(facts, QStringLiteral("os-release-no-id"),
             Text::tr("%1 has no ID, so the distribution is unknown.").arg(osRelease.key),
             osRelease.key);
    }

    if (distro.family != DistroFamily::Debian) {
        return;
    }
    const Evidence manifest = source.readFile(kTrueNasManifest);
    const std::optional<QString> trueNasVersion =
        manifest.ok() ? parseTrueNasManifestVersion(manifest.output) : std::nullopt;
    const Evidence share = source.listDirectory(kTrueNasShare);
    if (!trueNasVersion && !share.ok()) {
        if (manifest.unknown() && share.unknown()) {
            note(facts, QStringLiteral("truenas-markers-unknown"),
                 Text::tr("Neither %1 nor %2 could be read, so whether this Debian system is "
                          "TrueNAS SCALE is unknown.")
                     .arg(kTrueNasManifest, kTrueNasShare),
                 share.key);
        }
        if (source.listDirectory(kProxmoxConfig).ok()) {
            distro.family = DistroFamily::Proxmox;
            distro.prettyName = QStringLiteral("Proxmox VE (%1)").arg(distro.prettyName);
        }
        return;
    }
    distro.family = DistroFamily::TrueNasScale;
    if (trueNasVersion) {
        distro.versionId = *trueNasVersion;
        distro.prettyName = QStringLiteral("TrueNAS SCALE %1").arg(*trueNasVersion);
    } else {
        distro.prettyName = QStringLiteral("TrueNAS SCALE");
        note(facts, QStringLiteral("truenas-version-unknown"),
             Text::tr("This looks like TrueNAS SCALE (%1 exists) but %2 did not give its version.")
                 .arg(kTrueNasShare, kTrueNasManifest),
             manifest.key);
    }
}

}  // namespace zd
