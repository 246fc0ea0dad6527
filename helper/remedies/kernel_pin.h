// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// kernel-pin: keeps an installed, known-good kernel and makes it the boot default.
//
// Fedora (dnf5 or dnf4 + versionlock plugin):
//   dnf versionlock add kernel-core-<release>; grubby --set-default
//   /boot/vmlinuz-<release>; UPDATEDEFAULT=no in /etc/sysconfig/kernel (so a
//   new kernel does not become the default). PackageKit ignores versionlock,
//   which is why the boot default matters as much as the lock.
// Debian/Ubuntu:
//   apt-mark hold linux-image-<release>; GRUB_DEFAULT in /etc/default/grub set
//   to the entry's stable id path ("gnulinux-advanced-UUID>gnulinux-REL-advanced-UUID"
//   read from /boot/grub/grub.cfg), then update-grub. We edit /etc/default/grub
//   rather than use grub-set-default because it is the documented, persistent
//   configuration, survives every grub-mkconfig, and needs no GRUB_DEFAULT=saved;
//   ids are used instead of menu titles because titles change with translations.
// TrueNAS SCALE: refused; the supported path is a TrueNAS update or boot environment.
// Undo removes the one versionlock entry the change added (none when the
// kernel was locked before), keeping every other line of the lock file as it
// is then (locks added since stay), puts the recorded GRUB_DEFAULT
// / UPDATEDEFAULT line back into the file as it is now (never a whole shell-
// sourced file from the journal: see app/core/remedy/recorded_state.h) and
// the old boot default.

#include "remedies/remedy.h"

namespace zd::helper {

class KernelPinRemedy final : public Remedy {
  public:
    using Remedy::Remedy;
    bool plan(const QString& target, RemedyPlan* plan, HelperError* error) override;
    QList<RemedyStep> applySteps(const QString& target, const QJsonObject& before) override;
    bool verifyApplied(const QString& target, const QJsonObject& before, QJsonObject* after,
                       RemedyText* message) override;
    QList<RemedyStep> undoSteps(const QString& target, const QJsonObject& before) override;
    bool verifyUndone(const QString& target, const QJsonObject& before,
                      RemedyText* message) override;
    QStringList touches(const QString& target, const QJsonObject& before) const override;

    // Pure helpers, unit-tested. KEY=VALUE lines of a shell-sourced file: the
    // raw value of the last assignment (nullopt: none), and the file with
    // every assignment of KEY replaced by KEY=value (appended when there was
    // none), or removed when value is nullopt.
    static std::optional<QString> assignedValue(const QByteArray& content, const QString& key);
    static QByteArray withAssignment(const QByteArray& content, const QString& key,
                                     const std::optional<QString>& value);
    // "gnulinux-advanced-X>gnulinux-REL-advanced-X" from grub.cfg text, or empty.
    static QString grubEntryPath(const QString& grubCfg, const QString& release);

  private:
    enum class Family { Fedora, Debian, TrueNas, Other };
    Family detectFamily() const;
    bool planFedora(const QString& release, RemedyPlan* plan, HelperError* error);
    bool planDebian(const QString& release, RemedyPlan* plan, HelperError* error);
    RemedyStep toolStep(RemedyStepCode step, const QString& tool, const QStringList& arguments);
    // dnf's arguments: with --root, dnf works on that installroot (tests).
    QStringList dnfArguments(const QStringList& arguments) const;
    // Removes from the lock file, as it is when the step runs, the entries
    // that hold kernel-core at `release` beyond those recorded in `before`.
    RemedyStep unlockStep(const QString& release, const QJsonObject& before);
    // Sets (or, with nullopt, removes) KEY= in the file as it is when the step
    // runs; removes a file left empty when `createdByUs`.
    RemedyStep assignmentStep(RemedyStepCode step, const QString& path, const QString& key,
                              const std::optional<QString>& value, bool createdByUs);
};

}  // namespace zd::helper
