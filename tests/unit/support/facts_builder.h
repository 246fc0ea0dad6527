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
//
// Kernel levels are derived by the real parser (collect/parsers/kernel_level.h)
// from the releases, the distribution and /proc/version when build() runs,
// unless a test sets one explicitly.

#include <QString>

#include "knowledge/knowledge_base.h"
#include "knowledge/problem_info.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"

namespace zd::test {

class FactsBuilder {
  public:
    FactsBuilder& distro(DistroFamily family, const QString& id = QString());
    // The running kernel; it is also an installed kernel with a zfs module.
    FactsBuilder& kernel(const QString& release, const QString& procVersion = QString());
    FactsBuilder& kernelLevel(const KernelLevel& level);  // instead of deriving it
    // An installed kernel (with a zfs module unless `zfsModule` says otherwise).
    FactsBuilder& installedKernel(const QString& release, const QString& package = QString(),
                                  const QString& packageVersion = QString(),
                                  Tri zfsModule = Tri::Yes);
    // Whether an installed kernel's headers (build/include) are present.
    FactsBuilder& kernelHeaders(const QString& release, Tri present);
    FactsBuilder& defaultBoot(const QString& release);
    FactsBuilder& package(const QString& name, const QString& version, bool held = false);

    // A loaded module of this version; userland reports the same version.
    // From 2.3.0 on the `direct` property exists and zfs_dio_enabled=1;
    // zfs_dmu_offset_next_sync has its default (1 from 2.1.5 on, else 0).
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

    // A writable loop device with 512-byte sectors (the losetup default).
    FactsBuilder& loopOnZfs(const QString& loop, const QString& backingFile, const QString& dataset,
                            bool directIo);
    FactsBuilder& loopOn(const QString& loop, const QString& backingFile, const QString& fsType,
                         const QString& source, bool directIo);
    // A loop device whose backing file's filesystem is not known.
    FactsBuilder& loopUnlocated(const QString& loop, const QString& backingFile, bool directIo);
    // Changes the last loop device added.
    FactsBuilder& readOnly(Tri value = Tri::Yes);
    FactsBuilder& blockSize(std::optional<int> bytes);
    FactsBuilder& directIo(Tri value);
    // An /etc/fstab line attaching an image on a dataset as a loop device.
    FactsBuilder& fstabLoopOnZfs(const QString& backingFile, const QString& dataset,
                                 bool readOnly = false);

    FactsBuilder& sysextImageOnZfs(const QString& path, const QString& dataset);
    FactsBuilder& sysextImageOn(const QString& path, const QString& fsType, const QString& source,
                                bool isDirectory = false);
    FactsBuilder& sysextLoopDirectIo(const QString& value, const QString& origin);
    FactsBuilder& sysextEnabled(Tri enabled);
    // One of sysext's directories, on a ZFS dataset.
    FactsBuilder& sysextDirectoryOnZfs(const QString& path, const QString& dataset,
                                       Tri exists = Tri::No);

    FactsBuilder& logHit(KernelLogHit::Kind kind, const QString& line);
    // A collector note saying `area` could not be read.
    FactsBuilder& unread(FactArea area, const QString& message);

    Facts build() const;
    Facts& facts() { return m_facts; }

  private:
    Facts m_facts;
    bool m_levelSet = false;
};

// Runs the detector of the problem table for `problemId` with the shipped
// knowledge base's data; aborts the test when there is none.
Finding runDetector(const QString& problemId, const Facts& facts,
                    const QList<ProbeResult>& probes = {});

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
const KnowledgeBase& shippedKnowledge();
const ProblemInfo& shippedProblem(const QString& id);
// The finding for problem `id` among evaluate()'s results (fatal when missing).
const Finding& findingFor(const QList<Finding>& findings, const QString& id);
// The shipped knowledge directory in the source tree.
QString shippedKnowledgeDirectory();

}  // namespace zd::test
