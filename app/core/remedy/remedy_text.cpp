// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/remedy_text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>

namespace zd {

namespace {

constexpr const char* kContext = "zd::RemedyText";
constexpr qsizetype kMaxTexts = 64;
constexpr qsizetype kMaxArgument = 64 * 1024;

struct Row {
    RemedyTextCode code;
    const char* name;
    const char* sentence;
};

// THE list (see remedy_text.h). The English sentences are the helper's words
// as they were before the codes existed, so its `message` and `warnings` are
// unchanged for older clients. QT_TRANSLATE_NOOP marks them for lupdate.
constexpr Row kRemedyTexts[] = {
    {RemedyTextCode::StepFailed, "step-failed",
     QT_TRANSLATE_NOOP("zd::RemedyText", "Step '%1' failed: %2")},
    {RemedyTextCode::UndoNothingStarted, "undo-nothing-started",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "No step of this change had started; nothing to restore.")},
    {RemedyTextCode::UndoAlreadyUndone, "undo-already-undone",
     QT_TRANSLATE_NOOP("zd::RemedyText", "Change %1 was already undone; nothing to do.")},
    {RemedyTextCode::FileNotAsBefore, "file-not-as-before",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is not as it was before the change.")},

    {RemedyTextCode::DirectAlreadySet, "direct-already-set",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "'%1' already has direct=%2 (source: %3); nothing to change.")},
    {RemedyTextCode::DirectTrueNasMiddleware, "direct-truenas-middleware",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "On TrueNAS this change persists in the pool but bypasses the middleware "
                       "(it is not shown in the web interface).")},
    {RemedyTextCode::DirectUnreadable, "direct-unreadable",
     QT_TRANSLATE_NOOP("zd::RemedyText", "Could not read the property back: %1")},
    {RemedyTextCode::DirectNotSet, "direct-not-set",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "After the change '%1' reports direct=%2 (source: %3), not %4.")},
    {RemedyTextCode::DirectSet, "direct-set",
     QT_TRANSLATE_NOOP("zd::RemedyText", "'%1' now has direct=%2 (source: %3).")},
    {RemedyTextCode::DirectNotRestored, "direct-not-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "After undo '%1' reports direct=%2 (source: %3); expected %4 (%5).")},
    {RemedyTextCode::DirectRestored, "direct-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "'%1' is back to direct=%2 (source: %3; before: %4).")},
    {RemedyTextCode::DirectAlwaysRearmsProblem5, "direct-always-rearms-problem-5",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "This restores direct=always on %1. On OpenZFS 2.3.0 a loop device backed "
                       "by a file on this dataset crashes the kernel (problem 5); check the "
                       "loaded zfs version first.")},

    {RemedyTextCode::LoopDioUntilDetached, "loop-dio-until-detached",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "This lasts until the loop device is detached; whoever attaches it again "
                       "decides its direct I/O mode.")},
    {RemedyTextCode::LoopDioAlreadyOff, "loop-dio-already-off",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 already has direct I/O off; nothing to change.")},
    {RemedyTextCode::LoopDioUnreadable, "loop-dio-unreadable",
     QT_TRANSLATE_NOOP("zd::RemedyText", "Could not read dio back: %1")},
    {RemedyTextCode::LoopDioStillOn, "loop-dio-still-on",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "The kernel accepted the request but %1 still reports dio=%2.")},
    {RemedyTextCode::LoopDioOff, "loop-dio-off",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 now reads 0.")},
    {RemedyTextCode::LoopDioNotRestored, "loop-dio-not-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 reports dio=%2 after undo, expected %3 (the kernel may refuse direct "
                       "I/O on this backing file).")},
    {RemedyTextCode::LoopDioRestored, "loop-dio-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 reads %2 again.")},

    // %1 is the parameter, e.g. zfs_dio_enabled.
    {RemedyTextCode::ModprobeInitramfs, "modprobe-initramfs",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "If the zfs module is loaded from the initramfs, regenerate it (dracut -f "
                       "/ update-initramfs -u) for the modprobe.d setting to apply at boot.")},
    {RemedyTextCode::ModuleParameterAlreadySet, "module-parameter-already-set",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 is already %2 and %3 keeps it so; nothing to change.")},
    {RemedyTextCode::ModuleParameterNotSet, "module-parameter-not-set",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 reads '%2' after writing %3.")},
    {RemedyTextCode::ModuleParameterNoOptionLine, "module-parameter-no-option-line",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 does not contain the option line.")},
    {RemedyTextCode::ModuleParameterSet, "module-parameter-set",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 reads %2 and %3 keeps it at boot.")},
    {RemedyTextCode::ModuleParameterNotRestored, "module-parameter-not-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 reads '%2', expected %3.")},
    {RemedyTextCode::ModuleParameterRestored, "module-parameter-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 reads %2 again and %3 is as before.")},
    {RemedyTextCode::ZfsDioAllDatasets, "zfs-dio-all-datasets",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "Direct I/O is turned off for every dataset; applications asking for "
                       "O_DIRECT get cached I/O.")},
    {RemedyTextCode::DmuOffsetHolesLater, "dmu-offset-holes-later",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "Holes in files written in the last few seconds are no longer reported, "
                       "so copies of such sparse files take more space. This makes "
                       "openzfs/zfs#15526 much rarer but does not rule it out: upgrade OpenZFS "
                       "to 2.1.14, 2.2.2 or newer.")},

    {RemedyTextCode::DropinNewLoopDevicesOnly, "dropin-new-loop-devices-only",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "Only loop devices attached after this change are affected, and the "
                       "initrd's sysext step is not.")},
    {RemedyTextCode::DropinReplacesFile, "dropin-replaces-file",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 exists with other content; it will be replaced and restored on undo.")},
    {RemedyTextCode::DropinAlreadyPresent, "dropin-already-present",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 already sets SYSTEMD_LOOP_DIRECT_IO=0; nothing to change.")},
    {RemedyTextCode::DropinNotEffective, "dropin-not-effective",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 does not set SYSTEMD_LOOP_DIRECT_IO=0 after writing it.")},
    {RemedyTextCode::DropinInPlace, "dropin-in-place",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is in place and systemd has reloaded it.")},
    {RemedyTextCode::DropinRestored, "dropin-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 has its previous content again.")},
    {RemedyTextCode::DropinRemoved, "dropin-removed",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is removed.")},

    {RemedyTextCode::KernelPinPackageKit, "kernel-pin-packagekit",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "PackageKit (GNOME Software, Discover, Cockpit) ignores versionlock; the "
                       "boot default is what keeps this kernel in use.")},
    {RemedyTextCode::KernelPinInstallonlyLimit, "kernel-pin-installonly-limit",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "dnf keeps only %1 kernels (installonly_limit); when the pinned kernel is "
                       "not the running one, a later update may remove it.")},
    {RemedyTextCode::KernelPinInstallonlyDefault, "kernel-pin-installonly-default",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "dnf keeps only 3 (the default) kernels (installonly_limit); when the "
                       "pinned kernel is not the running one, a later update may remove it.")},
    {RemedyTextCode::KernelPinAlreadyLocked, "kernel-pin-already-locked",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "Kernel %1 is already locked and the boot default; nothing to change.")},
    {RemedyTextCode::KernelPinNoGrubEntry, "kernel-pin-no-grub-entry",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "No GRUB entry for %1 was found in %2; only the package hold is applied. "
                       "Choose the kernel in the GRUB menu at boot.")},
    {RemedyTextCode::KernelPinAlreadyHeld, "kernel-pin-already-held",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "%1 is already held and the boot default; nothing to change.")},
    {RemedyTextCode::KernelPinWrongDefault, "kernel-pin-wrong-default",
     QT_TRANSLATE_NOOP("zd::RemedyText", "grubby reports '%1' as the default kernel, not %2.")},
    {RemedyTextCode::KernelPinNoLock, "kernel-pin-no-lock",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 holds no lock of kernel-core at %2.")},
    {RemedyTextCode::KernelPinNoLockUnreadable, "kernel-pin-no-lock-unreadable",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 holds no lock of kernel-core at %2 (%3).")},
    {RemedyTextCode::KernelPinLocked, "kernel-pin-locked",
     QT_TRANSLATE_NOOP("zd::RemedyText", "kernel-core-%1 is locked and is the boot default.")},
    {RemedyTextCode::KernelPinNotHeld, "kernel-pin-not-held",
     QT_TRANSLATE_NOOP("zd::RemedyText", "apt-mark showhold does not list %1.")},
    {RemedyTextCode::KernelPinHeld, "kernel-pin-held",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is held.")},
    {RemedyTextCode::KernelPinLockNotRestored, "kernel-pin-lock-not-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 does not hold kernel-core-%2 as it did before.")},
    {RemedyTextCode::KernelPinFedoraRestored, "kernel-pin-fedora-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText",
                       "The versionlock list, boot default and %1 are as before.")},
    {RemedyTextCode::KernelPinStillHeld, "kernel-pin-still-held",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is held, unlike before.")},
    {RemedyTextCode::KernelPinHoldLost, "kernel-pin-hold-lost",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 is not held, unlike before.")},
    {RemedyTextCode::KernelPinDebianRestored, "kernel-pin-debian-restored",
     QT_TRANSLATE_NOOP("zd::RemedyText", "%1 and GRUB_DEFAULT are as before.")},
};

// Row i describes code i, and every code has a row: a code added to the enum
// without its sentence does not compile.
constexpr bool rowsInEnumOrder() {
    for (std::size_t i = 0; i < std::size(kRemedyTexts); ++i) {
        if (static_cast<std::size_t>(kRemedyTexts[i].code) != i) {
            return false;
        }
    }
    return true;
}
static_assert(rowsInEnumOrder(), "kRemedyTexts must list every RemedyTextCode in enum order");
static_assert(std::size(kRemedyTexts) ==
                  static_cast<std::size_t>(RemedyTextCode::KernelPinDebianRestored) + 1,
              "every RemedyTextCode needs its row in kRemedyTexts");

constexpr const char* kStepContext = "zd::RemedyStep";

struct StepRow {
    RemedyStepCode code;
    const char* name;
    const char* english;
};

// THE list of step names (see remedy_text.h). The English names are the
// helper's step names as they were before this table existed, so older
// clients and journal records keep them; several are the command or
// setting the step runs, which the translation names beside its words.
constexpr StepRow kRemedySteps[] = {
    {RemedyStepCode::WriteDropin, "write-dropin",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "write drop-in")},
    {RemedyStepCode::DaemonReload, "daemon-reload",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "daemon reload")},
    {RemedyStepCode::RestartSysext, "restart-sysext",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restart systemd-sysext")},
    {RemedyStepCode::RestoreDropin, "restore-dropin",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore drop-in")},
    {RemedyStepCode::RemoveDropin, "remove-dropin",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "remove drop-in")},

    {RemedyStepCode::SetZfsDio, "set-zfs-dio",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "set zfs_dio_enabled")},
    {RemedyStepCode::WriteModprobe, "write-modprobe",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "write modprobe.d")},
    {RemedyStepCode::RestoreZfsDio, "restore-zfs-dio",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore zfs_dio_enabled")},
    {RemedyStepCode::SetDmuOffsetNextSync, "set-dmu-offset-next-sync",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "set zfs_dmu_offset_next_sync")},
    {RemedyStepCode::RestoreDmuOffsetNextSync, "restore-dmu-offset-next-sync",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore zfs_dmu_offset_next_sync")},
    {RemedyStepCode::RestoreModprobe, "restore-modprobe",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore modprobe.d")},
    {RemedyStepCode::RemoveModprobe, "remove-modprobe",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "remove modprobe.d")},

    {RemedyStepCode::LoopDirectIoOff, "loop-direct-io-off",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "LOOP_SET_DIRECT_IO 0")},
    {RemedyStepCode::LoopDirectIoOn, "loop-direct-io-on",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "LOOP_SET_DIRECT_IO 1")},

    {RemedyStepCode::ZfsSet, "zfs-set", QT_TRANSLATE_NOOP("zd::RemedyStep", "zfs set")},
    {RemedyStepCode::ZfsInherit, "zfs-inherit", QT_TRANSLATE_NOOP("zd::RemedyStep", "zfs inherit")},

    {RemedyStepCode::VersionlockAdd, "versionlock-add",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "versionlock")},
    {RemedyStepCode::BootDefault, "boot-default",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "boot default")},
    {RemedyStepCode::UpdateDefaultNo, "updatedefault-no",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "UPDATEDEFAULT=no")},
    {RemedyStepCode::RemoveVersionlock, "remove-versionlock",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "remove our versionlock entry")},
    {RemedyStepCode::RestoreUpdateDefault, "restore-updatedefault",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore UPDATEDEFAULT")},
    {RemedyStepCode::AptMarkHold, "apt-mark-hold",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "apt-mark hold")},
    {RemedyStepCode::AptMarkUnhold, "apt-mark-unhold",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "apt-mark unhold")},
    {RemedyStepCode::SetGrubDefault, "set-grub-default",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "GRUB_DEFAULT")},
    {RemedyStepCode::RestoreGrubDefault, "restore-grub-default",
     QT_TRANSLATE_NOOP("zd::RemedyStep", "restore GRUB_DEFAULT")},
    {RemedyStepCode::UpdateGrub, "update-grub", QT_TRANSLATE_NOOP("zd::RemedyStep", "update-grub")},
};

