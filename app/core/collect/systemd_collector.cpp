// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectSystemd: systemd's version, SYSTEMD_LOOP_DIRECT_IO as
// systemd-sysext.service sees it (and which file sets it), and the sysext
// images that systemd-sysext would attach through loop devices.
//
// Input formats:
//   - `systemctl --version`: first line "systemd 252 (252.39-1~deb12u1)".
//   - `systemctl show UNIT -p ...`: "Name=value" lines; list properties
//     (Environment, DropInPaths) are space-separated, each item quoted the
//     way a shell would need it (systemd bus_print_property(): shell_maybe_quote).
//     Empty properties are left out.
//   - unit files and drop-ins (systemd.unit(5), systemd.exec(5)): in
//     [Service], "Environment=" takes space-separated, optionally quoted
//     VAR=value words and an empty assignment resets the list; drop-ins
//     ("*.conf" in "<unit>.d/" of every unit directory) apply in file-name
//     order after the unit file, a name in a higher-priority directory
//     masking the same name in a lower one.
//   - enablement: `systemctl enable` links the unit into the wants directory
//     of its [Install] WantedBy= target (sysinit.target for systemd-sysext),
//     in /etc/systemd/system; a distribution enables it by preset, which
//     creates the same link, or ships one in /usr/lib/systemd/system.
//     Read as directory listings, not with `systemctl is-enabled`.
//   - the dpkg status file's record of the systemd package (Debian, Ubuntu,
//     Proxmox VE, TrueNAS): its version is what `systemctl --version` prints
//     in parentheses ("252.39-1~deb12u1"), so where it lists systemd
//     installed the version is taken from there and `systemctl --version`
//     is not started.
// At most two processes are started (the two systemctl calls), whatever the
// number of drop-ins or images; one where systemd is installed but is not
// the running service manager (no /run/systemd/system, sd_booted(3)) or
// where dpkg names its version; none where both hold.

#include <QCoreApplication>
#include <QRegularExpression>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/mount_table.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::SystemdCollector)
};

const QString kCollector = QStringLiteral("systemd");
const QString kUnit = QStringLiteral("systemd-sysext.service");
const QString kVariable = QStringLiteral("SYSTEMD_LOOP_DIRECT_IO");
const QString kRunningManagerDirectory = QStringLiteral("/run/systemd/system");
const QStringList kVersionArgv{QStringLiteral("systemctl"), QStringLiteral("--version")};
const QStringList kShowArgv{QStringLiteral("systemctl"),
                            QStringLiteral("show"),
                            QStringLiteral("systemd-sysext.service"),
                            QStringLiteral("-p"),
                            QStringLiteral("Environment"),
                            QStringLiteral("-p"),
                            QStringLiteral("DropInPaths"),
                            QStringLiteral("-p"),
                            QStringLiteral("ActiveState"),
                            QStringLiteral("-p"),
                            QStringLiteral("FragmentPath")};

// systemd-sysext(8): /etc, /run and /var/lib/extensions; releases before
// v251 also looked in /usr/lib and /usr/local/lib.
const QStringList& sysextDirectories() {
    static const QStringList dirs{
        QStringLiteral("/etc/extensions"), QStringLiteral("/run/extensions"),
        QStringLiteral("/var/lib/extensions"), QStringLiteral("/usr/lib/extensions"),
        QStringLiteral("/usr/local/lib/extensions")};
    return dirs;
}

// System unit directories, highest priority first (systemd.unit(5)), plus
// /lib/systemd/system for distributions without a merged /usr.
const QStringList& unitDirectories() {
    static const QStringList dirs{QStringLiteral("/etc/systemd/system.control"),
                                  QStringLiteral("/run/systemd/system.control"),
                                  QStringLiteral("/run/systemd/transient"),
                                  QStringLiteral("/etc/systemd/system"),
                                  QStringLiteral("/run/systemd/system"),
                                  QStringLiteral("/usr/local/lib/systemd/system"),
                                  QStringLiteral("/usr/lib/systemd/system"),
                                  QStringLiteral("/lib/systemd/system")};
    return dirs;
}

// Where a `systemctl enable` (or a preset) puts the link that enables the unit.
const QStringList& wantsDirectories() {
    static const QStringList dirs{QStringLiteral("/etc/systemd/system/sysinit.target.wants"),
                                  QStringLiteral("/usr/lib/systemd/system/sysinit.target.wants"),
                                  QStringLiteral("/lib/systemd/system/sysinit.target.wants")};
    return dirs;
}

void addNote(Facts& facts, const QString& code, const QString& message, const QString& key = {},
             FactArea area = FactArea::None) {
    facts.notes.append({kCollector, code, message, key, area});
}

