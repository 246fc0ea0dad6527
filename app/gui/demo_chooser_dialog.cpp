// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo_chooser_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "markdown_sections.h"
#include "target/demo_catalogue.h"
#include "util/paths.h"

namespace zd::gui {

DemoChooserDialog::DemoChooserDialog(QWidget* parent) : QDialog(parent), m_list(new QListWidget) {
    setWindowTitle(tr("Open a demo system"));
    setMinimumSize(520, 360);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Each demo is a snapshot of a real kind of system. It opens "
                      "read-only: nothing on this machine is changed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("demoList"));
    m_list->setAccessibleName(tr("Demo systems"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    for (const DemoSnapshot& demo : demoCatalogue()) {
        auto* item = new QListWidgetItem(
            demo.origin.isEmpty()
                ? demo.name
                : QStringLiteral("%1\n%2").arg(demo.name, plainTextFromMarkdown(demo.origin)),
            m_list);
        item->setData(Qt::UserRole, demo.path);
        item->setToolTip(demo.path);
    }
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    if (m_list->count() == 0) {
        m_list->addItem(tr("No demos were found in %1.").arg(demoDirectory()));
        m_list->setEnabled(false);
        open->setEnabled(false);
    } else {
        m_list->setCurrentRow(0);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString DemoChooserDialog::selectedPath() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

}  // namespace zd::gui
