// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshot/redact.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace zd {

namespace {

// Directory names that say nothing about whose system this is. They are kept
// so that the paths collectors look at (/var/lib/extensions, /home, /mnt...)
// still mean the same after redaction; everything else in a redacted path is
// replaced.
const QSet<QString>& wellKnownDirectoryNames() {
    static const QSet<QString> names{
        QStringLiteral("bin"),        QStringLiteral("boot"),       QStringLiteral("dev"),
        QStringLiteral("etc"),        QStringLiteral("home"),       QStringLiteral("lib"),
        QStringLiteral("lib32"),      QStringLiteral("lib64"),      QStringLiteral("media"),
        QStringLiteral("mnt"),        QStringLiteral("opt"),        QStringLiteral("proc"),
        QStringLiteral("root"),       QStringLiteral("run"),        QStringLiteral("sbin"),
        QStringLiteral("srv"),        QStringLiteral("sys"),        QStringLiteral("tmp"),
        QStringLiteral("usr"),        QStringLiteral("var"),        QStringLiteral("local"),
        QStringLiteral("share"),      QStringLiteral("extensions"), QStringLiteral(".extra"),
        QStringLiteral("sysext"),     QStringLiteral("cache"),      QStringLiteral("log"),
        QStringLiteral("spool"),      QStringLiteral("machines"),   QStringLiteral("portables"),
        QStringLiteral("containers"), QStringLiteral("docker"),     QStringLiteral("libvirt"),
        QStringLiteral("images"),     QStringLiteral("lxc"),        QStringLiteral("lxd"),
        QStringLiteral("incus"),      QStringLiteral("user"),       QStringLiteral("system"),
    };
    return names;
}

// Host names that many machines share and that identify nobody; replacing
// them would also rewrite unrelated words (Fedora's default hostname is
// "fedora", which is also its os-release ID).
bool isGenericHostname(const QString& name, const Facts& facts) {
    static const QSet<QString> generic{
        QStringLiteral("localhost"), QStringLiteral("localhost.localdomain"),
        QStringLiteral("fedora"),    QStringLiteral("debian"),
        QStringLiteral("ubuntu"),    QStringLiteral("truenas"),
    };
    return name.isEmpty() || generic.contains(name.toLower()) ||
           name.compare(facts.distro.id, Qt::CaseInsensitive) == 0;
}

// Hands out "prefix1", "prefix2"... for distinct originals, in first-seen order.
class Numbering {
  public:
    explicit Numbering(QString prefix) : m_prefix(std::move(prefix)) {}
    QString operator()(const QString& original) {
        auto it = m_names.constFind(original);
        if (it != m_names.constEnd()) {
            return *it;
        }
        const QString name = m_prefix + QString::number(m_names.size() + 1);
        m_names.insert(original, name);
        return name;
    }
    bool contains(const QString& original) const { return m_names.contains(original); }

  private:
    QString m_prefix;
    QHash<QString, QString> m_names;
};

QString withExtensionOf(const QString& original, const QString& stem) {
    const qsizetype dot = original.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? stem + original.mid(dot) : stem;
}

// Characters that make up a ZFS name or a file name: a match must not be
// glued to more of them, or it is part of a different name.
const QString kNameChars = QStringLiteral("A-Za-z0-9_:\\-");

class TableBuilder {
  public:
    explicit TableBuilder(const Facts& facts) {
        for (const ZfsPool& pool : facts.zfs.pools) {
            m_pools(pool.name);
        }
        for (const ZfsDataset& dataset : facts.zfs.datasets) {
            m_pools(dataset.pool());
        }
    }

    QString pool(const QString& name) { return m_pools(name); }
    bool isPool(const QString& name) const { return m_pools.contains(name); }

