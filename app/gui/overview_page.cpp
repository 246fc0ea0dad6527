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
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "status_style.h"

namespace zd::gui {
namespace {

QString html(const QString& text) {
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
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

// A fact that may not have been read: unknown is never shown as "no".
QString triText(Tri value, const QString& yes, const QString& no) {
    switch (value) {
        case Tri::Yes:
            return yes;
        case Tri::No:
            return no;
        case Tri::Unknown:
            break;
    }
    return unknownText();
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
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    layout->addWidget(m_tabs, 1);
}

void OverviewPage::setState(const SystemState& state) {
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
    system += row(tr("Kernel"), orUnknown(facts.kernel.release));
    system += row(tr("Architecture"), orUnknown(facts.kernel.architecture));
    if (!facts.collectedAt.isEmpty()) {
        system += row(tr("Collected"), html(facts.collectedAt));
    }
    system += QStringLiteral("</table>");
    m_systemLabel->setText(system);

    QString zfs = QStringLiteral("<table>");
    const ZfsFacts& z = facts.zfs;
    zfs += row(tr("Kernel module"),
               triText(z.moduleLoaded, orUnknown(z.kmodVersion), tr("not loaded")));
    zfs += row(tr("Userland tools"),
               triText(z.userlandInstalled, orUnknown(z.userlandVersion), tr("not installed")));
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
        systemd += row(tr("systemd"), triText(s.present, QString(), tr("not found")));
    } else {
        systemd +=
            row(tr("Version"), s.version ? QString::number(*s.version) : orUnknown(s.versionText));
        systemd += row(tr("systemd-sysext"), orUnknown(s.sysextActiveState));
        const QString dio = s.sysextLoopDirectIo.isEmpty() ? tr("not set (direct I/O on)")
                                                           : html(s.sysextLoopDirectIo);
        systemd += row(QStringLiteral("SYSTEMD_LOOP_DIRECT_IO"), dio);
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
    QList<Finding> sorted = state.findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) {
        return statusRank(a.status) < statusRank(b.status);
    });
    for (const Finding& finding : sorted) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, statusIcon(finding.status));
        item->setText(0, statusText(finding.status));
        item->setForeground(0, statusColor(finding.status, palette()));
        item->setText(1, severityText(finding.severity));
        item->setText(2, finding.title);
        item->setToolTip(2, finding.summary);
        item->setData(0, Qt::UserRole, finding.id);
    }
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
}

void OverviewPage::fillDatasets(const Facts& facts) {
    m_datasets->setUpdatesEnabled(false);
    m_datasets->clear();
    QHash<QString, QTreeWidgetItem*> items;
    for (const ZfsPool& pool : facts.zfs.pools) {
        auto* item = new QTreeWidgetItem(m_datasets);
        item->setText(0, pool.name);
        QString health = pool.health.isEmpty() ? unknownText() : pool.health;
        if (pool.sizeBytes) {
            health += QStringLiteral(" · ") + QLocale().formattedDataSize(*pool.sizeBytes);
        }
        item->setText(4, health);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        items.insert(pool.name, item);
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        QTreeWidgetItem* parent = nullptr;
        const int slash = int(dataset.name.lastIndexOf(QLatin1Char('/')));
        if (slash > 0) {
            parent = items.value(dataset.name.left(slash));
        }
        QTreeWidgetItem* item = nullptr;
        if (slash < 0 && items.contains(dataset.name)) {
            item = items.value(dataset.name);  // the pool's root dataset
        } else {
            item =
                parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_datasets);
            item->setText(0, slash > 0 ? dataset.name.mid(slash + 1) : dataset.name);
            item->setText(4, dataset.isMounted() ? tr("mounted") : tr("not mounted"));
            items.insert(dataset.name, item);
        }
        item->setToolTip(0, dataset.name);
        item->setData(0, Qt::UserRole, dataset.name);
        const ZfsProperty* properties[] = {&dataset.direct, &dataset.recordsize,
                                           &dataset.mountpoint};
        for (int i = 0; i < 3; ++i) {
            item->setText(i + 1, propertyText(*properties[i]));
            item->setToolTip(
                i + 1,
                properties[i]->present
                    ? tr("value %1, source: %2").arg(properties[i]->value, properties[i]->source)
                    : tr("not supported by this ZFS version"));
        }
    }
    // Expanding a huge tree costs seconds; show two levels, which is what
    // fits on screen anyway.
    if (facts.zfs.datasets.size() <= 200) {
        m_datasets->expandAll();
    } else {
        m_datasets->expandToDepth(0);
    }
    // Measuring every row costs more than it helps on a huge tree; the first
    // rows are representative enough there.
    if (facts.zfs.datasets.size() <= 500) {
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
        setCell(m_loops, i, 3, triText(loop.directIo, tr("on"), tr("off")));
        setCell(m_loops, i, 4, triText(loop.readOnly, tr("yes"), tr("no")));
    }
    m_loops->resizeColumnsToContents();
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
}

void OverviewPage::fillNotes(const Facts& facts) {
    m_notes->setRowCount(int(facts.notes.size()));
    for (int i = 0; i < facts.notes.size(); ++i) {
        setCell(m_notes, i, 0, facts.notes[i].collector);
        setCell(m_notes, i, 1, facts.notes[i].message);
    }
    m_notes->resizeColumnToContents(0);
    m_tabs->setTabText(m_tabs->indexOf(m_notes), facts.notes.isEmpty()
                                                     ? tr("&Notes")
                                                     : tr("&Notes (%1)").arg(facts.notes.size()));
}

}  // namespace zd::gui
