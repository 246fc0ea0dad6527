// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Building blocks of the detectors (knowledge/detectors/), which all decide
// trigger-first (docs/knowledge-base.md, "How a verdict is decided"):
//
//   1. ZFS absent, or its version outside every affected range: not affected.
//   2. No trigger present and none configured: not affected; "latent" when
//      the version is in the affected range. The kernel level and the build
//      do not matter then, so stock systems stay quiet even where those are
//      unknowable (EL kernels, development builds, TrueNAS backports).
//   3. A trigger present: the real kernel level and ZFS build decide
//      affected, at risk (one named step away) or unknown (a deciding fact
//      could not be read, saying which).
//
// Plus: reading versions and kernel levels with the evidence line that says
// where they came from, dataset lookups, probe matching, and turning the
// data's remedies into RemedyOptions for this system.

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
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

// The only ways a detector sets its status. Remedies stay only for Affected
// and AtRisk; an AtRisk finding always names its next step.
void concludeAffected(Finding& finding, const QString& summary);
void concludeAtRisk(Finding& finding, const QString& nextStep, const QString& summary);
void concludeNotAffected(Finding& finding, const QString& summary);
void concludeUnknown(Finding& finding, const QString& reason);

// ---- step 1: where this ZFS stands ----------------------------------------

// The ZFS version that matters for kernel bugs: the loaded module's, else the
// `zfs version` kmod line, else the userland version (the module that will
// be loaded).
struct ZfsGate {
    enum class State {
        Absent,       // no zfs module and no zfs tools (concluded NotAffected)
        Outside,      // outside every affected range (concluded NotAffected)
        InRange,      // an upstream release inside an affected range
        Development,  // an x.y.99 build that may or may not predate the fix
        Unknown,      // presence or version could not be read
    };
    State state = State::Unknown;
    std::optional<Version> version;
    QString reason;  // Development/Unknown: why the version does not decide
    // gateDirectIo only: Direct I/O is off module-wide (concluded "no trigger").
    bool directIoOff = false;
    bool concluded() const {
        return directIoOff || state == State::Absent || state == State::Outside;
    }
    // "ZFS 2.3.2" or "ZFS (version not known)".
    QString text() const;
};
// Adds the version evidence; concludes Absent and Outside. With
// `needsDirectProperty`, a ZFS without the `direct` property (before 2.3.0)
// is Outside.
ZfsGate gateZfs(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                bool needsDirectProperty);
// gateZfs for the problems that only Direct I/O reaches (they need the
// `direct` property), which also concludes "no trigger" when Direct I/O is
// off module-wide (concludedByDirectIoOff).
ZfsGate gateDirectIo(Finding& finding, const ProblemInfo& problem, const Facts& facts);

// ---- step 2: no trigger ------------------------------------------------------

// Nothing here triggers it. Latent when the version is in range (and it is
// an upstream build ZFS Doctor can judge); `why` names what was looked for.
void concludeNoTrigger(Finding& finding, const ZfsGate& gate, const Facts& facts,
                       const QString& why);

// ---- step 3: a trigger exists --------------------------------------------------

// A trigger exists now (`trigger` names it, e.g. "loop2 writes to a file on
// cache/vdisks"). Concludes Unknown for an unreadable version or a development
// build, and AtRisk (unconfirmed, with `step` as the next step, e.g. "the next
// write through loop2") on TrueNAS SCALE, whose builds carry iXsystems
// backports under upstream version numbers, unless `confirmed` (a probe or
// the symptom in the kernel log). Returns true when the detector should
// conclude Affected.
bool versionDecidesAffected(Finding& finding, const ZfsGate& gate, const Facts& facts,
                            bool confirmed, const QString& trigger, const QString& step);

// A trigger is one step away (`step`, e.g. the next boot into a kernel that
// has the bug): concludes AtRisk with `summary`, unless versionDecidesAffected
// concludes otherwise first.
void concludeOneStepAway(Finding& finding, const ZfsGate& gate, const Facts& facts, bool confirmed,
                         const QString& trigger, const QString& step, const QString& summary);

// When something that could be a trigger could not be placed (`undetermined`
// names each, e.g. "loop2 (dataset tank/vm: `direct` not known)"): concludes
// Unknown and returns true.
bool concludedUndetermined(Finding& finding, const ZfsGate& gate, const QStringList& undetermined);

// The note that left `area` unknown, as "<what> (<why>)", or empty when read.
QString unreadReason(const Facts& facts, FactArea area);

// ---- kernels -----------------------------------------------------------------

// Whether a kernel's upstream level is in `affected` (a problem's kernel
// ranges), out of it, or not known.
struct KernelJudgement {
    enum class State { Carries, Lacks, Unknown };
    State state = State::Unknown;
    QString level;   // "6.12.30"
    QString reason;  // Unknown: why
};
KernelJudgement judgeKernel(const KernelLevel& level, const QList<VersionRange>& affected);
// "running kernel: 6.1.0-28-amd64 (upstream 6.1.119, from /proc/version ...)".
FindingEvidence kernelEvidence(const QString& label, const QString& release,
                               const KernelLevel& level, const QString& verdict, bool deciding);