    QString dataset(const QString& name) {
        QStringList parts = name.split(QLatin1Char('/'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            parts[i] = i == 0 ? m_pools(parts[i]) : m_datasetComponents(parts[i]);
        }
        return parts.join(QLatin1Char('/'));
    }

    QString user(const QString& name) { return m_users(name); }

    // A path, component by component: directory names everyone has stay, the
    // user in /home/USER becomes userN, pool and dataset names map as in
    // dataset names, anything else becomes dirN. The last component of a file
    // becomes `fileStem`N with its extension kept.
    QString path(const QString& original, Numbering* fileNames = nullptr) {
        if (!original.startsWith(QLatin1Char('/'))) {
            return original;
        }
        // A path under a dataset's mount point keeps that mount point's
        // redaction, so the mount table and the file paths stay consistent.
        QString prefix;
        QString redactedPrefix;
        for (auto it = m_mountPoints.cbegin(); it != m_mountPoints.cend(); ++it) {
            const QString& mount = it.key();
            if ((original == mount || original.startsWith(mount + QLatin1Char('/'))) &&
                mount.size() > prefix.size() && mount != QLatin1String("/")) {
                prefix = mount;
                redactedPrefix = it.value();
            }
        }
        const QStringList parts = original.mid(prefix.size()).split(QLatin1Char('/'));
        QStringList result;
        QString parent = prefix;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString& part = parts.at(i);
            const bool last = i == parts.size() - 1;
            if (part.isEmpty() || wellKnownDirectoryNames().contains(part)) {
                result.append(part);
            } else if (parent == QLatin1String("/home")) {
                result.append(m_users(part));
            } else if (last && fileNames) {
                result.append(withExtensionOf(part, (*fileNames)(part)));
            } else if (m_pools.contains(part)) {
                result.append(m_pools(part));
            } else if (m_datasetComponents.contains(part)) {
                result.append(m_datasetComponents(part));
            } else {
                result.append(m_directories(part));
            }
            parent += (parent.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + part;
            if (parent.isEmpty()) {
                parent = QStringLiteral("/");
            }
        }
        return redactedPrefix + result.join(QLatin1Char('/'));
    }

    void addMountPoint(const QString& mountPoint, const QString& redacted) {
        m_mountPoints.insert(mountPoint, redacted);
    }

  private:
    Numbering m_pools{QStringLiteral("pool")};
    Numbering m_datasetComponents{QStringLiteral("fs")};
    Numbering m_users{QStringLiteral("user")};
    Numbering m_directories{QStringLiteral("dir")};
    QMap<QString, QString> m_mountPoints;
};

QString lastComponent(const QString& path) {
    return path.section(QLatin1Char('/'), -1);
}

}  // namespace

void RedactionTable::add(Redaction::Kind kind, const QString& original,
                         const QString& replacement) {
    if (original.isEmpty() || original == replacement) {
        return;
    }
    for (const Redaction& existing : std::as_const(m_entries)) {
        if (existing.original == original) {
            return;
        }
    }
    m_entries.append({kind, original, replacement});
}

void RedactionTable::finish() {
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Redaction& a, const Redaction& b) {
                         return a.original.size() > b.original.size();
                     });
    QStringList alternatives;
    for (const Redaction& entry : std::as_const(m_entries)) {
        // Paths may follow a space, '=', a quote... but not more of a path;
        // names must not be glued to other name characters on either side.
        const QString before = entry.kind == Redaction::Kind::Path
                                   ? QStringLiteral("(?<![%1./~])").arg(kNameChars)
                                   : QStringLiteral("(?<![%1.])").arg(kNameChars);
        const QString after = QStringLiteral("(?![%1])").arg(kNameChars);
        alternatives.append(before + QRegularExpression::escape(entry.original) + after);
    }
    m_pattern = alternatives.join(QLatin1Char('|'));
}

QString RedactionTable::apply(const QString& text) const {
    if (m_entries.isEmpty() || text.isEmpty()) {
        return text;
    }
    static thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(m_pattern);
    if (it == compiled.end()) {
        it = compiled.insert(m_pattern, QRegularExpression(m_pattern));
    }
    QHash<QString, QString> replacements;
    for (const Redaction& entry : m_entries) {
        replacements.insert(entry.original, entry.replacement);
    }

    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    auto matches = it->globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result.append(QStringView(text).mid(copied, match.capturedStart() - copied));
        result.append(replacements.value(match.captured()));
        copied = match.capturedEnd();
    }
    result.append(QStringView(text).mid(copied));
    return result;
}

