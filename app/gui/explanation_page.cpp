// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "explanation_page.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "collapsible_section.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/problem_info.h"
#include "long_text.h"
#include "markdown_sections.h"
#include "status_style.h"
#include "text_interaction.h"
#include "wrapping_label.h"

namespace zd::gui {
namespace {

QLabel* markdownLabel(const QString& markdown) {
    auto* label = new WrappingLabel;
    label->setTextFormat(Qt::RichText);
    label->setText(wrappingHtmlFromMarkdown(markdown));
    label->setOpenExternalLinks(true);
    setReadOnlyTextInteraction(label);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QLabel* richLabel(const QString& html) {
    auto* label = new WrappingLabel(html);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    setReadOnlyTextInteraction(label);
    return label;
}

QLabel* sectionHeading(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}

// The beginning of a long text (a summary naming a thousand datasets) and a
// button that shows the rest; `html` holds the text as %1.
QWidget* longTextLabel(const QString& html, const QString& text, const QString& objectName) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString shortened = shortenedText(text);
    auto* label = richLabel(html.arg(shortened.toHtmlEscaped()));
    label->setObjectName(objectName);
    layout->addWidget(label);
    if (shortened != text) {
        auto* all = new QPushButton(ExplanationPage::tr("Show all"));
        all->setObjectName(objectName + QStringLiteral("ShowAll"));
        all->setAccessibleName(ExplanationPage::tr("Show the whole text"));
        QObject::connect(all, &QPushButton::clicked, label, [label, all, html, text] {
            label->setText(html.arg(text.toHtmlEscaped()));
            all->hide();
        });
        layout->addWidget(all, 0, Qt::AlignLeft);
    }
    return box;
}

QString blend(const QColor& a, const QColor& b, qreal amount) {
    return QColor::fromRgbF(a.redF() * amount + b.redF() * (1 - amount),
                            a.greenF() * amount + b.greenF() * (1 - amount),
                            a.blueF() * amount + b.blueF() * (1 - amount))
        .name();
}

}  // namespace

EvidenceRows evidenceRows(const QList<FindingEvidence>& evidence, int limit) {
    // Deciding facts first (a thousand datasets can each decide), then the
    // others, up to `limit`; shown in their original order.
    QList<bool> shown(evidence.size(), false);
    int room = limit;
    for (bool deciding : {true, false}) {
        for (qsizetype i = 0; i < evidence.size() && room > 0; ++i) {
            if (evidence[i].deciding == deciding) {
                shown[i] = true;
                --room;
            }
        }
    }
    EvidenceRows rows;
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (shown[i]) {
            rows.shown.append(&evidence[i]);
        } else {
            ++rows.hidden;
        }
    }
    return rows;
}

ExplanationPage::ExplanationPage(std::shared_ptr<const KnowledgeBase> knowledge, QWidget* parent)
    : QScrollArea(parent), m_knowledge(std::move(knowledge)) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // A page is nearly always taller than the window. A scroll bar that
    // appears after the first layout narrows the page and lays every
    // paragraph out a second time at the new width.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setObjectName(QStringLiteral("explanationPage"));
    setAccessibleName(tr("Explanation"));
    clear();
}

