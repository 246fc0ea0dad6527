// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// dnf4's versionlock list, /etc/dnf/plugins/versionlock.list (dnf-plugins-core
// plugins/versionlock.py, Fedora 40 and earlier, EL 8/9): read it the way the
// plugin does, and remove one lock without touching anything else. Pure
// functions.
//
// Format (_read_locklist): one package spec per line; lines starting with '#'
// and blank lines are ignored; a leading '!' makes the spec an exclude. `dnf
// versionlock add` appends "\n# Added lock on <ctime>\n" and one line per
// package, "<name>-<epoch>:<version>-<release>.*" (pkgtup2spec: the arch is
// written as '*', a missing epoch as 0). The plugin resolves each spec as
// NEVRA, NEVR, NEV, NA or NAME (dnf.subject.Subject), globs allowed.

#include <QList>
#include <QString>
#include <optional>

namespace zd::dnf {

inline constexpr char kDnf4VersionlockPath[] = "/etc/dnf/plugins/versionlock.list";

struct Dnf4LockEntry {
    QString spec;  // as written, without the leading '!'
    bool exclude = false;
    bool operator==(const Dnf4LockEntry&) const = default;

    // The version-release this entry holds package `name` at: a lock (not an
    // exclude) written without globs as name-[epoch:]version-release[.arch]
    // with epoch 0 (or none) and arch '*', `arch` or none. Empty for anything
    // else (another package, an exclude, a glob, a bare name).
    QString exactVersionRelease(const QString& name, const QString& arch) const;
};

// The entries in file order, as the plugin reads them (comments and blank
// lines skipped, each line trimmed). Every line is a spec: nothing is an error.
QList<Dnf4LockEntry> parseDnf4Versionlock(const QString& text);

// The text without the last entry that locks `name` at exactly
// `versionRelease` (Dnf4LockEntry::exactVersionRelease). When that entry is
// the only package of a "# Added lock on ..." comment written by `dnf
// versionlock add`, the comment and the blank line before it go too, so
// removing what one `add` wrote gives back the file as it was. Every other
// line stays byte-identical. nullopt when no entry locks it.
std::optional<QString> withoutDnf4Lock(const QString& text, const QString& name,
                                       const QString& versionRelease, const QString& arch);

}  // namespace zd::dnf
