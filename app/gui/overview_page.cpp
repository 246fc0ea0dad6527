// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "overview_page.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include "empty_state.h"
#include "long_text.h"
#include "markdown_sections.h"
#include "status_style.h"
#include "text_interaction.h"
#include "verdict_headline.h"

namespace zd::gui {
namespace {

// Escaped for rich text, with "I/O" held together: the line breaker may
// otherwise break after the slash ("Direct I/" / "O").
QString html(const QString& text) {
    static const QString ioJoined = QStringLiteral("I/\u2060O");  // WORD JOINER
    return text.toHtmlEscaped().replace(QLatin1String("I/O"), ioJoined);
}

// Labels never break. A value that is one token (a kernel release, a
// version, a time stamp) does not either: a line break inside it ("6." /
// "11.4-301.fc41") would misquote it.
enum class Value { Wraps, OneToken };
QString row(const QString& label, const QString& value, Value kind = Value::Wraps) {
    return QStringLiteral(
               "<tr><td style='padding-right:12px; white-space:nowrap'><b>%1</b></td>"
               "<td%2>%3</td></tr>")
        .arg(html(label),
             kind == Value::OneToken ? QStringLiteral(" style='white-space:nowrap'") : QString(),
             value);
}

// A label too long to share a narrow card's line with its value (an
// environment variable's name): the value goes on the line below it.
QString wideRow(const QString& label, const QString& value) {
    return QStringLiteral(
               "<tr><td colspan='2'><b>%1</b></td></tr>"
               "<tr><td></td><td>%2</td></tr>")
        .arg(html(label), value);
}

QString unknownText() {
    return OverviewPage::tr("unknown");
}

QString orUnknown(const QString& value) {
    return value.isEmpty() ? unknownText() : html(value);
}

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName,
                        const QString& objectName) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setAccessibleName(accessibleName);
    table->setObjectName(objectName);
    return table;
}

void setCell(QTableWidget* table, int rowIndex, int column, const QString& text,
             const QString& toolTip = QString()) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    table->setItem(rowIndex, column, item);
}

QString locationText(const std::optional<PathLocation>& location) {
    if (!location) {
        return OverviewPage::tr("unknown mount");
    }
    if (!location->dataset().isEmpty()) {
        return OverviewPage::tr("ZFS dataset %1").arg(location->dataset());
    }
    return OverviewPage::tr("%1 on %2").arg(location->fsType, location->mountPoint);
}

// Why a list is empty: the record was not read (never "there is none"), or
// there really is none.
QString emptyText(const Facts& facts, FactArea area, const QString& none) {
    if (const CollectorNote* note = facts.unread(area)) {
        return OverviewPage::tr("Not known: %1").arg(note->message);
    }
    return none;
}

}  // namespace

