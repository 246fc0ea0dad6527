// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "troubleshoot_pages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "change_texts.h"
#include "helper/contract.h"
#include "helper_client/helper_client.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/problem_info.h"
#include "long_text.h"
#include "main_window.h"
#include "remedy_review.h"
#include "scan_controller.h"
#include "status_style.h"
#include "system_loader.h"
#include "troubleshoot_wizard.h"

namespace zd::gui {
namespace {

TroubleshootWizard* wizardOf(const QWizardPage* page) {
    // QWizardPage::wizard() is protected; the page's top-level window is the wizard.
    return qobject_cast<TroubleshootWizard*>(page->window());
}

QLabel* wrapped(const QString& text = QString()) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Datasets a probe for `finding` is worth running on: the datasets its
// remedies target, then those holding loop backing files and sysext images,
// then every mounted dataset.
QStringList probeDatasets(const Finding* finding, const Facts& facts) {
    QStringList datasets;
    if (finding != nullptr) {
        for (const RemedyOption& remedy : finding->remedies) {
            if (helper::targetKindForFix(remedy.id) == helper::TargetKind::Dataset &&
                !remedy.target.isEmpty() && !datasets.contains(remedy.target)) {
                datasets.append(remedy.target);
            }
        }
    }
    for (const SysextImage& image : facts.systemd.sysextImages) {
        if (image.location && !image.location->dataset().isEmpty() &&
            !datasets.contains(image.location->dataset())) {
            datasets.append(image.location->dataset());
        }
    }
    for (const LoopDevice& loop : facts.loopDevices) {
        if (loop.backingLocation && !loop.backingLocation->dataset().isEmpty() &&
            !datasets.contains(loop.backingLocation->dataset())) {
            datasets.append(loop.backingLocation->dataset());
        }
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        if (dataset.isMounted() && !datasets.contains(dataset.name)) {
            datasets.append(dataset.name);
        }
    }
    return datasets;
}

}  // namespace

// ---------------------------------------------------------------- symptom

SymptomPage::SymptomPage() : m_group(new QButtonGroup(this)) {
    setTitle(tr("What is happening?"));
    setSubTitle(tr("Choose what you noticed. ZFS Doctor then checks the problems that cause it."));
    auto* layout = new QVBoxLayout(this);
    const struct {
        TroubleshootWizard::Symptom symptom;
        QString text;
        const char* name;
    } choices[] = {
        {TroubleshootWizard::Symptom::SysextFails,
         tr("systemd-&sysext fails to merge an extension"), "symptom_sysext"},
        {TroubleshootWizard::Symptom::LoopMountHangs, tr("Mounting a &loop image hangs"),
         "symptom_loop"},
        {TroubleshootWizard::Symptom::CopyFails,
         tr("&Copying files fails with EAGAIN / “Operation not supported”"), "symptom_copy"},
        {TroubleshootWizard::Symptom::CopiesHaveZeros,
         tr("Copied files contain &zeros where the original has data"), "symptom_zeros"},
        {TroubleshootWizard::Symptom::ZfsGoneAfterKernelUpdate,
         tr("ZFS or the pools are &missing after a kernel update"), "symptom_kernel_update"},
        {TroubleshootWizard::Symptom::KernelCrashed, tr("The &kernel crashed or the machine froze"),
         "symptom_crash"},
        {TroubleshootWizard::Symptom::CheckEverything, tr("&Just check my system"),
         "symptom_check"},
    };
    for (const auto& choice : choices) {
        auto* button = new QRadioButton(choice.text);
        button->setObjectName(QLatin1String(choice.name));
        m_group->addButton(button, int(choice.symptom));
        layout->addWidget(button);
    }
    m_group->button(int(TroubleshootWizard::Symptom::CheckEverything))->setChecked(true);
    m_notFixableHere = wrapped();
    m_notFixableHere->setObjectName(QStringLiteral("notFixableHere"));
    layout->addSpacing(12);
    layout->addWidget(m_notFixableHere);
    layout->addStretch(1);
}

void SymptomPage::initializePage() {
    const QString why = wizardOf(this)->whyNotOnThisMachine();
    m_notFixableHere->setText(why);
    m_notFixableHere->setVisible(!why.isEmpty());
}

bool SymptomPage::validatePage() {
    wizardOf(this)->setSymptom(static_cast<TroubleshootWizard::Symptom>(m_group->checkedId()));
    return true;
}

// ---------------------------------------------------------------- scan

ScanPage::ScanPage() : m_text(wrapped()), m_progress(new QProgressBar) {
    setTitle(tr("Looking at the system"));
    setSubTitle(
        tr("ZFS Doctor reads versions, datasets, loop devices and systemd settings. "
           "Nothing is changed."));
    auto* layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("scanText"));
    layout->addWidget(m_text);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Scan progress"));
    layout->addWidget(m_progress);
    layout->addStretch(1);
}

