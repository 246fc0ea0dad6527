// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Every text a user sees exists in every shipped language:
//   - the language is chosen from the environment like gettext programs do;
//   - every problem has an overlay (resources/knowledge/i18n/<id>.<l>.json)
//     and an explanation (<id>.<l>.md) per shipped language, the overlay is
//     checked strictly (a broken one fails the load) and the explanation
//     keeps the English one's commands;
//   - the Qt catalogues (translations/*.ts) hold no unfinished, vanished or
//     obsolete message, keep every %N, and lupdate over app/core, app/cli and
//     app/gui finds no source text they lack.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "i18n/ui_language.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/problem_texts.h"
#include "support/facts_builder.h"

using namespace zd;

namespace {

QProcessEnvironment environment(std::initializer_list<std::pair<const char*, const char*>> values) {
    QProcessEnvironment result;
    for (const auto& [name, value] : values) {
        result.insert(QLatin1String(name), QLatin1String(value));
    }
    return result;
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The fenced code blocks of a Markdown text: what an admin copies.
QStringList fencedBlocks(const QString& markdown) {
    static const QRegularExpression fence(QStringLiteral("```[^\\n]*\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = fence.globalMatch(markdown); it.hasNext();) {
        blocks << it.next().captured(1);
    }
    return blocks;
}

int headingCount(const QString& markdown) {
    static const QRegularExpression heading(QStringLiteral("^#{1,6} "),
                                            QRegularExpression::MultilineOption);
    // Headings inside code blocks (shell comments) are not headings.
    QString prose = markdown;
    prose.remove(QRegularExpression(QStringLiteral("```.*?```"),
                                    QRegularExpression::DotMatchesEverythingOption));
    return static_cast<int>(prose.count(heading));
}

struct TsMessage {
    QString context;
    QString source;
    QString translationType;   // "", "unfinished", "vanished", "obsolete"
    QStringList translations;  // one, or the numerus forms
};

QList<TsMessage> readCatalogue(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inTranslation) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                // The text follows, or the numerus forms as children.
                inTranslation = true;
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isCharacters() && inTranslation && !xml.isWhitespace()) {
            message.translations << xml.text().toString();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation")) {
                inTranslation = false;
            } else if (xml.name() == QLatin1String("message")) {
                messages << message;
            }
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return messages;
}

QStringList catalogues() {
    QStringList paths;
    for (const QString& language : shippedLanguages()) {
        paths << QStringLiteral(ZD_SOURCE_DIR "/translations/zfs-doctor_%1.ts").arg(language);
    }
    return paths;
}

QSet<QString> argumentMarkers(const QString& text) {
    static const QRegularExpression marker(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> markers;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        markers << it.next().captured(0).remove(QLatin1Char('L'));
    }
    return markers;
}

// A copy of the shipped knowledge directory, i18n/ included, that a test
// may break.
class KnowledgeCopy {
  public:
    KnowledgeCopy() {
        const QDir source(test::shippedKnowledgeDirectory());
        QDir(m_dir.path()).mkdir(QStringLiteral("i18n"));
        for (const QString& name : source.entryList(QDir::Files)) {
            QFile::copy(source.absoluteFilePath(name), m_dir.filePath(name));
        }
        const QDir i18n(source.absoluteFilePath(QStringLiteral("i18n")));
        for (const QString& name : i18n.entryList(QDir::Files)) {
            QFile::copy(i18n.absoluteFilePath(name), overlayPath(name));
        }
    }
    QString directory() const { return m_dir.path(); }
    QString overlayPath(const QString& name) const {
        return m_dir.filePath(QStringLiteral("i18n/") + name);
    }
    QJsonObject overlay(const QString& name) const {
        return QJsonDocument::fromJson(readText(overlayPath(name)).toUtf8()).object();
    }
    void writeOverlay(const QString& name, const QJsonObject& object) const {
        QFile file(overlayPath(name));
        QFile::remove(overlayPath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(name));
        }
        file.write(QJsonDocument(object).toJson());
    }
    QString loadError() const {
        QString error;
        if (KnowledgeBase::load(directory(), &error)) {
            return {};
        }
        return error;
    }

  private:
    QTemporaryDir m_dir;
};