QString propertyText(const ZfsProperty& property) {
    if (!property.present) {
        return QStringLiteral("—");
    }
    if (property.source.isEmpty() || property.source == QLatin1String("-")) {
        return property.value;
    }
    return OverviewPage::tr("%1 (%2)").arg(property.value, property.source);
}

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    buildHeadline();
    layout->addWidget(m_headline);

    // Empty state: a machine without ZFS gets a one-click way to a demo.
    m_noZfsBox = new QFrame;
    m_noZfsBox->setObjectName(QStringLiteral("noZfsBox"));
    m_noZfsBox->setFrameShape(QFrame::StyledPanel);
    auto* noZfsLayout = new QHBoxLayout(m_noZfsBox);
    auto* noZfsText = new QLabel(
        tr("<b>ZFS is not installed on this machine.</b> There is nothing to check here, but you "
           "can explore how ZFS Doctor diagnoses real systems with a bundled demo."));
    noZfsText->setWordWrap(true);
    m_openDemoButton = new QPushButton(tr("Open a &demo system…"));
    m_openDemoButton->setObjectName(QStringLiteral("openDemoButton"));
    m_openDemoButton->setAccessibleName(tr("Open a demo system"));
    noZfsLayout->addWidget(noZfsText, 1);
    noZfsLayout->addWidget(m_openDemoButton);
    connect(m_openDemoButton, &QPushButton::clicked, this, &OverviewPage::openDemoRequested);
    layout->addWidget(m_noZfsBox);
    m_noZfsBox->hide();

    auto* cards = new QHBoxLayout;
    auto makeCard = [&](const QString& title, QLabel*& label, const QString& objectName) {
        auto* box = new QGroupBox(title);
        auto* boxLayout = new QVBoxLayout(box);
        label = new QLabel;
        label->setObjectName(objectName);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        setReadOnlyTextInteraction(label);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setAccessibleName(title);
        boxLayout->addWidget(label);
        boxLayout->addStretch();
        cards->addWidget(box, 1);
    };
    makeCard(tr("System"), m_systemLabel, QStringLiteral("systemSummary"));
    makeCard(tr("OpenZFS"), m_zfsLabel, QStringLiteral("zfsSummary"));
    makeCard(tr("systemd"), m_systemdLabel, QStringLiteral("systemdSummary"));
    layout->addLayout(cards);

    auto* findingsBox = new QGroupBox(tr("Findings"));
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("overviewFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Status"), tr("Severity"), tr("Problem")});
    m_findings->setUniformRowHeights(true);
    m_findings->setMinimumHeight(150);
    m_findings->header()->setStretchLastSection(true);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT findingActivated(item->data(0, Qt::UserRole).toString());
    });
    findingsLayout->addWidget(m_findings);
    layout->addWidget(findingsBox);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->setAccessibleName(tr("System details"));
    m_datasets = new QTreeWidget;
    m_datasets->setObjectName(QStringLiteral("datasetTree"));
    m_datasets->setAccessibleName(tr("Pools and datasets"));
    m_datasets->setHeaderLabels(
        {tr("Name"), tr("direct"), tr("recordsize"), tr("mountpoint"), tr("Mounted / health")});
    m_datasets->setUniformRowHeights(true);
    m_datasets->setAlternatingRowColors(true);
    connect(m_datasets, &QTreeWidget::itemExpanded, this, &OverviewPage::fillDatasetChildren);
    m_tabs->addTab(m_datasets, tr("&Pools and datasets"));

    m_loops = makeTable({tr("Device"), tr("Backing file"), tr("Backing file is on"),
                         tr("Direct I/O"), tr("Read-only")},
                        tr("Loop devices"), QStringLiteral("loopTable"));
    m_tabs->addTab(m_loops, tr("&Loop devices"));
    m_sysext = makeTable({tr("Image"), tr("Kind"), tr("Stored on")}, tr("System extensions"),
                         QStringLiteral("sysextTable"));
    m_tabs->addTab(m_sysext, tr("System e&xtensions"));
    m_parameters = makeTable({tr("Parameter"), tr("Value")}, tr("ZFS module parameters"),
                             QStringLiteral("parameterTable"));
    m_tabs->addTab(m_parameters, tr("Module para&meters"));
    m_kernels = makeTable({tr("Kernel"), tr("State"), tr("Package")}, tr("Kernels"),
                          QStringLiteral("kernelTable"));
    m_tabs->addTab(m_kernels, tr("&Kernels"));
    m_notes = makeTable({tr("Area"), tr("What could not be found out")}, tr("Collector notes"),
                        QStringLiteral("notesTable"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    // Room for a few rows of pools and datasets: below that the page
    // scrolls (it sits in a scroll area) instead of squeezing the table.
    m_tabs->setMinimumHeight(m_tabs->fontMetrics().height() * 11);
    layout->addWidget(m_tabs, 1);
}

int OverviewPage::heightForWidth(int width) const {
    return layout() != nullptr ? layout()->minimumHeightForWidth(width)
                               : QWidget::heightForWidth(width);
}

void OverviewPage::buildHeadline() {
    m_headline = new QFrame;
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(m_headline);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    m_headlineIcon = new QLabel;
    m_headlineIcon->setObjectName(QStringLiteral("verdictIcon"));
    layout->addWidget(m_headlineIcon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    m_headlineSentence = new QLabel;
    m_headlineSentence->setObjectName(QStringLiteral("verdictSentence"));
    m_headlineSentence->setTextFormat(Qt::PlainText);
    m_headlineSentence->setWordWrap(true);
    QFont big = m_headlineSentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headlineSentence->setFont(big);
    m_headlineDetail = new QLabel;
    m_headlineDetail->setObjectName(QStringLiteral("verdictDetail"));
    m_headlineDetail->setTextFormat(Qt::PlainText);
    m_headlineDetail->setWordWrap(true);
    texts->addWidget(m_headlineSentence);
    texts->addWidget(m_headlineDetail);
    layout->addLayout(texts, 1);
    m_headlineButton = new QPushButton;
    m_headlineButton->setObjectName(QStringLiteral("verdictButton"));
    connect(m_headlineButton, &QPushButton::clicked, this,
            [this] { Q_EMIT findingActivated(m_headlineFindingId); });
    layout->addWidget(m_headlineButton, 0, Qt::AlignVCenter);
}

void OverviewPage::fillHeadline(const SystemState& state) {
    const VerdictHeadline headline = VerdictHeadline::of(state);
    m_headlineIcon->setPixmap(
        statusIcon(headline.status).pixmap(QSize(48, 48), devicePixelRatioF()));
    m_headlineIcon->setAccessibleName(statusText(headline.status));
    m_headlineSentence->setText(headline.sentence);
    m_headlineDetail->setText(headline.detail);
    m_headlineDetail->setVisible(!headline.detail.isEmpty());
    m_headline->setAccessibleName(headline.sentence);
    m_headlineFindingId = headline.findingId;
    const Finding* finding = state.finding(headline.findingId);
    m_headlineButton->setVisible(finding != nullptr);
    if (finding != nullptr) {
        m_headlineButton->setText(headline.status == FindingStatus::Unknown ? tr("&Why unknown?")
                                                                            : tr("&What to do…"));
        m_headlineButton->setAccessibleName(
            tr("Open problem %1: %2").arg(finding->number).arg(finding->title));
    }
}

void OverviewPage::setState(const SystemState& state) {
    fillHeadline(state);
    m_noZfsBox->setVisible(state.isLive() && state.hasNoZfs());
    fillSummary(state);
    fillFindings(state);
    fillDatasets(state.facts);
    fillLoopDevices(state.facts);
    fillSysext(state.facts);
    fillParameters(state.facts);
    fillKernels(state.facts);
    fillNotes(state.facts);
}

void OverviewPage::fillSummary(const SystemState& state) {
    const Facts& facts = state.facts;
    const QPalette& palette = this->palette();
    QString system = QStringLiteral("<table>");
    system += row(tr("Host"), orUnknown(facts.hostname));
    system += row(tr("Distribution"), orUnknown(facts.distro.prettyName));
    system += row(tr("Kernel"), orUnknown(facts.kernel.release), Value::OneToken);
    system += row(tr("Architecture"), orUnknown(facts.kernel.architecture), Value::OneToken);
    if (!facts.collectedAt.isEmpty()) {
        system += row(tr("Collected"), html(facts.collectedAt), Value::OneToken);
    }
    system += QStringLiteral("</table>");
    m_systemLabel->setText(system);

    QString zfs = QStringLiteral("<table>");
    const ZfsFacts& z = facts.zfs;
    zfs += row(tr("Kernel module"),
               triText(z.moduleLoaded, orUnknown(z.kmodVersion), tr("not loaded"), unknownText()));
    zfs += row(tr("Userland tools"), triText(z.userlandInstalled, orUnknown(z.userlandVersion),
                                             tr("not installed"), unknownText()));
    if (z.versionMismatch()) {
        const QColor warn = statusColor(FindingStatus::AtRisk, palette);
        zfs += row(
            QString(),
            QStringLiteral("<span style='color:%1'><b>⚠ %2</b></span>")
                .arg(warn.name(), html(tr("Versions differ: the kernel module is what runs. Reboot "
                                          "to load the module matching the tools."))));
    }
    zfs += row(tr("Pools"), QString::number(z.pools.size()));
    zfs += row(tr("Datasets"), QString::number(z.datasets.size()));
    if (z.directPropertySupported.has_value()) {
        zfs += row(tr("direct property"),
                   *z.directPropertySupported ? tr("supported") : tr("not supported"));
    }
    zfs += QStringLiteral("</table>");
    m_zfsLabel->setText(zfs);

    const SystemdFacts& s = facts.systemd;
    QString systemd = QStringLiteral("<table>");
    if (s.present != Tri::Yes) {
        systemd +=
            row(tr("systemd"), triText(s.present, QString(), tr("not found"), unknownText()));
    } else {
        systemd +=
            row(tr("Version"), s.version ? QString::number(*s.version) : orUnknown(s.versionText));
        systemd += row(tr("systemd-sysext"), orUnknown(s.sysextActiveState));
        const QString dio = s.sysextLoopDirectIo.isEmpty() ? html(tr("not set (direct I/O on)"))
                                                           : html(s.sysextLoopDirectIo);
        systemd += wideRow(QStringLiteral("SYSTEMD_LOOP_DIRECT_IO"), dio);
        if (!s.sysextLoopDirectIoOrigin.isEmpty()) {
            systemd += row(tr("Set in"), html(s.sysextLoopDirectIoOrigin));
        }
        systemd += row(tr("Extension images"), QString::number(s.sysextImages.size()));
    }
    systemd += row(tr("Loop devices"), QString::number(facts.loopDevices.size()));
    systemd += QStringLiteral("</table>");
    m_systemdLabel->setText(systemd);
}

void OverviewPage::fillFindings(const SystemState& state) {
    m_findings->clear();
    const QPalette& palette = this->palette();
    const QColor quiet = palette.color(QPalette::PlaceholderText);
    if (state.hasNoZfs()) {
        // Five "not affected" rows would suggest ZFS was checked and found fine.
        setEmptyMessage(m_findings, tr("ZFS is not installed: none of the known problems can "
                                       "occur here. Open a demo system to see how they are "
                                       "diagnosed."));
        return;
    }
    for (const Finding& finding : findingsByUrgency(state.findings)) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, statusIcon(finding.status));
        const QString status = findingStatusText(finding);
        item->setText(0, status);
        item->setText(1, severityText(finding.severity));
        item->setText(2, finding.title);
        item->setToolTip(
            2, QStringLiteral("%1\n%2").arg(finding.title, shortenedText(finding.summary)));
        item->setData(0, Qt::UserRole, finding.id);
        item->setData(0, Qt::AccessibleTextRole, status);
        if (finding.status == FindingStatus::NotAffected) {
            // What needs no attention steps back: grey, and latent in italics.
            for (int column = 0; column < 3; ++column) {
                item->setForeground(column, quiet);
                if (finding.latent) {
                    QFont font = item->font(column);
                    font.setItalic(true);
                    item->setFont(column, font);
                }
            }
        } else {
            item->setForeground(0, statusColor(finding.status, palette));
        }
    }
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
    setEmptyMessage(m_findings, tr("No problem was evaluated."));
}

