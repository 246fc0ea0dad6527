// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/kernel_check.h"

#include <QCoreApplication>

#include "knowledge/problem_registry.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::KernelCheck)
};

}  // namespace

const QStringList& nextBootProblemIds() {
    // Problem 2: buffered loop writes hang once the booted kernel carries the
    // loop change. Problem 6: the booted kernel has no zfs module, or is
    // outside the kernels the installed OpenZFS supports.
    static const QStringList ids{QStringLiteral("loop-write-hang"),
                                 QStringLiteral("kernel-zfs-unsupported")};
    return ids;
}

std::optional<Facts> factsWithNextBoot(const Facts& facts, const QString& release) {
    if (!facts.kernel.installedKernel(release)) {
        return std::nullopt;
    }
    Facts after = facts;
    after.kernel.defaultBoot = release;
    after.kernel.defaultBootSource = Text::tr("assumed: the kernel being checked");
    // Only the running kernel and RELEASE stay: the question is what happens
    // when RELEASE boots, and another installed kernel (an older one kept
    // for fallback, a newer one without a module) is not booted by that
    // step. Counting it would warn about a kernel that is not the one being
    // installed, and again at every later kernel install.
    after.kernel.installed.removeIf([&facts, &release](const InstalledKernel& installed) {
        return installed.release != release && installed.release != facts.kernel.release;
    });
    for (InstalledKernel& installed : after.kernel.installed) {
        installed.defaultBoot = installed.release == release;
    }
    // Whatever kept the default boot entry from being read no longer
    // matters: the question is what happens when RELEASE boots.
    after.notes.removeIf(
        [](const CollectorNote& note) { return note.area == FactArea::DefaultBoot; });
    return after;
}

KernelCheck checkKernel(const Facts& facts, const KnowledgeBase& knowledge,
                        const QString& release) {
    KernelCheck check;
    check.release = release;
    const std::optional<Facts> after = factsWithNextBoot(facts, release);
    if (!after) {
        const CollectorNote* unread = facts.unread(FactArea::InstalledKernels);
        check.notChecked =
            unread ? Text::tr("the installed kernels could not be read: %1").arg(unread->message)
                   : Text::tr(
                         "kernel %1 is not installed (not in /lib/modules, /boot or the "
                         "package database)")
                         .arg(release);
        check.outcome = KernelCheck::Outcome::Undecided;
        return check;
    }
    bool warning = false;
    bool undecided = false;
    for (const ProblemInfo& problem : knowledge.problems()) {
        if (!nextBootProblemIds().contains(problem.id)) {
            continue;
        }
        const Detector detect = detectorFor(problem.id);
        if (!detect) {
            continue;
        }
        Finding finding = detect(*after, problem, {});
        warning = warning || finding.status == FindingStatus::Affected ||
                  finding.status == FindingStatus::AtRisk;
        undecided = undecided || finding.status == FindingStatus::Unknown;
        check.findings.append(std::move(finding));
    }
    check.outcome = warning     ? KernelCheck::Outcome::Warning
                    : undecided ? KernelCheck::Outcome::Undecided
                                : KernelCheck::Outcome::Clear;
    return check;
}

QString kernelCheckOutcomeName(KernelCheck::Outcome outcome) {
    switch (outcome) {
        case KernelCheck::Outcome::Clear:
            return QStringLiteral("clear");
        case KernelCheck::Outcome::Warning:
            return QStringLiteral("warning");
        case KernelCheck::Outcome::Undecided:
            break;
    }
    return QStringLiteral("undecided");
}

}  // namespace zd
