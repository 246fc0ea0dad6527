<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>VerdictHeadline</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — 1 fix recommended.</source>
        <translation>%1 – 1 Abhilfe empfohlen.</translation>
    </message>
    <message>
        <source>%1 — %2 fixes recommended.</source>
        <translation>%1 – %2 Abhilfen empfohlen.</translation>
    </message>
    <message>
        <source>The scan is incomplete: no verdict can be trusted.</source>
        <translation>Die Prüfung ist unvollständig: keinem Urteil kann man trauen.</translation>
    </message>
    <message>
        <source>Problem %1 affects this system now</source>
        <translation>Problem %1 betrifft dieses System jetzt</translation>
    </message>
    <message>
        <source>Problems %1 affect this system now</source>
        <translation>Die Probleme %1 betreffen dieses System jetzt</translation>
    </message>
    <message>
        <source>Problem %1 is one step away.</source>
        <translation>Problem %1 ist einen Schritt entfernt.</translation>
    </message>
    <message>
        <source>Problems %1 are one step away.</source>
        <translation>Die Probleme %1 sind einen Schritt entfernt.</translation>
    </message>
    <message>
        <source>Problem %1 is one step away from this system</source>
        <translation>Problem %1 ist nur einen Schritt von diesem System entfernt</translation>
    </message>
    <message>
        <source>Problems %1 are one step away from this system</source>
        <translation>Die Probleme %1 sind nur einen Schritt von diesem System entfernt</translation>
    </message>
    <message>
        <source>Next step that triggers it: %1</source>
        <translation>Nächster Schritt, der es auslöst: %1</translation>
    </message>
    <message>
        <source>Nothing is known to affect this system, but problem %1 could not be decided.</source>
        <translation>Nichts betrifft dieses System bekanntermaßen, aber Problem %1 konnte nicht entschieden werden.</translation>
    </message>
    <message>
        <source>Nothing is known to affect this system, but problems %1 could not be decided.</source>
        <translation>Nichts betrifft dieses System bekanntermaßen, aber die Probleme %1 konnten nicht entschieden werden.</translation>
    </message>
    <message>
        <source>Nothing here is affected: ZFS is not installed.</source>
        <translation>Hier ist nichts betroffen: ZFS ist nicht installiert.</translation>
    </message>
    <message>
        <source>Nothing here is affected.</source>
        <translation>Hier ist nichts betroffen.</translation>
    </message>
    <message>
        <source>Problem %1 is latent: this ZFS has the bug, but nothing on this system triggers it.</source>
        <translation>Problem %1 ist latent: dieses ZFS hat den Fehler, aber nichts auf diesem System löst ihn aus.</translation>
    </message>
    <message>
        <source>Problems %1 are latent: this ZFS has the bugs, but nothing on this system triggers them.</source>
        <translation>Die Probleme %1 sind latent: dieses ZFS hat die Fehler, aber nichts auf diesem System löst sie aus.</translation>
    </message>
