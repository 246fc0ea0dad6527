// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The bundled demo systems: every snapshot file in zd::demoDirectory(), for
// `zfs-doctor --demo NAME|list` and the window's File ▸ Open Demo System….

#include <QList>
#include <QString>
#include <optional>

namespace zd {

struct DemoSnapshot {
    QString name;    // file name without ".json", e.g. "problem1-sysext-fedora41"
    QString path;    // the snapshot file
    QString origin;  // the snapshot's "origin": what it models and where its outputs come from

    // The origin's first sentence, for a one-line listing.
    QString summary() const;
};

// The demos, sorted by name. A file that is not a JSON object is left out:
// it would not open as a snapshot either.
QList<DemoSnapshot> demoCatalogue();
// The demo called `name` (with or without ".json"); an empty name is the
// first demo.
std::optional<DemoSnapshot> findDemo(const QString& name);
// The demos' names, for "unknown demo" messages and completions.
QStringList demoNames();

}  // namespace zd
