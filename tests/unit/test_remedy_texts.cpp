// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's success sentences (remedy/remedy_text.h) in the user's
// language (issue 14, point 5): every code the helper can send has an English
// sentence that takes its arguments, and a German and a Chinese one that
// differ from it and keep the arguments verbatim; a client shows the
// translation only when the codes reproduce the English the helper sent, so
// old journal records and a newer helper's codes show their English; the
// journal reader accepts records without codes and refuses malformed ones.
// The same for the names of a change's steps: each has a code and its
// English name (what the helper sends), translated by looking the English up;
// a name not in the table passes through.

#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

#include "remedy/change_record.h"
#include "remedy/remedy_text.h"

using zd::ChangeRecord;
using zd::RemedyStepCode;
using zd::RemedyText;
using zd::RemedyTextCode;

namespace {

// The number of arguments a code's sentence takes: the one count for which
// it has an English sentence.
int argumentCount(RemedyTextCode code) {
    int found = -1;
    for (int count = 0; count <= 9; ++count) {
        QStringList arguments;
        for (int i = 1; i <= count; ++i) {
            arguments << QStringLiteral("ARG%1X").arg(i);
        }
        if (!RemedyText::make(code, arguments).english().isEmpty()) {
            if (found != -1) {
                return -2;  // more than one count fits: not a table of %N sentences
            }
            found = count;
        }
    }
    return found;
}

RemedyText sample(RemedyTextCode code) {
    QStringList arguments;
    for (int i = 1; i <= argumentCount(code); ++i) {
        arguments << QStringLiteral("tank/ds%1").arg(i);
    }
    return RemedyText::make(code, arguments);
}

// A record as the helper's journal holds it (dataset-direct-disabled, applied).
QJsonObject journalRecord() {
    return {{QStringLiteral("id"), QStringLiteral("20261121T204500Z-1a2b3c4d")},
            {QStringLiteral("time"), QStringLiteral("2026-11-21T20:45:00.123Z")},
            {QStringLiteral("callerUid"), 1000},
            {QStringLiteral("verb"), QStringLiteral("dataset-direct-disabled")},
            {QStringLiteral("target"), QStringLiteral("tank/vm")},
            {QStringLiteral("option"), QString()},
            {QStringLiteral("status"), QStringLiteral("verified")},
            {QStringLiteral("message"),
             QStringLiteral("'tank/vm' now has direct=disabled (source: local).")},
            {QStringLiteral("warnings"), QJsonArray()},
            {QStringLiteral("before"),
             QJsonObject{{QStringLiteral("dataset"), QStringLiteral("tank/vm")},
                         {QStringLiteral("direct"), QStringLiteral("standard")},
                         {QStringLiteral("source"), QStringLiteral("default")}}},
            {QStringLiteral("after"), QJsonObject()},
            {QStringLiteral("steps"), QJsonArray()},
            {QStringLiteral("undoSteps"), QJsonArray()}};
}

}  // namespace