</context>
<context>
    <name>zd::ChangeStatus</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>wird angewendet</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>applied and read back</source>
        <translation>angewendet und zurückgelesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>undo failed</source>
        <translation>Rückgängigmachen fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>zd::CommandFailure</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>not recorded in this snapshot</source>
        <translation>nicht in diesem Snapshot aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>zd::Detectors</name>
    <message>
        <source>ZFS %1</source>
        <translation>ZFS %1</translation>
    </message>
    <message>
        <source>ZFS (version not known)</source>
        <translation>ZFS (Version nicht bekannt)</translation>
    </message>
    <message>
        <source>ZFS</source>
        <translation>ZFS</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>no zfs module and no zfs command</source>
        <translation>kein zfs-Modul und kein zfs-Befehl</translation>
    </message>
    <message>
        <source>ZFS is not installed.</source>
        <translation>ZFS ist nicht installiert.</translation>
    </message>
    <message>
        <source>ZFS kernel module</source>
        <translation>ZFS-Kernelmodul</translation>
    </message>
    <message>
        <source>the loaded module (/sys/module/zfs/version): what matters for kernel bugs</source>
        <translation>das geladene Modul (/sys/module/zfs/version): maßgeblich für Kernel-Fehler</translation>
    </message>
    <message>
        <source>from the zfs-kmod line of `zfs version`</source>
        <translation>aus der zfs-kmod-Zeile von `zfs version`</translation>
    </message>
    <message>
        <source>ZFS userland</source>
        <translation>ZFS-Userland</translation>
    </message>
    <message>
        <source>the module&apos;s own version could not be read; the userland version is used instead</source>
        <translation>die Version des Moduls selbst war nicht lesbar; stattdessen wird die Userland-Version verwendet</translation>
    </message>
    <message>
        <source>the zfs module is not loaded: the userland version stands in for the module that will load</source>
        <translation>das zfs-Modul ist nicht geladen: die Userland-Version steht für das Modul, das geladen werden wird</translation>
    </message>
    <message>
        <source>%1; affected: %2</source>
        <translation>%1; betroffen: %2</translation>
    </message>
    <message>
        <source>`direct` property</source>
        <translation>Eigenschaft `direct`</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>`zfs get direct` reports an invalid property: this ZFS predates 2.3.0</source>
        <translation>`zfs get direct` meldet eine ungültige Eigenschaft: dieses ZFS ist älter als 2.3.0</translation>
    </message>
    <message>
        <source>This ZFS has no `direct` property (it came with 2.3.0), so it has no Direct I/O code path to go wrong.</source>
        <translation>Dieses ZFS hat keine Eigenschaft `direct` (sie kam mit 2.3.0), also keinen Direct-I/O-Codepfad, der schiefgehen könnte.</translation>
    </message>
    <message>
        <source>whether ZFS is installed is not known (%1)</source>
        <translation>ob ZFS installiert ist, ist nicht bekannt (%1)</translation>
    </message>
    <message>
        <source>ZFS is installed but its version could not be read</source>
        <translation>ZFS ist installiert, aber seine Version war nicht lesbar</translation>
    </message>
    <message>
        <source>the ZFS version &quot;%1&quot; is not a version ZFS Doctor can read</source>
        <translation>die ZFS-Version „%1“ ist keine Version, die ZFS Doctor lesen kann</translation>
    </message>
    <message>
        <source>ZFS version</source>
        <translation>ZFS-Version</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>differs from the loaded module %1: the new module loads at the next reboot</source>
        <translation>weicht vom geladenen Modul %1 ab: das neue Modul wird beim nächsten Neustart geladen</translation>
    </message>
    <message>
        <source>ZFS %1 is a development build of a line the affected versions (%2) do not touch.</source>
        <translation>ZFS %1 ist ein Entwicklungs-Build einer Reihe, die die betroffenen Versionen (%2) nicht berühren.</translation>
    </message>
    <message>
        <source>a development build (%1) sorts above the releases that fixed this (%2) but may predate the fix</source>
        <translation>ein Entwicklungs-Build (%1) wird über den Versionen einsortiert, die dies behoben haben (%2), kann aber älter als die Korrektur sein</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>Entwicklungs-Build</translation>
    </message>
    <message>
        <source>ZFS %1 is outside the affected versions (%2; fixed in %3).</source>
        <translation>ZFS %1 liegt außerhalb der betroffenen Versionen (%2; behoben in %3).</translation>
    </message>
    <message>
        <source>%1 is in the affected range, but TrueNAS builds carry backports under upstream version numbers; nothing here triggers it: %2.</source>
        <translation>%1 liegt im betroffenen Bereich, aber TrueNAS-Builds enthalten Backports unter Upstream-Versionsnummern; hier löst es nichts aus: %2.</translation>
    </message>
    <message>
        <source>Latent: %1 has this bug, but nothing here triggers it: %2.</source>
        <translation>Latent: %1 hat diesen Fehler, aber hier löst ihn nichts aus: %2.</translation>
    </message>
    <message>
        <source>%1 is a development build that may or may not have this bug; nothing here triggers it: %2.</source>
        <translation>%1 ist ein Entwicklungs-Build, der diesen Fehler haben kann oder nicht; hier löst ihn nichts aus: %2.</translation>
    </message>
    <message>
        <source>Nothing here triggers it: %1 (%2).</source>
        <translation>Hier löst es nichts aus: %1 (%2).</translation>
    </message>
    <message>
        <source>%1, but %2. Run `zfs version` (or read /sys/module/zfs/version) on the system.</source>
        <translation>%1, aber %2. Führen Sie auf dem System `zfs version` aus (oder lesen Sie /sys/module/zfs/version).</translation>
    </message>
    <message>
        <source>%1, and %2: whether it has the bug depends on the commit it was built from.</source>
        <translation>%1, und %2: ob er den Fehler hat, hängt vom Commit ab, aus dem er gebaut wurde.</translation>
    </message>
    <message>
        <source>%1 is in the affected range and %2, but this is unconfirmed on TrueNAS: its builds carry iXsystems backports under upstream version numbers. A probe or the symptom in the kernel log would settle it.</source>
        <translation>%1 liegt im betroffenen Bereich und %2, aber auf TrueNAS ist das unbestätigt: seine Builds enthalten Backports von iXsystems unter Upstream-Versionsnummern. Ein Test oder das Symptom im Kernel-Log würde es klären.</translation>
    </message>
    <message>
        <source>its upstream level is not known</source>
        <translation>sein Upstream-Stand ist nicht bekannt</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 oder später</translation>
    </message>
    <message>
        <source>upstream level not known: %1</source>
        <translation>Upstream-Stand nicht bekannt: %1</translation>
    </message>
    <message>
        <source>upstream %1, from %2</source>
        <translation>Upstream %1, aus %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the default boot entry (%1)</source>
        <translation>der Standard-Booteintrag (%1)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>%1; assuming the default (1)</source>
        <translation>%1; Standardwert (1) angenommen</translation>
    </message>
    <message>
        <source>parameter not found; assuming the default (1)</source>
        <translation>Parameter nicht gefunden; Standardwert (1) angenommen</translation>
    </message>
    <message>
        <source>module not loaded; assuming the default (1)</source>
        <translation>Modul nicht geladen; Standardwert (1) angenommen</translation>
    </message>
    <message>
        <source>Direct I/O is enabled</source>
        <translation>Direct I/O ist eingeschaltet</translation>
    </message>
    <message>
        <source>Direct I/O is off module-wide: every dataset acts as direct=disabled</source>
        <translation>Direct I/O ist modulweit aus: jedes Dataset verhält sich wie direct=disabled</translation>
    </message>
    <message>
        <source>probe %1 on %2</source>
        <translation>Test %1 auf %2</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>reproduces the mechanism: %1</source>
        <translation>reproduziert den Mechanismus: %1</translation>
    </message>
    <message>
        <source>succeeded (%1 bytes)</source>
        <translation>erfolgreich (%1 Bytes)</translation>
    </message>
    <message>
        <source>not reproduced on this dataset: %1</source>
        <translation>auf diesem Dataset nicht reproduziert: %1</translation>
    </message>
    <message>
        <source>an error this problem does not explain: %1</source>
        <translation>ein Fehler, den dieses Problem nicht erklärt: %1</translation>
    </message>
    <message>
        <source>seen in the kernel log</source>
        <translation>im Kernel-Log gesehen</translation>
    </message>
    <message>
        <source>unaffected kernel installed</source>
        <translation>nicht betroffener Kernel installiert</translation>
    </message>
    <message>
        <source>the running kernel: pin it and keep booting it</source>
        <translation>der laufende Kernel: festhalten und weiter booten</translation>
    </message>
    <message>
        <source>without the change: can be pinned and booted by default</source>
        <translation>ohne die Änderung: kann festgehalten und als Standard gebootet werden</translation>
    </message>
    <message>
        <source>6.8 or later: copy_file_range fails here</source>
        <translation>6.8 oder später: copy_file_range scheitert hier</translation>
    </message>
    <message>
        <source>older than 6.8</source>
        <translation>älter als 6.8</translation>
    </message>
    <message>
        <source>whether it is 6.8 or later is not known</source>
        <translation>ob er 6.8 oder später ist, ist nicht bekannt</translation>
    </message>
    <message>
        <source>running kernel</source>
        <translation>laufender Kernel</translation>
    </message>
    <message>
        <source>%1 on kernel %2: copy_file_range returned EOPNOTSUPP on %3.</source>
        <translation>%1 auf Kernel %2: copy_file_range lieferte EOPNOTSUPP auf %3.</translation>
    </message>
    <message>
        <source>%1 is in the affected range, but copy_file_range of a range cloning cannot satisfy worked in the probe: this build carries the fix.</source>
        <translation>%1 liegt im betroffenen Bereich, aber copy_file_range eines Bereichs, den Klonen nicht bedienen kann, funktionierte im Test: dieser Build enthält die Korrektur.</translation>
    </message>
    <message>
        <source>distribution build</source>
        <translation>Distributions-Build</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s 2.2.2 build copies without EOPNOTSUPP on its 6.8 kernels (coreutils/coreutils#122); the copy-file-range probe confirms it here</source>
        <translation>Ubuntus 2.2.2-Build kopiert auf seinen 6.8-Kerneln ohne EOPNOTSUPP (coreutils/coreutils#122); der Test copy-file-range bestätigt das hier</translation>
    </message>
    <message>
        <source>%1 is Ubuntu&apos;s build, which carries the fix on its 6.8 kernels (reported: 202,774 copy_file_range calls without an error); the copy-file-range probe checks this machine.</source>
        <translation>%1 ist Ubuntus Build, der auf seinen 6.8-Kerneln die Korrektur enthält (gemeldet: 202.774 copy_file_range-Aufrufe ohne Fehler); der Test copy-file-range prüft diese Maschine.</translation>
    </message>
    <message>
        <source>kernel %1 (upstream %2) is 6.8 or later, and cp and installers copy with copy_file_range</source>
        <translation>Kernel %1 (Upstream %2) ist 6.8 oder später, und cp sowie Installationsprogramme kopieren mit copy_file_range</translation>
    </message>
    <message>
        <source>the next copy of a file on ZFS</source>
        <translation>die nächste Kopie einer Datei auf ZFS</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3): copy_file_range fails with &quot;Operation not supported&quot; whenever ZFS cannot clone the range (cp, installers, systemd-sysusers and IDEs use it).</source>
        <translation>%1 auf Kernel %2 (Upstream %3): copy_file_range scheitert mit „Operation not supported“, sobald ZFS den Bereich nicht klonen kann (cp, Installationsprogramme, systemd-sysusers und IDEs nutzen es).</translation>
    </message>
    <message>
        <source>%1 has this bug on kernels from 6.8 on, but the upstream level of kernel %2 is not known: %3.</source>
        <translation>%1 hat diesen Fehler auf Kerneln ab 6.8, aber der Upstream-Stand von Kernel %2 ist nicht bekannt: %3.</translation>
    </message>
    <message>
        <source>the next boot starts kernel %1 (upstream %2), where copy_file_range fails</source>
        <translation>der nächste Start bootet Kernel %1 (Upstream %2), auf dem copy_file_range scheitert</translation>
    </message>
    <message>
        <source>next boot</source>
        <translation>nächster Start</translation>
    </message>
    <message>
        <source>%1 breaks copy_file_range on Linux 6.8 and newer; the running kernel is older, the next boot&apos;s is not.</source>
        <translation>%1 macht copy_file_range auf Linux 6.8 und neuer kaputt; der laufende Kernel ist älter, der des nächsten Starts nicht.</translation>
    </message>
    <message>
        <source>%1 has this bug on kernels from 6.8 on; the running kernel is older, but the upstream level of %2, which the next boot starts (%3), is not known: %4.</source>
        <translation>%1 hat diesen Fehler auf Kerneln ab 6.8; der laufende Kernel ist älter, aber der Upstream-Stand von %2, den der nächste Start bootet (%3), ist nicht bekannt: %4.</translation>
    </message>
    <message>
        <source>the running kernel %1 (upstream %2) and the next boot&apos;s are older than 6.8</source>
        <translation>der laufende Kernel %1 (Upstream %2) und der des nächsten Starts sind älter als 6.8</translation>
    </message>
    <message>
        <source>%1 Which commit fixed it is UNCONFIRMED (most likely PR #17006 in 2.3.1; 2.3.2 did not reproduce it).</source>
        <translation>%1 Welcher Commit es behoben hat, ist UNBESTÄTIGT (sehr wahrscheinlich PR #17006 in 2.3.1; 2.3.2 reproduzierte es nicht).</translation>
    </message>
    <message>
        <source>Direct I/O is off module-wide (zfs_dio_enabled=0)</source>
        <translation>Direct I/O ist modulweit aus (zfs_dio_enabled=0)</translation>
    </message>
    <message>
        <source>direct on %1</source>
        <translation>direct auf %1</translation>
    </message>
    <message>
        <source>not mounted: nothing copies files there</source>
        <translation>nicht eingehängt: dort kopiert nichts Dateien</translation>
    </message>
    <message>
        <source>unaligned copy_file_range here can fail with EAGAIN</source>
        <translation>nicht ausgerichtetes copy_file_range kann hier mit EAGAIN scheitern</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether a dataset uses direct=always is not known: %2.</source>
        <translation>%1 kann diesen Fehler haben, und ob ein Dataset direct=always verwendet, ist nicht bekannt: %2.</translation>
    </message>
    <message>
        <source>no mounted dataset uses direct=always</source>
        <translation>kein eingehängtes Dataset verwendet direct=always</translation>
    </message>
    <message>
        <source>%1 uses direct=always</source>
        <translation>%1 verwendet direct=always</translation>
    </message>
    <message>
        <source>%1 use direct=always</source>
        <translation>%1 verwenden direct=always</translation>
    </message>
    <message>
        <source>affected kernels: %1</source>
        <translation>betroffene Kernel: %1</translation>
    </message>
    <message>
        <source>%1 and %2, but whether kernel %3 is in the reported range (%4) is not known: %5.</source>
        <translation>%1 und %2, aber ob Kernel %3 im gemeldeten Bereich (%4) liegt, ist nicht bekannt: %5.</translation>
    </message>
    <message>
        <source>%1, but kernel %2 is outside the reported range (%3)</source>
        <translation>%1, aber Kernel %2 liegt außerhalb des gemeldeten Bereichs (%3)</translation>
    </message>
    <message>
        <source>the next copy_file_range of an unaligned range on %1</source>
        <translation>das nächste copy_file_range eines nicht ausgerichteten Bereichs auf %1</translation>
    </message>
    <message>
        <source>%1 with direct=always on %2: copy_file_range of a range that is not recordsize-aligned can fail with &quot;Resource temporarily unavailable&quot; (EAGAIN).</source>
        <translation>%1 mit direct=always auf %2: copy_file_range eines Bereichs, der nicht an der recordsize ausgerichtet ist, kann mit „Resource temporarily unavailable“ (EAGAIN) scheitern.</translation>
    </message>
    <message>
        <source>the loop devices (%1)</source>
        <translation>die Loop-Geräte (%1)</translation>
    </message>
    <message>
        <source>%1 (the file system of %2 is not known)</source>
        <translation>%1 (das Dateisystem von %2 ist nicht bekannt)</translation>
    </message>
    <message>
        <source>loop device %1</source>
        <translation>Loop-Gerät %1</translation>
    </message>
    <message>
        <source>%1 (dataset %2: `direct` not known)</source>
        <translation>%1 (Dataset %2: `direct` nicht bekannt)</translation>
    </message>
    <message>
        <source>backing file %1 on %2, direct=%3</source>
        <translation>Backing-Datei %1 auf %2, direct=%3</translation>
    </message>
    <message>
        <source>any I/O through it can oops the kernel</source>
        <translation>jede I/O darüber kann einen Kernel-Oops auslösen</translation>
    </message>
    <message>
        <source>%1 on %2 (whether it uses direct I/O is not known)</source>
        <translation>%1 auf %2 (ob es Direct I/O verwendet, ist nicht bekannt)</translation>
    </message>
    <message>
        <source>dio=1, backing file %1 on %2, direct=standard</source>
        <translation>dio=1, Backing-Datei %1 auf %2, direct=standard</translation>
    </message>
    <message>
        <source>UNCONFIRMED: 2.3.0 pins pages for every iterator type, so its O_DIRECT requests may reach the same crash</source>
        <translation>UNBESTÄTIGT: 2.3.0 hält Seiten für jeden Iterator-Typ fest, daher können seine O_DIRECT-Anfragen denselben Absturz erreichen</translation>
    </message>
    <message>
        <source>%1 attaches %2 (on %3, direct=always) as a loop device</source>
        <translation>%1 hängt %2 (auf %3, direct=always) als Loop-Gerät an</translation>
    </message>
    <message>
        <source>kernel oops</source>
        <translation>Kernel-Oops</translation>
    </message>
    <message>
        <source>loop devices are backed by direct=always datasets (%1)</source>
        <translation>Loop-Geräte liegen auf Datasets mit direct=always (%1)</translation>
    </message>
    <message>
        <source>the next I/O through %1</source>
        <translation>die nächste I/O über %1</translation>
    </message>
    <message>
        <source>%1: %2; reading or writing through them can crash the kernel (NULL pointer dereference).</source>
        <translation>%1: %2; Lesen oder Schreiben darüber kann den Kernel zum Absturz bringen (NULL-Zeiger-Dereferenzierung).</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether anything here triggers it is not known: %2.</source>
        <translation>%1 kann diesen Fehler haben, und ob ihn hier etwas auslöst, ist nicht bekannt: %2.</translation>
    </message>
    <message>
        <source>the next I/O through %1, a direct-I/O loop device on a direct=standard dataset</source>
        <translation>die nächste I/O über %1, ein Direct-I/O-Loop-Gerät auf einem Dataset mit direct=standard</translation>
    </message>
    <message>
        <source>%1: a loop device on a direct=always dataset oopses the kernel; one is set up to be attached.</source>
        <translation>%1: ein Loop-Gerät auf einem Dataset mit direct=always löst einen Kernel-Oops aus; eines ist zum Anhängen eingerichtet.</translation>
    </message>
    <message>
        <source>%1 pins pages for every iterator type, so O_DIRECT requests of %2 may crash the kernel like a loop device on a direct=always dataset (UNCONFIRMED).</source>
        <translation>%1 hält Seiten für jeden Iterator-Typ fest, daher können O_DIRECT-Anfragen von %2 den Kernel zum Absturz bringen wie ein Loop-Gerät auf einem Dataset mit direct=always (UNBESTÄTIGT).</translation>
    </message>
    <message>
        <source>no loop device sits on a direct=always dataset, and no direct-I/O loop device on a direct=standard one</source>
        <translation>kein Loop-Gerät liegt auf einem Dataset mit direct=always und kein Direct-I/O-Loop-Gerät auf einem mit direct=standard</translation>
    </message>
    <message>
        <source>carries the loop change</source>
        <translation>enthält die Loop-Änderung</translation>
    </message>
    <message>
        <source>does not carry the loop change</source>
        <translation>enthält die Loop-Änderung nicht</translation>
    </message>
    <message>
        <source>whether it carries the loop change is not known</source>
        <translation>ob er die Loop-Änderung enthält, ist nicht bekannt</translation>
    </message>
    <message>
        <source>backing file %1 on %2, read-only</source>
        <translation>Backing-Datei %1 auf %2, nur lesbar</translation>
    </message>
    <message>
        <source>reads through a loop device do not hang: not a trigger</source>
        <translation>Lesen über ein Loop-Gerät hängt nicht: kein Auslöser</translation>
    </message>
    <message>
        <source>%1 on %2 (whether it is read-only and uses direct I/O is not known)</source>
        <translation>%1 auf %2 (ob es nur lesbar ist und Direct I/O verwendet, ist nicht bekannt)</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, buffered (dio=0)</source>
        <translation>Backing-Datei %1 auf %2, beschreibbar, gepuffert (dio=0)</translation>
    </message>
    <message>
        <source>writes take the loop driver&apos;s buffered path</source>
        <translation>Schreibvorgänge nehmen den gepufferten Pfad des Loop-Treibers</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, direct I/O (dio=1), direct=%3</source>
        <translation>Backing-Datei %1 auf %2, beschreibbar, Direct I/O (dio=1), direct=%3</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, direct I/O (dio=1)</source>
        <translation>Backing-Datei %1 auf %2, beschreibbar, Direct I/O (dio=1)</translation>
    </message>
    <message>
        <source>writes ZFS takes as Direct I/O crash the kernel; the others take ZFS&apos;s buffered path and hang</source>
        <translation>Schreibvorgänge, die ZFS als Direct I/O ausführt, bringen den Kernel zum Absturz; die übrigen nehmen den gepufferten Pfad von ZFS und hängen</translation>
    </message>
    <message>
        <source>writes take ZFS&apos;s buffered path with the iterator&apos;s offset and hang</source>
        <translation>Schreibvorgänge nehmen den gepufferten Pfad von ZFS mit dem Offset des Iterators und hängen</translation>
    </message>
    <message>
        <source>the loop devices /etc/fstab sets up (%1)</source>
        <translation>die Loop-Geräte, die /etc/fstab einrichtet (%1)</translation>
    </message>
    <message>
        <source>%1 attaches %2 as a loop device</source>
        <translation>%1 hängt %2 als Loop-Gerät an</translation>
    </message>
    <message>
        <source>configured loop device</source>
        <translation>eingerichtetes Loop-Gerät</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>mounted writable at boot or by `mount -a`, through a buffered loop device</source>
        <translation>beim Booten oder durch `mount -a` beschreibbar eingehängt, über ein gepuffertes Loop-Gerät</translation>
    </message>
    <message>
        <source>hung task</source>
        <translation>hängender Task</translation>
    </message>
    <message>
        <source>loop writes stuck in ZFS</source>
        <translation>Loop-Schreibvorgänge hängen in ZFS</translation>
    </message>
    <message>
        <source>%1 writes through a direct-I/O loop device on ZFS</source>
        <translation>%1 schreibt über ein Direct-I/O-Loop-Gerät auf ZFS</translation>
    </message>
    <message>
        <source>the next write through %1</source>
        <translation>der nächste Schreibvorgang über %1</translation>
    </message>
    <message>
        <source> Writes through buffered %1 hang as well on this kernel.</source>
        <translation> Schreibvorgänge über das gepufferte %1 hängen auf diesem Kernel ebenfalls.</translation>
    </message>
    <message>
        <source>%1: writes through %2, a writable direct-I/O loop device, crash the kernel (general protection fault in ZFS&apos;s Direct I/O write path) or hang the loop worker, whichever path ZFS gives a write, on any kernel (reproduced on 6.1 and 6.12). direct=disabled or zfs_dio_enabled=0 only turn the crash into the hang.%3</source>
        <translation>%1: Schreibvorgänge über %2, ein beschreibbares Direct-I/O-Loop-Gerät, bringen den Kernel zum Absturz (General Protection Fault im Direct-I/O-Schreibpfad von ZFS) oder lassen den Loop-Worker hängen – je nachdem, welchen Pfad ZFS einem Schreibvorgang gibt –, auf jedem Kernel (nachgestellt auf 6.1 und 6.12). direct=disabled oder zfs_dio_enabled=0 machen aus dem Absturz nur das Hängen.%3</translation>
    </message>
    <message>
        <source>%1: writes through %2, a writable direct-I/O loop device, can hang the loop worker on any kernel: the loop driver&apos;s direct-I/O path hands ZFS iterators with an offset (reproduced with ZFS 2.1.11 and 2.3.2 on kernels 6.1 and 6.12).%3</source>
        <translation>%1: Schreibvorgänge über %2, ein beschreibbares Direct-I/O-Loop-Gerät, können auf jedem Kernel den Loop-Worker hängen lassen: der Direct-I/O-Pfad des Loop-Treibers übergibt ZFS Iteratoren mit einem Offset (nachgestellt mit ZFS 2.1.11 und 2.3.2 auf den Kerneln 6.1 und 6.12).%3</translation>
    </message>
    <message>
        <source>%1 writes through a buffered loop device on ZFS</source>
        <translation>%1 schreibt über ein gepuffertes Loop-Gerät auf ZFS</translation>
    </message>
    <message>
        <source>%1 and %2, but whether the running kernel %3 carries the loop change that makes it hang is not known: %4.</source>
        <translation>%1 und %2, aber ob der laufende Kernel %3 die Loop-Änderung enthält, die es hängen lässt, ist nicht bekannt: %4.</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3, with the loop change): writes through %4 can hang the loop worker and every writer behind it, or, more rarely, crash the kernel (the same bug caught by hardened usercopy); only a hard reboot recovers.</source>
        <translation>%1 auf Kernel %2 (Upstream %3, mit der Loop-Änderung): Schreibvorgänge über %4 können den Loop-Worker und jeden Schreiber dahinter hängen lassen oder, seltener, den Kernel zum Absturz bringen (derselbe Fehler, von Hardened Usercopy abgefangen); nur ein harter Neustart hilft.</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3, with the loop change): writes through that loop device will hang once it is attached.</source>
        <translation>%1 auf Kernel %2 (Upstream %3, mit der Loop-Änderung): Schreibvorgänge über dieses Loop-Gerät werden hängen, sobald es angehängt ist.</translation>
    </message>
    <message>
        <source>%1 and %2; the running kernel lacks the loop change, but whether %3, which the next boot starts (%4), carries it is not known: %5.</source>
        <translation>%1 und %2; dem laufenden Kernel fehlt die Loop-Änderung, aber ob %3, den der nächste Start bootet (%4), sie enthält, ist nicht bekannt: %5.</translation>
    </message>
    <message>
        <source>the next boot starts kernel %1 (upstream %2), which carries the loop change</source>
        <translation>der nächste Start bootet Kernel %1 (Upstream %2), der die Loop-Änderung enthält</translation>
    </message>
    <message>
        <source>%1 and %2: the running kernel %3 lacks the loop change, but after the next boot writes there can hang.</source>
        <translation>%1 und %2: dem laufenden Kernel %3 fehlt die Loop-Änderung, aber nach dem nächsten Start können Schreibvorgänge dort hängen.</translation>
    </message>
    <message>
        <source>%1, but the running kernel %2 (upstream %3) and the next boot&apos;s lack the loop change that makes it hang</source>
        <translation>%1, aber dem laufenden Kernel %2 (Upstream %3) und dem des nächsten Starts fehlt die Loop-Änderung, die es hängen lässt</translation>
    </message>
    <message>
        <source>no writable loop device on ZFS is attached or set up in /etc/fstab</source>
        <translation>kein beschreibbares Loop-Gerät auf ZFS ist angehängt oder in /etc/fstab eingerichtet</translation>
    </message>
    <message>
        <source>%1 (its file system is not known)</source>
        <translation>%1 (sein Dateisystem ist nicht bekannt)</translation>
    </message>
    <message>
        <source>on %1, direct=%2</source>
        <translation>auf %1, direct=%2</translation>
    </message>
    <message>
        <source>misaligned reads are served through the ARC here</source>
        <translation>nicht ausgerichtete Lesezugriffe werden hier über den ARC bedient</translation>
    </message>
    <message>
        <source>the probe did not reproduce EINVAL on this dataset</source>
        <translation>der Test hat EINVAL auf diesem Dataset nicht reproduziert</translation>
    </message>
    <message>
        <source>%1 on %2 (its logical block size, /sys/block/%3/queue/logical_block_size, is not known)</source>
        <translation>%1 auf %2 (seine logische Blockgröße, /sys/block/%3/queue/logical_block_size, ist nicht bekannt)</translation>
    </message>
    <message>
        <source>dio=1, %1-byte sectors, on %2 (direct=standard)</source>
        <translation>dio=1, %1-Byte-Sektoren, auf %2 (direct=standard)</translation>
    </message>
    <message>
        <source>its requests are page-aligned: no EINVAL</source>
        <translation>seine Anfragen sind an Seitengrenzen ausgerichtet: kein EINVAL</translation>
    </message>
    <message>
        <source>the next read through %1</source>
        <translation>der nächste Lesezugriff über %1</translation>
    </message>
    <message>
        <source>dio=1, %1-byte sectors, backing file %2 on %3 (direct=standard)</source>
        <translation>dio=1, %1-Byte-Sektoren, Backing-Datei %2 auf %3 (direct=standard)</translation>
    </message>
    <message>
        <source>unaligned reads through it fail with EINVAL</source>
        <translation>nicht ausgerichtete Lesezugriffe darüber scheitern mit EINVAL</translation>
    </message>
    <message>
        <source>SYSTEMD_LOOP_DIRECT_IO for systemd-sysext</source>
        <translation>SYSTEMD_LOOP_DIRECT_IO für systemd-sysext</translation>
    </message>
    <message>
        <source>set by %1: sysext attaches images without direct I/O (not in the initrd, and only for loop devices created after it was set)</source>
        <translation>gesetzt von %1: sysext hängt Images ohne Direct I/O an (nicht in der initrd und nur für Loop-Geräte, die nach dem Setzen angelegt wurden)</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>eine unbekannte Quelle</translation>
    </message>
    <message>
        <source>systemd-sysext&apos;s images (%1)</source>
        <translation>die Images von systemd-sysext (%1)</translation>
    </message>
    <message>
        <source>sysext image %1</source>
        <translation>sysext-Image %1</translation>
    </message>
    <message>
        <source>the next systemd-sysext merge of %1</source>
        <translation>das nächste systemd-sysext merge von %1</translation>
    </message>
    <message>
        <source>on %1 (direct=standard)</source>
        <translation>auf %1 (direct=standard)</translation>
    </message>
    <message>
        <source>systemd-sysext attaches it with direct I/O; squashfs reads fail</source>
        <translation>systemd-sysext hängt es mit Direct I/O an; squashfs-Lesezugriffe scheitern</translation>
    </message>
    <message>
        <source>systemd-sysext.service is enabled and %1 is on %2 (direct=standard): the next image placed there fails to merge</source>
        <translation>systemd-sysext.service ist aktiviert und %1 liegt auf %2 (direct=standard): das nächste dort abgelegte Image lässt sich nicht einbinden</translation>
    </message>
    <message>
        <source>sysext directory %1</source>
        <translation>sysext-Verzeichnis %1</translation>
    </message>
    <message>
        <source>on %1 (direct=standard), systemd-sysext.service enabled (%2)</source>
        <translation>auf %1 (direct=standard), systemd-sysext.service aktiviert (%2)</translation>
    </message>
    <message>
        <source>an image placed here would fail to merge</source>
        <translation>ein hier abgelegtes Image ließe sich nicht einbinden</translation>
    </message>
    <message>
        <source>squashfs read error</source>
        <translation>squashfs-Lesefehler</translation>
    </message>
    <message>
        <source>%1 reads through a direct=standard dataset</source>
        <translation>%1 liest über ein Dataset mit direct=standard</translation>
    </message>
    <message>
        <source>%1 rejects unaligned O_DIRECT reads on direct=standard datasets, and this reads through that path: %2.</source>
        <translation>%1 weist nicht ausgerichtete O_DIRECT-Lesezugriffe auf Datasets mit direct=standard ab, und dies liest über diesen Pfad: %2.</translation>
    </message>
    <message>
        <source>%1 rejects unaligned O_DIRECT reads on direct=standard datasets; no image is there yet.</source>
        <translation>%1 weist nicht ausgerichtete O_DIRECT-Lesezugriffe auf Datasets mit direct=standard ab; dort liegt noch kein Image.</translation>
    </message>
    <message>
        <source>no sysext image and no direct-I/O loop device with sectors smaller than a page is on a direct=standard dataset</source>
        <translation>kein sysext-Image und kein Direct-I/O-Loop-Gerät mit Sektoren kleiner als eine Seite liegt auf einem Dataset mit direct=standard</translation>
    </message>
    <message>
        <source>the TrueNAS image</source>
        <translation>dem TrueNAS-Image</translation>
    </message>
    <message>
        <source>each Proxmox VE kernel package</source>
        <translation>jedem Kernelpaket von Proxmox VE</translation>
    </message>
    <message>
        <source>each Ubuntu kernel&apos;s linux-modules package</source>
        <translation>dem linux-modules-Paket jedes Ubuntu-Kernels</translation>
    </message>
    <message>
        <source>zfs modules</source>
        <translation>zfs-Module</translation>
    </message>
    <message>
        <source>come with %1</source>
        <translation>kommen mit %1</translation>
    </message>
    <message>
        <source>nothing builds a module: a kernel has ZFS when its /lib/modules holds one</source>
        <translation>nichts baut ein Modul: Ein Kernel hat ZFS, wenn sein /lib/modules eines enthält</translation>
    </message>
    <message>
        <source>the installed ZFS version could not be read</source>
        <translation>die installierte ZFS-Version war nicht lesbar</translation>
    </message>
    <message>
        <source>ZFS that builds the modules</source>
        <translation>ZFS, das die Module baut</translation>
    </message>
    <message>
        <source>the installed package that builds the modules (dpkg)</source>
        <translation>das installierte Paket, das die Module baut (dpkg)</translation>
    </message>
    <message>
        <source>the installed zfs tools (`zfs version`); their zfs-dkms or akmod package has the same version</source>
        <translation>die installierten zfs-Werkzeuge (`zfs version`); ihr zfs-dkms- oder akmod-Paket hat dieselbe Version</translation>
    </message>
    <message>
        <source>which kernels ZFS %1 supports is not in the knowledge base</source>
        <translation>welche Kernel ZFS %1 unterstützt, steht nicht in der Wissensbasis</translation>
    </message>
    <message>
        <source>which kernels ZFS %1 supports is not in the knowledge base (it lists the releases %2 to %3)</source>
        <translation>welche Kernel ZFS %1 unterstützt, steht nicht in der Wissensbasis (sie führt die Versionen %2 bis %3)</translation>
    </message>
    <message>
        <source>kernels ZFS %1 supports</source>
        <translation>von ZFS %1 unterstützte Kernel</translation>
    </message>
    <message>
        <source>Linux %1 to %2.x</source>
        <translation>Linux %1 bis %2.x</translation>
    </message>
    <message>
        <source>has a zfs module</source>
        <translation>hat ein zfs-Modul</translation>
    </message>
    <message>
        <source>has a zfs module (%1)</source>
        <translation>hat ein zfs-Modul (%1)</translation>
    </message>
    <message>
        <source>whether /lib/modules/%1 holds a zfs module could not be read</source>
        <translation>ob /lib/modules/%1 ein zfs-Modul enthält, war nicht lesbar</translation>
    </message>
    <message>
        <source>has no zfs module, and nothing here builds one</source>
        <translation>hat kein zfs-Modul, und hier baut nichts eines</translation>
    </message>
    <message>
        <source>has no zfs module, and %1</source>
        <translation>hat kein zfs-Modul, und %1</translation>
    </message>
    <message>
        <source>ZFS %1 supports Linux %2 to %3.x</source>
        <translation>ZFS %1 unterstützt Linux %2 bis %3.x</translation>
    </message>
    <message>
        <source>has no zfs module and is unsupported: %1, so a build may fail</source>
        <translation>hat kein zfs-Modul und wird nicht unterstützt: %1, ein Build kann also fehlschlagen</translation>
    </message>
    <message>
        <source>has no zfs module, and none can be built: %1, and since 2.3.0 its build refuses any other kernel</source>
        <translation>hat kein zfs-Modul, und keines kann gebaut werden: %1, und seit 2.3.0 verweigert sein Build jeden anderen Kernel</translation>
    </message>
    <message>
        <source>has no zfs module, and whether it is supported is not known: its upstream level is not known (%1)</source>
        <translation>hat kein zfs-Modul, und ob er unterstützt wird, ist nicht bekannt: sein Upstream-Stand ist nicht bekannt (%1)</translation>
    </message>
    <message>
        <source>Check with `dkms status` and `ls /lib/modules/%1/build/include` (the headers a build needs); `sudo dkms autoinstall -k %1` (or `sudo akmods --force --kernels %1`) builds the module now.</source>
        <translation>Prüfen Sie mit `dkms status` und `ls /lib/modules/%1/build/include` (die Header, die ein Build braucht); `sudo dkms autoinstall -k %1` (oder `sudo akmods --force --kernels %1`) baut das Modul sofort.</translation>
    </message>
    <message>
        <source> Pools that would not import: %1.</source>
        <translation> Pools, die nicht importiert würden: %1.</translation>
    </message>
    <message>
        <source> The root file system is on ZFS (%1): the system would not start.</source>
        <translation> Das Wurzeldateisystem liegt auf ZFS (%1): Das System würde nicht starten.</translation>
    </message>
    <message>
        <source>first release supporting %1</source>
        <translation>erste Version, die %1 unterstützt</translation>
    </message>
    <message>
        <source>none in the knowledge base yet</source>
        <translation>noch keine in der Wissensbasis</translation>
    </message>
    <message>
        <source>from the META files of the releases</source>
        <translation>aus den META-Dateien der Versionen</translation>
    </message>
    <message>
        <source>Whether ZFS is installed is not known (%1).</source>
        <translation>Ob ZFS installiert ist, ist nicht bekannt (%1).</translation>
    </message>
    <message>
        <source>The installed kernels and their zfs modules are not known: %1</source>
        <translation>Die installierten Kernel und ihre zfs-Module sind nicht bekannt: %1</translation>
    </message>
    <message>
        <source>This boot has no ZFS: kernel %1 %2, and the zfs module is not loaded.%3</source>
        <translation>Dieser Start hat kein ZFS: Kernel %1 %2, und das zfs-Modul ist nicht geladen.%3</translation>
    </message>
    <message>
        <source>the running kernel: no newer kernel is installed</source>
        <translation>der laufende Kernel: kein neuerer Kernel ist installiert</translation>
    </message>
    <message>
        <source>the default entry names %1, which is not installed</source>
        <translation>der Standardeintrag nennt %1, der nicht installiert ist</translation>
    </message>
    <message>
        <source>the running kernel %1 is not among the installed kernels</source>
        <translation>der laufende Kernel %1 ist nicht unter den installierten Kerneln</translation>
    </message>
    <message>
        <source>Which kernel the next boot starts is not known (%1).</source>
        <translation>Welchen Kernel der nächste Start bootet, ist nicht bekannt (%1).</translation>
    </message>
    <message>
        <source>No ZFS after the next reboot: it starts kernel %1 (%2), which %3.%4</source>
        <translation>Nach dem nächsten Neustart kein ZFS: Er startet Kernel %1 (%2); dieser %3.%4</translation>
    </message>
    <message>
        <source>Whether the next boot has ZFS is not known: it starts kernel %1 (%2), which %3. %4</source>
        <translation>Ob der nächste Start ZFS hat, ist nicht bekannt: Er startet Kernel %1 (%2); dieser %3. %4</translation>
    </message>
    <message>
        <source>newer installed kernel</source>
        <translation>neuerer installierter Kernel</translation>
    </message>
    <message>
        <source>kernel %1 %2. %3</source>
        <translation>Kernel %1 %2. %3</translation>
    </message>
    <message>
        <source>booting kernel %1 (installed, not the default)</source>
        <translation>Kernel %1 starten (installiert, nicht der Standard)</translation>
    </message>
    <message>
        <source>Kernel %1 is installed but %2: booting it (choosing it in the boot menu) would start without ZFS.%3</source>
        <translation>Kernel %1 ist installiert, %2: Ihn zu starten (im Bootmenü ausgewählt) hieße, ohne ZFS zu starten.%3</translation>
    </message>
    <message>
        <source>Whether newer installed kernels have ZFS is not known: %1</source>
        <translation>Ob neuere installierte Kernel ZFS haben, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>%1 patches its ZFS packages without changing the version</source>
        <translation>%1 patcht seine ZFS-Pakete, ohne die Version zu ändern</translation>
    </message>
    <message>
        <source>%1 patched its ZFS packages (the fix, or the tunable at 0) without changing the version, so %2 does not tell whether this build carries the fix (openzfs/zfs#15571); the package&apos;s changelog or the distribution&apos;s advisory for CVE-2023-49298 does</source>
        <translation>%1 hat seine ZFS-Pakete gepatcht (mit der Korrektur oder dem Parameter auf 0), ohne die Version zu ändern; %2 sagt daher nicht, ob dieser Build die Korrektur (openzfs/zfs#15571) enthält – das sagen das Changelog des Pakets oder der Sicherheitshinweis der Distribution zu CVE-2023-49298</translation>
    </message>
    <message>
        <source>a Debian update whose content ZFS Doctor does not know</source>
        <translation>ein Debian-Update, dessen Inhalt ZFS Doctor nicht kennt</translation>
    </message>
    <message>
        <source>whether Debian&apos;s build %1 carries the fix (openzfs/zfs#15571) is not known; `apt changelog zfsutils-linux` says whether it mentions CVE-2023-49298</source>
        <translation>ob Debians Build %1 die Korrektur (openzfs/zfs#15571) enthält, ist nicht bekannt; `apt changelog zfsutils-linux` zeigt, ob CVE-2023-49298 erwähnt wird</translation>
    </message>
    <message>
        <source>the zfs module of kernel %1 (%2), built on %3, before the fix existed</source>
        <translation>das zfs-Modul von Kernel %1 (%2), gebaut am %3, bevor es die Korrektur gab</translation>
    </message>
    <message>
        <source>the zfs module of kernel %1, built on %2, after the fix existed</source>
        <translation>das zfs-Modul von Kernel %1, gebaut am %2, nachdem es die Korrektur gab</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s build; when it was built is not known</source>
        <translation>Ubuntus Build; wann er gebaut wurde, ist nicht bekannt</translation>
    </message>
    <message>
        <source>whether Ubuntu&apos;s build %1 carries the fix (openzfs/zfs#15571) is not established; `apt changelog zfsutils-linux` (or the changelog of the kernel package, which carries the module) says whether it mentions CVE-2023-49298</source>
        <translation>ob Ubuntus Build %1 die Korrektur (openzfs/zfs#15571) enthält, ist nicht belegt; `apt changelog zfsutils-linux` (oder das Changelog des Kernelpakets, das das Modul enthält) zeigt, ob CVE-2023-49298 erwähnt wird</translation>
    </message>
    <message>
        <source>Debian 12&apos;s 2.1.11-1+deb12u1 and later carry the fix as a patch</source>
        <translation>Debian 12 enthält die Korrektur ab 2.1.11-1+deb12u1 als Patch</translation>
    </message>
    <message>
        <source>%1 is Debian&apos;s build with the fix (openzfs/zfs#15571, patch 0028 since 2.1.11-1+deb12u1).</source>
        <translation>%1 ist Debians Build mit der Korrektur (openzfs/zfs#15571, Patch 0028 seit 2.1.11-1+deb12u1).</translation>
    </message>
    <message>
        <source>the zfs module is not loaded</source>
        <translation>das zfs-Modul ist nicht geladen</translation>
    </message>
    <message>
        <source>the zfs module is not loaded, so nothing on ZFS is written or copied now</source>
        <translation>das zfs-Modul ist nicht geladen, also wird jetzt nichts auf ZFS geschrieben oder kopiert</translation>
    </message>
    <message>
        <source>it is not in /sys/module/zfs/parameters</source>
        <translation>er steht nicht in /sys/module/zfs/parameters</translation>
    </message>
    <message>
        <source>whether the zfs module is loaded is not known</source>
        <translation>ob das zfs-Modul geladen ist, ist nicht bekannt</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether zfs_dmu_offset_next_sync is 1 (which makes it likely) is not known: %2. Read it with `cat /sys/module/zfs/parameters/zfs_dmu_offset_next_sync`.</source>
        <translation>%1 kann diesen Fehler haben, und ob zfs_dmu_offset_next_sync 1 ist (was ihn wahrscheinlich macht), ist nicht bekannt: %2. Lesen Sie den Wert mit `cat /sys/module/zfs/parameters/zfs_dmu_offset_next_sync`.</translation>
    </message>
    <message>
        <source>holes in recently written files are not reported: much rarer, not ruled out</source>
        <translation>Löcher in kürzlich geschriebenen Dateien werden nicht gemeldet: viel seltener, nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>zfs_dmu_offset_next_sync is 0</source>
        <translation>zfs_dmu_offset_next_sync ist 0</translation>
    </message>
    <message>
        <source>Latent: %1 has this bug; zfs_dmu_offset_next_sync=0 makes it much rarer but does not rule it out. Upgrading to %2 fixes it.</source>
        <translation>Latent: %1 hat diesen Fehler; zfs_dmu_offset_next_sync=0 macht ihn viel seltener, schließt ihn aber nicht aus. Ein Upgrade auf %2 behebt ihn.</translation>
    </message>
    <message>
        <source>strict hole reporting: a copy of a file being written can get zeros</source>
        <translation>strenge Loch-Meldung: die Kopie einer Datei, die gerade geschrieben wird, kann Nullen bekommen</translation>
    </message>
    <message>
        <source>%1 with zfs_dmu_offset_next_sync=%2 would have this bug, but %3.</source>
        <translation>%1 mit zfs_dmu_offset_next_sync=%2 hätte diesen Fehler, aber %3.</translation>
    </message>
    <message>
        <source>zfs_dmu_offset_next_sync is %1</source>
        <translation>zfs_dmu_offset_next_sync ist %1</translation>
    </message>
    <message>
        <source>the next copy of a file that is still being written</source>
        <translation>die nächste Kopie einer Datei, die noch geschrieben wird</translation>
    </message>
    <message>
        <source>%1 with zfs_dmu_offset_next_sync=%2: a program that copies by skipping holes (cp from coreutils 9.2 on) can silently write zeros into the copy of a file that is still being written. The source stays intact, and a scrub does not find it.</source>
        <translation>%1 mit zfs_dmu_offset_next_sync=%2: Ein Programm, das beim Kopieren Löcher überspringt (cp ab coreutils 9.2), kann unbemerkt Nullen in die Kopie einer Datei schreiben, die noch geschrieben wird. Die Quelle bleibt intakt, und ein Scrub findet es nicht.</translation>
    </message>
    <message>
        <source>The kernel the next boot starts (%1) has a zfs module, and no newer installed kernel lacks one.</source>
        <translation>Der Kernel, den der nächste Start lädt (%1), hat ein zfs-Modul, und keinem neueren installierten Kernel fehlt eines.</translation>
    </message>
    <message>
        <source>has no zfs module, and none can be built: its headers are not installed (/lib/modules/%1/build/include is missing), so dkms and akmods skip it, although %2</source>
        <translation>hat kein zfs-Modul, und keines kann gebaut werden: Seine Header sind nicht installiert (/lib/modules/%1/build/include fehlt), also überspringen dkms und akmods ihn (%2)</translation>
    </message>
    <message>
        <source>has no zfs module yet; %1 and its headers are installed, so dkms or akmods can still build one (akmods at boot), unless its build failed</source>
        <translation>hat noch kein zfs-Modul; %1, und seine Header sind installiert, also können dkms oder akmods noch eines bauen (akmods beim Booten), sofern sein Build nicht fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>has no zfs module yet; %1, so dkms or akmods can build one at install time or at boot if the kernel&apos;s headers are installed, which could not be read</source>
        <translation>hat noch kein zfs-Modul; %1, also können dkms oder akmods bei der Installation oder beim Booten eines bauen, wenn die Header des Kernels installiert sind, was nicht gelesen werden konnte</translation>
    </message>
</context>
<context>
    <name>zd::DistroCollector</name>
    <message>
        <source>Neither %1 nor %2 could be read (%3), so the distribution is unknown.</source>
        <translation>Weder %1 noch %2 konnte gelesen werden (%3), daher ist die Distribution unbekannt.</translation>
    </message>
    <message>
        <source>%1 has no ID, so the distribution is unknown.</source>
        <translation>%1 enthält keine ID, daher ist die Distribution unbekannt.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 could be read, so whether this Debian system is TrueNAS SCALE is unknown.</source>
        <translation>Weder %1 noch %2 konnte gelesen werden, daher ist unbekannt, ob dieses Debian-System TrueNAS SCALE ist.</translation>
    </message>
    <message>
        <source>This looks like TrueNAS SCALE (%1 exists) but %2 did not give its version.</source>
        <translation>Dies sieht nach TrueNAS SCALE aus (%1 existiert), aber %2 nannte keine Version.</translation>
    </message>
</context>
<context>
    <name>zd::FstabCollector</name>
    <message>
        <source>%1 could not be read (%2), so loop devices it would set up are unknown.</source>
        <translation>%1 konnte nicht gelesen werden (%2), daher sind die Loop-Geräte unbekannt, die es einrichten würde.</translation>
    </message>
</context>
<context>
    <name>zd::HelperClient</name>
    <message>
        <source>The helper&apos;s answer is not a JSON object (%1).</source>
        <translation>Die Antwort des Helfers ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>no answer after %1 seconds</source>
        <translation>keine Antwort nach %1 Sekunden</translation>
    </message>
</context>
<context>
    <name>zd::HelperReply</name>
    <message>
        <source>The ZFS Doctor helper is not installed or could not be started (D-Bus service org.zfsdoctor.Helper), so nothing was probed or changed.</source>
        <translation>Der Helfer von ZFS Doctor ist nicht installiert oder ließ sich nicht starten (D-Bus-Dienst org.zfsdoctor.Helper), daher wurde nichts getestet oder geändert.</translation>
    </message>
    <message>
        <source>The system bus cannot be reached, so the ZFS Doctor helper cannot be asked (%1). Nothing was changed.</source>
        <translation>Der Systembus ist nicht erreichbar, daher kann der Helfer von ZFS Doctor nicht gefragt werden (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The helper did not answer in time. If a change was requested, the change history (zfs-doctor history, or the History page) shows whether it was made.</source>
        <translation>Der Helfer hat nicht rechtzeitig geantwortet. Falls eine Änderung angefordert wurde, zeigt der Änderungsverlauf (zfs-doctor history oder die Seite „Verlauf“), ob sie vorgenommen wurde.</translation>
    </message>
    <message>
        <source>The system bus refused the call to the helper (%1). Nothing was changed.</source>
        <translation>Der Systembus hat den Aufruf des Helfers abgelehnt (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Authorization was denied. Nothing was changed.</source>
        <translation>Die Autorisierung wurde verweigert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Authorization was cancelled. Nothing was changed.</source>
        <translation>Die Autorisierung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The helper call failed: %1 (%2).</source>
        <translation>Der Aufruf des Helfers ist gescheitert: %1 (%2).</translation>
    </message>
    <message>
        <source>The authorization service (polkit) could not be asked, so the helper did nothing.</source>
        <translation>Der Autorisierungsdienst (polkit) konnte nicht gefragt werden, daher hat der Helfer nichts getan.</translation>
    </message>
    <message>
        <source>The helper rejected the request as not valid and did nothing.</source>
        <translation>Der Helfer hat die Anfrage als ungültig abgelehnt und nichts getan.</translation>
    </message>
    <message>
        <source>The installed helper does not know this remedy or probe; it may be older than this ZFS Doctor.</source>
        <translation>Der installierte Helfer kennt diese Abhilfe oder diesen Test nicht; er ist vielleicht älter als dieses ZFS Doctor.</translation>
    </message>
    <message>
        <source>The helper could not find what the request names.</source>
        <translation>Der Helfer konnte nicht finden, was die Anfrage nennt.</translation>
    </message>
    <message>
        <source>The change history has no such change.</source>
        <translation>Der Änderungsverlauf enthält keine solche Änderung.</translation>
    </message>
    <message>
        <source>The helper refused to carry this out.</source>
        <translation>Der Helfer hat die Ausführung abgelehnt.</translation>
    </message>
    <message>
        <source>A program the helper needs for this is not installed.</source>
        <translation>Ein Programm, das der Helfer dafür braucht, ist nicht installiert.</translation>
    </message>
    <message>
        <source>The helper is busy: too many requests are waiting for authorization. Try again in a moment.</source>
        <translation>Der Helfer ist ausgelastet: Zu viele Anfragen warten auf Autorisierung. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The helper could not complete the request. The change history (zfs-doctor history, or the History page) shows whether anything was changed.</source>
        <translation>Der Helfer konnte die Anfrage nicht abschließen. Der Änderungsverlauf (zfs-doctor history oder die Seite „Verlauf“) zeigt, ob etwas geändert wurde.</translation>
    </message>
    <message>
        <source>%1 The helper says: %2</source>
        <translation>%1 Der Helfer meldet: %2</translation>
    </message>
</context>
<context>
    <name>zd::HostCollector</name>
    <message>
        <source>The host name could not be read (%1).</source>
        <translation>Der Hostname konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
</context>
<context>
    <name>zd::KernelCheck</name>
    <message>
        <source>assumed: the kernel being checked</source>
        <translation>angenommen: der geprüfte Kernel</translation>
    </message>
    <message>
        <source>the installed kernels could not be read: %1</source>
        <translation>die installierten Kernel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>kernel %1 is not installed (not in /lib/modules, /boot or the package database)</source>
        <translation>Kernel %1 ist nicht installiert (nicht in /lib/modules, /boot oder der Paketdatenbank)</translation>
    </message>
</context>
<context>
    <name>zd::KernelCollector</name>
    <message>
        <source>The running kernel&apos;s release could not be read (%1).</source>
        <translation>Das Release des laufenden Kernels konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The machine architecture could not be read (%1).</source>
        <translation>Die Rechnerarchitektur konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>rpm could not list kernel-core packages (%1).</source>
        <translation>rpm konnte die kernel-core-Pakete nicht auflisten (%1).</translation>
    </message>
    <message>
        <source>This distribution&apos;s package manager is not read; installed kernels come from %1 and %2 only.</source>
        <translation>Die Paketverwaltung dieser Distribution wird nicht gelesen; installierte Kernel stammen nur aus %1 und %2.</translation>
    </message>
    <message>
        <source>%1 could not be listed (%2), so the installed kernels are not fully known.</source>
        <translation>%1 konnte nicht aufgelistet werden (%2), daher sind die installierten Kernel nicht vollständig bekannt.</translation>
    </message>
    <message>
        <source>grubby did not name the default kernel (%1).</source>
        <translation>grubby nannte keinen Standard-Kernel (%1).</translation>
    </message>
    <message>
        <source>The default boot kernel is only read on Fedora, Debian, Ubuntu, Proxmox VE and TrueNAS SCALE.</source>
        <translation>Der standardmäßig gebootete Kernel wird nur auf Fedora, Debian, Ubuntu, Proxmox VE und TrueNAS SCALE gelesen.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so the default boot kernel is unknown.</source>
        <translation>%1 konnte nicht gelesen werden (%2), daher ist der standardmäßig gebootete Kernel unbekannt.</translation>
    </message>
    <message>
        <source>The default boot kernel could not be determined: %1.</source>
        <translation>Der standardmäßig gebootete Kernel konnte nicht bestimmt werden: %1.</translation>
    </message>
    <message>
        <source>The boot loader&apos;s default entry names kernel %1, which is not installed (grub.cfg is out of date), so the kernel the next boot starts is unknown.</source>
        <translation>Der Standardeintrag des Bootloaders nennt Kernel %1, der nicht installiert ist (grub.cfg ist veraltet), daher ist unbekannt, welchen Kernel der nächste Start bootet.</translation>
    </message>
</context>
<context>
    <name>zd::KernelLevel</name>
    <message>
        <source>uname -r: Fedora builds each upstream stable release as is</source>
        <translation>uname -r: Fedora baut jedes stabile Upstream-Release unverändert</translation>
    </message>
    <message>
        <source>uname -r: Arch&apos;s kernels are the upstream release plus Arch patches</source>
        <translation>uname -r: Die Kernel von Arch sind das Upstream-Release plus Arch-Patches</translation>
    </message>
    <message>
        <source>uname -r: Debian&apos;s newer kernel names carry the upstream release</source>
        <translation>uname -r: Debians neuere Kernelnamen enthalten das Upstream-Release</translation>
    </message>
    <message>
        <source>uname -r: Unraid builds upstream stable releases</source>
        <translation>uname -r: Unraid baut stabile Upstream-Releases</translation>
    </message>
    <message>
        <source>uname -r: TrueNAS builds upstream stable releases</source>
        <translation>uname -r: TrueNAS baut stabile Upstream-Releases</translation>
    </message>
    <message>
        <source>uname -r: a kernel.org release number without distribution suffix</source>
        <translation>uname -r: eine Release-Nummer von kernel.org ohne Distributionssuffix</translation>
    </message>
    <message>
        <source>%1 is an Enterprise Linux kernel: it keeps its base number and takes changes from later kernels as backports, so which upstream changes it carries cannot be read from its version</source>
        <translation>%1 ist ein Enterprise-Linux-Kernel: Er behält seine Basisnummer und übernimmt Änderungen späterer Kernel als Backports, daher lässt sich an seiner Version nicht ablesen, welche Upstream-Änderungen er enthält</translation>
    </message>
    <message>
        <source>the kernel release is not known</source>
        <translation>das Kernel-Release ist nicht bekannt</translation>
    </message>
    <message>
        <source>uname -r: Proxmox VE names its kernels MAJ.MIN.PATCHLEVEL-KREL-pve after the upstream stable level</source>
        <translation>uname -r: Proxmox VE benennt seine Kernel MAJ.MIN.PATCHLEVEL-KREL-pve nach dem stabilen Upstream-Stand</translation>
    </message>
    <message>
        <source>uname -r: a kernel.ubuntu.com mainline build</source>
        <translation>uname -r: ein Mainline-Build von kernel.ubuntu.com</translation>
    </message>
    <message>
        <source>the kernel package version %1</source>
        <translation>die Kernelpaket-Version %1</translation>
    </message>
    <message>
        <source>Ubuntu publishes a kernel&apos;s upstream level only while it runs (/proc/version_signature); its release %1 and package version show only the series</source>
        <translation>Ubuntu veröffentlicht den Upstream-Stand eines Kernels nur, solange er läuft (/proc/version_signature); sein Release %1 und seine Paketversion zeigen nur die Serie</translation>
    </message>
    <message>
        <source>the release %1 does not show the upstream level and the package version that would is not known</source>
        <translation>das Release %1 zeigt den Upstream-Stand nicht, und die Paketversion, die ihn zeigen würde, ist nicht bekannt</translation>
    </message>
    <message>
        <source>this distribution&apos;s kernel numbering (%1) is not known to follow the upstream releases</source>
        <translation>von der Kernel-Nummerierung dieser Distribution (%1) ist nicht bekannt, dass sie den Upstream-Releases folgt</translation>
    </message>
    <message>
        <source>the running kernel&apos;s release is not known</source>
        <translation>das Release des laufenden Kernels ist nicht bekannt</translation>
    </message>
    <message>
        <source>/proc/version: Debian package %1</source>
        <translation>/proc/version: Debian-Paket %1</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s release %1 hides the upstream level, and neither /proc/version_signature nor /proc/version named it</source>
        <translation>Ubuntus Release %1 verbirgt den Upstream-Stand, und weder /proc/version_signature noch /proc/version nannte ihn</translation>
    </message>
</context>
<context>
    <name>zd::KernelLogCollector</name>
    <message>
        <source>The kernel log could not be read (%1: %2; journalctl: %3); run as root to include it.</source>
        <translation>Das Kernel-Log konnte nicht gelesen werden (%1: %2; journalctl: %3); als root ausführen, um es einzubeziehen.</translation>
    </message>
    <message>
        <source>no permission to see kernel messages</source>
        <translation>keine Berechtigung, Kernel-Meldungen zu sehen</translation>
    </message>
</context>
<context>
    <name>zd::KernelParsers</name>
    <message>
        <source>grub.cfg has no menu entries</source>
        <translation>grub.cfg enthält keine Menüeinträge</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; is not in grub.cfg</source>
        <translation>der Standardeintrag &apos;%1&apos; steht nicht in grub.cfg</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; is a submenu</source>
        <translation>der Standardeintrag &apos;%1&apos; ist ein Untermenü</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; boots no vmlinuz kernel</source>
        <translation>der Standardeintrag &apos;%1&apos; bootet keinen vmlinuz-Kernel</translation>
    </message>
    <message>
        <source>versionlock.toml has version = &quot;%1&quot;; dnf5 reads the entries only of version &quot;1.0&quot; and ignores them all</source>
        <translation>versionlock.toml hat version = &quot;%1&quot;; dnf5 liest die Einträge nur bei Version &quot;1.0&quot; und ignoriert sie alle</translation>
    </message>
</context>
<context>
    <name>zd::LoopCollector</name>
    <message>
        <source>%1: could not read %2 (%3).</source>
        <translation>%1: %2 konnte nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 oder 1</translation>
    </message>
    <message>
        <source>a byte count</source>
        <translation>eine Byte-Anzahl</translation>
    </message>
    <message>
        <source>%1: %2 holds &apos;%3&apos;, expected %4; ignored.</source>
        <translation>%1: %2 enthält &apos;%3&apos;, erwartet war %4; ignoriert.</translation>
    </message>
    <message>
        <source>The loop devices could not be listed (%1).</source>
        <translation>Die Loop-Geräte konnten nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>Ignored &apos;%1&apos; in the loop device list: not a loop device name.</source>
        <translation>&apos;%1&apos; in der Liste der Loop-Geräte ignoriert: kein Name eines Loop-Geräts.</translation>
    </message>
</context>
<context>
    <name>zd::MountTable</name>
    <message>
        <source>line %1 is not a mountinfo line: %2</source>
        <translation>Zeile %1 ist keine mountinfo-Zeile: %2</translation>
    </message>
    <message>
        <source>the mount table is empty</source>
        <translation>die Einhängetabelle ist leer</translation>
    </message>
    <message>
        <source>The mount table could not be read (%1), so files cannot be placed on their filesystems.</source>
        <translation>Die Einhängetabelle konnte nicht gelesen werden (%1), daher lassen sich Dateien nicht ihren Dateisystemen zuordnen.</translation>
    </message>
    <message>
        <source>The mount table could not be parsed: %1</source>
        <translation>Die Einhängetabelle konnte nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>zd::OsReleaseParser</name>
    <message>
        <source>os-release line %1 is not an assignment: %2</source>
        <translation>os-release-Zeile %1 ist keine Zuweisung: %2</translation>
    </message>
    <message>
        <source>os-release line %1 has a badly quoted value: %2</source>
        <translation>os-release-Zeile %1 hat einen falsch in Anführungszeichen gesetzten Wert: %2</translation>
    </message>
</context>
<context>
    <name>zd::PackageCollector</name>
    <message>
        <source>%1 does not exist: dpkg records no installed packages here.</source>
        <translation>%1 existiert nicht: dpkg verzeichnet hier keine installierten Pakete.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so installed kernel and ZFS packages and their holds are unknown.</source>
        <translation>%1 konnte nicht gelesen werden (%2), daher sind installierte Kernel- und ZFS-Pakete und ihre Sperren (holds) unbekannt.</translation>
    </message>
</context>
<context>
    <name>zd::RemedyConflicts</name>
    <message>
        <source>On this system it would trigger problem %1, %2 (%3).</source>
        <translation>Auf diesem System würde es Problem %1 auslösen, %2 (%3).</translation>
    </message>
    <message>
        <source>On this system it would not end this problem: it would still apply afterwards, in another form.</source>
        <translation>Auf diesem System würde es dieses Problem nicht beenden: es bestünde danach in anderer Form weiter.</translation>
    </message>
</context>
<context>
    <name>zd::RemedyStep</name>
    <message>
        <source>write drop-in</source>
        <translation>Drop-in schreiben</translation>
    </message>
    <message>
        <source>daemon reload</source>
        <translation>systemd neu laden (daemon-reload)</translation>
    </message>
    <message>
        <source>restart systemd-sysext</source>
        <translation>systemd-sysext neu starten</translation>
    </message>
    <message>
        <source>restore drop-in</source>
        <translation>Drop-in wiederherstellen</translation>
    </message>
    <message>
        <source>remove drop-in</source>
        <translation>Drop-in entfernen</translation>
    </message>
    <message>
        <source>set zfs_dio_enabled</source>
        <translation>zfs_dio_enabled setzen</translation>
    </message>
    <message>
        <source>write modprobe.d</source>
        <translation>modprobe.d-Datei schreiben</translation>
    </message>
    <message>
        <source>restore zfs_dio_enabled</source>
        <translation>zfs_dio_enabled wiederherstellen</translation>
    </message>
    <message>
        <source>restore modprobe.d</source>
        <translation>modprobe.d-Datei wiederherstellen</translation>
    </message>
    <message>
        <source>remove modprobe.d</source>
        <translation>modprobe.d-Datei entfernen</translation>
    </message>
    <message>
        <source>LOOP_SET_DIRECT_IO 0</source>
        <translation>Direct I/O des Loop-Geräts ausschalten (LOOP_SET_DIRECT_IO 0)</translation>
    </message>
    <message>
        <source>LOOP_SET_DIRECT_IO 1</source>
        <translation>Direct I/O des Loop-Geräts einschalten (LOOP_SET_DIRECT_IO 1)</translation>
    </message>
    <message>
        <source>zfs set</source>
        <translation>Eigenschaft setzen (zfs set)</translation>
    </message>
    <message>
        <source>zfs inherit</source>
        <translation>Eigenschaft erben (zfs inherit)</translation>
    </message>
    <message>
        <source>versionlock</source>
        <translation>Kernel sperren (versionlock)</translation>
    </message>
    <message>
        <source>boot default</source>
        <translation>Standard-Booteintrag setzen</translation>
    </message>
    <message>
        <source>UPDATEDEFAULT=no</source>
        <translation>UPDATEDEFAULT=no setzen</translation>
    </message>
    <message>
        <source>remove our versionlock entry</source>
        <translation>Unseren versionlock-Eintrag entfernen</translation>
    </message>
    <message>
        <source>restore UPDATEDEFAULT</source>
        <translation>UPDATEDEFAULT wiederherstellen</translation>
    </message>
    <message>
        <source>apt-mark hold</source>
        <translation>Paket zurückhalten (apt-mark hold)</translation>
    </message>
    <message>
        <source>apt-mark unhold</source>
        <translation>Zurückhalten aufheben (apt-mark unhold)</translation>
    </message>
    <message>
        <source>GRUB_DEFAULT</source>
        <translation>GRUB_DEFAULT setzen</translation>
    </message>
    <message>
        <source>restore GRUB_DEFAULT</source>
        <translation>GRUB_DEFAULT wiederherstellen</translation>
    </message>
    <message>
        <source>update-grub</source>
        <translation>GRUB-Konfiguration neu erzeugen (update-grub)</translation>
    </message>
    <message>
        <source>set zfs_dmu_offset_next_sync</source>
        <translation>zfs_dmu_offset_next_sync setzen</translation>
    </message>
    <message>
        <source>restore zfs_dmu_offset_next_sync</source>
        <translation>zfs_dmu_offset_next_sync wiederherstellen</translation>
    </message>
</context>
<context>
    <name>zd::RemedyText</name>
    <message>
        <source>Step &apos;%1&apos; failed: %2</source>
        <translation>Schritt &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No step of this change had started; nothing to restore.</source>
        <translation>Kein Schritt dieser Änderung hatte begonnen; es ist nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Change %1 was already undone; nothing to do.</source>
        <translation>Änderung %1 wurde bereits rückgängig gemacht; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 is not as it was before the change.</source>
        <translation>%1 ist nicht so wie vor der Änderung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has direct=%2 (source: %3); nothing to change.</source>
        <translation>&apos;%1&apos; hat bereits direct=%2 (Quelle: %3); nichts zu ändern.</translation>
    </message>
    <message>
        <source>On TrueNAS this change persists in the pool but bypasses the middleware (it is not shown in the web interface).</source>
        <translation>Auf TrueNAS bleibt diese Änderung im Pool erhalten, umgeht aber die Middleware (sie wird in der Weboberfläche nicht angezeigt).</translation>
    </message>
    <message>
        <source>Could not read the property back: %1</source>
        <translation>Die Eigenschaft konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>After the change &apos;%1&apos; reports direct=%2 (source: %3), not %4.</source>
        <translation>Nach der Änderung meldet &apos;%1&apos; direct=%2 (Quelle: %3), nicht %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now has direct=%2 (source: %3).</source>
        <translation>&apos;%1&apos; hat jetzt direct=%2 (Quelle: %3).</translation>
    </message>
    <message>
        <source>After undo &apos;%1&apos; reports direct=%2 (source: %3); expected %4 (%5).</source>
        <translation>Nach dem Rückgängigmachen meldet &apos;%1&apos; direct=%2 (Quelle: %3); erwartet war %4 (%5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is back to direct=%2 (source: %3; before: %4).</source>
        <translation>&apos;%1&apos; hat wieder direct=%2 (Quelle: %3; vorher: %4).</translation>
    </message>
    <message>
        <source>This restores direct=always on %1. On OpenZFS 2.3.0 a loop device backed by a file on this dataset crashes the kernel (problem 5); check the loaded zfs version first.</source>
        <translation>Dies stellt direct=always auf %1 wieder her. Unter OpenZFS 2.3.0 bringt ein Loop-Gerät, dessen Datei auf diesem Dataset liegt, den Kernel zum Absturz (Problem 5); prüfen Sie zuerst die geladene zfs-Version.</translation>
    </message>
    <message>
        <source>This lasts until the loop device is detached; whoever attaches it again decides its direct I/O mode.</source>
        <translation>Das gilt, bis das Loop-Gerät getrennt wird; wer es erneut anhängt, bestimmt seinen Direct-I/O-Modus.</translation>
    </message>
    <message>
        <source>%1 already has direct I/O off; nothing to change.</source>
        <translation>Bei %1 ist Direct I/O bereits aus; nichts zu ändern.</translation>
    </message>
    <message>
        <source>Could not read dio back: %1</source>
        <translation>dio konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but %1 still reports dio=%2.</source>
        <translation>Der Kernel hat die Anforderung angenommen, aber %1 meldet weiterhin dio=%2.</translation>
    </message>
    <message>
        <source>%1 now reads 0.</source>
        <translation>%1 zeigt jetzt 0.</translation>
    </message>
    <message>
        <source>%1 reports dio=%2 after undo, expected %3 (the kernel may refuse direct I/O on this backing file).</source>
        <translation>%1 meldet nach dem Rückgängigmachen dio=%2, erwartet war %3 (der Kernel lehnt Direct I/O auf dieser Hintergrunddatei möglicherweise ab).</translation>
    </message>
    <message>
        <source>%1 reads %2 again.</source>
        <translation>%1 zeigt wieder %2.</translation>
    </message>
    <message>
        <source>Direct I/O is turned off for every dataset; applications asking for O_DIRECT get cached I/O.</source>
        <translation>Direct I/O wird für jedes Dataset ausgeschaltet; Anwendungen, die O_DIRECT anfordern, erhalten gepufferte I/O.</translation>
    </message>
    <message>
        <source>If the zfs module is loaded from the initramfs, regenerate it (dracut -f / update-initramfs -u) for the modprobe.d setting to apply at boot.</source>
        <translation>Wenn das zfs-Modul aus der initramfs geladen wird, erzeugen Sie diese neu (dracut -f / update-initramfs -u), damit die modprobe.d-Einstellung beim Booten gilt.</translation>
    </message>
    <message>
        <source>%1 does not contain the option line.</source>
        <translation>%1 enthält die Optionszeile nicht.</translation>
    </message>
    <message>
        <source>Only loop devices attached after this change are affected, and the initrd&apos;s sysext step is not.</source>
        <translation>Betroffen sind nur Loop-Geräte, die nach dieser Änderung angehängt werden; der sysext-Schritt der initrd nicht.</translation>
    </message>
    <message>
        <source>%1 exists with other content; it will be replaced and restored on undo.</source>
        <translation>%1 existiert mit anderem Inhalt; die Datei wird ersetzt und beim Rückgängigmachen wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 already sets SYSTEMD_LOOP_DIRECT_IO=0; nothing to change.</source>
        <translation>%1 setzt bereits SYSTEMD_LOOP_DIRECT_IO=0; nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 does not set SYSTEMD_LOOP_DIRECT_IO=0 after writing it.</source>
        <translation>%1 setzt nach dem Schreiben nicht SYSTEMD_LOOP_DIRECT_IO=0.</translation>
    </message>
    <message>
        <source>%1 is in place and systemd has reloaded it.</source>
        <translation>%1 ist vorhanden und von systemd neu geladen.</translation>
    </message>
    <message>
        <source>%1 has its previous content again.</source>
        <translation>%1 hat wieder seinen vorherigen Inhalt.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>PackageKit (GNOME Software, Discover, Cockpit) ignores versionlock; the boot default is what keeps this kernel in use.</source>
        <translation>PackageKit (GNOME Software, Discover, Cockpit) ignoriert versionlock; was diesen Kernel in Gebrauch hält, ist der Standard-Booteintrag.</translation>
    </message>
    <message>
        <source>dnf keeps only %1 kernels (installonly_limit); when the pinned kernel is not the running one, a later update may remove it.</source>
        <translation>dnf behält nur %1 Kernel (installonly_limit); ist der festgehaltene Kernel nicht der laufende, kann ein späteres Update ihn entfernen.</translation>
    </message>
    <message>
        <source>dnf keeps only 3 (the default) kernels (installonly_limit); when the pinned kernel is not the running one, a later update may remove it.</source>
        <translation>dnf behält nur 3 Kernel (der Standardwert, installonly_limit); ist der festgehaltene Kernel nicht der laufende, kann ein späteres Update ihn entfernen.</translation>
    </message>
    <message>
        <source>Kernel %1 is already locked and the boot default; nothing to change.</source>
        <translation>Kernel %1 ist bereits gesperrt und der Standard-Booteintrag; nichts zu ändern.</translation>
    </message>
    <message>
        <source>No GRUB entry for %1 was found in %2; only the package hold is applied. Choose the kernel in the GRUB menu at boot.</source>
        <translation>In %2 wurde kein GRUB-Eintrag für %1 gefunden; nur das Zurückhalten des Pakets wird angewendet. Wählen Sie den Kernel beim Booten im GRUB-Menü.</translation>
    </message>
    <message>
        <source>%1 is already held and the boot default; nothing to change.</source>
        <translation>%1 ist bereits zurückgehalten und der Standard-Booteintrag; nichts zu ändern.</translation>
    </message>
    <message>
        <source>grubby reports &apos;%1&apos; as the default kernel, not %2.</source>
        <translation>grubby meldet &apos;%1&apos; als Standard-Kernel, nicht %2.</translation>
    </message>
    <message>
        <source>%1 holds no lock of kernel-core at %2.</source>
        <translation>%1 enthält keine Sperre von kernel-core auf %2.</translation>
    </message>
    <message>
        <source>%1 holds no lock of kernel-core at %2 (%3).</source>
        <translation>%1 enthält keine Sperre von kernel-core auf %2 (%3).</translation>
    </message>
    <message>
        <source>kernel-core-%1 is locked and is the boot default.</source>
        <translation>kernel-core-%1 ist gesperrt und der Standard-Booteintrag.</translation>
    </message>
    <message>
        <source>apt-mark showhold does not list %1.</source>
        <translation>apt-mark showhold führt %1 nicht auf.</translation>
    </message>
    <message>
        <source>%1 is held.</source>
        <translation>%1 ist zurückgehalten.</translation>
    </message>
    <message>
        <source>%1 does not hold kernel-core-%2 as it did before.</source>
        <translation>%1 hält kernel-core-%2 nicht mehr so wie vorher.</translation>
    </message>
    <message>
        <source>The versionlock list, boot default and %1 are as before.</source>
        <translation>Die versionlock-Liste, der Standard-Booteintrag und %1 sind wie vorher.</translation>
    </message>
    <message>
        <source>%1 is held, unlike before.</source>
        <translation>%1 ist zurückgehalten, anders als vorher.</translation>
    </message>
    <message>
        <source>%1 is not held, unlike before.</source>
        <translation>%1 ist nicht zurückgehalten, anders als vorher.</translation>
    </message>
    <message>
        <source>%1 and GRUB_DEFAULT are as before.</source>
        <translation>%1 und GRUB_DEFAULT sind wie vorher.</translation>
    </message>
    <message>
        <source>%1 is already %2 and %3 keeps it so; nothing to change.</source>
        <translation>%1 ist bereits %2 und %3 hält es dabei; nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 reads &apos;%2&apos; after writing %3.</source>
        <translation>%1 zeigt nach dem Schreiben von %3 den Wert &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 reads %2 and %3 keeps it at boot.</source>
        <translation>%1 zeigt %2, und %3 hält es beim Booten dabei.</translation>
    </message>
    <message>
        <source>%1 reads &apos;%2&apos;, expected %3.</source>
        <translation>%1 zeigt &apos;%2&apos;, erwartet war %3.</translation>
    </message>
    <message>
        <source>%1 reads %2 again and %3 is as before.</source>
        <translation>%1 zeigt wieder %2, und %3 ist wie vorher.</translation>
    </message>
    <message>
        <source>Holes in files written in the last few seconds are no longer reported, so copies of such sparse files take more space. This makes openzfs/zfs#15526 much rarer but does not rule it out: upgrade OpenZFS to 2.1.14, 2.2.2 or newer.</source>
        <translation>Löcher in Dateien, die in den letzten Sekunden geschrieben wurden, werden nicht mehr gemeldet; Kopien solcher Sparse-Dateien brauchen daher mehr Platz. Das macht openzfs/zfs#15526 viel seltener, schließt es aber nicht aus: Aktualisieren Sie OpenZFS auf 2.1.14, 2.2.2 oder neuer.</translation>
    </message>
</context>
<context>
    <name>zd::Remote</name>
    <message>
        <source>the host is empty; expected [user@]HOST[:port]</source>
        <translation>der Host ist leer; erwartet wird [user@]HOST[:port]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not starting with &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Benutzername (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, nicht mit &apos;-&apos; am Anfang)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has &apos;[&apos; without &apos;]&apos;</source>
        <translation>&apos;%1&apos; hat &apos;[&apos; ohne &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos; in &apos;%2&apos;</source>
        <translation>unerwartetes &apos;%1&apos; nach &apos;]&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&apos;%1&apos; ist kein gültiger Hostname und keine gültige Adresse</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; uses brackets but is not an IPv6 address</source>
        <translation>&apos;[%1]&apos; verwendet eckige Klammern, ist aber keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1 to 65535)</source>
        <translation>&apos;%1&apos; ist kein gültiger Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>Host key verification failed for %1: its key is not in your known_hosts or does not match it. Connect once with `ssh %1`, check the fingerprint, and accept it; ZFS Doctor never skips this check.</source>
        <translation>Die Prüfung des Host-Schlüssels ist für %1 gescheitert: sein Schlüssel steht nicht in Ihrer known_hosts oder stimmt nicht überein. Verbinden Sie sich einmal mit `ssh %1`, prüfen Sie den Fingerabdruck und akzeptieren Sie ihn; ZFS Doctor überspringt diese Prüfung nie.</translation>
    </message>
    <message>
        <source>Permission denied by %1: none of your SSH keys (or agent identities) is accepted. ZFS Doctor never asks for a password; add your public key to the remote user&apos;s authorized keys.</source>
        <translation>Zugriff von %1 verweigert: keiner Ihrer SSH-Schlüssel (oder Agent-Identitäten) wird akzeptiert. ZFS Doctor fragt nie nach einem Passwort; tragen Sie Ihren öffentlichen Schlüssel in die authorized_keys des entfernten Benutzers ein.</translation>
    </message>
    <message>
        <source>Connection to %1 refused: no SSH server is listening there (is SSH enabled on the remote, and the port right?).</source>
        <translation>Verbindung zu %1 abgelehnt: dort lauscht kein SSH-Server (ist SSH auf dem entfernten System aktiviert und der Port richtig?).</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake in time: the host or its SSH server is not answering.</source>
        <translation>%1 hat den SSH-Handshake nicht rechtzeitig abgeschlossen: der Host oder sein SSH-Server antwortet nicht.</translation>
    </message>
    <message>
        <source>%1 stopped responding during the session (keep-alive probes went unanswered); the connection was closed.</source>
        <translation>%1 hat während der Sitzung nicht mehr geantwortet (Keep-alive-Anfragen blieben unbeantwortet); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The host name in %1 does not resolve.</source>
        <translation>Der Hostname in %1 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>%1 is unreachable from here (%2).</source>
        <translation>%1 ist von hier aus nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost (%2).</source>
        <translation>Die SSH-Verbindung zu %1 ist abgebrochen (%2).</translation>
    </message>
    <message>
        <source>ssh to %1 failed without a message.</source>
        <translation>ssh zu %1 ist ohne Meldung gescheitert.</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh zu %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The OpenSSH client (`%1`) is not installed on this machine.</source>
        <translation>Der OpenSSH-Client (`%1`) ist auf diesem Rechner nicht installiert.</translation>
    </message>
    <message>
        <source>Could not create a private directory for the SSH control socket in %1.</source>
        <translation>Für den SSH-Steuersocket konnte in %1 kein privates Verzeichnis angelegt werden.</translation>
    </message>
    <message>
        <source>Could not start the OpenSSH client `%1`.</source>
        <translation>Der OpenSSH-Client `%1` konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s.</source>
        <translation>%1 hat den SSH-Handshake nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB for one request; it was cut off and nothing of it was used.</source>
        <translation>%1 hat für eine Anfrage mehr als %2 MiB gesendet; die Antwort wurde abgeschnitten und nichts davon verwendet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was abandoned.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; die Anfrage wurde aufgegeben.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost during the session: the remote stopped answering or closed the connection.</source>
        <translation>Die SSH-Verbindung zu %1 ging während der Sitzung verloren: Die Gegenstelle antwortete nicht mehr oder hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>zd::RemoteFix</name>
    <message>
        <source>This is TrueNAS SCALE, an appliance: changes to its base system (pinning or holding kernels, systemd drop-ins, modprobe options, installing packages) are unsupported by iXsystems, are blocked or undone by updates, and ZFS Doctor never makes them. The supported way to get a fixed OpenZFS or kernel is to update TrueNAS itself: System &gt; Update in the web interface (or its API, e.g. `midclt call update.check_available`), keeping the previous boot environment to roll back to.</source>
        <translation>Dies ist TrueNAS SCALE, eine Appliance: Änderungen an ihrem Basissystem (Kernel festhalten oder sperren, systemd-Drop-ins, modprobe-Optionen, Pakete installieren) werden von iXsystems nicht unterstützt, von Updates blockiert oder rückgängig gemacht, und ZFS Doctor nimmt sie nie vor. Der unterstützte Weg zu einem korrigierten OpenZFS oder Kernel ist ein Update von TrueNAS selbst: System &gt; Update in der Weboberfläche (oder über ihre API, z. B. `midclt call update.check_available`), wobei die vorherige Boot-Umgebung für ein Zurückrollen erhalten bleibt.</translation>
    </message>
    <message>
        <source>Changes to the base system (kernel pins, systemd drop-ins, modprobe options) are not made over --host. Run ZFS Doctor on that machine itself, where the privileged helper applies them with polkit authorization, a journal and undo.</source>
        <translation>Änderungen am Basissystem (Kernel festhalten, systemd-Drop-ins, modprobe-Optionen) werden nicht über --host vorgenommen. Führen Sie ZFS Doctor auf diesem Rechner selbst aus; dort wendet der privilegierte Helfer sie mit polkit-Autorisierung, Journal und Rückgängig-Funktion an.</translation>
    </message>
    <message>
        <source>could not tell which user we are on %1 (%2)</source>
        <translation>konnte nicht feststellen, als welcher Benutzer wir auf %1 angemeldet sind (%2)</translation>
    </message>
    <message>
        <source>zfs is not installed on %1</source>
        <translation>zfs ist auf %1 nicht installiert</translation>
    </message>
    <message>
        <source>the ZFS on %1 has no &apos;direct&apos; property (added in OpenZFS 2.3.0): there is nothing to change</source>
        <translation>das ZFS auf %1 hat keine Eigenschaft &apos;direct&apos; (eingeführt mit OpenZFS 2.3.0): es gibt nichts zu ändern</translation>
    </message>
    <message>
        <source>could not read direct on %1 at %2 (%3)</source>
        <translation>direct von %1 auf %2 konnte nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>%1 for %2 on %3 (is it a filesystem?)</source>
        <translation>%1 für %2 auf %3 (ist es ein Dateisystem?)</translation>
    </message>
    <message>
        <source>direct is already %1 on %2 (%3)</source>
        <translation>direct ist auf %2 bereits %1 (%3)</translation>
    </message>
    <message>
        <source>change %1 was made on %2, not on %3</source>
        <translation>Änderung %1 wurde auf %2 vorgenommen, nicht auf %3</translation>
    </message>
    <message>
        <source>change %1 was already undone</source>
        <translation>Änderung %1 wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <source>direct on %1 already is %2 (%3): nothing to undo</source>
        <translation>direct von %1 ist bereits %2 (%3): nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>direct on %1 was changed again since (now %2, %3; ZFS Doctor left it %4, %5): undoing would overwrite that change</source>
        <translation>direct von %1 wurde seitdem erneut geändert (jetzt %2, %3; ZFS Doctor hatte es auf %4, %5 hinterlassen): Rückgängigmachen würde diese Änderung überschreiben</translation>
    </message>
    <message>
        <source>this change needs the warnings acknowledged first: %1</source>
        <translation>diese Änderung erfordert zuerst die Bestätigung der Warnungen: %1</translation>
    </message>
    <message>
        <source>this plan was made for %1, not %2</source>
        <translation>dieser Plan wurde für %1 erstellt, nicht für %2</translation>
    </message>
</context>
<context>
    <name>zd::ScanReport</name>
    <message>
        <source>not affected (latent)</source>
        <translation>nicht betroffen (latent)</translation>
    </message>
    <message>
        <source>AFFECTED</source>
        <translation>BETROFFEN</translation>
    </message>
    <message>
        <source>AT RISK</source>
        <translation>GEFÄHRDET</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>nicht betroffen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>kmod %1</source>
        <translation>kmod %1</translation>
    </message>
    <message>
        <source>, userland %1</source>
        <translation>, Userland %1</translation>
    </message>
    <message>
        <source>userland %1 (module not loaded)</source>
        <translation>Userland %1 (Modul nicht geladen)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>confirmed by a probe on this system</source>
        <translation>durch einen Test auf diesem System bestätigt</translation>
    </message>
    <message>
        <source>inferred from versions and configuration</source>
        <translation>aus Versionen und Konfiguration geschlossen</translation>
    </message>
    <message>
        <source>rests on an unconfirmed upstream fact</source>
        <translation>beruht auf einer unbestätigten Upstream-Angabe</translation>
    </message>
    <message>
        <source>no known OpenZFS compatibility problems affect this system</source>
        <translation>keines der bekannten OpenZFS-Kompatibilitätsprobleme betrifft dieses System</translation>
    </message>
    <message>
        <source>latent: %1 (this ZFS has the bug; nothing here triggers it)</source>
        <translation>latent: %1 (dieses ZFS hat den Fehler; hier löst ihn nichts aus)</translation>
    </message>
    <message>
        <source>latent: %1 (this ZFS has the bugs; nothing here triggers them)</source>
        <translation>latent: %1 (dieses ZFS hat die Fehler; hier löst sie nichts aus)</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 %2 (severity %3)</source>
        <translation>%1 %2 (Schweregrad %3)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>nächster Schritt: </translation>
    </message>
    <message>
        <source>undecided: </source>
        <translation>unentschieden: </translation>
    </message>
    <message>
        <source>why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>conflict: </source>
        <translation>Konflikt: </translation>
    </message>
    <message>
        <source>undo: </source>
        <translation>rückgängig: </translation>
    </message>
    <message>
        <source>(%1 more: zfs-doctor explain %2)</source>
        <translation>(%1 weitere: zfs-doctor explain %2)</translation>
    </message>
    <message>
        <source>see</source>
        <translation>siehe</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>unknown distribution</source>
        <translation>unbekannte Distribution</translation>
    </message>
    <message>
        <source> (upstream %1)</source>
        <translation> (Upstream %1)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>zfs</source>
        <translation>zfs</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source> on %1 %2</source>
        <translation> auf %1 %2</translation>
    </message>
    <message>
        <source>, direct I/O on</source>
        <translation>, Direct I/O an</translation>
    </message>
    <message>
        <source>, direct I/O off</source>
        <translation>, Direct I/O aus</translation>
    </message>
    <message>
        <source>, direct I/O not known</source>
        <translation>, Direct I/O nicht bekannt</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, nur lesbar</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>sysext</source>
        <translation>sysext</translation>
    </message>
    <message>
        <source>kernlog</source>
        <translation>Kernlog</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>dieses System</translation>
    </message>
    <message>
        <source>incomplete: %1 lacks what every verdict needs, so no problem was judged:</source>
        <translation>unvollständig: %1 fehlt, was jedes Urteil braucht, daher wurde kein Problem beurteilt:</translation>
    </message>
    <message>
        <source>Capture the system again on that machine with `zfs-doctor capture FILE` (as root to include everything).</source>
        <translation>Erfassen Sie das System auf dieser Maschine erneut mit `zfs-doctor capture FILE` (als root, um alles einzuschließen).</translation>
    </message>
    <message>
        <source>hint: ZFS is not installed here (no zfs command, no zfs kernel module), so none of the known problems can occur.
</source>
        <translation>Hinweis: ZFS ist hier nicht installiert (kein zfs-Befehl, kein zfs-Kernelmodul), daher kann keines der bekannten Probleme auftreten.
</translation>
    </message>
    <message>
        <source>%1 of %2 known problems need attention on %3:
</source>
        <translation>%1 von %2 bekannten Problemen erfordern Aufmerksamkeit auf %3:
</translation>
    </message>
    <message>
        <source>could not decide %1 problem(s):</source>
        <translation>%1 Problem(e) konnten nicht entschieden werden:</translation>
    </message>
    <message>
        <source>not affected:
</source>
        <translation>nicht betroffen:
</translation>
    </message>
    <message>
        <source>collector notes:</source>
        <translation>Hinweise der Sammler:</translation>
    </message>
    <message>
        <source>%1 problem(s) need attention</source>
        <translation>%1 Problem(e) erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <source>incomplete: the kernel and ZFS records are missing</source>
        <translation>unvollständig: die Kernel- und ZFS-Einträge fehlen</translation>
    </message>
    <message>
        <source>%1 problem(s) could not be decided</source>
        <translation>%1 Problem(e) konnten nicht entschieden werden</translation>
    </message>
    <message>
        <source># ZFS Doctor report</source>
        <translation># ZFS-Doctor-Bericht</translation>
    </message>
    <message>
        <source>- Source: %1</source>
        <translation>- Quelle: %1</translation>
    </message>
    <message>
        <source>- Collected: %1</source>
        <translation>- Erfasst: %1</translation>
    </message>
    <message>
        <source>- System: %1</source>
        <translation>- System: %1</translation>
    </message>
    <message>
        <source>- Kernel: `%1`</source>
        <translation>- Kernel: `%1`</translation>
    </message>
    <message>
        <source>- ZFS: %1</source>
        <translation>- ZFS: %1</translation>
    </message>
    <message>
        <source>- ZFS Doctor: %1</source>
        <translation>- ZFS Doctor: %1</translation>
    </message>
    <message>
        <source>## Verdict</source>
        <translation>## Urteil</translation>
    </message>
    <message>
        <source>%1 known problem(s) need attention.</source>
        <translation>%1 bekannte(s) Problem(e) erfordern Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>| # | Problem | Status | Confidence |</source>
        <translation>| # | Problem | Status | Grundlage |</translation>
    </message>
    <message>
        <source>**Status:** %1. %2</source>
        <translation>**Status:** %1. %2</translation>
    </message>
    <message>
        <source>**Next step:** %1</source>
        <translation>**Nächster Schritt:** %1</translation>
    </message>
    <message>
        <source>**Undecided because:** %1</source>
        <translation>**Unentschieden, weil:** %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>**deciding:** </source>
        <translation>**entscheidend:** </translation>
    </message>
    <message>
        <source>Remedies, safest first:</source>
        <translation>Abhilfen, die sicherste zuerst:</translation>
    </message>
    <message>
        <source>   Conflict: %1</source>
        <translation>   Konflikt: %1</translation>
    </message>
    <message>
        <source>   Undo: `%1`</source>
        <translation>   Rückgängig: `%1`</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>## What could not be determined</source>
        <translation>## Was nicht festgestellt werden konnte</translation>
    </message>
    <message>
        <source>&lt;title&gt;ZFS Doctor report&lt;/title&gt;</source>
        <translation>&lt;title&gt;ZFS-Doctor-Bericht&lt;/title&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;ZFS Doctor report&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ZFS-Doctor-Bericht&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Source: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Quelle: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Collected: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Erfasst: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;System: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;System: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Kernel: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Kernel: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;ZFS: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ZFS: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Problem&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Confidence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Problem&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Grundlage&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next step: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nächster Schritt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Undecided because: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unentschieden, weil: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;strong&gt;deciding:&lt;/strong&gt; </source>
        <translation>&lt;strong&gt;entscheidend:&lt;/strong&gt; </translation>
    </message>
    <message>
        <source>&lt;p&gt;Conflict: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Konflikt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Undo: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rückgängig: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>zd::Snapshot</name>
    <message>
        <source>the file is empty, not a ZFS Doctor snapshot</source>
        <translation>die Datei ist leer, kein ZFS-Doctor-Snapshot</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); the file is truncated or not a ZFS Doctor snapshot</source>
        <translation>kein gültiges JSON (%1 bei Byte %2); die Datei ist abgeschnitten oder kein ZFS-Doctor-Snapshot</translation>
    </message>
    <message>
        <source>the JSON document is an array, but a snapshot is an object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>das JSON-Dokument ist ein Array, ein Snapshot ist aber ein Objekt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; is %1, expected &quot;%2&quot;: not a ZFS Doctor snapshot</source>
        <translation>&quot;format&quot; ist %1, erwartet &quot;%2&quot;: kein ZFS-Doctor-Snapshot</translation>
    </message>
    <message>
        <source>the snapshot uses schema %1, but this ZFS Doctor (%2) reads schema %3 and older; update ZFS Doctor to read it</source>
        <translation>der Snapshot verwendet Schema %1, dieses ZFS Doctor (%2) liest aber nur Schema %3 und älter; aktualisieren Sie ZFS Doctor, um ihn zu lesen</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: no such file</source>
        <translation>Snapshot %1 kann nicht gelesen werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: it is a directory</source>
        <translation>Snapshot %1 kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: %2 bytes is far larger than any snapshot (limit %3)</source>
        <translation>Snapshot %1 kann nicht gelesen werden: %2 Bytes sind weit mehr als jeder Snapshot (Grenze %3)</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: %2</source>
        <translation>Snapshot %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>Snapshot %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 existiert bereits; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>zd::SystemTarget</name>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diese Maschine</translation>
    </message>
</context>
<context>
    <name>zd::SystemdCollector</name>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>systemctl is not installed: this system does not run systemd, so systemd-sysext and its loop devices play no part (%1).</source>
        <translation>systemctl ist nicht installiert: Dieses System läuft nicht mit systemd, daher spielen systemd-sysext und seine Loop-Geräte keine Rolle (%1).</translation>
    </message>
    <message>
        <source>Whether systemd is installed is not known (%1), so systemd-sysext&apos;s images and settings are unknown.</source>
        <translation>Ob systemd installiert ist, ist nicht bekannt (%1), daher sind die Images und Einstellungen von systemd-sysext unbekannt.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 printed &apos;%2&apos;, which does not name a systemd version.</source>
        <translation>%1 gab &apos;%2&apos; aus, was keine systemd-Version nennt.</translation>
    </message>
    <message>
        <source>systemd is not the running service manager here (%1 does not exist); the unit files of %2 were read directly.</source>
        <translation>systemd ist hier nicht der laufende Dienstmanager (%1 existiert nicht); die Unit-Dateien von %2 wurden direkt gelesen.</translation>
    </message>
    <message>
        <source>`systemctl show %1` printed no usable properties; the unit files were read directly instead.</source>
        <translation>`systemctl show %1` gab keine verwertbaren Eigenschaften aus; stattdessen wurden die Unit-Dateien direkt gelesen.</translation>
    </message>
    <message>
        <source>`systemctl show %1` failed (%2); the unit files were read directly instead.</source>
        <translation>`systemctl show %1` ist fehlgeschlagen (%2); stattdessen wurden die Unit-Dateien direkt gelesen.</translation>
    </message>
    <message>
        <source>The unit files of %1 on disk set %2 to &apos;%3&apos; but systemd has &apos;%4&apos; loaded: run `%5`.</source>
        <translation>Die Unit-Dateien von %1 auf der Platte setzen %2 auf &apos;%3&apos;, aber systemd hat &apos;%4&apos; geladen: Führen Sie `%5` aus.</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Could not list %1 (%2).</source>
        <translation>%1 konnte nicht aufgelistet werden (%2).</translation>
    </message>
    <message>
        <source>dpkg lists systemd version &apos;%1&apos;, which does not name a systemd release.</source>
        <translation>dpkg nennt die systemd-Version &apos;%1&apos;, die kein systemd-Release bezeichnet.</translation>
    </message>
</context>
<context>
    <name>zd::VersionRanges</name>
    <message>
        <source>any version</source>
        <translation>jede Version</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 und später</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>every %1 release</source>
        <translation>jede Version der Reihe %1</translation>
    </message>
    <message>
        <source>%1 and later %2 releases</source>
        <translation>%1 und spätere Versionen der Reihe %2</translation>
    </message>
    <message>
        <source>%1 up to, not including, %2</source>
        <translation>%1 bis ausschließlich %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>zd::ZfsCollector</name>
    <message>
        <source>Whether the zfs module is loaded is not known, so pools and datasets were not listed.</source>
        <translation>Ob das zfs-Modul geladen ist, ist nicht bekannt, daher wurden Pools und Datasets nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The zfs kernel module is not loaded (%1 is missing).</source>
        <translation>Das zfs-Kernelmodul ist nicht geladen (%1 fehlt).</translation>
    </message>
    <message>
        <source>Whether the zfs kernel module is loaded is not known: %1 could not be listed (%2).</source>
        <translation>Ob das zfs-Kernelmodul geladen ist, ist nicht bekannt: %1 konnte nicht aufgelistet werden (%2).</translation>
    </message>
    <message>
        <source>The loaded zfs module&apos;s version could not be read from %1.</source>
        <translation>Die Version des geladenen zfs-Moduls konnte nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The zfs module parameters in %1 could not be listed (%2).</source>
        <translation>Die Parameter des zfs-Moduls in %1 konnten nicht aufgelistet werden (%2).</translation>
    </message>
    <message>
        <source>The zfs module parameter %1 could not be read (%2).</source>
        <translation>Der Parameter %1 des zfs-Moduls konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The zfs command is not installed, so pools and datasets are unknown.</source>
        <translation>Der zfs-Befehl ist nicht installiert, daher sind Pools und Datasets unbekannt.</translation>
    </message>
    <message>
        <source>Whether the zfs tools are installed is not known (%1).</source>
        <translation>Ob die zfs-Werkzeuge installiert sind, ist nicht bekannt (%1).</translation>
    </message>
    <message>
        <source>Pools and datasets are not known without the zfs tools.</source>
        <translation>Ohne die zfs-Werkzeuge sind Pools und Datasets nicht bekannt.</translation>
    </message>
    <message>
        <source>`zfs version` did not print a version (%1).</source>
        <translation>`zfs version` gab keine Version aus (%1).</translation>
    </message>
    <message>
        <source>`zpool list` failed (%1).</source>
        <translation>`zpool list` ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>`zfs get` failed, so dataset properties are unknown (%1).</source>
        <translation>`zfs get` ist fehlgeschlagen, daher sind die Eigenschaften der Datasets unbekannt (%1).</translation>
    </message>
</context>
<context>
    <name>zd::ZfsParsers</name>
    <message>
        <source>zpool list line %1 has %2 columns instead of 5: %3</source>
        <translation>zpool-list-Zeile %1 hat %2 Spalten statt 5: %3</translation>
    </message>
    <message>
        <source>zfs get line %1 %2: %3</source>
        <translation>zfs-get-Zeile %1 %2: %3</translation>
    </message>
    <message>
        <source>has %1 columns instead of 4</source>
        <translation>hat %1 Spalten statt 4</translation>
    </message>
    <message>
        <source>names property &apos;%1&apos; that was not asked for</source>
        <translation>nennt die nicht abgefragte Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>returns to dataset &apos;%1&apos; after another dataset</source>
        <translation>kehrt nach einem anderen Dataset zu Dataset &apos;%1&apos; zurück</translation>
    </message>
</context>
<context>
    <name>zd::cli</name>
    <message>
        <source>Usage: zfs-doctor capture FILE [--redact] [--force] [--origin TEXT] [GLOBAL OPTIONS]

Saves the raw evidence ZFS Doctor reads on this machine (files, directory
listings and command outputs) and the facts derived from it into FILE, a
snapshot that `zfs-doctor --snapshot FILE` analyses anywhere. Nothing is
changed on the system. With --snapshot/--demo, re-captures that snapshot:
same evidence, origin and time, facts re-derived by this version.
With --host [user@]HOST[:port], captures that machine over SSH instead: the
same snapshot a capture run there would write, read-only, nothing left
behind; its origin says &quot;captured over ssh HOST&quot;.

  --redact       replace host, pool, dataset, user, mount point, loop backing
                 file and sysext image names with neutral ones (pool1, fs1,
                 user1...); versions, properties and messages are kept
  --force        replace FILE if it exists (it is written atomically)
  --origin TEXT  say where this capture comes from (stored in the file)

</source>
        <translation>Aufruf: zfs-doctor capture FILE [--redact] [--force] [--origin TEXT] [GLOBAL OPTIONS]

Speichert die Rohdaten, die ZFS Doctor auf dieser Maschine liest (Dateien,
Verzeichnislisten und Befehlsausgaben), und die daraus abgeleiteten Fakten in
FILE, einen Snapshot, den `zfs-doctor --snapshot FILE` überall auswertet. Am
System wird nichts geändert. Mit --snapshot/--demo wird dieser Snapshot neu
erfasst: gleiche Rohdaten, Herkunft und Zeit, Fakten von dieser Version neu
abgeleitet. Mit --host [user@]HOST[:port] wird stattdessen diese Maschine über
SSH erfasst: derselbe Snapshot, den ein capture dort schreiben würde, nur
lesend, ohne Rückstände; seine Herkunft lautet &quot;captured over ssh HOST&quot;.

  --redact       Host-, Pool-, Dataset-, Benutzer- und Einhängepunktnamen sowie
                 Backing-Dateien von Loop-Geräten und sysext-Images durch
                 neutrale ersetzen (pool1, fs1, user1...); Versionen,
                 Eigenschaften und Meldungen bleiben erhalten
  --force        FILE ersetzen, falls vorhanden (wird atomar geschrieben)
  --origin TEXT  angeben, woher diese Erfassung stammt (in der Datei gespeichert)

</translation>
    </message>
    <message>
        <source>capture: --origin needs a text</source>
        <translation>capture: --origin braucht einen Text</translation>
    </message>
    <message>
        <source>capture: unknown option &apos;%1&apos; (see zfs-doctor capture --help)</source>
        <translation>capture: unbekannte Option &apos;%1&apos; (siehe zfs-doctor capture --help)</translation>
    </message>
    <message>
        <source>capture: expected one FILE, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>capture: eine FILE erwartet, erhalten: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>capture: which file? (zfs-doctor capture FILE)</source>
        <translation>capture: welche Datei? (zfs-doctor capture FILE)</translation>
    </message>
    <message>
        <source>capture: %1</source>
        <translation>capture: %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 evidence records%3)
</source>
        <translation>%1 geschrieben (%2 Rohdateneinträge%3)
</translation>
    </message>
    <message>
        <source>, redacted</source>
        <translation>, anonymisiert</translation>
    </message>
    <message>
        <source>cannot load the knowledge base: %1</source>
        <translation>die Wissensbasis lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  nothing applies: no known problem is affected or at risk; latent ones are
     quiet (or the command succeeded)
  1  at least one known problem is affected or at risk (scan)
  2  bad command line (unknown command, option or problem id)
  3  could not complete (unreadable, invalid or incomplete snapshot, a verdict that
     could not be decided, knowledge base missing, file not writable, ...)
</source>
        <translation>Exit-Codes:
  0  nichts trifft zu: kein bekanntes Problem ist betroffen oder gefährdet; latente
     bleiben still (oder der Befehl war erfolgreich)
  1  mindestens ein bekanntes Problem ist betroffen oder gefährdet (scan)
  2  fehlerhafte Befehlszeile (unbekannter Befehl, unbekannte Option oder Problem-ID)
  3  konnte nicht abgeschlossen werden (unlesbarer, ungültiger oder unvollständiger
     Snapshot, ein Urteil, das nicht entschieden werden konnte, Wissensbasis fehlt,
     Datei nicht schreibbar, ...)
</translation>
    </message>
    <message>
        <source>Global options (accepted by every command, before or after it):
  --snapshot FILE  analyse a captured system instead of this machine
  --demo NAME      analyse a bundled demo snapshot; --demo list lists them
  --host [user@]HOST[:port]
                   collect from another machine over SSH (your OpenSSH client,
                   keys and ~/.ssh/config; key authentication only); nothing is
                   installed or changed there. Not with --snapshot/--demo
  --json           machine-readable output (JSON on stdout)
  -v, -vv          more detail; log to stderr (info, debug)
  -h, --help       show help (zfs-doctor COMMAND --help for one command)
  --version        print the version
</source>
        <translation>Globale Optionen (bei jedem Befehl, davor oder danach):
  --snapshot FILE  ein erfasstes System statt dieser Maschine auswerten
  --demo NAME      einen mitgelieferten Demo-Snapshot auswerten; --demo list listet sie
  --host [user@]HOST[:port]
                   über SSH von einer anderen Maschine erfassen (Ihr OpenSSH-Client,
                   Ihre Schlüssel und ~/.ssh/config; nur Schlüssel-Authentifizierung);
                   dort wird nichts installiert oder geändert. Nicht mit
                   --snapshot/--demo
  --json           maschinenlesbare Ausgabe (JSON auf stdout)
  -v, -vv          mehr Details; Protokoll auf stderr (info, debug)
  -h, --help       Hilfe zeigen (zfs-doctor COMMAND --help für einen Befehl)
  --version        die Version ausgeben
</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

Finds the known compatibility problems between OpenZFS, the Linux kernel, loop
devices and systemd on this system, explains them and shows the remedies.

Without a command, zfs-doctor opens its window when a display exists
(DISPLAY or WAYLAND_DISPLAY); --snapshot FILE, --demo NAME and --host HOST
open a captured, demo or remote system there. Without a display it prints
this help.

Commands:
</source>
        <translation>Aufruf: zfs-doctor [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

Findet die bekannten Kompatibilitätsprobleme zwischen OpenZFS, dem Linux-Kernel,
Loop-Geräten und systemd auf diesem System, erklärt sie und zeigt die Abhilfen.

Ohne Befehl öffnet zfs-doctor sein Fenster, wenn eine Anzeige vorhanden ist
(DISPLAY oder WAYLAND_DISPLAY); --snapshot FILE, --demo NAME und --host HOST
öffnen dort ein erfasstes, ein Demo- oder ein entferntes System. Ohne Anzeige
gibt es diese Hilfe aus.

Befehle:
</translation>
    </message>
    <message>
        <source>
Examples:
  zfs-doctor scan
  zfs-doctor --demo problem1-sysext-fedora41 scan
  zfs-doctor explain 1
  zfs-doctor capture /tmp/this-system.json --redact
  zfs-doctor --host admin@nas scan
  zfs-doctor --host admin@nas capture nas.json
</source>
        <translation>
Beispiele:
  zfs-doctor scan
  zfs-doctor --demo problem1-sysext-fedora41 scan
  zfs-doctor explain 1
  zfs-doctor capture /tmp/this-system.json --redact
  zfs-doctor --host admin@nas scan
  zfs-doctor --host admin@nas capture nas.json
</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor explain ID|NUMBER [GLOBAL OPTIONS]

Explains one known problem (by its id, e.g. sysext-odirect-einval, or its
number, 1 to N): what goes wrong, why, which versions, how to fix it. Then shows
this system&apos;s evidence for it (or the snapshot&apos;s, with --snapshot/--demo).
With --json prints {&quot;problem&quot;, &quot;explanation&quot; (Markdown), &quot;finding&quot;}.

</source>
        <translation>Aufruf: zfs-doctor explain ID|NUMBER [GLOBAL OPTIONS]

Erklärt ein bekanntes Problem (über seine ID, z. B. sysext-odirect-einval, oder
seine Nummer, 1 bis N): was schiefgeht, warum, welche Versionen, wie man es
behebt. Zeigt dann die Belege dieses Systems dafür (oder die des Snapshots, mit
--snapshot/--demo). Mit --json wird {&quot;problem&quot;, &quot;explanation&quot; (Markdown),
&quot;finding&quot;} ausgegeben.

</translation>
    </message>
    <message>
        <source>explain: which problem? give an id or a number (see zfs-doctor explain --help)</source>
        <translation>explain: welches Problem? Geben Sie eine ID oder eine Nummer an (siehe zfs-doctor explain --help)</translation>
    </message>
    <message>
        <source>explain: expected exactly one problem id or number, got &apos;%1&apos;</source>
        <translation>explain: genau eine Problem-ID oder -Nummer erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>explain: unknown problem &apos;%1&apos;; known problems: %2</source>
        <translation>explain: unbekanntes Problem &apos;%1&apos;; bekannte Probleme: %2</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>no detector result for %1
</source>
        <translation>kein Ergebnis eines Detektors für %1
</translation>
    </message>
    <message>
        <source>(%1 lines)</source>
        <translation>(%1 Zeilen)</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor fix REMEDY [TARGET] [--target T] [--option O] [--yes] [--json]

Applies one remedy on this machine through the privileged helper
(zfs-doctor-helper, authorized by polkit): shows what will change and the
equivalent commands, asks (unless --yes), applies, verifies and journals it;
`zfs-doctor undo CHANGE` reverts it. REMEDY is one of:
  %1

With --host [user@]HOST[:port], changes another machine over SSH instead, and
only a dataset property: dataset-direct-standard or dataset-direct-disabled
with --target POOL/DATASET, run there as `zfs set direct=VALUE DATASET` (as
root, or through `sudo -n`). The exact remote command is shown first, the
change is read back, and the journal entry is kept on THIS machine
(~/.local/share/zfs-doctor/remote-journal/): `zfs-doctor --host HOST
history` lists it, `zfs-doctor --host HOST undo CHANGE` reverts it. On
TrueNAS SCALE the change bypasses the TrueNAS middleware; the warning is
always printed and --yes (or answering y) accepts it. Other remedies are
refused with --host: make them on that machine itself (on TrueNAS: update
TrueNAS).

  --target T   the dataset, loop device or kernel release the remedy acts on
  --option O   a remedy&apos;s variant, where it has one
  --yes, -y    do not ask (needed when standard input is not a terminal)
  --json       print the resulting journal entry as JSON

</source>
        <translation>Aufruf: zfs-doctor fix REMEDY [TARGET] [--target T] [--option O] [--yes] [--json]

Wendet eine Abhilfe auf dieser Maschine über den privilegierten Helfer an
(zfs-doctor-helper, autorisiert durch polkit): zeigt, was sich ändert, und die
entsprechenden Befehle, fragt nach (außer mit --yes), wendet an, prüft und
protokolliert; `zfs-doctor undo CHANGE` macht es rückgängig. REMEDY ist eine von:
  %1

Mit --host [user@]HOST[:port] wird stattdessen eine andere Maschine über SSH
geändert, und nur eine Dataset-Eigenschaft: dataset-direct-standard oder
dataset-direct-disabled mit --target POOL/DATASET, dort ausgeführt als
`zfs set direct=VALUE DATASET` (als root oder über `sudo -n`). Der genaue
entfernte Befehl wird zuerst gezeigt, die Änderung wird zurückgelesen, und der
Journaleintrag bleibt auf DIESER Maschine
(~/.local/share/zfs-doctor/remote-journal/): `zfs-doctor --host HOST
history` listet ihn, `zfs-doctor --host HOST undo CHANGE` macht ihn rückgängig.
Auf TrueNAS SCALE umgeht die Änderung die TrueNAS-Middleware; die Warnung wird
immer ausgegeben, und --yes (oder die Antwort y) akzeptiert sie. Andere
Abhilfen werden mit --host abgelehnt: nehmen Sie sie auf jener Maschine selbst
vor (auf TrueNAS: TrueNAS aktualisieren).

  --target T   das Dataset, Loop-Gerät oder Kernel-Release, auf das die Abhilfe wirkt
  --option O   eine Variante der Abhilfe, wo es eine gibt
  --yes, -y    nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist)
  --json       den entstandenen Journaleintrag als JSON ausgeben

</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>probe needs a probe name and a dataset</source>
        <translation>probe braucht einen Testnamen und ein Dataset</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>fix needs a remedy id (one of: %1)</source>
        <translation>fix braucht eine Abhilfe-ID (eine von: %1)</translation>
    </message>
    <message>
        <source>--option is not used with --host</source>
        <translation>--option wird mit --host nicht verwendet</translation>
    </message>
    <message>
        <source>Apply this change?</source>
        <translation>Diese Änderung anwenden?</translation>
    </message>
    <message>
        <source>undo needs one change id, or --all</source>
        <translation>undo braucht eine Änderungs-ID oder --all</translation>
    </message>
    <message>
        <source>with --host, undo takes one change id (zfs-doctor --host HOST history lists them); &apos;%1&apos; is not one</source>
        <translation>mit --host nimmt undo eine Änderungs-ID (zfs-doctor --host HOST history listet sie); &apos;%1&apos; ist keine</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>unbekanntes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no demo snapshots in %1</source>
        <translation>keine Demo-Snapshots in %1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see zfs-doctor --help)</source>
        <translation>unbekannte Option &apos;%1&apos; (siehe zfs-doctor --help)</translation>
    </message>
    <message>
        <source>zfs-doctor %1
</source>
        <translation>zfs-doctor %1
</translation>
    </message>
    <message>
        <source>--host and %1 both name a system; give one</source>
        <translation>--host und %1 benennen beide ein System; geben Sie eines an</translation>
    </message>
    <message>
        <source>--host %1: %2</source>
        <translation>--host %1: %2</translation>
    </message>
    <message>
        <source>--demo and --snapshot both name a system; give one</source>
        <translation>--demo und --snapshot benennen beide ein System; geben Sie eines an</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Demo &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see zfs-doctor --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe zfs-doctor --help)</translation>
    </message>
    <message>
        <source>direct=%1 (%2)</source>
        <translation>direct=%1 (%2)</translation>
    </message>
    <message>
        <source>  now:            %1
</source>
        <translation>  jetzt:             %1
</translation>
    </message>
    <message>
        <source>  after:          %1
</source>
        <translation>  danach:            %1
</translation>
    </message>
    <message>
        <source>  remote command: %1
</source>
        <translation>  entfernter Befehl: %1
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  Warnung: %1
</translation>
    </message>
    <message>
        <source>not applying without --yes when standard input is not a terminal. Nothing was changed.</source>
        <translation>ohne --yes wird nicht angewendet, wenn die Standardeingabe kein Terminal ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Apply this change despite the warning above?</source>
        <translation>Diese Änderung trotz der obigen Warnung anwenden?</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Change %1 on %2 (%3 direct on %4): %5
</source>
        <translation>Änderung %1 auf %2 (%3 direct auf %4): %5
</translation>
    </message>
    <message>
        <source>undo of</source>
        <translation>Rücknahme von</translation>
    </message>
    <message>
        <source>  Undo with: zfs-doctor --host %1 undo %2
</source>
        <translation>  Rückgängig mit: zfs-doctor --host %1 undo %2
</translation>
    </message>
    <message>
        <source>fix %1 is not made over --host: on a remote machine ZFS Doctor only changes dataset properties (%2, %3). Nothing was changed.</source>
        <translation>fix %1 wird nicht über --host vorgenommen: auf einer entfernten Maschine ändert ZFS Doctor nur Dataset-Eigenschaften (%2, %3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>could not check which system %1 runs (%2). If it is TrueNAS SCALE: %3 Otherwise: %4</source>
        <translation>es ließ sich nicht prüfen, welches System %1 ausführt (%2). Wenn es TrueNAS SCALE ist: %3 Andernfalls: %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3. Nothing was changed.</source>
        <translation>%1 auf %2: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>unknown remedy &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Abhilfe &apos;%1&apos; (eine von: %2)</translation>
    </message>
    <message>
        <source>fix %1 needs a dataset: --target POOL/DATASET</source>
        <translation>fix %1 braucht ein Dataset: --target POOL/DATASET</translation>
    </message>
    <message>
        <source>fix %1</source>
        <translation>fix %1</translation>
    </message>
    <message>
        <source>This will change dataset %1 on %2 (%3):</source>
        <translation>Dies ändert Dataset %1 auf %2 (%3):</translation>
    </message>
    <message>
        <source>undo %1</source>
        <translation>undo %1</translation>
    </message>
    <message>
        <source>This will undo change %1 on dataset %2 of %3:</source>
        <translation>Dies macht Änderung %1 an Dataset %2 von %3 rückgängig:</translation>
    </message>
    <message>
        <source>skipped in %1: %2</source>
        <translation>übersprungen in %1: %2</translation>
    </message>
    <message>
        <source>ZFS Doctor has made no changes on %1 (journal: %2).
</source>
        <translation>ZFS Doctor hat auf %1 keine Änderungen vorgenommen (Journal: %2).
</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 direct=%5 (was %6, %7)
</source>
        <translation>%1  %2  %3 %4 direct=%5 (vorher %6, %7)
</translation>
    </message>
    <message>
        <source>probe is not run over --host: a probe performs real I/O on a dataset through the privileged helper (zfs-doctor-helper) of the machine it runs on. Run `zfs-doctor probe ...` on %1 itself. Nothing was run.</source>
        <translation>probe wird nicht über --host ausgeführt: ein Test führt echte I/O auf einem Dataset über den privilegierten Helfer (zfs-doctor-helper) der Maschine aus, auf der er läuft. Führen Sie `zfs-doctor probe ...` auf %1 selbst aus. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>For scan, 3 also means: the snapshot lacks the kernel and ZFS records every
verdict needs (incomplete), or no problem is affected or at risk but one could
not be decided (a deciding fact was not readable). Latent problems exit 0.
</source>
        <translation>Für scan bedeutet 3 außerdem: dem Snapshot fehlen die Kernel- und ZFS-Einträge,
die jedes Urteil braucht (unvollständig), oder kein Problem ist betroffen oder
gefährdet, aber eines konnte nicht entschieden werden (ein entscheidender Fakt
war nicht lesbar). Latente Probleme enden mit 0.
</translation>
    </message>
    <message>
        <source>scan: --format needs a value (text, json, markdown, html)</source>
        <translation>scan: --format braucht einen Wert (text, json, markdown, html)</translation>
    </message>
    <message>
        <source>scan: unknown format &apos;%1&apos; (text, json, markdown, html)</source>
        <translation>scan: unbekanntes Format &apos;%1&apos; (text, json, markdown, html)</translation>
    </message>
    <message>
        <source>scan: unexpected argument &apos;%1&apos; (see zfs-doctor scan --help)</source>
        <translation>scan: unerwartetes Argument &apos;%1&apos; (siehe zfs-doctor scan --help)</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor scan [--format text|json|markdown|html] [GLOBAL OPTIONS]

Checks this machine (or the snapshot given with --snapshot/--demo) for the known
OpenZFS compatibility problems. Prints one line when none is affected or at risk
(plus one quiet &quot;latent&quot; line when this ZFS has a bug nothing here triggers);
otherwise, per problem: its id, status (an at-risk one names its next step), why
(the facts of this system that decided it), action (the safest remedies with
their exact commands) and see (upstream reports). Problems that could not be
decided are listed with the fact that is missing.

  --format FORMAT  text (default), json (same as --json: facts, findings and
                   collector notes), markdown or html (a report to share)
  -v               also list the problems that do not apply, all remedies
  -vv              also the collected facts, all evidence, collector notes and
                   the processes a scan of this machine started

</source>
        <translation>Aufruf: zfs-doctor scan [--format text|json|markdown|html] [GLOBAL OPTIONS]

Prüft diese Maschine (oder den mit --snapshot/--demo angegebenen Snapshot) auf
die bekannten OpenZFS-Kompatibilitätsprobleme. Gibt eine Zeile aus, wenn keines
betroffen oder gefährdet ist (plus eine stille „latent“-Zeile, wenn dieses ZFS
einen Fehler hat, den hier nichts auslöst); sonst je Problem: seine ID, den
Status (ein gefährdetes nennt seinen nächsten Schritt), den Grund (die Fakten
dieses Systems, die es entschieden haben), die Abhilfe (die sichersten Abhilfen
mit ihren genauen Befehlen) und Quellen (Upstream-Berichte). Probleme, die nicht
entschieden werden konnten, werden mit dem fehlenden Fakt aufgeführt.

  --format FORMAT  text (Standard), json (wie --json: Fakten, Befunde und
                   Hinweise der Sammler), markdown oder html (ein Bericht zum Teilen)
  -v               auch die Probleme auflisten, die nicht zutreffen, alle Abhilfen
  -vv              auch die erhobenen Fakten, alle Belege, Hinweise der Sammler und
                   die Prozesse, die ein Scan dieser Maschine gestartet hat

</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>Änderung %1 (%2): %3</translation>
    </message>
    <message>
        <source>undo [%1] %2</source>
        <translation>rückgängig [%1] %2</translation>
    </message>
    <message>
        <source>This will change the system (%1):</source>
        <translation>Dies ändert das System (%1):</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>equivalent commands:</source>
        <translation>entsprechende Befehle:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>It can be undone with `zfs-doctor undo CHANGE`.</source>
        <translation>Sie lässt sich mit `zfs-doctor undo CHANGE` rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There was nothing to undo.</source>
        <translation>Es gab nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>ZFS Doctor has made no changes on this system.</source>
        <translation>ZFS Doctor hat auf diesem System keine Änderungen vorgenommen.</translation>
    </message>
    <message>
        <source>warning: unreadable journal entry: %1</source>
        <translation>Warnung: unlesbarer Journaleintrag: %1</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor check-kernel RELEASE [GLOBAL OPTIONS]

Answers: if the installed kernel RELEASE (as `uname -r` prints it) becomes the
kernel the next boot starts, does a known problem that depends on that kernel
hit this machine (or the snapshot)? Collects like scan, takes RELEASE as the
default boot entry and prints one line per problem that would be affected or at
risk, nothing otherwise (-v: one &quot;ok&quot; line). Read-only; no privileges needed.
The kernel install hooks run it when a kernel is installed.
Problems checked: %1

</source>
        <translation>Aufruf: zfs-doctor check-kernel RELEASE [GLOBALE OPTIONEN]

Beantwortet: Wenn der installierte Kernel RELEASE (wie `uname -r` ihn ausgibt) der
Kernel wird, den der nächste Start lädt, trifft dann ein bekanntes Problem, das von
diesem Kernel abhängt, diese Maschine (oder den Snapshot)? Sammelt wie scan, nimmt
RELEASE als Standard-Starteintrag an und gibt je Problem, das betroffen oder
gefährdet wäre, eine Zeile aus, sonst nichts (-v: eine „ok“-Zeile). Nur lesend;
keine Rechte nötig. Die Kernel-Installations-Hooks rufen es auf, wenn ein Kernel
installiert wird.
Geprüfte Probleme: %1

</translation>
    </message>
    <message>
        <source>Exit codes of check-kernel:
  0  no checked problem would hit with RELEASE as the next boot&apos;s kernel
  1  at least one would be affected or at risk (one line each)
  2  bad command line (no RELEASE, or not a kernel release)
  3  could not decide: RELEASE is not installed, the installed kernels could
     not be read, a verdict could not be decided, or the snapshot or knowledge
     base could not be read
</source>
        <translation>Exit-Codes von check-kernel:
  0  kein geprüftes Problem träfe zu, wenn RELEASE der Kernel des nächsten Starts ist
  1  mindestens eines wäre betroffen oder gefährdet (je eine Zeile)
  2  fehlerhafte Befehlszeile (kein RELEASE oder kein Kernel-Release)
  3  nicht entscheidbar: RELEASE ist nicht installiert, die installierten Kernel
     konnten nicht gelesen werden, ein Urteil war nicht zu fällen, oder Snapshot
     oder Wissensbasis waren nicht lesbar
</translation>
    </message>
    <message>
        <source>kernel %1 could not be checked: %2</source>
        <translation>Kernel %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>kernel %1: %2 (problem %3 %4, %5) Run: zfs-doctor explain %4</source>
        <translation>Kernel %1: %2 (Problem %3 %4, %5) Mehr dazu: zfs-doctor explain %4</translation>
    </message>
    <message>
        <source>kernel %1: whether problem %2 %3 would hit could not be decided: %4</source>
        <translation>Kernel %1: ob Problem %2 %3 zuträfe, ließ sich nicht entscheiden: %4</translation>
    </message>
    <message>
        <source>kernel %1: ok, as the next boot&apos;s kernel it triggers none of: %2</source>
        <translation>Kernel %1: ok, als Kernel des nächsten Starts löst er keines davon aus: %2</translation>
    </message>
    <message>
        <source>check-kernel: which kernel? give its release as `uname -r` prints it (see zfs-doctor check-kernel --help)</source>
        <translation>check-kernel: welcher Kernel? Sein Release angeben, wie `uname -r` es ausgibt (siehe zfs-doctor check-kernel --help)</translation>
    </message>
    <message>
        <source>check-kernel: expected exactly one kernel release, got &apos;%1&apos;</source>
        <translation>check-kernel: genau ein Kernel-Release erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check-kernel: &apos;%1&apos; is not a kernel release (expected what `uname -r` prints, for example 6.12.24-200.fc41.x86_64)</source>
        <translation>check-kernel: &apos;%1&apos; ist kein Kernel-Release (erwartet wird, was `uname -r` ausgibt, zum Beispiel 6.12.24-200.fc41.x86_64)</translation>
    </message>
</context>
<context>
    <name>zd::gui::DemoChooserDialog</name>
    <message>
        <source>Open a demo system</source>
        <translation>Demo-System öffnen</translation>
    </message>
    <message>
        <source>Each demo is a snapshot of a real kind of system. It opens read-only: nothing on this machine is changed.</source>
        <translation>Jede Demo ist ein Snapshot einer realen Art von System. Sie wird schreibgeschützt geöffnet: Auf diesem Rechner wird nichts geändert.</translation>
    </message>
    <message>
        <source>Demo systems</source>
        <translation>Demo-Systeme</translation>
    </message>
    <message>
        <source>No demos were found in %1.</source>
        <translation>In %1 wurden keine Demos gefunden.</translation>
    </message>
</context>
<context>
    <name>zd::gui::DocumentationViewer</name>
    <message>
        <source>ZFS Doctor Documentation</source>
        <translation>ZFS-Doctor-Dokumentation</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is part of the zfs-doctor package (%1/docs) and of the source code (docs/).</source>
        <translation>Die Dokumentation ist hier nicht installiert. Sie ist Teil des Pakets zfs-doctor (%1/docs) und des Quellcodes (docs/).</translation>
    </message>
</context>
<context>
    <name>zd::gui::ExplanationPage</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Choose a problem to see what it means for this system.</source>
        <translation>Wählen Sie ein Problem, um zu sehen, was es für dieses System bedeutet.</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>Was Sie sehen</translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation>Warum es passiert</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Are you affected?</source>
        <translation>Sind Sie betroffen?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Nothing needs to be done on this system for this problem.</source>
        <translation>Für dieses Problem ist auf diesem System nichts zu tun.</translation>
    </message>
    <message>
        <source>How it will be verified</source>
        <translation>Wie es überprüft wird</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why unknown:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum unbekannt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No evidence was collected for this problem.</source>
        <translation>Für dieses Problem wurden keine Belege erfasst.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>Auf diesem System</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>◆ marks the facts that decided the verdict.</source>
        <translation>◆ markiert die Fakten, die das Urteil entschieden haben.</translation>
    </message>
    <message>
        <source>Evidence on this system</source>
        <translation>Belege auf diesem System</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Risiko:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undo:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;Rückgängig:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Review the exact change, then apply it with the helper</source>
        <translation>Die genaue Änderung prüfen und dann mit dem Helfer anwenden</translation>
    </message>
    <message>
        <source>Manual step: ZFS Doctor shows the command but does not run it.</source>
        <translation>Manueller Schritt: ZFS Doctor zeigt den Befehl, führt ihn aber nicht aus.</translation>
    </message>
    <message>
        <source>For this system, safest first:</source>
        <translation>Für dieses System, das Sicherste zuerst:</translation>
    </message>
    <message>
        <source>Target of: %1</source>
        <translation>Ziel von: %1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step that triggers it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nächster Schritt, der es auslöst:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latent:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Latent:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>this ZFS has the bug, but nothing on this system triggers it.</source>
        <translation>dieses ZFS hat den Fehler, aber nichts auf diesem System löst ihn aus.</translation>
    </message>
    <message>
        <source>Manual step: there is no single command for this system; follow the steps above.</source>
        <translation>Manueller Schritt: für dieses System gibt es keinen einzelnen Befehl; folgen Sie den Schritten oben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Konflikt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Recommended for this system</source>
        <translation>Für dieses System empfohlen</translation>
    </message>
    <message>
        <source>The recommended fix above is the only one for this system.</source>
        <translation>Die empfohlene Abhilfe oben ist die einzige für dieses System.</translation>
    </message>
    <message>
        <source>Other ways for this system, safest first:</source>
        <translation>Weitere Wege für dieses System, der sicherste zuerst:</translation>
    </message>
    <message>
        <source>Every way to fix it, on any system</source>
        <translation>Alle Wege zur Behebung, auf jedem System</translation>
    </message>
    <message numerus="yes">
        <source>and %1 more</source>
        <translation>
            <numerusform>und %1 weiterer</numerusform>
            <numerusform>und %1 weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weiteren zeigen</numerusform>
            <numerusform>%n weitere zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Den ganzen Text anzeigen</translation>
    </message>
</context>
<context>
    <name>zd::gui::FindingsPage</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2, severity %3</source>
        <translation>%1, %2, Schweregrad %3</translation>
    </message>
    <message>
        <source>%1, severity %2</source>
        <translation>%1, Schweregrad %2</translation>
    </message>
</context>
<context>
    <name>zd::gui::HistoryPage</name>
    <message>
        <source>&amp;Undo this change</source>
        <translation>Diese Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo &amp;all</source>
        <translation>&amp;Alle rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Every change ZFS Doctor made on this machine, newest first. Each one records the state before it, so it can be undone.</source>
        <translation>Jede Änderung, die ZFS Doctor auf diesem Rechner vorgenommen hat, die neueste zuerst. Jede hält den vorherigen Zustand fest und lässt sich daher rückgängig machen.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>This is a snapshot of another system: its change history is not available here.</source>
        <translation>Dies ist ein Snapshot eines anderen Systems: Sein Änderungsverlauf ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation>Der Änderungsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>ZFS Doctor has not changed anything on this machine.</source>
        <translation>ZFS Doctor hat auf diesem Rechner nichts geändert.</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo the change…</source>
        <translation>Warten auf Autorisierung, um die Änderung rückgängig zu machen…</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Undo all changes</source>
        <translation>Alle Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Undo every change ZFS Doctor made on this machine, newest first?</source>
        <translation>Alle Änderungen, die ZFS Doctor auf diesem Rechner vorgenommen hat, rückgängig machen (die neueste zuerst)?</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo all changes…</source>
        <translation>Warten auf Autorisierung, um alle Änderungen rückgängig zu machen…</translation>
    </message>
    <message>
        <source>All changes were undone.</source>
        <translation>Alle Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry reading the change history</source>
        <translation>Den Änderungsverlauf erneut lesen</translation>
    </message>
    <message>
        <source>Could not read the change history: %1</source>
        <translation>Der Änderungsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>zd::gui::MainWindow</name>
    <message>
        <source>ZFS Doctor</source>
        <translation>ZFS Doctor</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded: %1</source>
        <translation>Die Wissensbasis konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Loop devices changed; scanning again…</source>
        <translation>Loop-Geräte haben sich geändert; erneute Prüfung…</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>&amp;Diesen Rechner prüfen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>Snapshot ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo System…</source>
        <translation>&amp;Demo-System öffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Scan This Machine</source>
        <translation>Diesen Rechner &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot a Problem…</source>
        <translation>Problem &amp;untersuchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ZFS Doctor</source>
        <translation>&amp;Über ZFS Doctor</translation>
    </message>
    <message>
        <source>About ZFS Doctor</source>
        <translation>Über ZFS Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZFS Doctor %1&lt;/h3&gt;&lt;p&gt;Finds and fixes known compatibility problems between OpenZFS, the Linux kernel, loop devices and systemd.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ZFS Doctor %1&lt;/h3&gt;&lt;p&gt;Findet und behebt bekannte Kompatibilitätsprobleme zwischen OpenZFS, dem Linux-Kernel, Loop-Geräten und systemd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>ZFS Doctor snapshots (*.json);;All files (*)</source>
        <translation>ZFS-Doctor-Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No problem needs attention.</source>
        <translation>Kein Problem erfordert Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) need attention.</source>
        <translation>
            <numerusform>%n Problem erfordert Aufmerksamkeit.</numerusform>
            <numerusform>%n Probleme erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>Es wurde noch nichts geprüft.</translation>
    </message>
    <message>
        <source>Fixes are disabled: this is a snapshot of another system, not this machine.</source>
        <translation>Korrekturen sind deaktiviert: Dies ist ein Snapshot eines anderen Systems, nicht dieser Rechner.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; demo snapshot “%1”.</source>
        <translation>&lt;b&gt;Nicht dieser Rechner:&lt;/b&gt; Demo-Snapshot „%1“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; snapshot “%1”.</source>
        <translation>&lt;b&gt;Nicht dieser Rechner:&lt;/b&gt; Snapshot „%1“.</translation>
    </message>
    <message>
        <source>Captured on %1.</source>
        <translation>Erfasst auf %1.</translation>
    </message>
    <message>
        <source>Fixes are disabled.</source>
        <translation>Korrekturen sind deaktiviert.</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;Connect to Remote Machine…</source>
        <translation>Mit entferntem Rechner &amp;verbinden…</translation>
    </message>
    <message>
        <source>Scan a TrueNAS box or a headless server over SSH</source>
        <translation>Einen TrueNAS-Rechner oder einen Server ohne Bildschirm über SSH prüfen</translation>
    </message>
    <message>
        <source>Fixes from this window change only this machine, and this is %1 over SSH. To change a dataset&apos;s direct property there, run in a terminal: zfs-doctor --host %1 fix REMEDY --target POOL/DATASET</source>
        <translation>Korrekturen aus diesem Fenster ändern nur diesen Rechner, und dies ist %1 über SSH. Um dort die direct-Eigenschaft eines Datasets zu ändern, führen Sie in einem Terminal aus: zfs-doctor --host %1 fix REMEDY --target POOL/DATASET</translation>
    </message>
    <message>
        <source>%1 over SSH</source>
        <translation>%1 über SSH</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; %1 (host name %2), scanned over SSH just now; nothing was changed there. Fixes in this window are disabled: they would change this machine.</source>
        <translation>&lt;b&gt;Nicht dieser Rechner:&lt;/b&gt; %1 (Hostname %2), soeben über SSH geprüft; dort wurde nichts geändert. Korrekturen sind in diesem Fenster deaktiviert: Sie würden diesen Rechner ändern.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Capture Snapshot…</source>
        <translation>Snapshot &amp;erfassen…</translation>
    </message>
    <message>
        <source>Save what ZFS Doctor read, to show it elsewhere or attach it to a bug report</source>
        <translation>Speichern, was ZFS Doctor gelesen hat, um es anderswo zu zeigen oder einem Fehlerbericht beizulegen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read again what is shown (F5)</source>
        <translation>Das Angezeigte erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Capture Snapshot</source>
        <translation>Snapshot erfassen</translation>
    </message>
    <message>
        <source>A snapshot records what ZFS Doctor reads on %1, so that it can be shown on another machine or attached to a bug report. Nothing is changed.</source>
        <translation>Ein Snapshot hält fest, was ZFS Doctor auf %1 liest, damit es auf einer anderen Maschine gezeigt oder einem Fehlerbericht beigelegt werden kann. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Redact host, pool, dataset and user names</source>
        <translation>Host-, Pool-, Dataset- und Benutzernamen &amp;anonymisieren</translation>
    </message>
    <message>
        <source>Redacted names are replaced by placeholders; versions, settings and the verdicts stay the same.</source>
        <translation>Anonymisierte Namen werden durch Platzhalter ersetzt; Versionen, Einstellungen und die Urteile bleiben gleich.</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>ZFS Doctor snapshots (*.json)</source>
        <translation>ZFS-Doctor-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Capturing a snapshot to %1…</source>
        <translation>Snapshot wird nach %1 erfasst…</translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation>Snapshot nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>No snapshot written: %1</source>
        <translation>Kein Snapshot geschrieben: %1</translation>
    </message>
    <message>
        <source>nothing was collected that could be captured</source>
        <translation>es wurde nichts erhoben, was erfasst werden könnte</translation>
    </message>
</context>
<context>
    <name>zd::gui::OverviewPage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown mount</source>
        <translation>unbekannter Einhängepunkt</translation>
    </message>
    <message>
        <source>ZFS dataset %1</source>
        <translation>ZFS-Dataset %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ZFS is not installed on this machine.&lt;/b&gt; There is nothing to check here, but you can explore how ZFS Doctor diagnoses real systems with a bundled demo.</source>
        <translation>&lt;b&gt;ZFS ist auf diesem Rechner nicht installiert.&lt;/b&gt; Hier gibt es nichts zu prüfen, aber mit einer mitgelieferten Demo können Sie sehen, wie ZFS Doctor echte Systeme untersucht.</translation>
    </message>
    <message>
        <source>Open a &amp;demo system…</source>
        <translation>&amp;Demo-System öffnen…</translation>
    </message>
    <message>
        <source>Open a demo system</source>
        <translation>Demo-System öffnen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>OpenZFS</source>
        <translation>OpenZFS</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>System details</source>
        <translation>Systemdetails</translation>
    </message>
    <message>
        <source>Pools and datasets</source>
        <translation>Pools und Datasets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>recordsize</source>
        <translation>recordsize</translation>
    </message>
    <message>
        <source>mountpoint</source>
        <translation>mountpoint</translation>
    </message>
    <message>
        <source>Mounted / health</source>
        <translation>Eingehängt / Zustand</translation>
    </message>
    <message>
        <source>&amp;Pools and datasets</source>
        <translation>&amp;Pools und Datasets</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>Hintergrunddatei</translation>
    </message>
    <message>
        <source>Backing file is on</source>
        <translation>Hintergrunddatei liegt auf</translation>
    </message>
    <message>
        <source>Direct I/O</source>
        <translation>Direct I/⁠O</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Loop devices</source>
        <translation>Loop-Geräte</translation>
    </message>
    <message>
        <source>&amp;Loop devices</source>
        <translation>&amp;Loop-Geräte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>Gespeichert auf</translation>
    </message>
    <message>
        <source>System extensions</source>
        <translation>Systemerweiterungen</translation>
    </message>
    <message>
        <source>System e&amp;xtensions</source>
        <translation>System&amp;erweiterungen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>ZFS module parameters</source>
        <translation>ZFS-Modulparameter</translation>
    </message>
    <message>
        <source>Module para&amp;meters</source>
        <translation>Modul&amp;parameter</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>&amp;Kernels</source>
        <translation>&amp;Kernel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What could not be found out</source>
        <translation>Was nicht ermittelt werden konnte</translation>
    </message>
    <message>
        <source>Collector notes</source>
        <translation>Hinweise der Erfassung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Kernel module</source>
        <translation>Kernelmodul</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>Userland tools</source>
        <translation>Userland-Werkzeuge</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Versions differ: the kernel module is what runs. Reboot to load the module matching the tools.</source>
        <translation>Die Versionen unterscheiden sich: Maßgeblich ist das laufende Kernelmodul. Starten Sie neu, um das zu den Werkzeugen passende Modul zu laden.</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>direct property</source>
        <translation>Eigenschaft direct</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>systemd-sysext</source>
        <translation>systemd-sysext</translation>
    </message>
    <message>
        <source>not set (direct I/O on)</source>
        <translation>nicht gesetzt (Direct&#xa0;I/⁠O&#xa0;an)</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Gesetzt in</translation>
    </message>
    <message>
        <source>Extension images</source>
        <translation>Erweiterungsabbilder</translation>
    </message>
    <message>
        <source>mounted</source>
        <translation>eingehängt</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>nicht eingehängt</translation>
    </message>
    <message>
        <source>value %1, source: %2</source>
        <translation>Wert %1, Quelle: %2</translation>
    </message>
    <message>
        <source>not supported by this ZFS version</source>
        <translation>von dieser ZFS-Version nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>disk image (loop device)</source>
        <translation>Festplattenabbild (Loop-Gerät)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>default boot entry</source>
        <translation>Standard-Booteintrag</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>pinned (%1)</source>
        <translation>festgehalten (%1)</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Hinweise (%1)</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Nicht bekannt: %1</translation>
    </message>
    <message>
        <source>&amp;Why unknown?</source>
        <translation>&amp;Warum unbekannt?</translation>
    </message>
    <message>
        <source>&amp;What to do…</source>
        <translation>&amp;Was tun…</translation>
    </message>
    <message>
        <source>Open problem %1: %2</source>
        <translation>Problem %1 öffnen: %2</translation>
    </message>
    <message>
        <source>ZFS is not installed: none of the known problems can occur here. Open a demo system to see how they are diagnosed.</source>
        <translation>ZFS ist nicht installiert: keines der bekannten Probleme kann hier auftreten. Öffnen Sie ein Demo-System, um zu sehen, wie sie erkannt werden.</translation>
    </message>
    <message>
        <source>No problem was evaluated.</source>
        <translation>Es wurde kein Problem bewertet.</translation>
    </message>
    <message>
        <source>%1 (not in the list of datasets read)</source>
        <translation>%1 (nicht in der gelesenen Liste der Datasets)</translation>
    </message>
    <message>
        <source>No pools: ZFS is not installed on this system.</source>
        <translation>Keine Pools: ZFS ist auf diesem System nicht installiert.</translation>
    </message>
    <message>
        <source>No pool is imported on this system.</source>
        <translation>Auf diesem System ist kein Pool importiert.</translation>
    </message>
    <message>
        <source>No loop device is attached on this system.</source>
        <translation>Auf diesem System ist kein Loop-Gerät angehängt.</translation>
    </message>
    <message>
        <source>No system extensions: this system does not run systemd.</source>
        <translation>Keine Systemerweiterungen: dieses System verwendet kein systemd.</translation>
    </message>
    <message>
        <source>No system extension image is installed on this system.</source>
        <translation>Auf diesem System ist kein Systemerweiterungs-Image installiert.</translation>
    </message>
    <message>
        <source>No ZFS module parameters were read.</source>
        <translation>Es wurden keine Parameter des ZFS-Moduls gelesen.</translation>
    </message>
    <message>
        <source>The zfs kernel module is not loaded: it has no parameters now.</source>
        <translation>Das zfs-Kernelmodul ist nicht geladen: es hat derzeit keine Parameter.</translation>
    </message>
    <message>
        <source>No installed kernel package was found.</source>
        <translation>Es wurde kein installiertes Kernelpaket gefunden.</translation>
    </message>
    <message>
        <source>Every collector read what it needed.</source>
        <translation>Jeder Sammler hat gelesen, was er brauchte.</translation>
    </message>
</context>
<context>
    <name>zd::gui::ProbePage</name>
    <message>
        <source>&amp;Run selected probes</source>
        <translation>Ausgewählte Probes &amp;ausführen</translation>
    </message>
    <message>
        <source>Confirm with a probe</source>
        <translation>Mit einer Probe bestätigen</translation>
    </message>
    <message>
        <source>A probe repeats the failing operation on a temporary file, so the diagnosis no longer rests on version numbers alone. Probes that could hang or crash the kernel are never run.</source>
        <translation>Eine Probe wiederholt die fehlschlagende Operation an einer temporären Datei, sodass die Diagnose nicht mehr nur auf Versionsnummern beruht. Probes, die den Kernel einfrieren oder abstürzen lassen könnten, werden nie ausgeführt.</translation>
    </message>
    <message>
        <source>The helper asks for authorization before it runs a probe</source>
        <translation>Der Helfer bittet um Autorisierung, bevor er eine Probe ausführt</translation>
    </message>
    <message>
        <source>✕ Never probed: %1</source>
        <translation>✕ Wird nie geprüft: %1</translation>
    </message>
    <message>
        <source>Run the “%1” probe on</source>
        <translation>Die Probe „%1“ ausführen auf</translation>
    </message>
    <message>
        <source>Dataset to probe</source>
        <translation>Zu prüfendes Dataset</translation>
    </message>
    <message>
        <source>Not here: probes only run on this machine, not on a snapshot.</source>
        <translation>Nicht hier: Probes laufen nur auf diesem Rechner, nicht auf einem Snapshot.</translation>
    </message>
    <message>
        <source>Not here: there is no mounted dataset to probe.</source>
        <translation>Nicht hier: Es gibt kein eingehängtes Dataset, das geprüft werden kann.</translation>
    </message>
    <message>
        <source>Probes are optional: you can go on without them.</source>
        <translation>Probes sind optional: Sie können auch ohne sie fortfahren.</translation>
    </message>
    <message>
        <source>No probe can run here; the findings rest on versions and configuration.</source>
        <translation>Hier kann keine Probe laufen; die Befunde beruhen auf Versionen und Konfiguration.</translation>
    </message>
    <message>
        <source>Waiting for authorization and for the probe to run…</source>
        <translation>Warten auf Autorisierung und auf die Probe…</translation>
    </message>
    <message>
        <source>Refused by the helper: %1</source>
        <translation>Vom Helfer abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Helfers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ran: %1 failed with %2 — this reproduces the problem.</source>
        <translation>Ausgeführt: %1 schlug mit %2 fehl — das Problem ist damit nachgewiesen.</translation>
    </message>
    <message>
        <source>Ran: %1 succeeded — the problem did not occur.</source>
        <translation>Ausgeführt: %1 war erfolgreich — das Problem trat nicht auf.</translation>
    </message>
</context>
<context>
    <name>zd::gui::RemedyReview</name>
    <message>
        <source>Current and new state</source>
        <translation>Aktueller und neuer Zustand</translation>
    </message>
    <message>
        <source>Commands that will run</source>
        <translation>Befehle, die ausgeführt werden</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Asking the helper what exactly would change…</source>
        <translation>Der Helfer wird gefragt, was sich genau ändern würde…</translation>
    </message>
    <message>
        <source>The helper could not prepare this change: %1</source>
        <translation>Der Helfer konnte diese Änderung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>Waiting for authorization and for the change to be applied…</source>
        <translation>Warten auf Autorisierung und auf das Anwenden der Änderung…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change:&lt;/b&gt; %1 is already in the state this fix produces.</source>
        <translation>&lt;b&gt;Nichts zu ändern:&lt;/b&gt; %1 ist bereits in dem Zustand, den diese Korrektur herstellt.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>Nach der Korrektur</translation>
    </message>
    <message>
        <source>Exactly these changes will be made:</source>
        <translation>Genau diese Änderungen werden vorgenommen:</translation>
    </message>
</context>
<context>
    <name>zd::gui::RemedyReviewDialog</name>
    <message>
        <source>Review the change</source>
        <translation>Änderung prüfen</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Risiko:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the change shown above; you will be asked to authorize it</source>
        <translation>Die oben gezeigte Änderung anwenden; Sie werden um Autorisierung gebeten</translation>
    </message>
</context>
<context>
    <name>zd::gui::RemoteConnectDialog</name>
    <message>
        <source>Connect to a remote machine</source>
        <translation>Mit einem entfernten Rechner verbinden</translation>
    </message>
    <message>
        <source>Scan another machine, for example a TrueNAS server, over SSH. Your own SSH keys, agent and ~/.ssh/config are used; ZFS Doctor never asks for a password and never accepts an unknown host key, so connect once with &lt;code&gt;ssh&lt;/code&gt; in a terminal first. The scan only reads: nothing is installed or changed on that machine.</source>
        <translation>Einen anderen Rechner über SSH prüfen, zum Beispiel einen TrueNAS-Server. Verwendet werden Ihre eigenen SSH-Schlüssel, Ihr Agent und ~/.ssh/config; ZFS Doctor fragt nie nach einem Passwort und akzeptiert nie einen unbekannten Hostschlüssel. Verbinden Sie sich daher zuerst einmal mit &lt;code&gt;ssh&lt;/code&gt; in einem Terminal. Die Prüfung liest nur: Auf diesem Rechner wird nichts installiert oder geändert.</translation>
    </message>
    <message>
        <source>admin@nas, nas.local:2222</source>
        <translation>admin@nas, nas.local:2222</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Host ([user@]host[:port]):</source>
        <translation>&amp;Host ([Benutzer@]Host[:Port]):</translation>
    </message>
    <message>
        <source>&amp;Connect and Scan</source>
        <translation>&amp;Verbinden und prüfen</translation>
    </message>
    <message>
        <source>Recently used hosts are in the list.</source>
        <translation>Zuletzt verwendete Hosts stehen in der Liste.</translation>
    </message>
</context>
<context>
    <name>zd::gui::ReviewPage</name>
    <message>
        <source>&amp;Apply this change</source>
        <translation>Diese Änderung &amp;anwenden</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Änderung prüfen</translation>
    </message>
    <message>
        <source>This is exactly what the helper will change. You will be asked to authorize it.</source>
        <translation>Genau das wird der Helfer ändern. Sie werden um Autorisierung gebeten.</translation>
    </message>
    <message>
        <source> on &lt;code&gt;%1&lt;/code&gt;</source>
        <translation> auf &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1 — %2 Next, a new scan checks whether the problem is gone.</source>
        <translation>%1 – %2 Als Nächstes prüft eine neue Prüfung, ob das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>zd::gui::ScanController</name>
    <message>
        <source>Scanning this system…</source>
        <translation>Dieses System wird geprüft…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Scanning %1 over SSH…</source>
        <translation>%1 wird über SSH geprüft…</translation>
    </message>
</context>
<context>
    <name>zd::gui::ScanPage</name>
    <message>
        <source>Looking at the system</source>
        <translation>Das System wird untersucht</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Collecting versions, datasets, loop devices and systemd settings…</source>
        <translation>Versionen, Datasets, Loop-Geräte und systemd-Einstellungen werden erfasst…</translation>
    </message>
    <message numerus="yes">
        <source>The scan is complete. %n problem(s) on this system need attention.</source>
        <translation>
            <numerusform>Die Prüfung ist abgeschlossen. %n Problem auf diesem System erfordert Aufmerksamkeit.</numerusform>
            <numerusform>Die Prüfung ist abgeschlossen. %n Probleme auf diesem System erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ZFS Doctor reads versions, datasets, loop devices and systemd settings. Nothing is changed.</source>
        <translation>ZFS Doctor liest Versionen, Datasets, Loop-Geräte und systemd-Einstellungen. Es wird nichts verändert.</translation>
    </message>
</context>
<context>
    <name>zd::gui::Status</name>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Confirmed by a probe on this system</source>
        <translation>Durch eine Probe auf diesem System bestätigt</translation>
    </message>
    <message>
        <source>Inferred from versions and configuration</source>
        <translation>Aus Versionen und Konfiguration abgeleitet</translation>
    </message>
    <message>
        <source>Rests on an unconfirmed upstream fact</source>
        <translation>Beruht auf einer unbestätigten Angabe von upstream</translation>
    </message>
    <message>
        <source>Not affected (latent)</source>
        <translation>Nicht betroffen (latent)</translation>
    </message>
</context>
<context>
    <name>zd::gui::SummaryPage</name>
    <message>
        <source>&amp;Undo this change</source>
        <translation>Diese Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) ran or were refused.</source>
        <translation>
            <numerusform>%n Probe wurde ausgeführt oder abgelehnt.</numerusform>
            <numerusform>%n Probes wurden ausgeführt oder abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rescan verified the change.</source>
        <translation>Die erneute Prüfung hat die Änderung bestätigt.</translation>
    </message>
    <message>
        <source>The rescan did not confirm the change.</source>
        <translation>Die erneute Prüfung hat die Änderung nicht bestätigt.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo the change…</source>
        <translation>Warten auf Autorisierung, um die Änderung rückgängig zu machen…</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 – %2.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3.</source>
        <translation>%1 auf %2 – %3.</translation>
    </message>
    <message>
        <source>What was found and what was changed.</source>
        <translation>Was gefunden und was geändert wurde.</translation>
    </message>
</context>
<context>
    <name>zd::gui::SymptomPage</name>
    <message>
        <source>What is happening?</source>
        <translation>Was passiert?</translation>
    </message>
    <message>
        <source>Choose what you noticed. ZFS Doctor then checks the problems that cause it.</source>
        <translation>Wählen Sie, was Ihnen aufgefallen ist. ZFS Doctor prüft dann die Probleme, die es verursachen.</translation>
    </message>
    <message>
        <source>systemd-&amp;sysext fails to merge an extension</source>
        <translation>systemd-&amp;sysext kann eine Erweiterung nicht einbinden</translation>
    </message>
    <message>
        <source>Mounting a &amp;loop image hangs</source>
        <translation>Das Einhängen eines &amp;Loop-Abbilds hängt</translation>
    </message>
    <message>
        <source>&amp;Copying files fails with EAGAIN / “Operation not supported”</source>
        <translation>&amp;Kopieren schlägt mit EAGAIN / „Operation not supported“ fehl</translation>
    </message>
    <message>
        <source>The &amp;kernel crashed or the machine froze</source>
        <translation>Der &amp;Kernel ist abgestürzt oder der Rechner eingefroren</translation>
    </message>
    <message>
        <source>&amp;Just check my system</source>
        <translation>&amp;Einfach mein System prüfen</translation>
    </message>
    <message>
        <source>Copied files contain &amp;zeros where the original has data</source>
        <translation>Kopierte Dateien enthalten &amp;Nullen, wo das Original Daten hat</translation>
    </message>
    <message>
        <source>ZFS or the pools are &amp;missing after a kernel update</source>
        <translation>ZFS oder die Pools &amp;fehlen nach einem Kernel-Update</translation>
    </message>
</context>
<context>
    <name>zd::gui::TroubleshootWizard</name>
    <message>
        <source>Troubleshoot a Problem</source>
        <translation>Problem untersuchen</translation>
    </message>
    <message>
        <source>%1 was scanned over SSH: this wizard explains what it finds, but probes and fixes only run on this machine, so none are offered.</source>
        <translation>%1 wurde über SSH geprüft: Dieser Assistent erklärt, was er findet, aber Probes und Korrekturen laufen nur auf diesem Rechner, daher werden keine angeboten.</translation>
    </message>
    <message>
        <source>This is a snapshot, not a running system: it cannot be fixed, so this wizard only explains what it finds (no probes, no fixes).</source>
        <translation>Dies ist ein Snapshot, kein laufendes System: Er lässt sich nicht korrigieren, daher erklärt dieser Assistent nur, was er findet (keine Probes, keine Korrekturen).</translation>
    </message>
</context>
<context>
    <name>zd::gui::VerifyPage</name>
    <message>
        <source>Checking the result</source>
        <translation>Ergebnis wird geprüft</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Scanning again to see whether the change took effect…</source>
        <translation>Erneute Prüfung, ob die Änderung wirkt…</translation>
    </message>
    <message>
        <source>Verified: “%1” no longer applies to this system.</source>
        <translation>Bestätigt: „%1“ betrifft dieses System nicht mehr.</translation>
    </message>
    <message>
        <source>Verified: the change took effect. “%1” is now “%2”: %3</source>
        <translation>Bestätigt: Die Änderung wirkt. „%1“ ist jetzt „%2“: %3</translation>
    </message>
    <message>
        <source>Not verified: the new scan still finds “%1” (%2).</source>
        <translation>Nicht bestätigt: Die neue Prüfung findet weiterhin „%1“ (%2).</translation>
    </message>
    <message>
        <source>A new scan shows whether the change took effect.</source>
        <translation>Eine neue Prüfung zeigt, ob die Änderung gewirkt hat.</translation>
    </message>
</context>
<context>
    <name>zd::gui::WindowOptions</name>
    <message>
        <source>no demo called &quot;%1&quot; in %2</source>
        <translation>In %2 gibt es keine Demo namens „%1“</translation>
    </message>
    <message>
        <source>--snapshot needs a file name</source>
        <translation>--snapshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--screenshot-tour needs a directory</source>
        <translation>--screenshot-tour braucht ein Verzeichnis</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <source>--host needs [user@]HOST[:port]</source>
        <translation>--host braucht [Benutzer@]HOST[:Port]</translation>
    </message>
    <message>
        <source>--host %1: %2</source>
        <translation>--host %1: %2</translation>
    </message>
    <message>
        <source>--snapshot, --demo and --host cannot be combined</source>
        <translation>--snapshot, --demo und --host können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor [--snapshot FILE | --demo [NAME] | --host [user@]HOST[:port]] [--dark]
Opens the ZFS Doctor window.
  --snapshot FILE  show a captured snapshot instead of this machine
  --demo [NAME]    show a bundled demo system (the first one without NAME)
  --host [user@]HOST[:port]
                   scan that machine over SSH (read only) instead of this one
  --dark           use a dark colour palette
</source>
        <translation>Aufruf: zfs-doctor [--snapshot DATEI | --demo [NAME] | --host [Benutzer@]HOST[:Port]] [--dark]
Öffnet das Fenster von ZFS Doctor.
  --snapshot DATEI  einen erfassten Snapshot statt dieses Rechners anzeigen
  --demo [NAME]     ein mitgeliefertes Demo-System anzeigen (ohne NAME das erste)
  --host [Benutzer@]HOST[:Port]
                    jenen Rechner über SSH prüfen (nur lesend) statt dieses Rechners
  --dark            eine dunkle Farbpalette verwenden
</translation>
    </message>
</context>
<context>
    <name>zd::gui::WizardFindingsPage</name>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Choose a remedy to apply, or go on without changing anything.</source>
        <translation>Wählen Sie eine Abhilfe aus oder fahren Sie fort, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t change anything now</source>
        <translation>&amp;Jetzt nichts ändern</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>• %1%2 — by hand: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>• %1%2 — von Hand: &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>How each problem would be resolved on that system. Nothing can be applied from here.</source>
        <translation>Wie jedes Problem auf jenem System behoben würde. Von hier aus lässt sich nichts anwenden.</translation>
    </message>
    <message numerus="yes">
        <source> (%1 and %n more)</source>
        <translation>
            <numerusform> (%1 und %n weiteres)</numerusform>
            <numerusform> (%1 und %n weitere)</numerusform>
        </translation>
    </message>
</context>
</TS>
