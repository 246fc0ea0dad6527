<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>zd::gui::Change</name>
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
        <source>applied and verified</source>
        <translation>angewendet und bestätigt</translation>
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
        <source>%1. %2</source>
        <translation>%1. %2</translation>
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
</context>
<context>
    <name>zd::gui::FixPreviewView</name>
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
    <name>zd::gui::FixReviewDialog</name>
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
</context>
<context>
    <name>zd::gui::HelperClient</name>
    <message>
        <source>The ZFS Doctor helper is not installed or could not be started, so nothing can be probed or changed on this system.</source>
        <translation>Der ZFS-Doctor-Helfer ist nicht installiert oder konnte nicht gestartet werden; auf diesem System kann daher nichts geprüft oder geändert werden.</translation>
    </message>
    <message>
        <source>The helper did not answer in time.</source>
        <translation>Der Helfer hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The system bus cannot be reached.</source>
        <translation>Der Systembus ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Authorization was denied.</source>
        <translation>Die Autorisierung wurde verweigert.</translation>
    </message>
    <message>
        <source>Authorization was cancelled.</source>
        <translation>Die Autorisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The helper sent an answer that is not a JSON object.</source>
        <translation>Der Helfer hat eine Antwort geschickt, die kein JSON-Objekt ist.</translation>
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
</context>
<context>
    <name>zd::gui::LoopDeviceMonitor</name>
    <message>
        <source>udev is not available</source>
        <translation>udev ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot listen to udev events</source>
        <translation>udev-Ereignisse können nicht empfangen werden</translation>
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
        <source>ZFS Doctor — %1</source>
        <translation>ZFS Doctor — %1</translation>
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
        <source>Scanning %1 over SSH…</source>
        <translation>%1 wird über SSH geprüft…</translation>
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
        <translation>Direct I/O</translation>
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
        <translation>nicht gesetzt (Direct I/O an)</translation>
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
        <source>%1 — %2 Click Next to verify it.</source>
        <translation>%1 — %2 Klicken Sie auf „Weiter“, um es zu überprüfen.</translation>
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
        <source>Analysing the snapshot “%1”. Probes and fixes only run on the machine itself, so they are not offered here.</source>
        <translation>Der Snapshot „%1“ wird analysiert. Probes und Korrekturen laufen nur auf dem Rechner selbst und werden hier daher nicht angeboten.</translation>
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
        <source>Analysing %1, scanned over SSH. Probes and fixes in this window only run on this machine, so they are not offered here.</source>
        <translation>%1 wird analysiert, über SSH geprüft. Probes und Korrekturen laufen in diesem Fenster nur auf diesem Rechner und werden hier daher nicht angeboten.</translation>
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
        <source>Change %1: %2 on %3 — %4.</source>
        <translation>Änderung %1: %2 auf %3 — %4.</translation>
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
</context>
<context>
    <name>zd::gui::TroubleshootWizard</name>
    <message>
        <source>Troubleshoot a Problem</source>
        <translation>Problem untersuchen</translation>
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
        <source>Fixes are disabled: this is a snapshot of another system, not this machine.</source>
        <translation>Korrekturen sind deaktiviert: Dies ist ein Snapshot eines anderen Systems, nicht dieser Rechner.</translation>
    </message>
</context>
</TS>