void OverviewPage::setDatasetColumns(QTreeWidgetItem* item, const ZfsDataset& dataset) {
    item->setToolTip(0, dataset.name);
    item->setData(0, Qt::UserRole, dataset.name);
    const ZfsProperty* properties[] = {&dataset.direct, &dataset.recordsize, &dataset.mountpoint};
    for (int i = 0; i < 3; ++i) {
        item->setText(i + 1, propertyText(*properties[i]));
        item->setToolTip(
            i + 1, properties[i]->present
                       ? tr("value %1, source: %2").arg(properties[i]->value, properties[i]->source)
                       : tr("not supported by this ZFS version"));
    }
}

QTreeWidgetItem* OverviewPage::addDatasetItem(QTreeWidgetItem* parent, const QString& path) {
    auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_datasets);
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    item->setText(0, slash > 0 ? path.mid(slash + 1) : path);
    const int index = m_datasetIndex.value(path, -1);
    if (index >= 0) {
        const ZfsDataset& dataset = m_datasetList.at(index);
        item->setText(4, dataset.isMounted() ? tr("mounted") : tr("not mounted"));
        setDatasetColumns(item, dataset);
    } else {
        // A parent that was not listed itself (only its children were read).
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(0, tr("%1 (not in the list of datasets read)").arg(path));
    }
    if (m_datasetChildren.contains(path)) {
        // Filled in when expanded (fillDatasetChildren).
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    return item;
}