RedactionTable RedactionTable::build(const Facts& facts, const EvidenceLog& evidence) {
    RedactionTable table;
    TableBuilder names(facts);

    // Host name: from the facts and from the files that hold it.
    QStringList hostnames{facts.hostname};
    for (const char* key : {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
        if (const Evidence* record = evidence.find(Evidence::Kind::File, QLatin1String(key))) {
            hostnames.append(record->output.trimmed());
        }
    }
    Numbering hosts(QStringLiteral("host"));
    for (const QString& hostname : std::as_const(hostnames)) {
        if (isGenericHostname(hostname, facts)) {
            continue;
        }
        const QString shortName = hostname.section(QLatin1Char('.'), 0, 0);
        const QString redacted = hosts(shortName);
        table.add(Redaction::Kind::Hostname, hostname,
                  hostname == shortName ? redacted : redacted + QStringLiteral(".example.invalid"));
        if (!isGenericHostname(shortName, facts)) {
            table.add(Redaction::Kind::Hostname, shortName, redacted);
        }
    }

    // Pools and datasets, whole names; every component maps the same way
    // wherever it appears (tank -> pool1, tank/home -> pool1/fs1).
    for (const ZfsPool& pool : facts.zfs.pools) {
        table.add(Redaction::Kind::Pool, pool.name, names.pool(pool.name));
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        table.add(Redaction::Kind::Pool, dataset.pool(), names.pool(dataset.pool()));
        table.add(Redaction::Kind::Dataset, dataset.name, names.dataset(dataset.name));
    }

    // Users: every /home/NAME in any evidence text.
    static const QRegularExpression homePath(
        QStringLiteral("(?<![%1./~])/home/([A-Za-z0-9._-]+)").arg(kNameChars));
    QStringList users;
    for (const Evidence& record : evidence.items()) {
        for (const QString* text :
             {&record.key, &record.output, &record.errorOutput, &record.message}) {
            auto matches = homePath.globalMatch(*text);
            while (matches.hasNext()) {
                const QString user = matches.next().captured(1);
                if (!users.contains(user)) {
                    users.append(user);
                }
            }
        }
    }
    for (const QString& user : std::as_const(users)) {
        table.add(Redaction::Kind::UserName, QStringLiteral("/home/") + user,
                  QStringLiteral("/home/") + names.user(user));
    }

    // Mount points of datasets: the default (/<dataset>) follows the dataset's
    // redaction; a custom one is redacted component by component. Shallow
    // mount points first so that nested ones build on them.
    QList<const ZfsDataset*> byMountPoint;
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        if (dataset.mountpoint.value.startsWith(QLatin1Char('/'))) {
            byMountPoint.append(&dataset);
        }
    }
    std::stable_sort(byMountPoint.begin(), byMountPoint.end(),
                     [](const ZfsDataset* a, const ZfsDataset* b) {
                         return a->mountpoint.value.count(QLatin1Char('/')) <
                                b->mountpoint.value.count(QLatin1Char('/'));
                     });
    for (const ZfsDataset* dataset : std::as_const(byMountPoint)) {
        const QString& mountPoint = dataset->mountpoint.value;
        const QString redacted = mountPoint == QLatin1Char('/') + dataset->name
                                     ? QLatin1Char('/') + names.dataset(dataset->name)
                                     : names.path(mountPoint);
        names.addMountPoint(mountPoint, redacted);
        table.add(Redaction::Kind::Path, mountPoint, redacted);
    }

    // Loop backing files and sysext images: full paths and bare file names
    // (directory listings show only the name).
    Numbering files(QStringLiteral("file"));
    for (const LoopDevice& loop : facts.loopDevices) {
        if (loop.backingFile.isEmpty()) {
            continue;
        }
        const QString redacted = names.path(loop.backingFile, &files);
        table.add(Redaction::Kind::Path, loop.backingFile, redacted);
        table.add(Redaction::Kind::FileName, lastComponent(loop.backingFile),
                  lastComponent(redacted));
    }
    // Image files /etc/fstab attaches, and where it mounts them.
    for (const ConfiguredLoop& loop : facts.configuredLoops) {
        const QString redacted = names.path(loop.backingFile, &files);
        table.add(Redaction::Kind::Path, loop.backingFile, redacted);
        table.add(Redaction::Kind::FileName, lastComponent(loop.backingFile),
                  lastComponent(redacted));
        if (loop.mountPoint.startsWith(QLatin1Char('/')) && loop.mountPoint != QLatin1String("/")) {
            table.add(Redaction::Kind::Path, loop.mountPoint, names.path(loop.mountPoint));
        }
    }
    Numbering images(QStringLiteral("image"));
    for (const SysextImage& image : facts.systemd.sysextImages) {
        const QString redacted = names.path(image.path, &images);
        table.add(Redaction::Kind::Path, image.path, redacted);
        table.add(Redaction::Kind::FileName, lastComponent(image.path), lastComponent(redacted));
    }

    table.finish();
    return table;
}

Snapshot redactSnapshot(const Snapshot& snapshot) {
    const RedactionTable table = RedactionTable::build(snapshot.facts, snapshot.evidence);
    Snapshot redacted;
    redacted.schema = snapshot.schema;
    redacted.toolVersion = snapshot.toolVersion;
    redacted.capturedAt = snapshot.capturedAt;
    redacted.origin = table.apply(snapshot.origin);
    redacted.redacted = true;
    for (Evidence record : snapshot.evidence.items()) {
        record.key = table.apply(record.key);
        for (QString& argument : record.argv) {
            argument = table.apply(argument);
        }
        record.output = table.apply(record.output);
        record.errorOutput = table.apply(record.errorOutput);
        record.message = table.apply(record.message);
        redacted.evidence.add(std::move(record));
    }
    for (ProbeResult probe : snapshot.probes) {
        probe.dataset = table.apply(probe.dataset);
        probe.refusedReason = table.apply(probe.refusedReason);
        probe.detail = table.apply(probe.detail);
        redacted.probes.append(probe);
    }
    // The facts come from the redacted evidence, not from rewriting the old
    // facts: that way the file is consistent by construction, and anything
    // the table missed shows up in the evidence check of the tests.
    redacted.facts =
        deriveFacts(redacted.evidence, redacted.capturedAt, QStringLiteral("redacted snapshot"));
    redacted.storedFacts = redacted.facts;
    return redacted;
}

}  // namespace zd
