// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "troubleshoot_wizard.h"

#include "knowledge/knowledge_base.h"
#include "main_window.h"
#include "troubleshoot_pages.h"

namespace zd::gui {

QStringList problemIdsForSymptom(TroubleshootWizard::Symptom symptom) {
    using Symptom = TroubleshootWizard::Symptom;
    switch (symptom) {
        case Symptom::SysextFails:
            return {QStringLiteral("sysext-odirect-einval")};
        case Symptom::LoopMountHangs:
            return {QStringLiteral("loop-write-hang")};
        case Symptom::CopyFails:
            return {QStringLiteral("dio-always-cfr-eagain"),
                    QStringLiteral("cfr-linux68-eopnotsupp")};
        case Symptom::CopiesHaveZeros:
            return {QStringLiteral("zeroed-copies-dirty-holes")};
        case Symptom::ZfsGoneAfterKernelUpdate:
            return {QStringLiteral("kernel-zfs-unsupported")};
        case Symptom::KernelCrashed:
            // A hung machine after a kernel update is often reported as a crash.
            return {QStringLiteral("loop-dio-always-oops"), QStringLiteral("loop-write-hang")};
        case Symptom::CheckEverything:
            break;
    }
    return {};
}

TroubleshootWizard::TroubleshootWizard(MainWindow* window) : QWizard(window), m_window(window) {
    setObjectName(QStringLiteral("troubleshootWizard"));
    setWindowTitle(tr("Troubleshoot a Problem"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(820, 620);
    setPage(SymptomPageId, new SymptomPage);
    setPage(ScanPageId, new ScanPage);
    setPage(ProbePageId, new ProbePage);
    setPage(FindingsPageId, new WizardFindingsPage);
    setPage(ReviewPageId, new ReviewPage(window->helper()));
    setPage(VerifyPageId, new VerifyPage);
    setPage(SummaryPageId, new SummaryPage);
    setStartId(SymptomPageId);
}

QStringList TroubleshootWizard::relevantProblemIds() const {
    if (m_symptom != Symptom::CheckEverything) {
        return problemIdsForSymptom(m_symptom);
    }
    QStringList ids;
    for (const ProblemInfo& problem : m_window->knowledge()->problems()) {
        ids << problem.id;
    }
    return ids;
}

QList<Finding> TroubleshootWizard::relevantFindings() const {
    QList<Finding> findings;
    if (!m_window->state()) {
        return findings;
    }
    for (const QString& id : relevantProblemIds()) {
        for (const Finding& finding : m_window->state()->findings) {
            if (finding.id == id) {
                findings.append(finding);
            }
        }
    }
    return findings;
}

bool TroubleshootWizard::onThisMachine() const {
    return !m_window->state() || m_window->state()->isLive();
}

QString TroubleshootWizard::whyNotOnThisMachine() const {
    if (onThisMachine()) {
        return {};
    }
    if (m_window->state()->origin == SystemState::Origin::Remote) {
        return tr("%1 was scanned over SSH: this wizard explains what it finds, but probes and "
                  "fixes only run on this machine, so none are offered.")
            .arg(m_window->state()->sourceLabel);
    }
    return tr(
        "This is a snapshot, not a running system: it cannot be fixed, so this wizard only "
        "explains what it finds (no probes, no fixes).");
}

int TroubleshootWizard::nextId() const {
    switch (currentId()) {
        case SymptomPageId:
            // A snapshot is analysed as it is: no scan to wait for, no probe
            // to run; the findings follow at once.
            return onThisMachine() ? ScanPageId : FindingsPageId;
        case ScanPageId:
            return onThisMachine() ? ProbePageId : FindingsPageId;
        case ProbePageId:
            return FindingsPageId;
        case FindingsPageId:
            return chosenRemedy ? ReviewPageId : SummaryPageId;
        case ReviewPageId:
            return VerifyPageId;
        case VerifyPageId:
            return SummaryPageId;
        default:
            return -1;
    }
}

}  // namespace zd::gui