void OverviewPage::fillDatasetChildren(QTreeWidgetItem* item) {
    if (item->childCount() > 0 || item->childIndicatorPolicy() != QTreeWidgetItem::ShowIndicator) {
        return;
    }
    const QString path = item->data(0, Qt::UserRole).toString();
    for (const QString& child : m_datasetChildren.value(path)) {
        addDatasetItem(item, child);
    }
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void OverviewPage::fillDatasets(const Facts& facts) {
    m_datasets->setUpdatesEnabled(false);
    m_datasets->clear();
    // Each dataset's item is made when its parent is first expanded: ten
    // thousand items up front blocked the window for a quarter of a second,
    // and what fits on screen is the pools and their first level anyway.
    m_datasetList = facts.zfs.datasets;
    m_datasetIndex.clear();
    m_datasetChildren.clear();
    for (int i = 0; i < m_datasetList.size(); ++i) {
        m_datasetIndex.insert(m_datasetList.at(i).name, i);
    }
    // Each path under its parent; a parent missing from the list is placed
    // as a path of its own, so the hierarchy stays a hierarchy.
    QSet<QString> placed;
    placed.reserve(m_datasetList.size() * 2);
    QStringList topLevel;
    for (const ZfsDataset& dataset : m_datasetList) {
        QString path = dataset.name;
        while (!placed.contains(path)) {
            placed.insert(path);
            const int slash = int(path.lastIndexOf(QLatin1Char('/')));
            if (slash <= 0) {
                topLevel.append(path);
                break;
            }
            QString parent = path.left(slash);
            m_datasetChildren[parent].append(path);
            path = std::move(parent);
        }
    }
    QSet<QString> pools;
    for (const ZfsPool& pool : facts.zfs.pools) {
        pools.insert(pool.name);
        auto* item = new QTreeWidgetItem(m_datasets);
        item->setText(0, pool.name);
        item->setData(0, Qt::UserRole, pool.name);
        QString health = pool.health.isEmpty() ? unknownText() : pool.health;
        if (pool.sizeBytes) {
            health += QStringLiteral(" · ") + QLocale().formattedDataSize(*pool.sizeBytes);
        }
        item->setText(4, health);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (m_datasetIndex.contains(pool.name)) {
            // The pool's root dataset.
            setDatasetColumns(item, m_datasetList.at(m_datasetIndex.value(pool.name)));
        }
        if (m_datasetChildren.contains(pool.name)) {
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
    }
    // Datasets of a pool that was not listed still show, at the top level.
    for (const QString& path : std::as_const(topLevel)) {
        if (!pools.contains(path)) {
            addDatasetItem(nullptr, path);
        }
    }
    // A small system is shown whole; a large one with its pools open.
    if (placed.size() <= 200) {
        for (int round = 0; round < 64; ++round) {
            bool filled = false;
            for (QTreeWidgetItemIterator it(m_datasets); *it != nullptr; ++it) {
                if ((*it)->childCount() == 0 &&
                    (*it)->childIndicatorPolicy() == QTreeWidgetItem::ShowIndicator) {
                    fillDatasetChildren(*it);
                    filled = true;
                }
            }
            if (!filled) {
                break;
            }
        }
        m_datasets->expandAll();
    } else {
        // expandToDepth() emits no itemExpanded(): fill the first level here.
        for (int i = 0; i < m_datasets->topLevelItemCount(); ++i) {
            fillDatasetChildren(m_datasets->topLevelItem(i));
        }
        m_datasets->expandToDepth(0);
    }
    // Measuring every row costs more than it helps on a huge tree; the first
    // rows are representative enough there.
    if (m_datasetList.size() <= 500) {
        for (int column = 0; column < 4; ++column) {
            m_datasets->resizeColumnToContents(column);
        }
    } else {
        const int widths[] = {260, 150, 130, 260};
        for (int column = 0; column < 4; ++column) {
            m_datasets->setColumnWidth(column, widths[column]);
        }
    }
    m_datasets->setUpdatesEnabled(true);
    setEmptyMessage(m_datasets, facts.zfs.absent()
                                    ? tr("No pools: ZFS is not installed on this system.")
                                    : emptyText(facts, FactArea::ZfsDatasets,
                                                tr("No pool is imported on this system.")));
}

void OverviewPage::fillLoopDevices(const Facts& facts) {
    m_loops->setRowCount(int(facts.loopDevices.size()));
    for (int i = 0; i < facts.loopDevices.size(); ++i) {
        const LoopDevice& loop = facts.loopDevices[i];
        setCell(m_loops, i, 0, QStringLiteral("/dev/") + loop.name);
        setCell(
            m_loops, i, 1,
            loop.backingFileDeleted ? tr("%1 (deleted)").arg(loop.backingFile) : loop.backingFile);
        setCell(m_loops, i, 2, locationText(loop.backingLocation));
        setCell(m_loops, i, 3, triText(loop.directIo, tr("on"), tr("off"), unknownText()));
        setCell(m_loops, i, 4, triText(loop.readOnly, tr("yes"), tr("no"), unknownText()));
    }
    m_loops->resizeColumnsToContents();
    setEmptyMessage(m_loops, emptyText(facts, FactArea::LoopDevices,
                                       tr("No loop device is attached on this system.")));
}

void OverviewPage::fillSysext(const Facts& facts) {
    const auto& images = facts.systemd.sysextImages;
    m_sysext->setRowCount(int(images.size()));
    for (int i = 0; i < images.size(); ++i) {
        setCell(m_sysext, i, 0, images[i].path);
        setCell(m_sysext, i, 1,
                images[i].isDirectory ? tr("directory") : tr("disk image (loop device)"));
        setCell(m_sysext, i, 2, locationText(images[i].location));
    }
    m_sysext->resizeColumnsToContents();
    setEmptyMessage(m_sysext,
                    facts.systemd.present == Tri::No
                        ? tr("No system extensions: this system does not run systemd.")
                        : emptyText(facts, FactArea::Sysext,
                                    tr("No system extension image is installed on this system.")));
}

void OverviewPage::fillParameters(const Facts& facts) {
    const auto& parameters = facts.zfs.parameters;
    m_parameters->setRowCount(int(parameters.size()));
    int i = 0;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it, ++i) {
        setCell(m_parameters, i, 0, it.key());
        setCell(m_parameters, i, 1, it.value());
    }
    m_parameters->resizeColumnsToContents();
    QString noParameters = tr("No ZFS module parameters were read.");
    if (facts.zfs.moduleLoaded == Tri::No) {
        noParameters = tr("The zfs kernel module is not loaded: it has no parameters now.");
    }
    setEmptyMessage(m_parameters, emptyText(facts, FactArea::ZfsParameters, noParameters));
}

void OverviewPage::fillKernels(const Facts& facts) {
    const KernelFacts& kernel = facts.kernel;
    m_kernels->setRowCount(int(kernel.installed.size() + kernel.pins.size()));
    int i = 0;
    for (const InstalledKernel& installed : kernel.installed) {
        QStringList state;
        if (installed.release == kernel.release) {
            state << tr("running");
        }
        if (installed.release == kernel.defaultBoot) {
            state << tr("default boot entry");
        }
        setCell(m_kernels, i, 0, installed.release);
        setCell(m_kernels, i, 1,
                state.isEmpty() ? tr("installed") : state.join(QStringLiteral(", ")));
        setCell(m_kernels, i, 2, installed.package);
        ++i;
    }
    for (const KernelPin& pin : kernel.pins) {
        setCell(m_kernels, i, 0, pin.package);
        setCell(m_kernels, i, 1, tr("pinned (%1)").arg(pinKindName(pin.kind)));
        setCell(m_kernels, i, 2, pin.source);
        ++i;
    }
    m_kernels->resizeColumnsToContents();
    setEmptyMessage(m_kernels, emptyText(facts, FactArea::InstalledKernels,
                                         tr("No installed kernel package was found.")));
}

void OverviewPage::fillNotes(const Facts& facts) {
    m_notes->setRowCount(int(facts.notes.size()));
    for (int i = 0; i < facts.notes.size(); ++i) {
        setCell(m_notes, i, 0, facts.notes[i].collector);
        setCell(m_notes, i, 1, plainTextFromMarkdown(facts.notes[i].message));
    }
    m_notes->resizeColumnToContents(0);
    setEmptyMessage(m_notes, tr("Every collector read what it needed."));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), facts.notes.isEmpty()
                                                     ? tr("&Notes")
                                                     : tr("&Notes (%1)").arg(facts.notes.size()));
}

}  // namespace zd::gui