// Splits a value into words: blanks separate, "..." and '...' group, a
// backslash escapes the next character (C escapes \n \t are decoded).
QStringList splitQuotedWords(const QString& text) {
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && quote != QLatin1Char('\'')) {
            const QChar next = text.at(++i);
            word += next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                    : next == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                               : next;
            inWord = true;
        } else if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                word += c;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                words.append(word);
            }
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

// One Environment= line of a unit file: either a reset (empty value) or words.
struct EnvironmentAssignment {
    bool reset = false;
    QStringList words;
};

QList<EnvironmentAssignment> environmentAssignments(const QString& unitText) {
    QList<EnvironmentAssignment> result;
    QString section;
    const QStringList rawLines = unitText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QString line = rawLines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
            continue;
        }
        // A trailing backslash continues the line; systemd joins with a blank.
        while (line.endsWith(QLatin1Char('\\')) && i + 1 < rawLines.size()) {
            line.chop(1);
            line += QLatin1Char(' ') + rawLines.at(++i).trimmed();
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        if (section != QLatin1String("Service")) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0 || line.left(equals).trimmed() != QLatin1String("Environment")) {
            continue;
        }
        const QString value = line.mid(equals + 1).trimmed();
        EnvironmentAssignment assignment;
        assignment.reset = value.isEmpty();
        assignment.words = splitQuotedWords(value);
        result.append(assignment);
    }
    return result;
}

// The variable's value after applying `files` in order, and the file that set it.
struct VariableTrace {
    bool set = false;
    QString value;
    QString origin;
};

void applyUnitFile(VariableTrace& trace, const QString& path, const QString& text) {
    const QString prefix = kVariable + QLatin1Char('=');
    for (const EnvironmentAssignment& assignment : environmentAssignments(text)) {
        if (assignment.reset) {
            trace = VariableTrace{};
            continue;
        }
        for (const QString& word : assignment.words) {
            if (word.startsWith(prefix)) {
                trace.set = true;
                trace.value = word.mid(prefix.size());
                trace.origin = path;
            }
        }
    }
}

// Reads the unit files in order through the source and traces the variable.
VariableTrace traceFiles(SystemSource& source, Facts& facts, const QStringList& files) {
    VariableTrace trace;
    for (const QString& path : files) {
        const Evidence evidence = source.readFile(path);
        if (!evidence.ok()) {
            addNote(facts, QStringLiteral("sysext-unit-file-unreadable"),
                    Text::tr("Could not read %1 (%2).").arg(path, whyFailed(evidence)),
                    evidence.key);
            continue;
        }
        applyUnitFile(trace, path, evidence.output);
    }
    return trace;
}

// The unit file and its drop-ins as systemd would find them on disk.
QStringList unitFilesOnDisk(SystemSource& source) {
    QStringList files;
    for (const QString& dir : unitDirectories()) {
        const Evidence unit = source.readFile(dir + QLatin1Char('/') + kUnit);
        if (unit.ok()) {
            files.append(unit.key);
            break;
        }
    }
    QMap<QString, QString> dropIns;  // file name -> path; sorted by name
    for (const QString& dir : unitDirectories()) {
        const QString dropInDir = dir + QLatin1Char('/') + kUnit + QStringLiteral(".d");
        const Evidence listing = source.listDirectory(dropInDir);
        if (!listing.ok()) {
            continue;
        }
        for (const QString& name : listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (name.endsWith(QLatin1String(".conf")) && !dropIns.contains(name)) {
                dropIns.insert(name, dropInDir + QLatin1Char('/') + name);
            }
        }
    }
    files.append(dropIns.values());
    return files;
}

QMap<QString, QString> parseShowOutput(const QString& text) {
    static const QRegularExpression property(QStringLiteral("^([A-Za-z]+)=(.*)$"));
    QMap<QString, QString> properties;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = property.match(line);
        if (match.hasMatch()) {
            properties.insert(match.captured(1), match.captured(2));
        }
    }
    return properties;
}