void ScanPage::initializePage() {
    MainWindow* window = wizardOf(this)->mainWindow();
    m_done = false;
    // Only reached on this machine: the wizard goes past it on a snapshot
    // (TroubleshootWizard::nextId()).
    m_text->setText(tr("Collecting versions, datasets, loop devices and systemd settings…"));
    m_progress->show();
    m_stateConnection = connect(window, &MainWindow::stateChanged, this, [this, window] {
        const int attention = window->state() ? window->state()->attentionCount() : 0;
        finish(tr("The scan is complete. %n problem(s) on this system need attention.", nullptr,
                  attention));
    });
    m_failConnection = connect(window, &MainWindow::scanFailed, this, [this](const QString& error) {
        finish(tr("The scan failed: %1").arg(error));
    });
    window->scanLive();
}

void ScanPage::cleanupPage() {
    disconnect(m_stateConnection);
    disconnect(m_failConnection);
}

void ScanPage::finish(const QString& text) {
    disconnect(m_stateConnection);
    disconnect(m_failConnection);
    m_text->setText(text);
    m_progress->hide();
    m_done = true;
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------- probes

ProbePage::ProbePage()
    : m_rows(nullptr), m_runButton(new QPushButton(tr("&Run selected probes"))), m_note(wrapped()) {
    setTitle(tr("Confirm with a probe"));
    setSubTitle(
        tr("A probe repeats the failing operation on a temporary file, so the diagnosis "
           "no longer rests on version numbers alone. Probes that could hang or crash "
           "the kernel are never run."));
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsWidget = new QWidget;
    m_rows = new QVBoxLayout(m_rowsWidget);
    scroll->setWidget(m_rowsWidget);
    layout->addWidget(scroll, 1);
    m_note->setObjectName(QStringLiteral("probeNote"));
    layout->addWidget(m_note);
    m_runButton->setObjectName(QStringLiteral("runProbesButton"));
    m_runButton->setToolTip(tr("The helper asks for authorization before it runs a probe"));
    layout->addWidget(m_runButton, 0, Qt::AlignRight);
    connect(m_runButton, &QPushButton::clicked, this, &ProbePage::runSelected);
}

void ProbePage::initializePage() {
    TroubleshootWizard* wizard = wizardOf(this);
    MainWindow* window = wizard->mainWindow();
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_probeRows.clear();
    const bool live = window->state() && window->state()->isLive();
    const Facts facts = window->state() ? window->state()->facts : Facts();
    const QList<Finding> findings = wizard->relevantFindings();
    for (const QString& id : wizard->relevantProblemIds()) {
        const ProblemInfo* problem = window->knowledge()->problem(id);
        if (problem == nullptr) {
            continue;
        }
        const Finding* finding = nullptr;
        for (const Finding& candidate : findings) {
            if (candidate.id == problem->id) {
                finding = &candidate;
            }
        }
        auto* box = new QWidget;
        box->setObjectName(QStringLiteral("probeRow_") + problem->id);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 4, 0, 4);
        auto* title = wrapped(QStringLiteral("<b>%1. %2</b>")
                                  .arg(problem->number)
                                  .arg(problem->title.toHtmlEscaped()));
        grid->addWidget(title, 0, 0, 1, 3);
        const QStringList datasets = probeDatasets(finding, facts);
        if (problem->probe.safety == ProbeInfo::Safety::Never || problem->probe.name.isEmpty()) {
            auto* never = wrapped(tr("✕ Never probed: %1").arg(problem->probe.note));
            never->setObjectName(QStringLiteral("probeRefusal_") + problem->id);
            grid->addWidget(never, 1, 0, 1, 3);
        } else {
            Row row;
            row.problemId = problem->id;
            row.probe = problem->probe.name;
            row.check = new QCheckBox(tr("Run the “%1” probe on").arg(problem->probe.name));
            row.check->setObjectName(QStringLiteral("probeCheck_") + problem->id);
            row.dataset = new QComboBox;
            row.dataset->setObjectName(QStringLiteral("probeDataset_") + problem->id);
            row.dataset->setAccessibleName(tr("Dataset to probe"));
            row.dataset->addItems(datasets);
            row.status = wrapped();
            row.status->setObjectName(QStringLiteral("probeStatus_") + problem->id);
            const bool possible = live && !datasets.isEmpty();
            // Gated probes are offered but not pre-selected: the helper decides
            // whether this kernel is safe, and says why when it refuses.
            row.check->setChecked(possible && problem->probe.safety == ProbeInfo::Safety::Safe);
            row.check->setEnabled(possible);
            row.dataset->setEnabled(possible);
            grid->addWidget(row.check, 1, 0);
            grid->addWidget(row.dataset, 1, 1);
            grid->setColumnStretch(2, 1);
            auto* note = wrapped(
                QStringLiteral("<small>%1</small>").arg(problem->probe.note.toHtmlEscaped()));
            grid->addWidget(note, 2, 0, 1, 3);
            grid->addWidget(row.status, 3, 0, 1, 3);
            if (!live) {
                row.status->setText(
                    tr("Not here: probes only run on this machine, not on a snapshot."));
            } else if (datasets.isEmpty()) {
                row.status->setText(tr("Not here: there is no mounted dataset to probe."));
            }
            m_probeRows.append(row);
        }
        m_rows->addWidget(box);
    }
    m_rows->addStretch(1);
    bool anyPossible = false;
    for (const Row& row : m_probeRows) {
        anyPossible = anyPossible || row.check->isEnabled();
    }
    m_runButton->setEnabled(anyPossible);
    m_note->setText(anyPossible ? tr("Probes are optional: you can go on without them.")
                                : tr("No probe can run here; the findings rest on versions and "
                                     "configuration."));
}

