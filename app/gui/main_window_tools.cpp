// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow's tool actions: the troubleshooting wizard and report export.
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

#include "main_window.h"
#include "report_export.h"
#include "troubleshoot_wizard.h"

namespace zd::gui {

void MainWindow::startWizard() {
    auto* wizard = new TroubleshootWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::exportReport() {
    if (!m_state) {
        return;
    }
    const QString html = tr("HTML page (*.html)");
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("JSON (*.json)");
    QString filter = html;
    const bool named = m_state->isLive() || m_state->origin == SystemState::Origin::Remote;
    const QString base = named ? m_state->facts.hostname : m_state->sourceLabel;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"),
        QStringLiteral("zfs-doctor-report-%1.html")
            .arg(base.isEmpty() ? QStringLiteral("system") : base),
        QStringList{html, markdown, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    std::optional<ReportFormat> format = reportFormatForPath(path);
    if (!format) {
        // No known extension: use the chosen filter and add its extension.
        format = filter == markdown ? ReportFormat::Markdown
                 : filter == json   ? ReportFormat::Json
                                    : ReportFormat::Html;
        path += *format == ReportFormat::Markdown ? QStringLiteral(".md")
                : *format == ReportFormat::Json   ? QStringLiteral(".json")
                                                  : QStringLiteral(".html");
    }
    QString error;
    if (!writeReport(*m_state, path, *format, &error)) {
        QMessageBox::warning(this, tr("Export Report"),
                             tr("The report could not be written to %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
}

}  // namespace zd::gui
