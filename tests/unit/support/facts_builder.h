// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Builds Facts by hand for detector tests: one call per fact, defaults that
// match what the collectors report for a real system (e.g. a loaded 2.3.x
// module has zfs_dio_enabled=1 and knows the `direct` property).
//
//   Facts facts = FactsBuilder()
//                     .distro(DistroFamily::Fedora)
//                     .kernel("6.12.25-200.fc41.x86_64")
//                     .zfsModule("2.3.1-1")
//                     .dataset("tank/images", "standard")
//                     .loopOnZfs("loop0", "/tank/images/disk.img", "tank/images", false)
//                     .build();

#include <QString>

#include "knowledge/problem_info.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd::test {

class FactsBuilder {
  public:
    FactsBuilder& distro(DistroFamily family, const QString& id = QString());
    FactsBuilder& kernel(const QString& release);
    FactsBuilder& installedKernel(const QString& release, const QString& package = QString());
    FactsBuilder& defaultBoot(const QString& release);

    // A loaded module of this version; userland reports the same version.
    // From 2.3.0 on the `direct` property exists and zfs_dio_enabled=1.
    FactsBuilder& zfsModule(const QString& version);
    // Only the userland tools, module not loaded.
    FactsBuilder& zfsUserlandOnly(const QString& version);
    // Overrides the userland version (to model an upgrade without reboot).
    FactsBuilder& zfsUserland(const QString& version);
    FactsBuilder& parameter(const QString& name, const QString& value);
    FactsBuilder& withoutParameter(const QString& name);
    FactsBuilder& directSupported(std::optional<bool> supported);

    // A mounted filesystem dataset at "/<name>" with `direct` as given.
    FactsBuilder& dataset(const QString& name, const QString& direct = QStringLiteral("standard"),
                          const QString& source = QStringLiteral("default"));
    // A dataset whose `direct` property is absent (ZFS before 2.3.0).
    FactsBuilder& datasetWithoutDirect(const QString& name);

    FactsBuilder& loopOnZfs(const QString& loop, const QString& backingFile, const QString& dataset,
                            bool directIo);
    FactsBuilder& loopOn(const QString& loop, const QString& backingFile, const QString& fsType,
                         const QString& source, bool directIo);
    // A loop device whose backing file's filesystem is not known.
    FactsBuilder& loopUnlocated(const QString& loop, const QString& backingFile, bool directIo);

    FactsBuilder& sysextImageOnZfs(const QString& path, const QString& dataset);
    FactsBuilder& sysextImageOn(const QString& path, const QString& fsType, const QString& source,
                                bool isDirectory = false);
    FactsBuilder& sysextLoopDirectIo(const QString& value, const QString& origin);

    FactsBuilder& logHit(KernelLogHit::Kind kind, const QString& line);

    Facts build() const { return m_facts; }
    Facts& facts() { return m_facts; }

  private:
    Facts m_facts;
};

// A probe that ran: errorName empty/errno 0 means it succeeded.
ProbeResult ranProbe(const QString& probe, const QString& dataset, const QString& errorName = {},
                     int errorNumber = 0, qint64 bytes = 0);
ProbeResult refusedProbe(const QString& probe, const QString& dataset, const QString& reason);

// Helpers for asserting on findings.
// The remedy with this id (and target, when given), or nullptr.
const RemedyOption* findRemedy(const Finding& finding, const QString& id,
                               const QString& target = QString());
// Every evidence line as "label = value (note)", one per line, and the
// summary and unknown reason: for contains() checks and failure messages.
QString describe(const Finding& finding);

// A problem from the knowledge base shipped in resources/knowledge, loaded
// once; aborts the test when the data does not load (that is a bug itself).
const ProblemInfo& shippedProblem(const QString& id);
// The shipped knowledge directory in the source tree.
QString shippedKnowledgeDirectory();

}  // namespace zd::test
