// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The helper runs as root without the user's locale, so its error sentences
// are English. HelperReply::displayMessage() leads with a sentence in the
// user's language chosen by the helper's stable D-Bus error name and keeps
// the helper's own sentence after it (issue 14, point 5). Every error name
// helper/contract.h declares is checked, so a new one cannot be forgotten.

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include "app_setup.h"
#include "helper_client/helper_reply.h"

namespace {

// Every org.zfsdoctor.Helper.Error.* name in the helper's contract.
QStringList contractErrorNames() {
    QFile contract(QStringLiteral(ZD_SOURCE_DIR "/helper/contract.h"));
    if (!contract.open(QIODevice::ReadOnly)) {
        return {};
    }
    static const QRegularExpression name(
        QStringLiteral("\"(org\\.zfsdoctor\\.Helper\\.Error\\.\\w+)\""));
    QStringList names;
    for (auto it = name.globalMatch(QString::fromUtf8(contract.readAll())); it.hasNext();) {
        names << it.next().captured(1);
    }
    return names;
}

const QString kDetail =
    QStringLiteral("Not authorized: polkit denied org.zfsdoctor.probe for this user.");

// The sentence displayMessage() puts before the helper's own.
QString lead(const QString& errorName) {
    const QString shown = zd::HelperReply::failure(errorName, kDetail).displayMessage();
    return shown.endsWith(kDetail) ? shown.chopped(kDetail.size()).trimmed() : QString();
}

}  // namespace

class TestHelperErrorTexts : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        m_names = contractErrorNames();
        QVERIFY(m_names.size() >= 11);
        for (const QString& name : std::as_const(m_names)) {
            m_english.insert(name, lead(name));
        }
    }

    void everyHelperErrorHasItsSentenceAndKeepsTheDetail() {
        for (const QString& name : std::as_const(m_names)) {
            const QString english = m_english.value(name);
            // A sentence of its own in front, and the helper's words after it.
            QVERIFY2(english.endsWith(QLatin1Char('.')) || english.endsWith(QLatin1Char(':')),
                     qPrintable(name + QStringLiteral(": ") + english));
            QVERIFY2(english.length() > 20, qPrintable(name));
        }
        QVERIFY(lead(QStringLiteral("org.zfsdoctor.Helper.Error.Refused"))
                    .startsWith(QLatin1String("The helper refused")));
        // Without the helper's words: the sentence alone.
        QCOMPARE(zd::HelperReply::failure(QStringLiteral("org.zfsdoctor.Helper.Error.Busy"), {})
                     .displayMessage(),
                 QStringLiteral("The helper is busy: too many requests are waiting for "
                                "authorization. Try again in a moment."));
        // A name this client does not know (a newer helper): its words as they are.
        QCOMPARE(
            zd::HelperReply::failure(QStringLiteral("org.zfsdoctor.Helper.Error.Newer"), kDetail)
                .displayMessage(),
            kDetail);
    }

    void translated_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("refused");
        QTest::newRow("de") << "de_DE"
                            << "Der Helfer hat die Ausführung abgelehnt. Der Helfer meldet:";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "辅助程序拒绝执行此操作。辅助程序的原话：";
    }
    void translated() {
        QFETCH(QString, locale);
        QFETCH(QString, refused);
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(zd::gui::installTranslations(*app, QLocale(locale)));
        QCOMPARE(lead(QStringLiteral("org.zfsdoctor.Helper.Error.Refused")), refused);
        for (const QString& name : std::as_const(m_names)) {
            const QString translated = lead(name);
            QVERIFY2(!translated.isEmpty(), qPrintable(name));
            QVERIFY2(translated != m_english.value(name),
                     qPrintable(name + QStringLiteral(" is not translated: ") + translated));
        }
    }

  private:
    QStringList m_names;
    QHash<QString, QString> m_english;
};

QTEST_MAIN(TestHelperErrorTexts)
#include "test_helper_error_texts.moc"
