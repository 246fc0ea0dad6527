// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "dnf/dnf4_versionlock.h"

#include <QRegularExpression>
#include <QStringList>

namespace zd::dnf {

namespace {

// The architectures rpm names packages with (rpmrc arch_compat), plus the
// '*' that `dnf versionlock add` writes.
bool isArch(const QString& text) {
    static const QStringList arches = {QStringLiteral("*"),       QStringLiteral("x86_64"),
                                       QStringLiteral("aarch64"), QStringLiteral("ppc64le"),
                                       QStringLiteral("s390x"),   QStringLiteral("i686"),
                                       QStringLiteral("noarch"),  QStringLiteral("armv7hl")};
    return arches.contains(text);
}

bool isComment(const QString& line) {
    return line.startsWith(QLatin1Char('#'));
}

bool isBlank(const QString& line) {
    return line.trimmed().isEmpty();
}

}  // namespace

QString Dnf4LockEntry::exactVersionRelease(const QString& name, const QString& arch) const {
    if (exclude || name.isEmpty()) {
        return {};
    }
    QString rest = spec;
    const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && isArch(rest.mid(dot + 1))) {
        const QString specArch = rest.mid(dot + 1);
        if (specArch != QLatin1String("*") && specArch != arch) {
            return {};
        }
        rest.truncate(dot);
    }
    // A glob anywhere else matches more than one version.
    static const QRegularExpression glob(QStringLiteral("[*?\\[\\]]"));
    if (rest.contains(glob)) {
        return {};
    }
    if (!rest.startsWith(name + QLatin1Char('-'))) {
        return {};
    }
    QString evr = rest.mid(name.size() + 1);
    // version-release: exactly one '-' left (a name with '-' was consumed above).
    if (evr.count(QLatin1Char('-')) != 1) {
        return {};
    }
    const qsizetype colon = evr.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (evr.left(colon) != QLatin1String("0")) {
            return {};
        }
        evr.remove(0, colon + 1);
    }
    if (evr.startsWith(QLatin1Char('-')) || evr.endsWith(QLatin1Char('-'))) {
        return {};
    }
    return evr;
}

QList<Dnf4LockEntry> parseDnf4Versionlock(const QString& text) {
    QList<Dnf4LockEntry> entries;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        // _read_locklist: line.startswith('#') is tested before stripping.
        if (isComment(line) || isBlank(line)) {
            continue;
        }
        const QString spec = line.trimmed();
        if (spec.startsWith(QLatin1Char('!'))) {
            entries.append({spec.mid(1), true});
        } else {
            entries.append({spec, false});
        }
    }
    return entries;
}

std::optional<QString> withoutDnf4Lock(const QString& text, const QString& name,
                                       const QString& versionRelease, const QString& arch) {
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype found = -1;
    for (qsizetype i = lines.size() - 1; i >= 0 && found < 0; --i) {
        const QString& line = lines.at(i);
        if (isComment(line) || isBlank(line)) {
            continue;
        }
        const Dnf4LockEntry entry = parseDnf4Versionlock(line).value(0);
        if (entry.exactVersionRelease(name, arch) == versionRelease) {
            found = i;
        }
    }
    if (found < 0) {
        return std::nullopt;
    }
    qsizetype first = found;
    const bool aloneAfter =
        found + 1 >= lines.size() || isBlank(lines.at(found + 1)) || isComment(lines.at(found + 1));
    if (aloneAfter && found >= 1 &&
        lines.at(found - 1).startsWith(QLatin1String("# Added lock on "))) {
        first = found - 1;
        if (first >= 1 && lines.at(first - 1).isEmpty()) {
            --first;
        }
    }
    lines.remove(first, found - first + 1);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace zd::dnf
