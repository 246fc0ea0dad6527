// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The dpkg database (/var/lib/dpkg/status) and /etc/fstab's loop devices.
// Fixtures: tests/fixtures/dpkg/README.md.

#include <QtTest>

#include "collect/parsers/dpkg_status.h"
#include "collect/parsers/fstab_parser.h"
#include "support/parser_fixtures.h"

using namespace zd;

namespace {
bool everything(const QString& /*name*/) {
    return true;
}
}  // namespace

class ParseDpkgFstabTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void installedPackagesOnly() {
        const QList<InstalledPackage> packages = parseDpkgStatus(
            test::fixtureText(QStringLiteral("dpkg/status-debian12")), isPackageOfInterest);
        QStringList names;
        for (const InstalledPackage& package : packages) {
            names << package.name;
        }
        // bash and dpkg are not of interest; linux-image-6.1.0-18-amd64 only
        // left its configuration files.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("linux-image-6.12.95+deb12-amd64"),
                              QStringLiteral("linux-image-6.1.0-56-amd64"),
                              QStringLiteral("linux-image-amd64"), QStringLiteral("zfs-dkms"),
                              QStringLiteral("zfsutils-linux")}));
        QCOMPARE(packages.at(1).version, QStringLiteral("6.1.192-2"));
        QVERIFY(packages.at(1).held);
        QVERIFY(!packages.at(0).held);
        QCOMPARE(packages.at(4).version, QStringLiteral("2.3.2-2~bpo12+2"));
    }
    void everyInstalledPackageWithoutAFilter() {
        const QList<InstalledPackage> packages =
            parseDpkgStatus(test::fixtureText(QStringLiteral("dpkg/status-debian12")), everything);
        QCOMPARE(packages.first().name, QStringLiteral("bash"));
        QCOMPARE(packages.first().version, QStringLiteral("5.2.15-2+b8"));
        QCOMPARE(packages.size(), 7);
    }
    void malformedParagraphs() {
        QVERIFY(parseDpkgStatus(QString(), everything).isEmpty());
        // No Status, no Version, half-installed, truncated.
        const QString text = QStringLiteral(
            "Package: a\nVersion: 1\n\n"
            "Package: b\nStatus: install ok installed\n\n"
            "Package: c\nStatus: install ok half-installed\nVersion: 1\n\n"
            "Package: d\r\nStatus: hold ok installed\r\nVersion: 2\r\n\r\n"
            "Package: e\nStatus: install ok inst");
        const QList<InstalledPackage> packages = parseDpkgStatus(text, everything);
        QCOMPARE(packages.size(), 1);
        QCOMPARE(packages.first().name, QStringLiteral("d"));
        QVERIFY(packages.first().held);
    }
    void packagesOfInterest() {
        for (const char* name : {"linux-image-6.1.0-18-amd64", "linux-image-generic-hwe-24.04",
                                 "proxmox-kernel-6.8.12-4-pve-signed", "pve-kernel-5.15.158-2-pve",
                                 "zfsutils-linux", "zfs-dkms", "proxmox-ve", "pve-manager"}) {
            QVERIFY2(isPackageOfInterest(QLatin1String(name)), name);
        }
        for (const char* name : {"bash", "linux-headers-6.1.0-18-amd64", "libzfs4linux"}) {
            QVERIFY2(!isPackageOfInterest(QLatin1String(name)), name);
        }
    }

    void fstabLoopLines() {
        const QString text = QStringLiteral(
            "# /etc/fstab\n"
            "UUID=1234 / ext4 defaults 0 1\n"
            "/dev/sda2 /boot ext4 defaults 0 2\n"
            "/tank/img/disk.img /mnt/disk ext4 loop,noatime 0 0\n"
            "/tank/img/other\\040image.raw /mnt/my\\040disk auto defaults 0 0\n"
            "/tank/iso/debian.iso /mnt/iso iso9660 user,noauto 0 0\n"
            "/tank/img/ro.img /mnt/ro xfs ro,loop=/dev/loop7 0 0\n"
            "/srv/data /export/data none bind 0 0\n"
            "/swapfile none swap sw 0 0\n"
            "server:/export /mnt/nfs nfs defaults 0 0\n"
            "tmpfs /tmp tmpfs defaults 0 0\n"
            "broken-line\n");
        const QList<ConfiguredLoop> loops = parseFstabLoops(text, QStringLiteral("/etc/fstab"));
        QCOMPARE(loops.size(), 4);
        QCOMPARE(loops.at(0).backingFile, QStringLiteral("/tank/img/disk.img"));
        QCOMPARE(loops.at(0).mountPoint, QStringLiteral("/mnt/disk"));
        QCOMPARE(loops.at(0).fsType, QStringLiteral("ext4"));
        QVERIFY(!loops.at(0).readOnly);
        QCOMPARE(loops.at(0).origin, QStringLiteral("/etc/fstab line 4"));
        QVERIFY(!loops.at(0).backingLocation.has_value());
        // A file as the source is attached to a loop device without "loop".
        QCOMPARE(loops.at(1).backingFile, QStringLiteral("/tank/img/other image.raw"));
        QCOMPARE(loops.at(1).mountPoint, QStringLiteral("/mnt/my disk"));
        // iso9660 can only be mounted read-only; "ro" says so for the others.
        QVERIFY(loops.at(2).readOnly);
        QVERIFY(loops.at(3).readOnly);
        QCOMPARE(loops.at(3).origin, QStringLiteral("/etc/fstab line 7"));
    }
    void fstabEmptyAndGarbage() {
        QVERIFY(parseFstabLoops(QString(), QStringLiteral("/etc/fstab")).isEmpty());
        QVERIFY(parseFstabLoops(QStringLiteral("\x01\x02\n\t\n#"), QStringLiteral("/etc/fstab"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(ParseDpkgFstabTest)
#include "test_parse_dpkg_fstab.moc"
