// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The pages of the TroubleshootWizard (troubleshoot_wizard.h), in order.

#include <QList>
#include <QMetaObject>
#include <QWizardPage>

#include "model/finding.h"
#include "model/probe_result.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace zd {
class HelperClient;
}

namespace zd::gui {

class RemedyReview;
class TroubleshootWizard;

class SymptomPage : public QWizardPage {
    Q_OBJECT
  public:
    SymptomPage();
    void initializePage() override;
    bool validatePage() override;

  private:
    QButtonGroup* m_group;
    // Says, on a snapshot or a remote system, that nothing can be fixed here.
    QLabel* m_notFixableHere;
};

// Scans this machine (or takes the snapshot as it is) and shows progress.
class ScanPage : public QWizardPage {
    Q_OBJECT
  public:
    ScanPage();
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_done; }

  private:
    void finish(const QString& text);

    QLabel* m_text;
    QProgressBar* m_progress;
    bool m_done = false;
    QMetaObject::Connection m_stateConnection;
    QMetaObject::Connection m_failConnection;
};

// The probes that may confirm the relevant problems: safe ones can be run
// (the helper asks for authorization), the others are listed with the reason
// they are never or not here run.
class ProbePage : public QWizardPage {
    Q_OBJECT
  public:
    ProbePage();
    void initializePage() override;
    bool isComplete() const override { return m_running == 0; }

  private:
    struct Row {
        QString problemId;
        QString probe;
        QCheckBox* check = nullptr;
        QComboBox* dataset = nullptr;
        QLabel* status = nullptr;
    };
    void runSelected();
    void probeFinished();

    QVBoxLayout* m_rows;
    QWidget* m_rowsWidget = nullptr;
    QPushButton* m_runButton;
    QLabel* m_note;
    QList<Row> m_probeRows;
    int m_running = 0;
};

// The relevant findings and a choice of remedy.
class WizardFindingsPage : public QWizardPage {
    Q_OBJECT
  public:
    WizardFindingsPage();
    void initializePage() override;
    bool validatePage() override;

  private:
    // A snapshot's remedies, listed (one line per remedy), not offered.
    void listRemedies(QVBoxLayout* layout, const Finding& finding);

    QWidget* m_content = nullptr;
    QButtonGroup* m_choices = nullptr;
    QList<std::pair<QString, RemedyOption>> m_options;  // button id -> (finding, remedy)
};

// The exact change (PreviewFix) and the Apply button.
class ReviewPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ReviewPage(HelperClient* helper);
    void initializePage() override;
    bool isComplete() const override;

  private:
    void apply();

    QLabel* m_title;
    RemedyReview* m_review;
    QPushButton* m_apply;
    bool m_busy = false;
};

// Scans again and checks the chosen finding no longer applies.
class VerifyPage : public QWizardPage {
    Q_OBJECT
  public:
    VerifyPage();
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_done; }

  private:
    QLabel* m_text;
    QProgressBar* m_progress;
    bool m_done = false;
    QMetaObject::Connection m_stateConnection;
};

// What was found and done, with Undo and Export.
class SummaryPage : public QWizardPage {
    Q_OBJECT
  public:
    SummaryPage();
    void initializePage() override;

  private:
    void undo();
    void refreshText();

    QLabel* m_text;
    QPushButton* m_undo;
    QPushButton* m_export;
    QLabel* m_status;
};

}  // namespace zd::gui
