// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The raw outcome of a compatibility probe run by the privileged helper.
// The helper only reports what the system call returned; the knowledge base
// (unprivileged) decides what it means.

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zd {

struct ProbeResult {
    QString probe;          // "odirect-alignment", "copy-file-range", "copy-file-range-unaligned"
    QString dataset;        // the dataset probed
    bool ran = false;       // false: refused or failed before the system call
    QString refusedReason;  // why it did not run (unsafe here, not mounted...)
    int errorNumber = 0;    // errno of the probed call, 0 on success
    QString errorName;      // "EINVAL", "EAGAIN", "EOPNOTSUPP"...
    qint64 bytes = 0;       // bytes read/copied by the probed call
    QString detail;         // the exact call made, e.g. "pread(fd, 512, offset 512) with O_DIRECT"
    bool operator==(const ProbeResult&) const = default;

    QJsonObject toJson() const;
    static std::optional<ProbeResult> fromJson(const QJsonObject& object, QString* error);
};

}  // namespace zd
