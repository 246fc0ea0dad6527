// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The overview: what this system is (kernel, distribution, ZFS versions,
// systemd), its pools and datasets with the properties that matter and where
// each value comes from, its loop devices and system extensions, and the
// findings at a glance.

#include <QHash>
#include <QWidget>

#include "system_state.h"

class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QFrame;
class QPushButton;

namespace zd::gui {

class OverviewPage : public QWidget {
    Q_OBJECT
  public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setState(const SystemState& state);
    // The page sits in a scroll area, which scrolls when this is over the
    // viewport's height. QWidget answers with the preferred height; the page
    // answers with the least height its parts need at that width, so it
    // scrolls only when squeezing further would cut something.
    int heightForWidth(int width) const override;

  Q_SIGNALS:
    void findingActivated(const QString& findingId);
    void openDemoRequested();

  private:
    void buildHeadline();
    void fillHeadline(const SystemState& state);
    void fillSummary(const SystemState& state);
    void fillFindings(const SystemState& state);
    void fillDatasets(const Facts& facts);
    void setDatasetColumns(QTreeWidgetItem* item, const ZfsDataset& dataset);
    QTreeWidgetItem* addDatasetItem(QTreeWidgetItem* parent, const QString& path);
    void fillDatasetChildren(QTreeWidgetItem* item);
    void fillLoopDevices(const Facts& facts);
    void fillSysext(const Facts& facts);
    void fillParameters(const Facts& facts);
    void fillKernels(const Facts& facts);
    void fillNotes(const Facts& facts);

    QFrame* m_headline = nullptr;
    QLabel* m_headlineIcon = nullptr;
    QLabel* m_headlineSentence = nullptr;
    QLabel* m_headlineDetail = nullptr;
    QPushButton* m_headlineButton = nullptr;
    QString m_headlineFindingId;
    QFrame* m_noZfsBox = nullptr;
    QPushButton* m_openDemoButton = nullptr;
    QLabel* m_systemLabel = nullptr;
    QLabel* m_zfsLabel = nullptr;
    QLabel* m_systemdLabel = nullptr;
    QTreeWidget* m_findings = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_datasets = nullptr;
    // The datasets shown, where each is in the list, and each path's
    // children (items are made when their parent is expanded).
    QList<ZfsDataset> m_datasetList;
    QHash<QString, int> m_datasetIndex;
    QHash<QString, QStringList> m_datasetChildren;
    QTableWidget* m_loops = nullptr;
    QTableWidget* m_sysext = nullptr;
    QTableWidget* m_parameters = nullptr;
    QTableWidget* m_kernels = nullptr;
    QTableWidget* m_notes = nullptr;
};

// "standard (default)", "128K (local)"; an em dash when the property does
// not exist on this ZFS version.
QString propertyText(const ZfsProperty& property);

}  // namespace zd::gui