const QString kOverlay = QStringLiteral("loop-write-hang.de.json");

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void chooseLanguage_data() {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing set") << QProcessEnvironment() << QString();
        QTest::newRow("LANG de") << environment({{"LANG", "de_DE.UTF-8"}}) << "de";
        QTest::newRow("LANG de_AT") << environment({{"LANG", "de_AT.UTF-8@euro"}}) << "de";
        QTest::newRow("LANG zh_CN") << environment({{"LANG", "zh_CN.UTF-8"}}) << "zh_CN";
        QTest::newRow("LANGUAGE zh") << environment({{"LANGUAGE", "zh"}}) << "zh_CN";
        QTest::newRow("zh_TW is not served Simplified Chinese")
            << environment({{"LANG", "zh_TW.UTF-8"}}) << QString();
        QTest::newRow("LANGUAGE before LANG")
            << environment({{"LANGUAGE", "de"}, {"LANG", "zh_CN.UTF-8"}}) << "de";
        QTest::newRow("LANGUAGE skips a language not shipped")
            << environment({{"LANGUAGE", "fr:zh_CN"}, {"LANG", "de_DE.UTF-8"}}) << "zh_CN";
        QTest::newRow("English first in LANGUAGE")
            << environment({{"LANGUAGE", "en_GB:de"}, {"LANG", "de_DE.UTF-8"}}) << QString();
        QTest::newRow("LC_ALL before LC_MESSAGES and LANG")
            << environment(
                   {{"LC_ALL", "de_DE.UTF-8"}, {"LC_MESSAGES", "zh_CN.UTF-8"}, {"LANG", "C"}})
            << "de";
        QTest::newRow("LC_MESSAGES before LANG")
            << environment({{"LC_MESSAGES", "zh_CN.UTF-8"}, {"LANG", "de_DE.UTF-8"}}) << "zh_CN";
        QTest::newRow("C locale") << environment({{"LC_ALL", "C.UTF-8"}, {"LANG", "de_DE.UTF-8"}})
                                  << QString();
        QTest::newRow("language not shipped falls back to English")
            << environment({{"LANG", "fr_FR.UTF-8"}}) << QString();
    }
    void chooseLanguage() {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(QString, expected);
        QCOMPARE(zd::chooseLanguage(environment), expected);
    }

    // Every problem speaks every shipped language: overlay and explanation.
    void everyProblemHasEveryLanguage() {
        QString error;
        const auto knowledge = KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge, qPrintable(error));
        QVERIFY(!knowledge->problems().isEmpty());
        for (const QString& language : shippedLanguages()) {
            for (const ProblemInfo& problem : knowledge->problems()) {
                QVERIFY2(knowledge->hasTexts(problem.id, language),
                         qPrintable(QStringLiteral("%1 has no texts in %2: add "
                                                   "resources/knowledge/i18n/%1.%2.json")
                                        .arg(problem.id, language)));
                const QString path =
                    QStringLiteral("%1/%2.%3.md").arg(knowledge->directory(), problem.id, language);
                QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
            }
        }
    }

    // A translated explanation has the English one's sections and keeps its
    // commands byte for byte.
    void explanationsKeepStructureAndCommands() {
        QString error;
        const auto knowledge = KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge, qPrintable(error));
        for (const ProblemInfo& problem : knowledge->problems()) {
            const QString english = knowledge->explanation(problem.id, QStringLiteral("en"));
            for (const QString& language : shippedLanguages()) {
                const QString translated = knowledge->explanation(problem.id, language);
                const QString what = QStringLiteral("%1.%2.md").arg(problem.id, language);
                QVERIFY2(translated != english, qPrintable(what + QStringLiteral(" is English")));
                QCOMPARE(headingCount(translated), headingCount(english));
                const QStringList blocks = fencedBlocks(translated);
                const QStringList englishBlocks = fencedBlocks(english);
                QVERIFY2(blocks == englishBlocks,
                         qPrintable(what + QStringLiteral(": the code blocks differ from the "
                                                          "English explanation's")));
            }
        }
    }

    // The localized knowledge base carries the overlays' texts; the English
    // one is unchanged, and explanations default to the chosen language.
    void localizedKnowledgeSpeaksTheLanguage() {
        QString error;
        const auto knowledge = KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge, qPrintable(error));
        for (const QString& language : shippedLanguages()) {
            const KnowledgeBase localized = knowledge->localized(language);
            QCOMPARE(localized.language(), language);
            QCOMPARE(localized.problems().size(), knowledge->problems().size());
            for (qsizetype i = 0; i < knowledge->problems().size(); ++i) {
                const ProblemInfo& english = knowledge->problems().at(i);
                const ProblemInfo& translated = localized.problems().at(i);
                QVERIFY2(translated.title != english.title, qPrintable(english.id));
                QVERIFY2(translated.summary != english.summary, qPrintable(english.id));
                QCOMPARE(translated.zfsAffected, english.zfsAffected);
                for (qsizetype r = 0; r < english.remedies.size(); ++r) {
                    const RemedyInfo& remedy = translated.remedies.at(r);
                    QVERIFY2(remedy.title != english.remedies.at(r).title,
                             qPrintable(english.id + QLatin1Char(' ') + remedy.id));
                    QCOMPARE(remedy.commands, english.remedies.at(r).commands);
                    QCOMPARE(remedy.undo, english.remedies.at(r).undo);
                }
                QCOMPARE(localized.explanation(english.id),
                         knowledge->explanation(english.id, language));
            }
            // Localizing again starts from the English data.
            QCOMPARE(localized.localized(QString()).problems(), knowledge->problems());
        }
    }

    void loadDefaultSpeaksUiLanguage() {
        QString error;
        setUiLanguage(QStringLiteral("de"));
        const auto german = KnowledgeBase::loadDefault(&error);
        setUiLanguage(QString());
        const auto english = KnowledgeBase::loadDefault(&error);
        QVERIFY2(german && english, qPrintable(error));
        QCOMPARE(german->language(), QStringLiteral("de"));
        QVERIFY(german->problems().first().title != english->problems().first().title);
    }

    // The overlay is read as strictly as the data: each guard below turns a
    // broken overlay into a failed load that names the file and the field.
    void brokenOverlayFailsTheLoad_data() {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unknown field") << "unknown"
                                       << "tittle: unknown field";
        QTest::newRow("missing title") << "no-title"
                                       << "title: missing";
        QTest::newRow("missing remedy") << "no-remedy"
                                        << "remedies.use-zvol: missing";
        QTest::newRow("missing guidance variant") << "no-variant"
                                                  << "remedies.kernel-pin.guidance.debian: missing";
        QTest::newRow("extra guidance variant")
            << "extra-variant"
            << "remedies.kernel-pin.guidance.arch: no such guidance variant";
        QTest::newRow("lost placeholder") << "placeholder"
                                          << "the placeholder {loop}";
        QTest::newRow("changed command") << "code-span"
                                         << "the code span `sudo losetup -d /dev/{loop}`";
        QTest::newRow("symptom count") << "symptoms"
                                       << "symptoms: must be a list of 5";
        QTest::newRow("wrong language") << "language"
                                        << "language: must be \"de\"";
    }
    void brokenOverlayFailsTheLoad() {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedError);
        const KnowledgeCopy copy;
        QCOMPARE(copy.loadError(), QString());  // the unbroken copy loads
        QJsonObject overlay = copy.overlay(kOverlay);
        QJsonObject remedies = overlay.value(QStringLiteral("remedies")).toObject();
        QJsonObject zvol = remedies.value(QStringLiteral("use-zvol")).toObject();
        QJsonObject pin = remedies.value(QStringLiteral("kernel-pin")).toObject();
        QJsonObject pinGuidance = pin.value(QStringLiteral("guidance")).toObject();
        if (breakage == QLatin1String("unknown")) {
            overlay.insert(QStringLiteral("tittle"), QStringLiteral("x"));
        } else if (breakage == QLatin1String("no-title")) {
            overlay.remove(QStringLiteral("title"));
        } else if (breakage == QLatin1String("no-remedy")) {
            remedies.remove(QStringLiteral("use-zvol"));
        } else if (breakage == QLatin1String("no-variant")) {
            pinGuidance.remove(QStringLiteral("debian"));
        } else if (breakage == QLatin1String("extra-variant")) {
            pinGuidance.insert(QStringLiteral("arch"), QStringLiteral("x"));
        } else if (breakage == QLatin1String("placeholder")) {
            zvol.insert(QStringLiteral("guidance"),
                        zvol.value(QStringLiteral("guidance"))
                            .toString()
                            .replace(QStringLiteral("{loop}"), QStringLiteral("loop0")));
        } else if (breakage == QLatin1String("code-span")) {
            zvol.insert(QStringLiteral("guidance"),
                        zvol.value(QStringLiteral("guidance"))
                            .toString()
                            .replace(QStringLiteral("`sudo losetup -d /dev/{loop}`"),
                                     QStringLiteral("`sudo losetup --detach /dev/{loop}`")));
        } else if (breakage == QLatin1String("symptoms")) {
            QJsonArray symptoms = overlay.value(QStringLiteral("symptoms")).toArray();
            symptoms.removeLast();
            overlay.insert(QStringLiteral("symptoms"), symptoms);
        } else if (breakage == QLatin1String("language")) {
            overlay.insert(QStringLiteral("language"), QStringLiteral("zh_CN"));
        }
        pin.insert(QStringLiteral("guidance"), pinGuidance);
        remedies.insert(QStringLiteral("kernel-pin"), pin);
        if (breakage != QLatin1String("no-remedy")) {
            remedies.insert(QStringLiteral("use-zvol"), zvol);
        }
        overlay.insert(QStringLiteral("remedies"), remedies);
        copy.writeOverlay(kOverlay, overlay);
        const QString error = copy.loadError();
        QVERIFY2(error.contains(kOverlay), qPrintable(error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void overlayNameMustBeKnown() {
        const KnowledgeCopy copy;
        copy.writeOverlay(QStringLiteral("loop-write-hang.fr.json"), copy.overlay(kOverlay));
        QVERIFY2(copy.loadError().contains(QStringLiteral("not a shipped language")),
                 qPrintable(copy.loadError()));
        QFile::remove(copy.overlayPath(QStringLiteral("loop-write-hang.fr.json")));
        copy.writeOverlay(QStringLiteral("no-such-problem.de.json"), copy.overlay(kOverlay));
        QVERIFY2(copy.loadError().contains(QStringLiteral("known problem")),
                 qPrintable(copy.loadError()));
    }

    // A load for one language parses only that language's overlays (what a
    // scan shows), yet still refuses a broken one of that language and any
    // overlay whose name is wrong.
    void loadReadsOnlyTheAskedLanguages() {
        const KnowledgeCopy copy;
        QJsonObject broken = copy.overlay(kOverlay);
        broken.insert(QStringLiteral("tittle"), QStringLiteral("x"));
        copy.writeOverlay(kOverlay, broken);
        QString error;
        QVERIFY(!KnowledgeBase::load(copy.directory(), &error));  // every language
        QVERIFY(!KnowledgeBase::load(copy.directory(), &error, {QStringLiteral("de")}));
        QVERIFY2(error.contains(kOverlay), qPrintable(error));
        const auto chinese =
            KnowledgeBase::load(copy.directory(), &error, {QStringLiteral("zh_CN")});
        QVERIFY2(chinese, qPrintable(error));
        QVERIFY(chinese->hasTexts(QStringLiteral("loop-write-hang"), QStringLiteral("zh_CN")));
        QVERIFY(!chinese->hasTexts(QStringLiteral("loop-write-hang"), QStringLiteral("de")));
        const auto english = KnowledgeBase::load(copy.directory(), &error, {});
        QVERIFY2(english, qPrintable(error));
        QVERIFY(!english->hasTexts(QStringLiteral("loop-write-hang"), QStringLiteral("zh_CN")));
        copy.writeOverlay(QStringLiteral("loop-write-hang.fr.json"), copy.overlay(kOverlay));
        QVERIFY(!KnowledgeBase::load(copy.directory(), &error, {}));
        QVERIFY2(error.contains(QStringLiteral("not a shipped language")), qPrintable(error));
    }

    // The shipped catalogues: every message translated, none left over.
    void cataloguesAreComplete() {
        for (const QString& path : catalogues()) {
            const QList<TsMessage> messages = readCatalogue(path);
            QVERIFY2(messages.size() > 100, qPrintable(path));
            QStringList problems;
            for (const TsMessage& message : messages) {
                const QString where =
                    QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
                if (!message.translationType.isEmpty()) {
                    problems << QStringLiteral("%1: %2").arg(message.translationType, where);
                    continue;
                }
                if (message.translations.isEmpty() ||
                    message.translations.first().trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: %1").arg(where);
                    continue;
                }
                for (const QString& translation : message.translations) {
                    if (argumentMarkers(translation) != argumentMarkers(message.source) &&
                        !message.source.contains(QLatin1String("%n"))) {
                        problems << QStringLiteral("placeholders differ: %1").arg(where);
                    }
                }
            }
            QVERIFY2(problems.isEmpty(), qPrintable(path + QStringLiteral(":\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
        }
    }

    // lupdate over every source that shows text finds nothing the catalogues
    // lack, and the catalogues hold nothing the sources no longer say.
    void cataloguesMatchTheSources() {
        const QString lupdate = QStringLiteral(ZD_LUPDATE);
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
        QTemporaryDir work;
        QStringList copies;
        for (const QString& path : catalogues()) {
            const QString copy = work.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            copies << copy;
        }
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(ZD_SOURCE_DIR));
        process.start(lupdate,
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-silent"),
                                  QStringLiteral("app/core"), QStringLiteral("app/cli"),
                                  QStringLiteral("app/gui"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        for (qsizetype i = 0; i < copies.size(); ++i) {
            QSet<QString> shipped;
            for (const TsMessage& message : readCatalogue(catalogues().at(i))) {
                shipped << message.context + QLatin1Char('|') + message.source;
            }
            QStringList missing;
            QSet<QString> current;
            for (const TsMessage& message : readCatalogue(copies.at(i))) {
                current << message.context + QLatin1Char('|') + message.source;
                if (message.translationType == QLatin1String("unfinished")) {
                    missing << message.context + QStringLiteral(" / \"") + message.source +
                                   QLatin1Char('"');
                }
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(catalogues().at(i) +
                                QStringLiteral(" lacks (run the update_translations target, then "
                                               "translate):\n  ") +
                                missing.join(QStringLiteral("\n  "))));
            QStringList obsolete = (shipped - current).values();
            obsolete.sort();
            QVERIFY2(obsolete.isEmpty(),
                     qPrintable(catalogues().at(i) +
                                QStringLiteral(" ships messages no source says any more:\n  ") +
                                obsolete.join(QStringLiteral("\n  "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