constexpr bool stepRowsInEnumOrder() {
    for (std::size_t i = 0; i < std::size(kRemedySteps); ++i) {
        if (static_cast<std::size_t>(kRemedySteps[i].code) != i) {
            return false;
        }
    }
    return true;
}
static_assert(stepRowsInEnumOrder(), "kRemedySteps must list every RemedyStepCode in enum order");
static_assert(std::size(kRemedySteps) == static_cast<std::size_t>(RemedyStepCode::UpdateGrub) + 1,
              "every RemedyStepCode needs its row in kRemedySteps");

const Row* findRow(const QString& code) {
    for (const Row& row : kRemedyTexts) {
        if (code == QLatin1String(row.name)) {
            return &row;
        }
    }
    return nullptr;
}

// The highest %N in a sentence: how many arguments it takes.
int placeholderCount(const QString& sentence) {
    int highest = 0;
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i) {
        if (sentence.at(i) == QLatin1Char('%') && sentence.at(i + 1).isDigit()) {
            highest = std::max(highest, sentence.at(i + 1).digitValue());
        }
    }
    return highest;
}

// %1..%9 replaced in one pass, so an argument containing "%2" stays as it is.
QString substitute(const QString& sentence, const QStringList& arguments) {
    QString result;
    result.reserve(sentence.size());
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        if (c == QLatin1Char('%') && i + 1 < sentence.size() && sentence.at(i + 1).isDigit()) {
            const int index = sentence.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < arguments.size()) {
                result += arguments.at(index);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

// The row for a text whose arguments fit its sentence, or nullptr.
const Row* usableRow(const RemedyText& text) {
    const Row* row = findRow(text.code);
    if (!row || placeholderCount(QLatin1String(row->sentence)) != text.arguments.size()) {
        return nullptr;
    }
    return row;
}

bool isCodeName(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return pattern.match(code).hasMatch();
}

}  // namespace

RemedyText RemedyText::make(RemedyTextCode code, const QStringList& arguments) {
    return {remedyTextCodeName(code), arguments};
}

QString RemedyText::english() const {
    const Row* row = usableRow(*this);
    return row ? substitute(QLatin1String(row->sentence), arguments) : QString();
}

QString RemedyText::translated() const {
    const Row* row = usableRow(*this);
    if (!row) {
        return {};
    }
    QStringList shown = arguments;
    // The failed step's name is the one argument that is words, not a token.
    if (row->code == RemedyTextCode::StepFailed) {
        shown[0] = displayRemedyStepName(shown.at(0));
    }
    return substitute(QCoreApplication::translate(kContext, row->sentence), shown);
}

QJsonObject RemedyText::toJson() const {
    return {{QStringLiteral("code"), code},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
}

QList<RemedyTextCode> allRemedyTextCodes() {
    QList<RemedyTextCode> codes;
    for (const Row& row : kRemedyTexts) {
        codes.append(row.code);
    }
    return codes;
}

QString remedyTextCodeName(RemedyTextCode code) {
    return QLatin1String(kRemedyTexts[static_cast<std::size_t>(code)].name);
}

QList<RemedyStepCode> allRemedyStepCodes() {
    QList<RemedyStepCode> codes;
    for (const StepRow& row : kRemedySteps) {
        codes.append(row.code);
    }
    return codes;
}

QString remedyStepCodeName(RemedyStepCode code) {
    return QLatin1String(kRemedySteps[static_cast<std::size_t>(code)].name);
}

QString remedyStepName(RemedyStepCode code) {
    return QLatin1String(kRemedySteps[static_cast<std::size_t>(code)].english);
}

QString displayRemedyStepName(const QString& name) {
    for (const StepRow& row : kRemedySteps) {
        if (name == QLatin1String(row.english)) {
            return QCoreApplication::translate(kStepContext, row.english);
        }
    }
    return name;
}

QString englishText(const QList<RemedyText>& texts) {
    QStringList sentences;
    for (const RemedyText& text : texts) {
        sentences.append(text.english());
    }
    return sentences.join(QLatin1Char(' '));
}

QJsonArray remedyTextsToJson(const QList<RemedyText>& texts) {
    QJsonArray array;
    for (const RemedyText& text : texts) {
        array.append(text.toJson());
    }
    return array;
}

QList<RemedyText> remedyTextsFromJson(const QJsonValue& value) {
    QList<RemedyText> texts;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        RemedyText text{object.value(QLatin1String("code")).toString(), {}};
        for (const QJsonValue& argument : object.value(QLatin1String("arguments")).toArray()) {
            text.arguments.append(argument.toString());
        }
        if (!text.code.isEmpty()) {
            texts.append(text);
        }
    }
    return texts;
}

bool readRemedyTexts(const QJsonValue& value, QList<RemedyText>* texts, QString* error) {
    texts->clear();
    if (value.isUndefined()) {
        return true;  // a record written before the codes existed
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > kMaxTexts) {
        *error = QStringLiteral("not a list of at most %1 texts").arg(kMaxTexts);
        return false;
    }
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        const QJsonValue code = object.value(QLatin1String("code"));
        const QJsonValue arguments = object.value(QLatin1String("arguments"));
        if (!item.isObject() || !code.isString() || !isCodeName(code.toString()) ||
            !arguments.isArray() || arguments.toArray().size() > 9) {
            *error = QStringLiteral("a text is not {code, arguments}");
            return false;
        }
        RemedyText text{code.toString(), {}};
        for (const QJsonValue& argument : arguments.toArray()) {
            if (!argument.isString() || argument.toString().size() > kMaxArgument) {
                *error = QStringLiteral("an argument of '%1' is not a string of at most 64 KiB")
                             .arg(text.code);
                return false;
            }
            text.arguments.append(argument.toString());
        }
        texts->append(text);
    }
    return true;
}

QString displayRemedyText(const QString& text, const QList<RemedyText>& texts) {
    if (texts.isEmpty() || englishText(texts) != text) {
        return text;
    }
    QString shown;
    for (const RemedyText& sentence : texts) {
        // Chinese puts no space after its full-width full stop.
        if (!shown.isEmpty() && !shown.endsWith(QChar(0x3002))) {
            shown += QLatin1Char(' ');
        }
        shown += sentence.translated();
    }
    return shown;
}

QStringList displayRemedyWarnings(const QStringList& warnings, const QList<RemedyText>& texts) {
    QStringList shown;
    for (const QString& warning : warnings) {
        QString translated = warning;
        for (const RemedyText& text : texts) {
            if (text.english() == warning) {
                translated = text.translated();
                break;
            }
        }
        shown.append(translated);
    }
    return shown;
}

}  // namespace zd
