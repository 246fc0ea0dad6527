// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Building blocks shared by the five detectors: reading versions from the
// facts (with the evidence line that says where they came from), dataset
// lookups, probe matching and turning the data's remedies into RemedyOptions
// for this system.

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

#include "knowledge/problem_info.h"
#include "model/facts.h"
#include "model/finding.h"
#include "model/probe_result.h"
#include "util/version.h"

namespace zd::detectors {

// Id, number, title, severity and references from the data; status Unknown.
Finding startFinding(const ProblemInfo& problem);

// Sets the final status. Remedies only make sense when something is to be
// done, so they are dropped for NotAffected and Unknown.
void conclude(Finding& finding, FindingStatus status, const QString& summary);
void concludeUnknown(Finding& finding, const QString& reason);

// The ZFS version that matters for kernel bugs: the loaded module's, else the
// `zfs version` kmod line, else the userland version (the module that will be
// loaded). `evidence` says which one was used and why.
struct ZfsVersion {
    bool installed = false;
    std::optional<Version> version;
    FindingEvidence evidence;
    QList<FindingEvidence> extraEvidence;  // e.g. userland/kmod mismatch
    QString unknownReason;                 // installed but no usable version
};
ZfsVersion zfsVersion(const Facts& facts);

struct KernelVersion {
    std::optional<Version> version;
    FindingEvidence evidence;
    QString unknownReason;
};
KernelVersion kernelVersion(const Facts& facts);

// Adds the ZFS version evidence and, when it is not affected, concludes the
// finding. Returns false when the detector should stop (not installed, no
// `direct` property when `needsDirectProperty`, unknown version, or outside
// every affected range).
bool checkZfsVersion(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                     std::optional<Version>* version, bool needsDirectProperty);
// Same for the running kernel when the problem depends on it: any kernel
// passes (version stays unset); an unparseable release concludes Unknown.
// Whether the kernel is in range is the detector's decision.
bool checkKernelVersion(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                        std::optional<Version>* version);

// Problems that need the `direct` property: false (and concluded NotAffected)
// when this ZFS does not know it.
bool checkDirectPropertySupported(Finding& finding, const Facts& facts);
// False (and concluded NotAffected) when zfs_dio_enabled=0 turns Direct I/O off.
bool checkDirectIoEnabled(Finding& finding, const Facts& facts);

// The datasets behind the loop devices and sysext images, for detectors
// that place them: one pass over the datasets instead of a scan of all of
// them per device (a system can have 10,000 datasets and hundreds of loops).
class DatasetIndex {
  public:
    explicit DatasetIndex(const Facts& facts);
    // The dataset holding a path's location, or nullptr (not on ZFS, or the
    // dataset is not among the collected ones).
    const ZfsDataset* at(const std::optional<PathLocation>& location) const;

  private:
    const Facts& m_facts;
    QHash<QString, const ZfsDataset*> m_byName;  // only the datasets named by a location
};
// "standard (default)", "always (local)", "not known".
QString describeDirect(const ZfsDataset& dataset);
// The `direct` value, empty when the property is absent or unknown.
QString directValue(const ZfsDataset& dataset);

// Probe results of one probe kind.
QList<ProbeResult> probesNamed(const QList<ProbeResult>& probes, const QString& name);
// True when a probe that ran returned one of the problem's confirming errors.
bool probeConfirms(const ProblemInfo& problem, const ProbeResult& result);
// Evidence line for one probe result.
FindingEvidence probeEvidence(const ProblemInfo& problem, const ProbeResult& result);

bool isTrueNas(const Facts& facts);

// Values for a remedy's template placeholders and the variants to prefer.
struct RemedyContext {
    QString target;  // shown in the RemedyOption
    QMap<QString, QString> values;
    QStringList variants;  // situation variants first ("inherited"); the distro is added
};
// Adds the data's remedy `remedyId` for this system (no-op when the problem
// does not list it); repeats are dropped when the finding is concluded. Applies the platform rules:
// on TrueNAS only dataset and loop device changes stay automatic (the base system is not ours to
// change).
void addRemedy(Finding& finding, const ProblemInfo& problem, const QString& remedyId,
               const Facts& facts, const RemedyContext& context = {});
// Context for a dataset remedy: {dataset}, {pool}, {previous_value}, and the
// "inherited" variant when the old value was inherited or the default.
RemedyContext datasetContext(const ZfsDataset& dataset);
RemedyContext loopContext(const LoopDevice& loop);
// Drops repeats of one remedy for one target (the first stays), then sorts by
// rank and target so lists are stable. conclude() calls it.
void sortRemedies(Finding& finding);

// The newest installed kernel for which `unaffected` holds, never on TrueNAS
// (kernels there belong to the appliance). nullptr when there is none.
const InstalledKernel* kernelPinCandidate(const Facts& facts,
                                          const std::function<bool(const Version&)>& unaffected);
// Adds kernel-pin for that kernel, with evidence; does nothing without one.
void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const std::function<bool(const Version&)>& unaffected);

// Appends what a kernel log line adds.
void addKernelLogEvidence(Finding& finding, const Facts& facts, KernelLogHit::Kind kind,
                          const QString& label);

}  // namespace zd::detectors
