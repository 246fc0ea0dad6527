// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parsers for distribution identification.
//
// os-release(5): newline-separated shell-style assignments KEY=value; values
// with special characters are enclosed in double or single quotes; inside
// double quotes "$", '"', backslash and backtick are escaped with a backslash;
// no variable expansion; no concatenation of quoted strings; lines starting
// with '#' are comments.

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include "model/facts.h"

namespace zd {

// Parses os-release text into KEY -> unquoted value. Lines that are not a valid
// assignment (no '=', a bad key, an unterminated quote) are skipped and
// described in *problems. A later assignment of the same key wins, as in a shell.
QMap<QString, QString> parseOsRelease(const QString& text, QStringList* problems);

// The family from os-release ID and ID_LIKE alone (TrueNAS SCALE is decided by
// its own markers, see parseTrueNasManifestVersion): fedora -> Fedora,
// ubuntu -> Ubuntu, debian -> Debian; then ID_LIKE in order (e.g. an Ubuntu
// derivative with ID_LIKE="ubuntu debian" -> Ubuntu); empty ID -> Unknown;
// anything else -> Other.
DistroFamily distroFamilyFromOsRelease(const QString& id, const QString& idLike);

// TrueNAS SCALE's middleware reads its version from /data/manifest.json, a JSON
// object with "version" (e.g. "24.10.2") and "buildtime" (truenas/middleware,
// middlewared/utils version helpers: get_app_version()). Returns the version,
// or nullopt when the text is not such an object.
std::optional<QString> parseTrueNasManifestVersion(const QString& json);

}  // namespace zd
