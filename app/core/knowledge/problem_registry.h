// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The problem table: one entry {problem id, detector} per file in
// knowledge/detectors/. Every list of problems (knownProblemIds(), the
// detectors evaluate() runs, the problems the knowledge base must describe)
// is derived from it. A detector is a pure function from the facts of one
// system (and any probe results) to a Finding; version ranges and remedies
// come from the problem's data file (resources/knowledge/<id>.json).
//
// Adding a problem: resources/knowledge/<id>.json and its texts, one
// knowledge/detectors/<stem>.cpp ending in ZD_REGISTER_DETECTOR(<stem>, "<id>"),
// its test. CMake lists knowledge/detectors/*.cpp into the generated
// detector_list.inc that problem_registry.cpp includes (which also keeps the
// linker from dropping a detector nothing else refers to). The recipe is in
// docs/knowledge-base.md.

#include <QList>
#include <QString>
#include <QStringList>

#include "knowledge/problem_info.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd {

using Detector = Finding (*)(const Facts& facts, const ProblemInfo& problem,
                             const QList<ProbeResult>& probes);

struct DetectorRegistration {
    const char* problemId;  // "loop-write-hang": the data file's id and name
    Detector detect;
};

// Every registered detector, sorted by problem id.
const QList<DetectorRegistration>& problemRegistry();
// The detector for a problem id, nullptr when there is none.
Detector detectorFor(const QString& problemId);
// The problem ids of the table, sorted.
const QStringList& knownProblemIds();

}  // namespace zd

// Registers the detector `detect` of knowledge/detectors/<stem>.cpp, which
// lives in namespace zd::detectors::<stem>.
#define ZD_REGISTER_DETECTOR(stem, problemId)                    \
    namespace zd::detectors::stem {                              \
    extern const DetectorRegistration registration;              \
    const DetectorRegistration registration{problemId, &detect}; \
    }
