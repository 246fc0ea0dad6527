// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Remedy command templates: "zfs set direct=disabled {dataset}".
// The data names the placeholders; a detector fills them for one system.

#include <QMap>
#include <QString>
#include <QStringList>

namespace zd {

// Placeholders a template may use:
//   {dataset}         ZFS dataset, e.g. tank/ext
//   {previous_value}  the dataset's `direct` value before the change
//   {loop}            loop device name, e.g. loop3
//   {backing_file}    a loop device's backing file
//   {pool}            ZFS pool of the dataset or backing file
//   {kernel}          kernel release, e.g. 6.12.24-200.fc41.x86_64
//   {kernel_package}  the package holding that kernel
//   {kernel_meta_packages}  installed meta packages that pull in newer kernels
//                     (linux-image-amd64, linux-image-generic-hwe-24.04), space-separated
//   {default_kernel}  the boot default before the change (undo of a pin)
const QStringList& knownTemplatePlaceholders();

// The placeholder names used in `text`, in order of appearance.
QStringList templatePlaceholders(const QString& text);

// Replaces every {name} with values[name]. A placeholder without a value is
// left as it is, so a reviewer sees what is missing rather than an empty gap.
QString fillTemplate(const QString& text, const QMap<QString, QString>& values);

}  // namespace zd
