// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One known problem as the knowledge base data describes it
// (resources/knowledge/<id>.json, format in docs/knowledge-base.md).
// Plain data: the detectors read it, the CLI/window show it.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "model/facts.h"
#include "model/finding.h"
#include "util/version.h"

namespace zd {

// A remedy as the data describes it, before it is applied to one system.
// Command, undo and guidance are templates with {placeholders} (see
// remedy_template.h); each has variants keyed by distribution family
// ("fedora", "debian", "ubuntu", "proxmox", "truenas", "other") or situation
// ("inherited" for a dataset whose old value came from inheritance).
// Commands are commands (pasteable, with sudo) and exist only for the
// variants where one fits; guidance is words and always has a "default".
struct RemedyInfo {
    QString id;  // one of knownRemedyIds(): also the helper's fix verb
    QString title;
    QString target;  // what it acts on: "dataset", "loop-device", "kernel", "system"
    QMap<QString, QString> commands;  // variant -> command template (may be empty)
    QMap<QString, QString> undo;      // variant -> undo template (the same variants)
    QMap<QString, QString> guidance;  // variant -> guidance template ("default" required)
    QString risk;
    QString appliesWhen;     // for people: when this remedy is the right one
    int rank = 0;            // 1 = safest
    bool automatic = false;  // the privileged helper can apply it (where a command exists)

    // The template for the first variant in `preferred` that exists, else
    // "default", else empty (no command fits).
    QString commandTemplate(const QStringList& preferred) const;
    QString undoTemplate(const QStringList& preferred) const;
    QString guidanceTemplate(const QStringList& preferred) const;
    bool operator==(const RemedyInfo&) const = default;
};

// Where a rule of the data comes from: one claim ("6.14.4 carries the loop
// change") and the upstream addresses that show it.
struct SourceInfo {
    QString claim;
    QStringList urls;
    bool operator==(const SourceInfo&) const = default;
};

struct ReferenceInfo {
    QString url;
    QString title;
    bool operator==(const ReferenceInfo&) const = default;
};

// The helper probe that can confirm a problem's mechanism on a dataset.
struct ProbeInfo {
    enum class Safety {
        Safe,   // plain userspace I/O on temporary files
        Gated,  // only when the kernel is known not to crash on it (problem 3)
        Never,  // reproducing it hangs or crashes the machine (problems 2 and 5)
    };
    QString name;  // "odirect-alignment"; empty when Safety::Never
    Safety safety = Safety::Never;
    QStringList confirmingErrors;  // errno names that confirm, e.g. {"EINVAL"}
    QString note;                  // why it is safe, gated or never run
    bool operator==(const ProbeInfo&) const = default;
};

// The kernels one OpenZFS release supports, as its META file states them
// (Linux-Minimum, Linux-Maximum). configure refuses a kernel older than the
// minimum, and since zfs-2.3.0 (commit 410287f7f838) one whose major.minor
// is above the maximum (6.14 allows every 6.14.x); 2.2.x and older try the
// build anyway.
struct KernelSupportInfo {
    Version zfs;       // the release, e.g. 2.3.2 (no packaging suffix)
    Version linuxMin;  // e.g. 4.18
    Version linuxMax;  // e.g. 6.14: the last supported series
    QString source;    // https://github.com/openzfs/zfs/blob/zfs-2.3.2/META
    bool operator==(const KernelSupportInfo&) const = default;
};

struct ProblemInfo {
    QString id;      // stable id, e.g. "sysext-odirect-einval"
    int number = 0;  // 1..N, unique: `zfs-doctor explain N`
    QString title;
    Severity severity = Severity::Medium;
    QString summary;  // one paragraph for lists and `explain --short`

    // Half-open ranges; a version is affected when any range contains it.
    QList<VersionRange> zfsAffected;
    QStringList zfsFixedIn;  // first fixed releases, for messages
    // Kernels (upstream levels, KernelFacts::level) on which the problem can
    // happen. A single "*" means any kernel. Compared with
    // VersionRange::containsKernel: a release candidate counts as its release
    // unless a bound names an rc itself (">=6.15.0-rc3").
    QList<VersionRange> kernelAffected;
    // Kernels for which upstream has not settled either way: a detector
    // answers "unknown" there.
    QList<VersionRange> kernelUnconfirmed;

    // Further ranges a detector asks for by name, for a mechanism narrower
    // than the problem ("zfs-dio-loop-write": the ZFS releases whose Direct
    // I/O write path a loop device crashes). Same comparison rules.
    QMap<QString, QList<VersionRange>> namedRanges;

    // Per OpenZFS release, the kernels it supports (optional "kernelSupport";
    // sorted by release).
    QList<KernelSupportInfo> kernelSupport;

    QStringList confidenceNotes;  // the UNCONFIRMED facts this problem rests on
    QList<SourceInfo> sources;    // every range and rule, with where it comes from
    QList<ReferenceInfo> references;
    QStringList symptoms;  // exact messages
    ProbeInfo probe;
    QList<RemedyInfo> remedies;  // sorted by rank

    bool anyKernel() const { return kernelAffected.size() == 1 && kernelAffected[0].isUnbounded(); }
    const RemedyInfo* remedy(const QString& remedyId) const;
    // namedRanges[name]; empty when the data has no such range.
    QList<VersionRange> ranges(const QString& name) const { return namedRanges.value(name); }
    QStringList referenceUrls() const;
    // The kernelSupport row of this release (major.minor.patch and release
    // candidate must match; the packaging suffix does not count), or nullptr.
    const KernelSupportInfo* kernelSupportFor(const Version& zfs) const;
    bool operator==(const ProblemInfo&) const = default;
};

// The helper's fix verbs; a data file naming any other remedy id is rejected.
const QStringList& knownRemedyIds();

QString probeSafetyName(ProbeInfo::Safety safety);  // "safe", "gated", "never"
std::optional<ProbeInfo::Safety> probeSafetyFromName(const QString& name);
std::optional<Severity> severityFromName(const QString& name);
// Variant key used for remedy commands: "fedora", "debian", "ubuntu",
// "proxmox", "truenas", "other".
QString remedyVariantForDistro(DistroFamily family);

}  // namespace zd