void ProbePage::runSelected() {
    TroubleshootWizard* wizard = wizardOf(this);
    HelperClient* helper = wizard->mainWindow()->helper();
    for (Row& row : m_probeRows) {
        if (!row.check->isChecked() || !row.check->isEnabled()) {
            continue;
        }
        ++m_running;
        row.status->setText(tr("Waiting for authorization and for the probe to run…"));
        QPointer<QLabel> status = row.status;
        QPointer<ProbePage> self(this);
        helper->probe(
            row.probe, row.dataset->currentText(), [self, status](const HelperReply& reply) {
                if (!self) {
                    return;
                }
                QString text;
                if (!reply.ok) {
                    text = reply.refused()
                               ? tr("Refused by the helper: %1").arg(reply.displayMessage())
                               : tr("Not run: %1").arg(reply.displayMessage());
                } else {
                    QString error;
                    const std::optional<ProbeResult> result =
                        ProbeResult::fromJson(reply.result, &error);
                    if (!result) {
                        text = tr("The helper's answer could not be read: %1").arg(error);
                    } else if (!result->ran) {
                        text = tr("Refused by the helper: %1").arg(result->refusedReason);
                        wizardOf(self)->probeResults.append(*result);
                    } else {
                        text = result->errorNumber != 0
                                   ? tr("Ran: %1 failed with %2 — this reproduces the problem.")
                                         .arg(result->detail, result->errorName)
                                   : tr("Ran: %1 succeeded — the problem did not occur.")
                                         .arg(result->detail);
                        wizardOf(self)->probeResults.append(*result);
                    }
                }
                if (status) {
                    status->setText(text);
                }
                self->probeFinished();
            });
    }
    m_runButton->setEnabled(m_running == 0);
    Q_EMIT completeChanged();
}