void collectVersion(const Evidence& evidence, Facts& facts) {
    if (evidence.absent()) {
        facts.systemd.present = Tri::No;
        addNote(facts, QStringLiteral("systemd-not-installed"),
                Text::tr("systemctl is not installed: this system does not run systemd, so "
                         "systemd-sysext and its loop devices play no part (%1).")
                    .arg(whyFailed(evidence)),
                evidence.key);
        return;
    }
    if (evidence.failure == Evidence::Failure::NotRecorded) {
        facts.systemd.present = Tri::Unknown;
        addNote(facts, QStringLiteral("systemd-unknown"),
                Text::tr("Whether systemd is installed is not known (%1), so "
                         "systemd-sysext's images and settings are unknown.")
                    .arg(whyFailed(evidence)),
                evidence.key, FactArea::Sysext);
        return;
    }
    facts.systemd.present = Tri::Yes;
    if (!evidence.ok()) {
        addNote(facts, QStringLiteral("systemd-version-unreadable"),
                Text::tr("%1 failed (%2).")
                    .arg(QStringLiteral("`systemctl --version`"), whyFailed(evidence)),
                evidence.key);
        return;
    }
    const QString firstLine = evidence.output.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression versionLine(QStringLiteral("^systemd (\\d+)(?: \\(.*\\))?$"));
    const auto match = versionLine.match(firstLine);
    bool ok = false;
    const int version = match.hasMatch() ? match.captured(1).toInt(&ok) : 0;
    if (!ok) {
        addNote(facts, QStringLiteral("systemd-version-unparsable"),
                Text::tr("%1 printed '%2', which does not name a systemd version.")
                    .arg(QStringLiteral("`systemctl --version`"), firstLine.left(80)),
                evidence.key);
        return;
    }
    facts.systemd.versionText = firstLine;
    facts.systemd.version = version;
}

// The version from dpkg's record of the systemd package: Debian's systemd
// prints "systemd 252 (252.39-1~deb12u1)", the package version in
// parentheses, so the same line is rebuilt from the record.
void collectVersion(const InstalledPackage& package, Facts& facts) {
    facts.systemd.present = Tri::Yes;
    static const QRegularExpression upstream(QStringLiteral("^(?:\\d+:)?(\\d+)"));
    const auto match = upstream.match(package.version);
    bool ok = false;
    const int version = match.hasMatch() ? match.captured(1).toInt(&ok) : 0;
    if (!ok) {
        addNote(facts, QStringLiteral("systemd-version-unparsable"),
                Text::tr("dpkg lists systemd version '%1', which does not name a systemd "
                         "release.")
                    .arg(package.version.left(80)),
                QStringLiteral("/var/lib/dpkg/status"));
        return;
    }
    facts.systemd.versionText = QStringLiteral("systemd %1 (%2)").arg(version).arg(package.version);
    facts.systemd.version = version;
}

// Reads the unit files the way systemd would load them: the answer when no
// service manager can be asked (a container, a chroot, a snapshot of one).
void traceUnitFilesOnDisk(SystemSource& source, Facts& facts) {
    const VariableTrace trace = traceFiles(source, facts, unitFilesOnDisk(source));
    facts.systemd.sysextLoopDirectIo = trace.value;
    facts.systemd.sysextLoopDirectIoOrigin = trace.origin;
}

// `show` is the answer of `systemctl show` when it was asked, that is
// unless `booted` says systemd is not the running service manager.
void collectSysextEnvironment(SystemSource& source, Facts& facts, const Evidence& booted,
                              const Evidence& show) {
    if (booted.absent()) {
        addNote(facts, QStringLiteral("systemctl-show-unusable"),
                Text::tr("systemd is not the running service manager here (%1 does not "
                         "exist); the unit files of %2 were read directly.")
                    .arg(kRunningManagerDirectory, kUnit),
                booted.key);
        traceUnitFilesOnDisk(source, facts);
        return;
    }
    const QMap<QString, QString> properties =
        show.ok() ? parseShowOutput(show.output) : QMap<QString, QString>();
    if (properties.isEmpty() || !properties.contains(QStringLiteral("ActiveState"))) {
        // No service manager to ask (a container, a chroot, a snapshot of
        // one): read the unit files the way systemd would load them.
        addNote(facts, QStringLiteral("systemctl-show-unusable"),
                show.ok() ? Text::tr("`systemctl show %1` printed no usable properties; the "
                                     "unit files were read directly instead.")
                                .arg(kUnit)
                          : Text::tr("`systemctl show %1` failed (%2); the unit files were "
                                     "read directly instead.")
                                .arg(kUnit, whyFailed(show)),
                show.key);
        traceUnitFilesOnDisk(source, facts);
        return;
    }

    facts.systemd.sysextActiveState = properties.value(QStringLiteral("ActiveState"));
    const QString prefix = kVariable + QLatin1Char('=');
    bool loaded = false;
    QString loadedValue;
    for (const QString& word : splitQuotedWords(properties.value(QStringLiteral("Environment")))) {
        if (word.startsWith(prefix)) {
            loaded = true;
            loadedValue = word.mid(prefix.size());
        }
    }
    facts.systemd.sysextLoopDirectIo = loadedValue;

    QStringList files;
    if (const QString fragment = properties.value(QStringLiteral("FragmentPath"));
        !fragment.isEmpty()) {
        files.append(fragment);
    }
    files.append(splitQuotedWords(properties.value(QStringLiteral("DropInPaths"))));
    const VariableTrace trace = traceFiles(source, facts, files);
    if (trace.set == loaded && trace.value == loadedValue) {
        facts.systemd.sysextLoopDirectIoOrigin = trace.origin;
    } else {
        // The files on disk say something else than the loaded unit: a drop-in
        // was added or edited without `systemctl daemon-reload`.
        addNote(facts, QStringLiteral("sysext-unit-changed-on-disk"),
                Text::tr("The unit files of %1 on disk set %2 to '%3' but systemd has '%4' "
                         "loaded: run `%5`.")
                    .arg(kUnit, kVariable, trace.set ? trace.value : Text::tr("(unset)"),
                         loaded ? loadedValue : Text::tr("(unset)"),
                         QStringLiteral("sudo systemctl daemon-reload")),
                show.key);
    }
}