void ExplanationPage::clear() {
    m_findingId.clear();
    auto* placeholder = new QLabel(tr("Choose a problem to see what it means for this system."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setWidget(placeholder);
}

void ExplanationPage::showFinding(const Finding& finding, const QString& remediesDisabledReason) {
    m_findingId = finding.id;
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("explanationContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 12, 18, 18);
    layout->addWidget(buildHeader(finding));

    const QString markdown = m_knowledge->explanation(finding.id, m_locale);
    const QList<MarkdownSection> sections = splitMarkdownSections(markdown);
    auto sectionOf = [&sections](MarkdownSection::Kind kind) -> const MarkdownSection* {
        for (const MarkdownSection& section : sections) {
            if (section.kind == kind) {
                return &section;
            }
        }
        return nullptr;
    };
    using Kind = MarkdownSection::Kind;
    auto headingFor = [](const MarkdownSection* section, const QString& fallback) {
        return section != nullptr && !section->heading.isEmpty() ? section->heading : fallback;
    };

    // The core has ranked the remedies, safest first (sortRemedies()); one
    // card per remedy, with its targets in that order.
    QList<QList<RemedyOption>> groups;
    for (const RemedyOption& remedy : finding.remedies) {
        auto same = std::find_if(groups.begin(), groups.end(), [&remedy](const auto& group) {
            return group.first().id == remedy.id;
        });
        if (same == groups.end()) {
            groups.append({remedy});
        } else {
            same->append(remedy);
        }
    }
    // What to do comes first: the one remedy recommended for this system, at
    // the top with its button. A remedy that would trigger another known
    // problem here is never recommended (the core never ranks it first; this
    // holds even if it did).
    const bool hasRecommendation = !groups.isEmpty() && groups.first().first().conflict.isEmpty();
    if (hasRecommendation) {
        auto* heading = sectionHeading(tr("Recommended for this system"));
        heading->setObjectName(QStringLiteral("recommendedHeading"));
        layout->addWidget(heading);
        QWidget* card = buildRemedy(finding, groups.takeFirst(), remediesDisabledReason);
        card->setProperty("recommended", true);
        layout->addWidget(card);
    }

    if (const MarkdownSection* intro = sectionOf(Kind::Intro)) {
        layout->addWidget(markdownLabel(intro->body));
    }
    if (const MarkdownSection* see = sectionOf(Kind::WhatYouSee)) {
        layout->addWidget(sectionHeading(headingFor(see, tr("What you see"))));
        layout->addWidget(markdownLabel(see->body));
    }
    if (const MarkdownSection* why = sectionOf(Kind::WhyItHappens)) {
        layout->addWidget(sectionHeading(headingFor(why, tr("Why it happens"))));
        const FoldedText folded = foldDetails(why->body);
        layout->addWidget(markdownLabel(folded.plain));
        if (!folded.details.isEmpty()) {
            auto* details =
                new CollapsibleSection(tr("Technical details"), markdownLabel(folded.details));
            details->setObjectName(QStringLiteral("whyDetails"));
            layout->addWidget(details);
        }
    }

    const MarkdownSection* affected = sectionOf(Kind::AreYouAffected);
    layout->addWidget(sectionHeading(headingFor(affected, tr("Are you affected?"))));
    if (affected != nullptr) {
        layout->addWidget(markdownLabel(affected->body));
    }
    layout->addWidget(buildEvidence(finding));

    // The other remedies for this system, each once; the knowledge base's
    // general list (every remedy on every system) stays folded below them.
    const MarkdownSection* todo = sectionOf(Kind::WhatToDo);
    layout->addWidget(sectionHeading(headingFor(todo, tr("What to do"))));
    if (finding.remedies.isEmpty()) {
        auto* nothing = richLabel(
            tr("Nothing needs to be done on this system for this problem.").toHtmlEscaped());
        nothing->setObjectName(QStringLiteral("nothingToDo"));
        layout->addWidget(nothing);
    } else if (hasRecommendation && groups.isEmpty()) {
        layout->addWidget(richLabel(
            tr("The recommended fix above is the only one for this system.").toHtmlEscaped()));
    } else if (!groups.isEmpty()) {
        auto* others =
            new QLabel(hasRecommendation ? tr("Other ways for this system, safest first:")
                                         : tr("For this system, safest first:"));
        QFont bold = others->font();
        bold.setBold(true);
        others->setFont(bold);
        others->setContentsMargins(0, 8, 0, 0);
        layout->addWidget(others);
    }
    for (const QList<RemedyOption>& group : groups) {
        layout->addWidget(buildRemedy(finding, group, remediesDisabledReason));
    }
    if (todo != nullptr && !todo->body.trimmed().isEmpty()) {
        auto* general = new CollapsibleSection(tr("Every way to fix it, on any system"),
                                               markdownLabel(todo->body));
        general->setObjectName(QStringLiteral("generalRemedies"));
        layout->addWidget(general);
    }

    if (const MarkdownSection* verify = sectionOf(Kind::Verification)) {
        layout->addWidget(sectionHeading(headingFor(verify, tr("How it will be verified"))));
        layout->addWidget(markdownLabel(verify->body));
    }
    for (const MarkdownSection& section : sections) {
        if (section.kind == Kind::Other) {
            layout->addWidget(sectionHeading(section.heading));
            layout->addWidget(markdownLabel(section.body));
        }
    }
    const MarkdownSection* references = sectionOf(Kind::References);
    layout->addWidget(sectionHeading(headingFor(references, tr("References"))));
    layout->addWidget(buildReferences(finding, references ? references->body : QString()));
    layout->addStretch(1);
    setWidget(content);
    verticalScrollBar()->setValue(0);
}

QWidget* ExplanationPage::buildHeader(const Finding& finding) {
    auto* header = new QWidget;
    header->setObjectName(QStringLiteral("explanationHeader"));
    auto* layout = new QGridLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel;
    icon->setPixmap(statusIcon(finding.status).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAccessibleName(statusText(finding.status));
    layout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);

    auto* title = new QLabel(finding.title);
    title->setTextFormat(Qt::PlainText);
    title->setObjectName(QStringLiteral("explanationTitle"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title, 0, 1);

    const QColor color = statusColor(finding.status, palette());
    auto* chips = richLabel(
        QStringLiteral("<span style='color:%1'><b>%2</b></span> &nbsp;·&nbsp; %3 &nbsp;·&nbsp; %4")
            .arg(color.name(), statusText(finding.status).toHtmlEscaped(),
                 tr("Severity: %1").arg(severityText(finding.severity)).toHtmlEscaped(),
                 confidenceText(finding.confidence).toHtmlEscaped()));
    chips->setObjectName(QStringLiteral("explanationStatus"));
    layout->addWidget(chips, 1, 1);

    layout->addWidget(
        longTextLabel(QStringLiteral("%1"), finding.summary, QStringLiteral("explanationSummary")),
        2, 1);
    if (finding.status == FindingStatus::Unknown && !finding.unknownReason.isEmpty()) {
        // %1 stays for the text: the translation is not run through arg() here.
        layout->addWidget(longTextLabel(tr("<b>Why unknown:</b> %1"), finding.unknownReason,
                                        QStringLiteral("explanationUnknownReason")),
                          3, 1);
    } else if (finding.status == FindingStatus::AtRisk && !finding.nextStep.isEmpty()) {
        auto* next = richLabel(
            tr("<b>Next step that triggers it:</b> %1").arg(finding.nextStep.toHtmlEscaped()));
        next->setObjectName(QStringLiteral("explanationNextStep"));
        layout->addWidget(next, 3, 1);
    } else if (finding.status == FindingStatus::NotAffected && finding.latent) {
        auto* latent =
            richLabel(tr("<b>Latent:</b> %1")
                          .arg(tr("this ZFS has the bug, but nothing on this system triggers it.")
                                   .toHtmlEscaped()));
        latent->setObjectName(QStringLiteral("explanationLatent"));
        layout->addWidget(latent, 3, 1);
    }
    layout->setColumnStretch(1, 1);
    return header;
}

QWidget* ExplanationPage::buildEvidence(const Finding& finding) {
    if (finding.evidence.isEmpty()) {
        return richLabel(tr("No evidence was collected for this problem.").toHtmlEscaped());
    }
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = richLabel(QString());
    label->setObjectName(QStringLiteral("evidenceTable"));
    label->setAccessibleName(tr("Evidence on this system"));
    layout->addWidget(label);
    auto* moreRow = new QHBoxLayout;
    auto* hiddenText = new QLabel;
    hiddenText->setObjectName(QStringLiteral("evidenceHidden"));
    auto* more = new QPushButton;
    more->setObjectName(QStringLiteral("moreEvidenceButton"));
    moreRow->addWidget(hiddenText);
    moreRow->addWidget(more);
    moreRow->addStretch(1);
    layout->addLayout(moreRow);

    // A system with thousands of datasets has thousands of facts; laying out
    // all of them as rich text blocks the window for half a second. The
    // first rows (every deciding fact among them) are shown, the rest on request.
    const QPalette pal = palette();
    const QString highlight =
        blend(statusColor(finding.status, pal), pal.color(QPalette::Base), 0.22);
    auto show = [finding, highlight, label, hiddenText, more](int limit) {
        const EvidenceRows rows = evidenceRows(finding.evidence, limit);
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='5' width='100%'>");
        html += QStringLiteral(
                    "<tr><th align='left'>%1</th><th align='left'>%2</th>"
                    "<th align='left'>%3</th></tr>")
                    .arg(tr("Fact").toHtmlEscaped(), tr("On this system").toHtmlEscaped(),
                         tr("Why it matters").toHtmlEscaped());
        for (const FindingEvidence* item : rows.shown) {
            // Deciding facts get a marker and bold text as well as a
            // background, so they stand out without relying on colour.
            const QString marker = item->deciding ? QStringLiteral("◆ ") : QString();
            const QString open = item->deciding ? QStringLiteral("<b>") : QString();
            const QString close = item->deciding ? QStringLiteral("</b>") : QString();
            html +=
                QStringLiteral("<tr%1><td>%2%3%4%5</td><td><code>%6</code></td><td>%7</td></tr>")
                    .arg(
                        item->deciding ? QStringLiteral(" bgcolor='%1'").arg(highlight) : QString(),
                        marker, open, item->label.toHtmlEscaped(), close,
                        item->value.toHtmlEscaped(), item->note.toHtmlEscaped());
        }
        html += QStringLiteral("</table><p><small>%1</small></p>")
                    .arg(tr("◆ marks the facts that decided the verdict.").toHtmlEscaped());
        label->setText(html);
        hiddenText->setText(
            tr("and %1 more", nullptr, rows.hidden).arg(QLocale().toString(rows.hidden)));
        more->setText(tr("Show %n more", nullptr, qMin(rows.hidden, kEvidenceStep)));
        hiddenText->setVisible(rows.hidden > 0);
        more->setVisible(rows.hidden > 0);
        more->setProperty("limit", limit + kEvidenceStep);
    };
    show(kEvidenceFirstRows);
    connect(more, &QPushButton::clicked, box,
            [more, show] { show(more->property("limit").toInt()); });
    return box;
}

QWidget* ExplanationPage::buildRemedy(const Finding& finding, const QList<RemedyOption>& group,
                                      const QString& remediesDisabledReason) {
    // One card per remedy; when it applies to several targets (one per
    // dataset or loop device) a chooser picks the target, so a system with
    // hundreds of loop devices gets one card, not hundreds.
    const RemedyOption& first = group.first();
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("remedy_") + first.id);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QGridLayout(card);
    auto* title = new QLabel(first.title);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title, 0, 0, 1, 2);

    int rowIndex = 1;
    auto* targets = new QComboBox;
    targets->setObjectName(QStringLiteral("remedyTarget"));
    targets->setAccessibleName(tr("Target of: %1").arg(first.title));
    // Sized by a fixed length, not by measuring every target: thousands of
    // datasets would otherwise be laid out as text before the page shows.
    targets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    targets->setMinimumContentsLength(40);
    // One insertion for all targets (one per item costs a model update each).
    QStringList targetNames;
    targetNames.reserve(group.size());
    for (const RemedyOption& remedy : group) {
        targetNames.append(remedy.target);
    }
    targets->addItems(targetNames);
    auto* targetLabel = new QLabel(tr("Target:"));
    targetLabel->setBuddy(targets);
    layout->addWidget(targetLabel, rowIndex, 0, Qt::AlignLeft);
    layout->addWidget(targets, rowIndex++, 1);
    // One target needs no chooser; the widget stays for a uniform structure.
    targetLabel->setVisible(group.size() > 1);
    targets->setVisible(group.size() > 1);

    auto* command = new QLabel;
    command->setTextFormat(Qt::PlainText);
    command->setObjectName(QStringLiteral("remedyCommand"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Out of the Tab chain: the Copy button next to it is the keyboard's way.
    setReadOnlyTextInteraction(command);
    command->setWordWrap(true);
    command->setAccessibleName(tr("Command"));
    command->setAutoFillBackground(true);
    command->setBackgroundRole(QPalette::AlternateBase);
    command->setMargin(6);
    layout->addWidget(command, rowIndex, 0);
    auto* copy = new QToolButton;
    copy->setText(tr("Copy"));
    copy->setAccessibleName(tr("Copy command"));
    copy->setToolTip(tr("Copy the command to the clipboard"));
    copy->setObjectName(QStringLiteral("copyCommandButton"));
    // Says it worked: the clipboard itself shows nothing.
    connect(copy, &QToolButton::clicked, command, [command, copy] {
        QApplication::clipboard()->setText(command->text());
        copy->setText(tr("Copied"));
        QTimer::singleShot(2000, copy, [copy] { copy->setText(tr("Copy")); });
    });
    layout->addWidget(copy, rowIndex++, 1, Qt::AlignTop);
    auto* conflict = richLabel(QString());
    conflict->setObjectName(QStringLiteral("remedyConflict"));
    layout->addWidget(conflict, rowIndex++, 0, 1, 2);
    auto* guidance = richLabel(QString());
    guidance->setObjectName(QStringLiteral("remedyGuidance"));
    layout->addWidget(guidance, rowIndex++, 0, 1, 2);
    auto* risk = richLabel(QString());
    layout->addWidget(risk, rowIndex++, 0, 1, 2);
    auto* undo = richLabel(QString());
    layout->addWidget(undo, rowIndex++, 0, 1, 2);

    QPushButton* fix = nullptr;
    if (first.automatic) {
        fix = new QPushButton(tr("Fix…"));
        fix->setObjectName(QStringLiteral("fixButton_") + first.id);
        fix->setAccessibleName(tr("Fix: %1").arg(first.title));
        fix->setEnabled(remediesDisabledReason.isEmpty());
        fix->setToolTip(remediesDisabledReason.isEmpty()
                            ? tr("Review the exact change, then apply it with the helper")
                            : remediesDisabledReason);
        const QString findingId = finding.id;
        connect(fix, &QPushButton::clicked, this, [this, findingId, group, targets] {
            Q_EMIT remedyRequested(findingId, group.value(targets->currentIndex()));
        });
        layout->addWidget(fix, rowIndex, 1, Qt::AlignRight);
        if (!remediesDisabledReason.isEmpty()) {
            layout->addWidget(richLabel(QStringLiteral("<small>%1</small>")
                                            .arg(remediesDisabledReason.toHtmlEscaped())),
                              rowIndex, 0);
        }
    } else {
        layout->addWidget(richLabel(QStringLiteral("<small>%1</small>")
                                        .arg((first.command.isEmpty()
                                                  ? tr("Manual step: there is no single command "
                                                       "for this system; follow the steps above.")
                                                  : tr("Manual step: ZFS Doctor shows the command "
                                                       "but does not run it."))
                                                 .toHtmlEscaped())),
                          rowIndex, 0, 1, 2);
    }
    auto showTarget = [group, command, copy, conflict, guidance, risk, undo](int index) {
        const RemedyOption remedy = group.value(index);
        command->setText(remedy.command);
        // Guidance in words is never put in a copy box.
        command->setVisible(!remedy.command.isEmpty());
        copy->setVisible(!remedy.command.isEmpty());
        // The knowledge base's texts are Markdown: `code` shows as code, never as backticks.
        conflict->setText(tr("<b>Conflict:</b> %1").arg(inlineHtmlFromMarkdown(remedy.conflict)));
        conflict->setVisible(!remedy.conflict.isEmpty());
        guidance->setText(inlineHtmlFromMarkdown(remedy.guidance));
        guidance->setVisible(!remedy.guidance.isEmpty());
        risk->setText(tr("<b>Risk:</b> %1").arg(inlineHtmlFromMarkdown(remedy.risk)));
        risk->setVisible(!remedy.risk.isEmpty());
        undo->setText(tr("<b>Undo:</b> <code>%1</code>").arg(remedy.undo.toHtmlEscaped()));
        undo->setVisible(!remedy.undo.isEmpty());
    };
    showTarget(0);
    connect(targets, &QComboBox::currentIndexChanged, card, showTarget);
    layout->setColumnStretch(0, 1);
    return card;
}

QWidget* ExplanationPage::buildReferences(const Finding& finding, const QString& knowledgeText) {
    if (!knowledgeText.isEmpty()) {
        auto* label = markdownLabel(knowledgeText);
        label->setObjectName(QStringLiteral("referencesText"));
        return label;
    }
    QString html = QStringLiteral("<ul>");
    const ProblemInfo* problem = m_knowledge->problem(finding.id);
    QStringList urls = finding.references;
    if (problem != nullptr) {
        for (const ReferenceInfo& reference : problem->references) {
            urls.removeAll(reference.url);
            html += QStringLiteral("<li><a href='%1'>%2</a></li>")
                        .arg(reference.url.toHtmlEscaped(),
                             (reference.title.isEmpty() ? reference.url : reference.title)
                                 .toHtmlEscaped());
        }
    }
    for (const QString& url : urls) {
        html += QStringLiteral("<li><a href='%1'>%1</a></li>").arg(url.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    auto* label = richLabel(html);
    label->setObjectName(QStringLiteral("referencesText"));
    return label;
}

}  // namespace zd::gui
