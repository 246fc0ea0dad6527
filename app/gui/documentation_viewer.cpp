// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentation_viewer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "util/paths.h"

namespace zd::gui {

QString documentationDirectory() {
    // Installed: <datadir>/zfs-doctor/docs (resources/CMakeLists.txt). From
    // a build tree dataDirectory() is the source tree's resources/, beside docs/.
    for (const QString& candidate : {dataDirectory() + QStringLiteral("/docs"),
                                     dataDirectory() + QStringLiteral("/../docs")}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/gui.md"))) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

DocumentationViewer::DocumentationViewer(const QString& page, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser) {
    setWindowTitle(tr("ZFS Doctor Documentation"));
    setObjectName(QStringLiteral("documentationViewer"));
    auto* layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("documentationBrowser"));
    m_browser->setAccessibleName(tr("Documentation"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);

    const QString directory = documentationDirectory();
    if (directory.isEmpty()) {
        m_browser->setPlainText(
            tr("The documentation is not installed here. It is part of the zfs-doctor package "
               "(%1/docs) and of the source code (docs/).")
                .arg(dataDirectory()));
        return;
    }
    m_browser->setSearchPaths({directory});
    m_browser->setSource(QUrl::fromLocalFile(directory + QLatin1Char('/') + page),
                         QTextDocument::MarkdownResource);
}

}  // namespace zd::gui
