// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The D-Bus contract between ZFS Doctor (unprivileged) and zfs-doctor-helper
// (root), header-only: the ONE header the app includes from helper/. Names,
// verbs, probes, polkit actions, error names, and the table of remedies.
// Methods (all arguments strings, every result one JSON document in a string,
// so fields can be added without breaking callers; docs/helper.md has them):
//   Probe(probe, dataset)  PreviewFix(fix, target, option)
//   ApplyFix(fix, target, option)  Undo(changeId)  UndoAll()  History()  Version()
// and the signal Progress(changeId, step, message), sent to the caller only.
// `option` is reserved for future verbs and must be empty today.

#include <QString>
#include <QStringList>

namespace zd::helper {

inline constexpr const char* kServiceName = "org.zfsdoctor.Helper";
inline constexpr const char* kObjectPath = "/org/zfsdoctor/Helper";
inline constexpr const char* kInterfaceName = "org.zfsdoctor.Helper1";
// Bump when a method's meaning changes incompatibly (the interface name
// would then become org.zfsdoctor.Helper2).
inline constexpr int kContractVersion = 1;

// Remedy verbs: identical to the knowledge base's remedy ids. They are listed
// once, in kRemedies below; these names only spell them.
inline constexpr const char* kFixDatasetDirectStandard = "dataset-direct-standard";
inline constexpr const char* kFixDatasetDirectDisabled = "dataset-direct-disabled";
inline constexpr const char* kFixLoopDioOff = "loop-dio-off";
inline constexpr const char* kFixSysextDropin = "sysext-dropin";
inline constexpr const char* kFixZfsDioDisable = "zfs-dio-disable";
inline constexpr const char* kFixDmuOffsetNextSyncOff = "dmu-offset-next-sync-off";
inline constexpr const char* kFixKernelPin = "kernel-pin";

// Probes. Problems 2 and 5 crash or hang the kernel: they have no probe verb.
inline constexpr const char* kProbeODirectAlignment = "odirect-alignment";
inline constexpr const char* kProbeCopyFileRange = "copy-file-range";
inline constexpr const char* kProbeCopyFileRangeUnaligned = "copy-file-range-unaligned";

// polkit action ids (resources/polkit/org.zfsdoctor.policy). A remedy's
// action guards applying it AND undoing it. A preview changes nothing and has
// its own read-only action, so an authorization kept from a preview
// (auth_admin_keep) never covers the change itself.
inline constexpr const char* kActionProbe = "org.zfsdoctor.probe";
inline constexpr const char* kActionPreview = "org.zfsdoctor.preview";
inline constexpr const char* kActionFixDatasetDirect = "org.zfsdoctor.fix.dataset-direct";
inline constexpr const char* kActionFixLoopDio = "org.zfsdoctor.fix.loop-dio";
inline constexpr const char* kActionFixSysextDropin = "org.zfsdoctor.fix.sysext-dropin";
inline constexpr const char* kActionFixZfsDio = "org.zfsdoctor.fix.zfs-dio";
inline constexpr const char* kActionFixDmuOffsetNextSync = "org.zfsdoctor.fix.dmu-offset-next-sync";
inline constexpr const char* kActionFixKernelPin = "org.zfsdoctor.fix.kernel-pin";
inline constexpr const char* kActionUndoAll = "org.zfsdoctor.undo-all";
inline constexpr const char* kActionReadHistory = "org.zfsdoctor.read-history";

// polkit details passed with every check: the policy messages name the
// change with $(target), and polkit rules can filter on all of them.
inline constexpr const char* kDetailOperation = "operation";  // probe, preview, apply, undo...
inline constexpr const char* kDetailVerb = "verb";
inline constexpr const char* kDetailTarget = "target";

// D-Bus error names. Each error's message is a sentence meant for people.
inline constexpr const char* kErrorNotAuthorized = "org.zfsdoctor.Helper.Error.NotAuthorized";
inline constexpr const char* kErrorCancelled = "org.zfsdoctor.Helper.Error.Cancelled";
inline constexpr const char* kErrorAuthorizationUnavailable =
    "org.zfsdoctor.Helper.Error.AuthorizationUnavailable";
inline constexpr const char* kErrorInvalidArgument = "org.zfsdoctor.Helper.Error.InvalidArgument";
inline constexpr const char* kErrorUnknownVerb = "org.zfsdoctor.Helper.Error.UnknownVerb";
inline constexpr const char* kErrorNotFound = "org.zfsdoctor.Helper.Error.NotFound";
inline constexpr const char* kErrorUnknownChange = "org.zfsdoctor.Helper.Error.UnknownChange";
inline constexpr const char* kErrorRefused = "org.zfsdoctor.Helper.Error.Refused";
inline constexpr const char* kErrorToolMissing = "org.zfsdoctor.Helper.Error.ToolMissing";
// Too many calls of this caller (or in all) wait for polkit already.
inline constexpr const char* kErrorBusy = "org.zfsdoctor.Helper.Error.Busy";
inline constexpr const char* kErrorFailed = "org.zfsdoctor.Helper.Error.Failed";

// What the target argument of a remedy names. None: the target must be empty.
enum class TargetKind { None, Dataset, LoopDevice, KernelRelease };

// Which class of helper/remedies/ carries a verb out. The helper dispatches
// with a switch over this enum, so a verb without a class does not compile.
enum class RemedyClass { DatasetDirect, LoopDio, SysextDropin, ModuleParameter, KernelPin };

struct RemedyVerb {
    const char* verb;
    const char* action;  // guards apply and undo
    TargetKind target;
    RemedyClass remedyClass;
    // What the class needs to know: the `direct` value to set, the zfs module
    // parameter to set.
    const char* parameter;
};

// THE list of remedy verbs. fixVerbs(), actionForFix(), targetKindForFix(),
// the helper's dispatch and Version()'s verb list are all derived from it; a
// test (tests/helper/test_contract.cpp) checks that the polkit policy, the CLI
// help and the shell completions list exactly these verbs.
inline constexpr RemedyVerb kRemedies[] = {
    {kFixDatasetDirectStandard, kActionFixDatasetDirect, TargetKind::Dataset,
     RemedyClass::DatasetDirect, "standard"},
    {kFixDatasetDirectDisabled, kActionFixDatasetDirect, TargetKind::Dataset,
     RemedyClass::DatasetDirect, "disabled"},
    {kFixLoopDioOff, kActionFixLoopDio, TargetKind::LoopDevice, RemedyClass::LoopDio, ""},
    {kFixSysextDropin, kActionFixSysextDropin, TargetKind::None, RemedyClass::SysextDropin, ""},
    {kFixZfsDioDisable, kActionFixZfsDio, TargetKind::None, RemedyClass::ModuleParameter,
     "zfs_dio_enabled"},
    {kFixDmuOffsetNextSyncOff, kActionFixDmuOffsetNextSync, TargetKind::None,
     RemedyClass::ModuleParameter, "zfs_dmu_offset_next_sync"},
    {kFixKernelPin, kActionFixKernelPin, TargetKind::KernelRelease, RemedyClass::KernelPin, ""},
};

inline constexpr const char* kProbes[] = {kProbeODirectAlignment, kProbeCopyFileRange,
                                          kProbeCopyFileRangeUnaligned};

// The table's row for a verb, or nullptr.
inline const RemedyVerb* findRemedy(const QString& verb) {
    for (const RemedyVerb& remedy : kRemedies) {
        if (verb == QLatin1String(remedy.verb)) {
            return &remedy;
        }
    }
    return nullptr;
}

inline QStringList fixVerbs() {
    QStringList verbs;
    for (const RemedyVerb& remedy : kRemedies) {
        verbs.append(QLatin1String(remedy.verb));
    }
    return verbs;
}

inline QStringList probeVerbs() {
    QStringList verbs;
    for (const char* probe : kProbes) {
        verbs.append(QLatin1String(probe));
    }
    return verbs;
}

inline TargetKind targetKindForFix(const QString& fix) {
    const RemedyVerb* remedy = findRemedy(fix);
    return remedy ? remedy->target : TargetKind::None;
}

// The polkit action that guards a remedy verb; empty for an unknown verb.
inline QString actionForFix(const QString& fix) {
    const RemedyVerb* remedy = findRemedy(fix);
    return remedy ? QLatin1String(remedy->action) : QString();
}

}  // namespace zd::helper