void collectSysextEnabled(SystemSource& source, Facts& facts) {
    bool unread = false;
    for (const QString& dir : wantsDirectories()) {
        const Evidence listing = source.listDirectory(dir);
        if (listing.unknown()) {
            unread = true;
            continue;
        }
        if (listing.ok() &&
            listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts).contains(kUnit)) {
            facts.systemd.sysextEnabled = Tri::Yes;
            facts.systemd.sysextEnabledSource = dir + QLatin1Char('/') + kUnit;
            return;
        }
    }
    facts.systemd.sysextEnabled = unread ? Tri::Unknown : Tri::No;
}

void collectSysextImages(SystemSource& source, Facts& facts, const MountTable& mounts) {
    for (const QString& dir : sysextDirectories()) {
        const Evidence listing = source.listDirectoryTyped(dir);
        SysextDirectory directory;
        directory.path = dir;
        // Where the directory is, or would be once created: an image put
        // there later lands on that file system.
        directory.location = mounts.locate(dir);
        directory.exists = listing.ok() ? Tri::Yes : listing.absent() ? Tri::No : Tri::Unknown;
        facts.systemd.sysextDirectories.append(directory);
        if (listing.absent()) {
            continue;  // most of these directories do not exist on a given system
        }
        if (!listing.ok()) {
            addNote(facts, QStringLiteral("sysext-directory-unreadable"),
                    Text::tr("Could not list %1 (%2).").arg(dir, whyFailed(listing)), listing.key,
                    FactArea::Sysext);
            continue;
        }
        for (const QString& entry : listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            SysextImage image;
            image.directory = dir;
            if (entry.endsWith(QLatin1Char('/'))) {
                image.isDirectory = true;
                image.path = dir + QLatin1Char('/') + entry.chopped(1);
            } else if (entry.endsWith(QLatin1String(".raw"))) {
                image.path = dir + QLatin1Char('/') + entry;
            } else {
                continue;  // neither an image nor a directory: systemd-sysext ignores it
            }
            image.location = mounts.locate(image.path);
            facts.systemd.sysextImages.append(image);
        }
    }
}

}  // namespace

namespace {

// sd_booted(3): systemd is the running service manager exactly when
// /run/systemd/system/ exists. Without it `systemctl show` can only fail
// ("System has not been booted with systemd as init system"), so it is
// not started. Unreadable or not recorded (an older snapshot): it is
// asked, together with the version (their times overlap).
// The version is asked only where dpkg did not name it.
QList<QStringList> systemdCommands(const SystemdStart& started) {
    QList<QStringList> commands;
    if (!started.package) {
        commands << kVersionArgv;
    }
    if (!started.booted.absent()) {
        commands << kShowArgv;
    }
    return commands;
}

}  // namespace

SystemdStart startSystemdCommands(SystemSource& source, const Facts& facts) {
    SystemdStart started{source.listDirectory(kRunningManagerDirectory), std::nullopt};
    if (const InstalledPackage* package = facts.package(QStringLiteral("systemd"))) {
        started.package = *package;
    }
    source.startEarly(systemdCommands(started));
    return started;
}

void collectSystemd(SystemSource& source, Facts& facts, const MountTable& mounts) {
    collectSystemd(source, facts, mounts, startSystemdCommands(source, facts));
}

void collectSystemd(SystemSource& source, Facts& facts, const MountTable& mounts,
                    const SystemdStart& started) {
    facts.systemd = SystemdFacts{};
    const Evidence& booted = started.booted;
    QList<Evidence> answers = source.runTogether(systemdCommands(started));
    if (started.package) {
        collectVersion(*started.package, facts);
    } else {
        collectVersion(answers.takeFirst(), facts);
    }
    const Evidence show = booted.absent() ? Evidence() : answers.value(0);
    if (facts.systemd.present != Tri::Yes) {
        return;
    }
    collectSysextEnvironment(source, facts, booted, show);
    collectSysextEnabled(source, facts);
    collectSysextImages(source, facts, mounts);
}

void collectSystemd(SystemSource& source, Facts& facts) {
    const MountTable mounts = MountTable::fromSource(source, &facts.notes);
    collectSystemd(source, facts, mounts);
}

}  // namespace zd
