// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Application-wide setup shared by runWindow(), the tests and the benchmark:
// translations for the current locale and the optional dark palette.

#include <QPalette>
#include <QString>

class QApplication;
class QLocale;

namespace zd::gui {

// Installs the window's translation (embedded under :/i18n) and Qt's own for
// `locale`. Returns true when a ZFS Doctor translation was found; English
// needs none.
bool installTranslations(QApplication& app, const QLocale& locale);

// A dark palette for the Fusion style, for dark-theme screenshots and tests
// (a desktop's own dark theme is used as is).
QPalette darkPalette();
void applyDarkPalette(QApplication& app);

}  // namespace zd::gui