void ProbePage::probeFinished() {
    if (--m_running > 0) {
        return;
    }
    // Re-evaluate with what the probes found: a reproduced mechanism turns an
    // inferred verdict into a confirmed one.
    TroubleshootWizard* wizard = wizardOf(this);
    MainWindow* window = wizard->mainWindow();
    if (window->state() && !wizard->probeResults.isEmpty()) {
        SystemState state = *window->state();
        state.probes = wizard->probeResults;
        window->setState(evaluateState(*window->knowledge(), std::move(state)));
    }
    m_runButton->setEnabled(true);
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------- findings

WizardFindingsPage::WizardFindingsPage() {
    setTitle(tr("What was found"));
    setSubTitle(tr("Choose a remedy to apply, or go on without changing anything."));
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    scroll->setWidget(m_content);
    layout->addWidget(scroll);
}

void WizardFindingsPage::initializePage() {
    TroubleshootWizard* wizard = wizardOf(this);
    const bool live = wizard->onThisMachine();
    // Nothing is applied to a snapshot: its remedies are listed, not offered.
    setSubTitle(live ? tr("Choose a remedy to apply, or go on without changing anything.")
                     : tr("How each problem would be resolved on that system. Nothing can be "
                          "applied from here."));
    // Rebuild the content from scratch: the state may have changed.
    QWidget* scrollArea = m_content->parentWidget();
    delete m_content;
    m_content = new QWidget;
    static_cast<QScrollArea*>(scrollArea->parentWidget())->setWidget(m_content);
    auto* layout = new QVBoxLayout(m_content);
    delete m_choices;
    m_choices = new QButtonGroup(this);
    m_options.clear();

    auto* none = new QRadioButton(tr("&Don't change anything now"));
    none->setObjectName(QStringLiteral("remedy_none"));
    m_choices->addButton(none, -2);
    bool firstChoice = true;
    for (const Finding& finding : wizard->relevantFindings()) {
        auto* header = wrapped(QStringLiteral("<b>%1</b> — <span style='color:%2'>%3</span><br>%4")
                                   .arg(finding.title.toHtmlEscaped(),
                                        statusColor(finding.status, palette()).name(),
                                        statusText(finding.status).toHtmlEscaped(),
                                        shortenedText(finding.summary).toHtmlEscaped()));
        header->setObjectName(QStringLiteral("wizardFinding_") + finding.id);
        auto* row = new QHBoxLayout;
        auto* icon = new QLabel;
        icon->setPixmap(statusIcon(finding.status).pixmap(QSize(24, 24), devicePixelRatioF()));
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(header, 1);
        layout->addLayout(row);
        if (!live) {
            listRemedies(layout, finding);
            continue;
        }
        for (const RemedyOption& remedy : finding.remedies) {
            const QString target =
                remedy.target.isEmpty() ? QString() : tr(" (%1)").arg(remedy.target);
            if (remedy.automatic) {
                auto* choice = new QRadioButton(tr("%1%2").arg(remedy.title, target));
                choice->setObjectName(QStringLiteral("remedy_%1_%2").arg(finding.id, remedy.id));
                choice->setToolTip(remedy.command);
                choice->setEnabled(live);
                const int id = int(m_options.size());
                m_options.append({finding.id, remedy});
                m_choices->addButton(choice, id);
                layout->addWidget(choice);
                if (live && firstChoice) {
                    choice->setChecked(true);
                    firstChoice = false;
                }
            } else {
                layout->addWidget(
                    wrapped(tr("• %1%2 — by hand: <code>%3</code>")
                                .arg(remedy.title.toHtmlEscaped(), target.toHtmlEscaped(),
                                     remedy.command.toHtmlEscaped())));
            }
        }
    }
    layout->addSpacing(12);
    layout->addWidget(none);
    if (firstChoice) {
        none->setChecked(true);
    }
    // "Don't change anything" is no choice where nothing can change.
    none->setVisible(live);
    layout->addStretch(1);
}

void WizardFindingsPage::listRemedies(QVBoxLayout* layout, const Finding& finding) {
    // One line per remedy, not per target: a snapshot of a large system has
    // a remedy for each of thousands of datasets.
    QList<QPair<const RemedyOption*, QStringList>> remedies;
    for (const RemedyOption& remedy : finding.remedies) {
        auto same = std::find_if(remedies.begin(), remedies.end(), [&remedy](const auto& seen) {
            return seen.first->id == remedy.id;
        });
        if (same == remedies.end()) {
            remedies.emplaceBack(&remedy, QStringList());
            same = remedies.end() - 1;
        }
        if (!remedy.target.isEmpty()) {
            same->second.append(remedy.target);
        }
    }
    for (const auto& [remedy, targets] : remedies) {
        QString where;
        if (targets.size() == 1) {
            where = tr(" (%1)").arg(targets.first());
        } else if (targets.size() > 1) {
            where = tr(" (%1 and %n more)", nullptr, int(targets.size() - 1)).arg(targets.first());
        }
        auto* line = wrapped(QStringLiteral("• %1%2").arg(remedy->title, where));
        line->setTextFormat(Qt::PlainText);
        line->setObjectName(QStringLiteral("listedRemedy_%1_%2").arg(finding.id, remedy->id));
        layout->addWidget(line);
    }
}

bool WizardFindingsPage::validatePage() {
    TroubleshootWizard* wizard = wizardOf(this);
    const int id = m_choices->checkedId();
    if (id >= 0 && id < m_options.size()) {
        wizard->chosenFindingId = m_options[id].first;
        wizard->chosenRemedy = m_options[id].second;
        if (const auto& state = wizard->mainWindow()->state()) {
            if (const Finding* finding = state->finding(m_options[id].first)) {
                wizard->chosenFindingStatus = finding->status;
            }
        }
    } else {
        wizard->chosenFindingId.clear();
        wizard->chosenRemedy.reset();
    }
    return true;
}

// ---------------------------------------------------------------- review

ReviewPage::ReviewPage(HelperClient* helper)
    : m_title(wrapped()),
      m_review(new RemedyReview(helper)),
      m_apply(new QPushButton(tr("&Apply this change"))) {
    setTitle(tr("Review the change"));
    setSubTitle(
        tr("This is exactly what the helper will change. You will be asked to authorize it."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_review, 1);
    m_apply->setObjectName(QStringLiteral("applyChangeButton"));
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    connect(m_apply, &QPushButton::clicked, this, &ReviewPage::apply);
    connect(m_review, &RemedyReview::previewed, m_apply, &QPushButton::setEnabled);
    connect(m_review, &RemedyReview::applied, this, [this](const ChangeRecord& change) {
        m_busy = false;
        wizardOf(this)->appliedChange = change;
        // The helper read the new value back; whether the problem is gone is
        // what the next step's scan shows.
        m_review->setStatus(tr("%1 — %2 Next, a new scan checks whether the problem is gone.")
                                .arg(changeStatusText(change.status), change.displayMessage()));
        Q_EMIT completeChanged();
    });
    connect(m_review, &RemedyReview::applyFailed, this, [this] {
        m_busy = false;
        m_apply->setEnabled(true);
        Q_EMIT completeChanged();
    });
}

bool ReviewPage::isComplete() const {
    return !m_busy && wizardOf(this)->appliedChange.has_value();
}

void ReviewPage::initializePage() {
    TroubleshootWizard* wizard = wizardOf(this);
    wizard->appliedChange.reset();
    const RemedyOption remedy = *wizard->chosenRemedy;
    m_title->setText(QStringLiteral("<b>%1</b>%2")
                         .arg(remedy.title.toHtmlEscaped(),
                              remedy.target.isEmpty()
                                  ? QString()
                                  : tr(" on <code>%1</code>").arg(remedy.target.toHtmlEscaped())));
    m_apply->setEnabled(false);
    m_review->preview(remedy);
}

void ReviewPage::apply() {
    m_busy = true;
    m_apply->setEnabled(false);
    Q_EMIT completeChanged();
    m_review->apply();
}

// ---------------------------------------------------------------- verify

VerifyPage::VerifyPage() : m_text(wrapped()), m_progress(new QProgressBar) {
    setTitle(tr("Checking the result"));
    setSubTitle(tr("A new scan shows whether the change took effect."));
    auto* layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("verifyResult"));
    layout->addWidget(m_text);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Scan progress"));
    layout->addWidget(m_progress);
    layout->addStretch(1);
}

void VerifyPage::initializePage() {
    TroubleshootWizard* wizard = wizardOf(this);
    MainWindow* window = wizard->mainWindow();
    m_done = false;
    wizard->verified.reset();
    m_progress->show();
    m_text->setText(tr("Scanning again to see whether the change took effect…"));
    m_stateConnection = connect(window, &MainWindow::stateChanged, this, [this, wizard, window] {
        disconnect(m_stateConnection);
        m_progress->hide();
        const Finding* finding =
            window->state() ? window->state()->finding(wizard->chosenFindingId) : nullptr;
        // Verified when the problem no longer applies, or when it got better
        // and the applied remedy is no longer needed on that target (e.g.
        // "affected" became "at risk": the trigger is gone, the versions stay).
        bool resolved = finding == nullptr || finding->status == FindingStatus::NotAffected;
        if (!resolved && statusRank(finding->status) > statusRank(wizard->chosenFindingStatus)) {
            resolved = std::none_of(finding->remedies.cbegin(), finding->remedies.cend(),
                                    [wizard](const RemedyOption& remedy) {
                                        return remedy.id == wizard->chosenRemedy->id &&
                                               remedy.target == wizard->chosenRemedy->target;
                                    });
        }
        wizard->verified = resolved;
        if (finding == nullptr || finding->status == FindingStatus::NotAffected) {
            m_text->setText(
                tr("Verified: “%1” no longer applies to this system.")
                    .arg(finding != nullptr ? finding->title : wizard->chosenFindingId));
        } else if (resolved) {
            m_text->setText(tr("Verified: the change took effect. “%1” is now “%2”: %3")
                                .arg(finding->title, statusText(finding->status),
                                     shortenedText(finding->summary)));
        } else {
            m_text->setText(tr("Not verified: the new scan still finds “%1” (%2).")
                                .arg(finding->title, statusText(finding->status)));
        }
        m_done = true;
        Q_EMIT completeChanged();
    });
    window->scanLive();
}

void VerifyPage::cleanupPage() {
    disconnect(m_stateConnection);
}

// ---------------------------------------------------------------- summary

SummaryPage::SummaryPage()
    : m_text(wrapped()),
      m_undo(new QPushButton(tr("&Undo this change"))),
      m_export(new QPushButton(tr("&Export report…"))),
      m_status(wrapped()) {
    setTitle(tr("Summary"));
    setSubTitle(tr("What was found and what was changed."));
    auto* layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setTextFormat(Qt::RichText);
    layout->addWidget(m_text);
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_undo->setObjectName(QStringLiteral("wizardUndoButton"));
    m_export->setObjectName(QStringLiteral("wizardExportButton"));
    buttons->addWidget(m_undo);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_undo, &QPushButton::clicked, this, &SummaryPage::undo);
    connect(m_export, &QPushButton::clicked, this,
            [this] { wizardOf(this)->mainWindow()->exportReport(); });
}

