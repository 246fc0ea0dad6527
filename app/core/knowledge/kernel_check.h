// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// "If the installed kernel RELEASE becomes the kernel the next boot starts,
// does a known problem hit?": what `zfs-doctor check-kernel RELEASE` and the
// kernel install hooks (resources/kernel-hooks/) ask when a kernel has just
// been installed. The facts of this system are taken as they are, except
// that RELEASE is made the default boot entry (the package manager or the
// boot loader's next update makes a newly installed kernel the default);
// then the detectors of the problems whose verdict depends on the next
// boot's kernel are run on them, unchanged (they are pure functions of the
// facts). Nothing here knows a problem's rules.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "knowledge/knowledge_base.h"
#include "model/facts.h"
#include "model/finding.h"

namespace zd {

// The problems whose verdict depends on the kernel the next boot starts: the
// one list of them (check-kernel runs exactly these). Every id must be in the
// problem table (tests/unit/test_kernel_check checks each, and that each
// one's verdict really changes with the next boot's kernel on some snapshot).
const QStringList& nextBootProblemIds();

// `facts` as they would be with the installed kernel `release` as the
// default boot entry, and with no installed kernel besides it and the
// running one. nullopt when `release` is not among the installed kernels
// (then there is nothing to boot).
std::optional<Facts> factsWithNextBoot(const Facts& facts, const QString& release);

struct KernelCheck {
    enum class Outcome {
        Clear,      // no listed problem would hit
        Warning,    // at least one is affected or at risk with RELEASE as the next boot
        Undecided,  // nothing hits, but a verdict (or RELEASE itself) could not be decided
    };
    Outcome outcome = Outcome::Undecided;
    QString release;
    // Why RELEASE could not be checked at all (not installed, the installed
    // kernels not readable); empty when it was.
    QString notChecked;
    // One per listed problem the knowledge base knows, in problem-number
    // order, judged with RELEASE as the next boot's kernel.
    QList<Finding> findings;
};

KernelCheck checkKernel(const Facts& facts, const KnowledgeBase& knowledge, const QString& release);

// "clear", "warning", "undecided" (the JSON's words).
QString kernelCheckOutcomeName(KernelCheck::Outcome outcome);

}  // namespace zd