class TestRemedyTexts : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void everyCodeHasItsEnglishSentence() {
        QSet<QString> names;
        for (const RemedyTextCode code : zd::allRemedyTextCodes()) {
            const QString name = zd::remedyTextCodeName(code);
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
            names.insert(name);
            const int count = argumentCount(code);
            QVERIFY2(count >= 0, qPrintable(name));
            const RemedyText text = sample(code);
            QVERIFY2(text.english().endsWith(QLatin1Char('.')) ||
                         text.english().contains(QLatin1String(": tank/ds")),
                     qPrintable(text.english()));
            for (const QString& argument : text.arguments) {
                QVERIFY2(text.english().contains(argument), qPrintable(text.english()));
            }
            // Without a catalogue the translation is the English sentence.
            QCOMPARE(text.translated(), text.english());
        }
        QVERIFY(names.size() >= 40);
    }

    void englishIsTheHelpersFormerText() {
        // The helper's words are unchanged for older clients and the journal.
        QCOMPARE(RemedyText::make(RemedyTextCode::DirectSet,
                                  {QStringLiteral("tank/vm"), QStringLiteral("disabled"),
                                   QStringLiteral("local")})
                     .english(),
                 QStringLiteral("'tank/vm' now has direct=disabled (source: local)."));
        // One pass: an argument that looks like a placeholder stays as it is.
        QCOMPARE(RemedyText::make(RemedyTextCode::StepFailed,
                                  {QStringLiteral("zfs set"), QStringLiteral("bad %1 %2")})
                     .english(),
                 QStringLiteral("Step 'zfs set' failed: bad %1 %2"));
        // A wrong number of arguments, an unknown code: no sentence.
        QVERIFY(
            RemedyText::make(RemedyTextCode::DirectSet, {QStringLiteral("x")}).english().isEmpty());
        QVERIFY((RemedyText{QStringLiteral("from-a-newer-helper"), {}}).english().isEmpty());
    }

    void everyStepHasItsCodeAndEnglishName() {
        QSet<QString> codes;
        QSet<QString> names;
        for (const RemedyStepCode code : zd::allRemedyStepCodes()) {
            const QString codeName = zd::remedyStepCodeName(code);
            const QString name = zd::remedyStepName(code);
            QVERIFY2(!codeName.isEmpty() && !codes.contains(codeName), qPrintable(codeName));
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
            codes.insert(codeName);
            names.insert(name);
            // Without a catalogue the shown name is the English one.
            QCOMPARE(zd::displayRemedyStepName(name), name);
        }
        QVERIFY(codes.size() >= 24);
        // The helper's step names are unchanged for older clients and the journal.
        QCOMPARE(zd::remedyStepName(RemedyStepCode::WriteDropin), QStringLiteral("write drop-in"));
        QCOMPARE(zd::remedyStepName(RemedyStepCode::RemoveVersionlock),
                 QStringLiteral("remove our versionlock entry"));
        QCOMPARE(zd::remedyStepName(RemedyStepCode::LoopDirectIoOn),
                 QStringLiteral("LOOP_SET_DIRECT_IO 1"));
        QCOMPARE(zd::remedyStepName(RemedyStepCode::ZfsInherit), QStringLiteral("zfs inherit"));
    }

    void translatedOnlyWhenTheCodesReproduceTheEnglish() {
        const RemedyText set =
            RemedyText::make(RemedyTextCode::DropinInPlace, {QStringLiteral("/etc/x.conf")});
        QCOMPARE(zd::displayRemedyText(set.english(), {set}), set.translated());
        // An old record without codes, codes that do not match the text, a
        // newer helper's code: the text as the helper sent it.
        QCOMPARE(zd::displayRemedyText(QStringLiteral("Old words."), {}),
                 QStringLiteral("Old words."));
        QCOMPARE(zd::displayRemedyText(QStringLiteral("Other words."), {set}),
                 QStringLiteral("Other words."));
        const RemedyText newer{QStringLiteral("from-a-newer-helper"), {}};
        QCOMPARE(zd::displayRemedyText(QStringLiteral("Newer words."), {newer}),
                 QStringLiteral("Newer words."));
        const QStringList warnings{set.english(), QStringLiteral("An old warning.")};
        QCOMPARE(zd::displayRemedyWarnings(warnings, {set}), warnings);
    }

    void journalReaderAcceptsOldRecordsAndKeepsCodes() {
        QString error;
        // Written before the codes existed.
        const auto old =
            ChangeRecord::fromJson(journalRecord(), ChangeRecord::Origin::ThisMachine, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->messageTexts.isEmpty());
        QCOMPARE(old->displayMessage(), old->message);

        ChangeRecord record = *old;
        record.setMessage({RemedyText::make(
            RemedyTextCode::DirectSet,
            {QStringLiteral("tank/vm"), QStringLiteral("disabled"), QStringLiteral("local")})});
        QCOMPARE(record.message, old->message);
        record.addWarning(RemedyText::make(RemedyTextCode::DirectAlwaysRearmsProblem5,
                                           {QStringLiteral("tank/vm")}));
        const auto back =
            ChangeRecord::fromJson(record.toJson(), ChangeRecord::Origin::ThisMachine, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->messageTexts == record.messageTexts);
        QVERIFY(back->warningTexts == record.warningTexts);
        QCOMPARE(back->warnings.size(), 1);
        QVERIFY(ChangeRecord::fromHelperAnswer(record.toJson()).messageTexts ==
                record.messageTexts);
    }

    void journalReaderRefusesMalformedCodes_data() {
        QTest::addColumn<QJsonValue>("texts");
        QTest::newRow("not a list") << QJsonValue(QStringLiteral("direct-set"));
        QTest::newRow("not an object") << QJsonValue(QJsonArray{QStringLiteral("direct-set")});
        QTest::newRow("code with a space")
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("a b")},
                                                 {QStringLiteral("arguments"), QJsonArray()}}});
        QTest::newRow("argument not a string") << QJsonValue(
            QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("direct-set")},
                                   {QStringLiteral("arguments"), QJsonArray{1}}}});
        QJsonArray many;
        for (int i = 0; i < 65; ++i) {
            many.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("direct-set")},
                                    {QStringLiteral("arguments"), QJsonArray()}});
        }
        QTest::newRow("too many") << QJsonValue(many);
    }
    void journalReaderRefusesMalformedCodes() {
        QFETCH(QJsonValue, texts);
        for (const char* key : {"messageTexts", "warningTexts"}) {
            QJsonObject object = journalRecord();
            object.insert(QLatin1String(key), texts);
            QString error;
            QVERIFY(!ChangeRecord::fromJson(object, ChangeRecord::Origin::ThisMachine, &error));
            QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
        }
    }

    void translated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("directSet");
        QTest::addColumn<QString>("writeDropin");
        QTest::newRow("de") << "de"
                            << "'tank/vm' hat jetzt direct=disabled (Quelle: local)."
                            << "Drop-in schreiben";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "“tank/vm”现在为 direct=disabled（来源：local）。"
                               << "写入 drop-in";
    }
    void translated() {
        QFETCH(QString, language);
        QFETCH(QString, directSet);
        QFETCH(QString, writeDropin);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/zfs-doctor_") + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const RemedyText set = RemedyText::make(
            RemedyTextCode::DirectSet,
            {QStringLiteral("tank/vm"), QStringLiteral("disabled"), QStringLiteral("local")});
        QCOMPARE(zd::displayRemedyText(set.english(), {set}), directSet);
        for (const RemedyTextCode code : zd::allRemedyTextCodes()) {
            const RemedyText text = sample(code);
            const QString shown = text.translated();
            QVERIFY2(shown != text.english(),
                     qPrintable(text.code + QStringLiteral(" is not translated: ") + shown));
            for (const QString& argument : text.arguments) {
                QVERIFY2(shown.contains(argument),
                         qPrintable(text.code + QLatin1Char(' ') + shown));
            }
        }
        // Step names: the English the helper sent, looked up in the table.
        QCOMPARE(zd::displayRemedyStepName(QStringLiteral("write drop-in")), writeDropin);
        for (const RemedyStepCode code : zd::allRemedyStepCodes()) {
            const QString name = zd::remedyStepName(code);
            const QString shown = zd::displayRemedyStepName(name);
            QVERIFY2(!shown.isEmpty() && shown != name,
                     qPrintable(name + QStringLiteral(" is not translated: ") + shown));
        }
        // An older or newer helper's step name is shown as it came.
        QCOMPARE(zd::displayRemedyStepName(QStringLiteral("a newer helper's step")),
                 QStringLiteral("a newer helper's step"));
        // "Step '%1' failed" names the step in the user's language; the
        // detail (tool output) stays verbatim.
        const QString detail = QStringLiteral("cannot write /etc/x.conf: Read-only file system");
        const RemedyText failed =
            RemedyText::make(RemedyTextCode::StepFailed, {QStringLiteral("write drop-in"), detail});
        const QString shownFailure = zd::displayRemedyText(failed.english(), {failed});
        QVERIFY2(shownFailure.contains(writeDropin) && shownFailure.contains(detail) &&
                     !shownFailure.contains(QLatin1String("write drop-in")),
                 qPrintable(shownFailure));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestRemedyTexts)
#include "test_remedy_texts.moc"
