// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The one language ZFS Doctor speaks in a process: chosen once at start from
// the environment the way gettext programs choose it, then used for the Qt
// translations (.qm), the knowledge base's texts (resources/knowledge/i18n/)
// and its explanations (<id>.<language>.md). The CLI and the window choose it
// the same way, so `LANGUAGE=de zfs-doctor scan` and the window agree.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace zd {

// The languages shipped besides English, as used in file names ("de",
// "zh_CN"). Every user-visible text must exist in each (tests/unit/
// test_translations.cpp).
const QStringList& shippedLanguages();

// The shipped language the environment asks for; empty means English.
// LANGUAGE (a colon-separated list of preferences) is read first, then the
// first of LC_ALL, LC_MESSAGES, LANG that is set. "de_AT.UTF-8" picks "de",
// "zh_CN.UTF-8" and "zh" pick "zh_CN"; "C", "POSIX" and "en*" pick English;
// a language not shipped (e.g. "fr") is skipped in favour of the next
// preference.
QString chooseLanguage(const QProcessEnvironment& environment);

// The process's language ("" = English). Set once by the front end before it
// loads the knowledge base; KnowledgeBase::loadDefault() speaks it.
QString uiLanguage();
void setUiLanguage(const QString& language);

// Installs Qt's own and ZFS Doctor's translations (:/i18n/zfs-doctor_<l>.qm,
// compiled into every program that links the core by app/core/CMakeLists.txt)
// for `language`.
// Returns false when ZFS Doctor's catalogue could not be loaded.
bool installTranslators(QCoreApplication& app, const QString& language);

}  // namespace zd
