// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// How SystemSource requests are named in the evidence log, and which requests
// are refused. LiveSource records under these keys and ReplaySource looks them
// up under the same keys, so both must agree: keep the rules here, in one place.

#include <QString>
#include <QStringList>
#include <optional>

#include "model/evidence.h"

namespace zd {

// Evidence key of a command: argv joined by single spaces.
QString commandEvidenceKey(const QStringList& argv);
// Evidence key of a sysfs block attribute: "/sys/block/<device>/<attribute>".
QString blockAttributeEvidenceKey(const QString& device, const QString& attribute);
// Evidence key of a typed directory listing: the path with exactly one
// trailing "/" (see SystemSource::listDirectoryTyped).
QString typedListingEvidenceKey(const QString& path);
// Evidence key of the kernel log buffer (SystemSource::readKernelRingBuffer).
QString kernelRingBufferEvidenceKey();
// Evidence key of the loop device list (a filtered listing of /sys/block).
QString loopDeviceListEvidenceKey();

// Empty when (device, attribute) may be read; otherwise why not. Only loop
// devices ("loop" + digits) are accepted, and the attribute must be a relative
// sysfs path made of [A-Za-z0-9_-] components without "." or "..", so that a
// hostile request can never leave /sys/block/loopN/.
QString blockAttributeRequestError(const QString& device, const QString& attribute);
// The evidence every source records for a refused block attribute request
// (a File read that failed with blockAttributeRequestError's reason), or
// nullopt when (device, attribute) may be read.
std::optional<Evidence> refusedBlockAttribute(const QString& device, const QString& attribute);

}  // namespace zd
