// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parsers for the text the zfs/zpool tools and the zfs kernel module
// produce. No I/O: collect/zfs_collector.cpp feeds them Evidence output.
//
// Formats (OpenZFS source, checked for 2.1 through 2.3):
//   - `zfs version`: "zfs-<userland>" then "zfs-kmod-<kmod>" (lib/libzfs/libzfs_util.c
//     zfs_version_print); the kmod line is missing or replaced by an error when the
//     module is not loaded.
//   - `zpool list -Hp -o name,size,alloc,free,health`: one pool per line, tab
//     separated, exact byte counts (-p), "-" for a value that is not available.
//   - `zfs get -Hp -o name,property,value,source P1,P2,...`: one line per
//     (dataset, property), tab separated, datasets in order and for each dataset
//     the properties in the order requested (cmd/zfs/zfs_main.c get_callback).
//   - an unknown property name makes `zfs get` print
//     "bad property list: invalid property '<name>'" on stderr and exit 2
//     (lib/libzfs/libzfs_util.c addlist() + zfs_verror()).

#include <QString>
#include <QStringList>

#include "model/facts.h"

namespace zd {

struct ZfsVersionOutput {
    QString userland;  // "2.3.1-1" (the "zfs-" prefix removed), empty if not printed
    QString kmod;      // "2.3.1-1" (the "zfs-kmod-" prefix removed), empty if not printed
};
// Parses `zfs version` stdout. Lines it does not recognise are ignored.
ZfsVersionOutput parseZfsVersion(const QString& text);

// /sys/module/zfs/version: one line, e.g. "2.3.1-1". Empty when the text is
// empty or has more than one non-empty line (not a version file).
QString parseKmodVersionFile(const QString& text);

// One module parameter file, e.g. /sys/module/zfs/parameters/zfs_dio_enabled:
// the value with surrounding whitespace removed.
QString parseModuleParameter(const QString& text);

// Parses `zpool list -Hp -o name,size,alloc,free,health`. A line with the wrong
// number of columns is skipped and described in *problems.
QList<ZfsPool> parseZpoolList(const QString& text, QStringList* problems);

// Parses `zfs get -Hp -o name,property,value,source <properties>` output where
// `properties` is the property list that was asked for (only "direct",
// "recordsize", "mountpoint", "mounted" and "readonly" are stored in ZfsDataset;
// any other requested name is accepted and ignored). Lines with the wrong column
// count, a property that was not asked for, or a dataset that reappears after
// other datasets are skipped and described in *problems. Values stay text.
QList<ZfsDataset> parseZfsGet(const QString& text, const QStringList& properties,
                              QStringList* problems);

// True when `zfs get` stderr says that `property` is not a property this ZFS knows.
bool isInvalidPropertyError(const QString& errorOutput, const QString& property);

}  // namespace zd