// The installed kernel the next boot starts, when that is not the running
// one: the default boot entry; when the default is not known, the newest
// installed kernel that is newer than the running one (most boot loaders
// start the newest). nullptr when the next boot starts the running kernel
// (or nothing newer is installed).
struct NextBoot {
    const InstalledKernel* kernel = nullptr;
    QString how;  // "the default boot entry (grubby)", "the newest installed kernel; ..."
};
NextBoot nextBootKernel(const Facts& facts);

// The running kernel and the one the next boot starts, judged against
// `affected` (a problem's kernel ranges).
struct KernelOutlook {
    KernelJudgement running;
    NextBoot next;
    std::optional<KernelJudgement> atNextBoot;  // set when next.kernel is
};
KernelOutlook judgeKernels(const Facts& facts, const QList<VersionRange>& affected);

// For the problems that also need a running kernel in their reported range
// (problem.kernelAffected): true when it is in it. Otherwise adds the running
// kernel's evidence, concludes Unknown (its level is not known) or "no
// trigger" (outside the range; `trigger` says what exists) and returns false.
bool runningKernelInRange(Finding& finding, const ProblemInfo& problem, const ZfsGate& gate,
                          const Facts& facts, const QString& trigger);

// ---- datasets, probes, log -----------------------------------------------------

// The datasets behind the loop devices, fstab images and sysext images, for
// detectors that place them: one pass over the datasets instead of a scan of
// all of them per device (a system can have 10,000 datasets and hundreds of
// loops).
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
// True when Direct I/O is off module-wide (zfs_dio_enabled=0); adds evidence.
// Unknown parameters are assumed at their default (1) and say so.
bool directIoDisabled(Finding& finding, const Facts& facts);
// For the problems that only Direct I/O reaches: when it is off module-wide,
// concludes "no trigger" (latent when the version is in range) and returns
// true.
bool concludedByDirectIoOff(Finding& finding, const ZfsGate& gate, const Facts& facts);

// What this problem's probes showed, per dataset: a probe is stronger than a
// property value, both ways. Adds one evidence line per probe result (not
// run, confirmed, not reproduced).
struct ProbeOutcomes {
    QSet<QString> confirmed;      // ran and failed with a confirming error
    QSet<QString> notReproduced;  // ran and succeeded
};
ProbeOutcomes readProbes(Finding& finding, const ProblemInfo& problem,
                         const QList<ProbeResult>& probes);

// Appends what kernel log lines of `kind` show; true when there were any.
bool addKernelLogEvidence(Finding& finding, const Facts& facts, KernelLogHit::Kind kind,
                          const QString& label);

bool isTrueNas(const Facts& facts);
// Ubuntu's own ZFS build: the module's version (else the userland's) carries
// "ubuntu" ("2.2.2-0ubuntu9", "2.3.1-1ubuntu1").
bool isUbuntuZfsBuild(const ZfsFacts& zfs);

// ---- remedies ------------------------------------------------------------------

// Values for a remedy's template placeholders and the variants to prefer.
struct RemedyContext {
    QString target;  // shown in the RemedyOption
    QMap<QString, QString> values;
    QStringList variants;  // situation variants first ("inherited"); the distro is added
};
// Adds the data's remedy `remedyId` for this system (no-op when the problem
// does not list it); repeats are dropped when the finding is concluded.
// Platform rules: on TrueNAS SCALE no kernel remedy, and only dataset and
// loop device changes stay automatic (the base system is not ours to
// change); the helper pins kernels only on Fedora, Debian and Ubuntu;
// Ubuntu's ZFS upgrade applies only to Ubuntu's own build; a remedy without
// a command for this system is guidance only.
void addRemedy(Finding& finding, const ProblemInfo& problem, const QString& remedyId,
               const Facts& facts, const RemedyContext& context = {});
// Context for a dataset remedy: {dataset}, {pool}, {previous_value}, and the
// "inherited" variant when the old value was inherited or the default.
RemedyContext datasetContext(const ZfsDataset& dataset);
RemedyContext loopContext(const LoopDevice& loop);
// Drops repeats of one remedy for one target (the first stays), then sorts:
// remedies without a conflict first, then by rank and target.
void sortRemedies(Finding& finding);

// Adds kernel-pin when a kernel can be pinned: only when the running or the
// next-boot kernel is in `affectedKernels` (judgeKernel), never on TrueNAS,
// only a kernel known to be outside them, never one without a zfs module, and
// never one older than the running kernel unless the running kernel is
// affected. Prefers the running kernel; else the newest such kernel.
void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const QList<VersionRange>& affectedKernels);
// The same rules for a problem that is not a kernel range (problem 6: a
// kernel without a zfs module): `judge` says whether a kernel carries the
// problem (Carries), is known to be free of it (Lacks) or not known. The
// running kernel is judged as its installed entry (nullptr when it has none).
using KernelJudge =
    std::function<KernelJudgement::State(const KernelLevel& level, const InstalledKernel* kernel)>;
void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const KernelJudge& judge);
// The remedies of a problem that a kernel update brings: kernel-pin (against
// problem.kernelAffected) and upgrade-zfs.
void addKernelRemedies(Finding& finding, const ProblemInfo& problem, const Facts& facts);

}  // namespace zd::detectors
