// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A synthetic large system for benchmarks: a real demo snapshot's evidence
// (so every key is exactly what the collectors ask for) with the dataset
// listing, the mount table and the loop devices scaled up.

#include <QString>

#include "model/evidence.h"

namespace zd::bench {

struct SyntheticSize {
    int datasets = 10000;
    int loopDevices = 256;
};

// Builds the evidence of a system with `size` datasets and loop devices, based
// on `demoSnapshotPath`. Returns an empty log and sets *error when the demo
// cannot be read or does not hold the evidence the scale-up replaces.
EvidenceLog makeSyntheticSystem(const QString& demoSnapshotPath, SyntheticSize size,
                                QString* error);

}  // namespace zd::bench
