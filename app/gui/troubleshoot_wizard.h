// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The troubleshooting wizard: symptom -> scan -> safe probes (with
// authorization; refused ones say why) -> findings -> choose a remedy ->
// review the exact change -> apply through the helper -> verify by scanning
// again -> summary with Undo and Export.
//
// The wizard drives the main window's scanner and helper client, so what it
// finds is also what the window shows.

#include <QWizard>
#include <optional>

#include "helper_client/helper_records.h"
#include "system_state.h"

namespace zd::gui {

class MainWindow;

class TroubleshootWizard : public QWizard {
    Q_OBJECT
  public:
    enum PageId {
        SymptomPageId,
        ScanPageId,
        ProbePageId,
        FindingsPageId,
        ReviewPageId,
        VerifyPageId,
        SummaryPageId
    };
    enum class Symptom {
        SysextFails,
        LoopMountHangs,
        CopyFails,
        CopiesHaveZeros,
        ZfsGoneAfterKernelUpdate,
        KernelCrashed,
        CheckEverything
    };

    explicit TroubleshootWizard(MainWindow* window);

    MainWindow* mainWindow() const { return m_window; }

    Symptom symptom() const { return m_symptom; }
    void setSymptom(Symptom symptom) { m_symptom = symptom; }
    // The problems (ids, in number order) this symptom can come from; every
    // problem of the knowledge base for "just check my system".
    QStringList relevantProblemIds() const;
    // The findings for those problems in the current state.
    QList<Finding> relevantFindings() const;
    // Whether probes and remedies can run: only on this machine, never on a
    // snapshot, a demo or a system scanned over SSH. Before any scan the
    // wizard scans this machine, so that counts as this machine.
    bool onThisMachine() const;
    // Why they cannot, in one sentence (empty on this machine).
    QString whyNotOnThisMachine() const;

    // The remedy chosen on the findings page, if any.
    std::optional<RemedyOption> chosenRemedy;
    QString chosenFindingId;
    FindingStatus chosenFindingStatus = FindingStatus::Unknown;  // before the remedy
    // The change the helper applied, if any; and whether the rescan verified it.
    std::optional<ChangeRecord> appliedChange;
    std::optional<bool> verified;
    bool undone = false;
    // Probe results gathered on the probe page.
    QList<ProbeResult> probeResults;

    int nextId() const override;

  private:
    MainWindow* m_window;
    Symptom m_symptom = Symptom::CheckEverything;
};

// The problems a symptom can come from, by id; empty for CheckEverything
// (which means all of them).
QStringList problemIdsForSymptom(TroubleshootWizard::Symptom symptom);

}  // namespace zd::gui
