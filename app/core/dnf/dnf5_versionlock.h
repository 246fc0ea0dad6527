// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// dnf5's versionlock file, /etc/dnf/versionlock.toml (Fedora 41 and later):
// read it the way dnf5 does and write it the way dnf5 does. Pure functions.
//
// Format (dnf5-versionlock(8), "Versionlock file format"; dnf5
// libdnf5/rpm/versionlock_config.cpp):
//     version = "1.0"
//
//     [[packages]]
//     name = "kernel-core"          # a package name, shell globs allowed
//     comment = "..."               # optional
//     [[packages.conditions]]       # ANDed within an entry; entries are ORed
//     key = "evr"                   # "epoch", "evr" or "arch"
//     comparator = "="              # =, ==, <, <=, >, >=, <>, !=
//     value = "6.12.24-200.fc41"
// dnf5 ignores the whole file unless `version` is "1.0", and ignores an entry
// without a name or without conditions, or with a condition whose key,
// comparator or value is missing or unknown ("arch" takes only = and !=,
// "epoch" only an unsigned integer).
//
// The reader understands the TOML that file uses (comments, blank lines,
// basic and literal strings, [[packages]] and [[packages.conditions]]
// headers); anything else is a problem reported with its line number, never
// silently skipped.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd::dnf {

inline constexpr char kDnf5VersionlockPath[] = "/etc/dnf/versionlock.toml";

struct Dnf5LockCondition {
    QString key;
    QString comparator;
    QString value;
    bool operator==(const Dnf5LockCondition&) const = default;
};

struct Dnf5LockEntry {
    QString name;
    QString comment;
    QList<Dnf5LockCondition> conditions;
    bool operator==(const Dnf5LockEntry&) const = default;

    // dnf5's own checks (VersionlockPackage, VersionlockCondition): an entry
    // that fails them locks nothing. *why says which check failed.
    bool isValid(QString* why = nullptr) const;
    // The version-release this entry holds the package at: a valid entry whose
    // only condition is `evr = <value>` (or `==`), as `dnf versionlock add`
    // writes it; the value's "0:" epoch is dropped. Empty for anything else
    // (excludes `!=`, ranges, arch conditions).
    QString exactVersionRelease() const;
};

struct Dnf5Versionlock {
    QString version = QStringLiteral("1.0");
    QList<Dnf5LockEntry> packages;
    bool operator==(const Dnf5Versionlock&) const = default;

    // dnf5 reads the entries only when the file says version = "1.0".
    bool isSupportedVersion() const { return version == QLatin1String("1.0"); }
};

// Parses the file's text. An empty text is an empty lock list (dnf5 treats a
// missing file the same way). Returns nullopt when the text is not TOML this
// reader understands; *problems lists each line it could not read.
std::optional<Dnf5Versionlock> parseDnf5Versionlock(const QString& text, QStringList* problems);

// The text without the last [[packages]] table (with the blank lines just
// above its header) whose entry locks `name` at exactly `versionRelease`
// (Dnf5LockEntry::exactVersionRelease), as `dnf5 versionlock add` appends
// it; every other line stays byte-identical, so removing what one `add`
// wrote gives back the file as it was. nullopt when the file is not one
// dnf5 reads (parseDnf5Versionlock fails or version is not "1.0") or no
// entry locks it. (`dnf5 versionlock delete NAME` would drop every entry of
// the name, the admin's too.)
std::optional<QString> withoutDnf5Lock(const QString& text, const QString& name,
                                       const QString& versionRelease);

// The file as dnf5 writes it (VersionlockConfig::save via toml11): version
// first, then one [[packages]] table per entry with its conditions, tables
// separated by blank lines.
QString formatDnf5Versionlock(const Dnf5Versionlock& file);

// The entry `dnf5 versionlock add` writes for an installed package
// (dnf5/commands/versionlock/versionlock_add.cpp): one condition evr = the
// package's EVR (epoch omitted when 0), and the comment
// "Added by 'versionlock add' command on <YYYY-MM-DD HH:MM:SS>".
Dnf5LockEntry dnf5AddEntry(const QString& name, const QString& evr, const QDateTime& when);

}  // namespace zd::dnf