void SummaryPage::initializePage() {
    m_status->clear();
    refreshText();
}

void SummaryPage::refreshText() {
    TroubleshootWizard* wizard = wizardOf(this);
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Findings").toHtmlEscaped());
    for (const Finding& finding : wizard->relevantFindings()) {
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(finding.title.toHtmlEscaped(), statusText(finding.status).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (!wizard->probeResults.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n probe(s) ran or were refused.", nullptr,
                            int(wizard->probeResults.size()))
                             .toHtmlEscaped());
    }
    if (wizard->appliedChange) {
        const ChangeRecord& change = *wizard->appliedChange;
        // The remedy's title, not its id ("dataset-direct-disabled") or the journal's change id.
        const QString remedyLabel = wizard->chosenRemedy && wizard->chosenRemedy->id == change.verb
                                        ? wizard->chosenRemedy->title
                                        : change.verb;
        html +=
            QStringLiteral("<p>%1</p>")
                .arg((change.target.isEmpty()
                          ? tr("%1 — %2.").arg(remedyLabel, changeStatusText(change.status))
                          : tr("%1 on %2 — %3.")
                                .arg(remedyLabel, change.target, changeStatusText(change.status)))
                         .toHtmlEscaped());
        if (wizard->verified.has_value()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg((*wizard->verified ? tr("The rescan verified the change.")
                                                : tr("The rescan did not confirm the change."))
                                 .toHtmlEscaped());
        }
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing was changed.").toHtmlEscaped());
    }
    m_text->setText(html);
    m_undo->setVisible(wizard->appliedChange.has_value());
    m_undo->setEnabled(wizard->appliedChange && !wizard->undone);
}

void SummaryPage::undo() {
    TroubleshootWizard* wizard = wizardOf(this);
    if (!wizard->appliedChange) {
        return;
    }
    m_undo->setEnabled(false);
    m_status->setText(tr("Waiting for authorization to undo the change…"));
    QPointer<SummaryPage> self(this);
    wizard->mainWindow()->helper()->undo(
        wizard->appliedChange->id, [self](const HelperReply& reply) {
            if (!self) {
                return;
            }
            TroubleshootWizard* w = wizardOf(self);
            if (!reply.ok) {
                self->m_status->setText(tr("Not undone: %1").arg(reply.displayMessage()));
                self->m_undo->setEnabled(true);
                return;
            }
            const ChangeRecord change = ChangeRecord::fromHelperAnswer(reply.result);
            w->appliedChange = change;
            w->undone = change.isUndone();
            self->refreshText();
            self->m_status->setText(
                tr("%1 — %2").arg(changeStatusText(change.status), change.displayMessage()));
            w->mainWindow()->scanLive();
        });
}

}  // namespace zd::gui
