// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Help ▸ Documentation: the installed user documentation (docs/*.md, in the
// data directory's docs/ once installed, the source tree's docs/ when run
// from a build tree) shown as rendered Markdown; links between the pages are
// followed inside, links to the web open in the browser.

#include <QDialog>

class QTextBrowser;

namespace zd::gui {

// The directory holding gui.md and the other pages; empty when they are not
// installed.
QString documentationDirectory();

class DocumentationViewer : public QDialog {
    Q_OBJECT
  public:
    // Opens `page` (e.g. "gui.md") of documentationDirectory().
    explicit DocumentationViewer(const QString& page, QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

  private:
    QTextBrowser* m_browser;
};

}  // namespace zd::gui
