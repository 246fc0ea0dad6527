// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectDistro() through a scripted source.

#include <QtTest>

#include "collect/collect.h"
#include "support/parser_fixtures.h"
#include "support/scripted_source.h"

using namespace zd;
using zd::test::ScriptedSource;

namespace {
bool hasNote(const Facts& facts, const QString& code) {
    for (const CollectorNote& note : facts.notes) {
        if (note.code == code) {
            return true;
        }
    }
    return false;
}
}  // namespace

class DistroCollectorTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void fedoraReadsNoTrueNasMarkers() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/fedora-40-server")));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Fedora);
        QCOMPARE(facts.distro.id, QStringLiteral("fedora"));
        QCOMPARE(facts.distro.versionId, QStringLiteral("40"));
        QCOMPARE(facts.distro.prettyName, QStringLiteral("Fedora Linux 40 (Server Edition)"));
        QCOMPARE(source.pathsRead(), QStringList{QStringLiteral("/etc/os-release")});
        QCOMPARE(source.processCount(), 0);
        QVERIFY(facts.notes.isEmpty());
    }
    void debianChecksMarkersAndStaysDebian() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/debian-12")));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Debian);
        QCOMPARE(facts.distro.versionId, QStringLiteral("12"));
        // The markers checked are recorded as evidence (here: both absent).
        QVERIFY(source.log().find(Evidence::Kind::File, QStringLiteral("/data/manifest.json")));
        QVERIFY(source.log().find(Evidence::Kind::Directory, QStringLiteral("/usr/share/truenas")));
        QVERIFY(facts.notes.isEmpty());
    }
    // Proxmox VE keeps Debian's os-release; /etc/pve (pmxcfs) marks it.
    void proxmoxFromItsConfigDirectory() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/debian-12")));
        source.addDirectory(QStringLiteral("/etc/pve"),
                            {QStringLiteral("nodes"), QStringLiteral("storage.cfg")});
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Proxmox);
        QVERIFY(facts.distro.prettyName.startsWith(QLatin1String("Proxmox VE")));
        QVERIFY(isDebianBased(facts.distro.family));
        QVERIFY(facts.notes.isEmpty());
    }
    // The package database recognises it too (/etc/pve unreadable or absent).
    void proxmoxFromItsPackages() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/debian-12")));
        source.addFile(QStringLiteral("/var/lib/dpkg/status"),
                       QStringLiteral("Package: proxmox-ve\nStatus: install ok installed\n"
                                      "Version: 8.2.0\n\n"
                                      "Package: pve-manager\nStatus: install ok installed\n"
                                      "Version: 8.2.7\n\n"));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Debian);
        collectPackages(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Proxmox);
        QCOMPARE(facts.distro.versionId, QStringLiteral("8.2.7"));
        QCOMPARE(facts.distro.prettyName, QStringLiteral("Proxmox VE 8.2.7"));
        QCOMPARE(source.processCount(), 0);
    }
    void ubuntu() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/ubuntu-24.04")));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Ubuntu);
        QCOMPARE(facts.distro.idLike, QStringLiteral("debian"));
        QCOMPARE(source.pathsRead().size(), 1);  // Ubuntu is not TrueNAS: no marker reads
    }
    void trueNasFromManifest() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/debian-12")));
        source.addFile(QStringLiteral("/data/manifest.json"),
                       QStringLiteral("{\"buildtime\": 1737000000, \"version\": \"24.10.2\"}"));
        source.addDirectory(QStringLiteral("/usr/share/truenas"), {QStringLiteral("webui")});
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::TrueNasScale);
        QCOMPARE(facts.distro.id, QStringLiteral("debian"));
        QCOMPARE(facts.distro.versionId, QStringLiteral("24.10.2"));
        QCOMPARE(facts.distro.prettyName, QStringLiteral("TrueNAS SCALE 24.10.2"));
        QVERIFY(facts.notes.isEmpty());
    }
    void trueNasFromShareDirectoryOnly() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       test::fixtureText(QStringLiteral("os-release/debian-12")));
        source.addFile(QStringLiteral("/data/manifest.json"), QStringLiteral("{not json"));
        source.addDirectory(QStringLiteral("/usr/share/truenas"),
                            {QStringLiteral("sysext-extensions")});
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::TrueNasScale);
        QCOMPARE(facts.distro.versionId, QStringLiteral("12"));
        QVERIFY(hasNote(facts, QStringLiteral("truenas-version-unknown")));
    }
    void fallsBackToUsrLib() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/usr/lib/os-release"),
                       test::fixtureText(QStringLiteral("os-release/fedora-40-server")));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Fedora);
    }
    void unreadableEtcDoesNotFallBack() {
        ScriptedSource source;
        source.addUnreadableFile(QStringLiteral("/etc/os-release"));
        source.addFile(QStringLiteral("/usr/lib/os-release"),
                       test::fixtureText(QStringLiteral("os-release/fedora-40-server")));
        Facts facts;
        collectDistro(source, facts);
        // os-release(5): use /usr/lib only when /etc's file does not exist.
        QCOMPARE(facts.distro.family, DistroFamily::Unknown);
        QVERIFY(hasNote(facts, QStringLiteral("os-release-unreadable")));
    }
    void missingEverywhere() {
        ScriptedSource source;
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Unknown);
        QVERIFY(hasNote(facts, QStringLiteral("os-release-unreadable")));
        QVERIFY(facts.unread(FactArea::Distribution) != nullptr);
    }
    void garbageFile() {
        ScriptedSource source;
        source.addFile(QStringLiteral("/etc/os-release"),
                       QStringLiteral("\x7f\x45LF\x02\x01\x01\x00\n"));
        Facts facts;
        collectDistro(source, facts);
        QCOMPARE(facts.distro.family, DistroFamily::Unknown);
        QVERIFY(hasNote(facts, QStringLiteral("os-release-malformed")));
        QVERIFY(hasNote(facts, QStringLiteral("os-release-no-id")));
    }
};

QTEST_GUILESS_MAIN(DistroCollectorTest)
#include "test_distro_collector.moc"
