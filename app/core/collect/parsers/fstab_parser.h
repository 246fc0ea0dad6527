// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// /etc/fstab lines that set up a loop device (fstab(5), mount(8)): six
// whitespace-separated fields, octal escapes (\040) in the first two, '#'
// comments. A line mounts through a loop device when its options name "loop"
// (or "loop=/dev/loopN"), or when its source is a regular file: mount(8)
// attaches a file given as the source to a loop device by itself. A source is
// taken to be a file when it is an absolute path outside /dev, the line is
// not a bind mount or swap, and the type is a block-device file system (a
// path source of a network or pseudo file system is not an image).

#include <QList>
#include <QString>

#include "model/facts.h"

namespace zd {

// The loop-backed lines, with their line numbers in `origin` ("<path> line N").
// backingLocation is left empty (the collector fills it from the mount table).
QList<ConfiguredLoop> parseFstabLoops(const QString& text, const QString& path);

}  // namespace zd
