// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "i18n/ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace zd {

namespace {

QString g_uiLanguage;

// "de_DE.UTF-8@euro" -> "de_DE"; "zh-CN" -> "zh_CN".
QString localeName(const QString& value) {
    QString name = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name.trimmed();
}

// The shipped language for one preference; "en" for English, empty when this
// preference cannot be served (try the next one).
QString match(const QString& preference) {
    const QString name = localeName(preference);
    if (name.isEmpty()) {
        return {};
    }
    if (name == QLatin1String("C") || name == QLatin1String("POSIX") ||
        name == QLatin1String("en") || name.startsWith(QLatin1String("en_"))) {
        return QStringLiteral("en");
    }
    if (shippedLanguages().contains(name)) {
        return name;
    }
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    // Only Simplified Chinese is shipped: zh_TW and zh_HK readers are better
    // served by English than by the other script.
    if (language == QLatin1String("zh")) {
        return name == QLatin1String("zh") || name == QLatin1String("zh_SG")
                   ? QStringLiteral("zh_CN")
                   : QString();
    }
    return shippedLanguages().contains(language) ? language : QString();
}

}  // namespace

const QStringList& shippedLanguages() {
    static const QStringList languages{QStringLiteral("de"), QStringLiteral("zh_CN")};
    return languages;
}

QString chooseLanguage(const QProcessEnvironment& environment) {
    QStringList preferences =
        environment.value(QStringLiteral("LANGUAGE")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = environment.value(QLatin1String(variable));
        if (!value.isEmpty()) {
            preferences << value;
            break;
        }
    }
    for (const QString& preference : preferences) {
        const QString language = match(preference);
        if (!language.isEmpty()) {
            return language == QLatin1String("en") ? QString() : language;
        }
    }
    return {};
}

QString uiLanguage() {
    return g_uiLanguage;
}

void setUiLanguage(const QString& language) {
    g_uiLanguage = language;
}

bool installTranslators(QCoreApplication& app, const QString& language) {
    if (language.isEmpty()) {
        return true;
    }
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/zfs-doctor_") + language)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

}  // namespace zd
