// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The knowledge base: the shipped data loads and says what the upstream
// sources say; malformed data fails the whole load with an error naming the
// file; evaluate() runs every detector of the problem table; findings and
// probe results serialise.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "knowledge/knowledge_base.h"
#include "knowledge/problem_registry.h"
#include "knowledge/remedy_template.h"
#include "support/facts_builder.h"

using namespace zd;
using zd::test::FactsBuilder;

namespace {

VersionRange range(const char* text) {
    return *VersionRange::parse(QString::fromLatin1(text));
}

// A copy of the shipped knowledge directory that a test may break.
class KnowledgeCopy {
  public:
    KnowledgeCopy() {
        const QDir source(test::shippedKnowledgeDirectory());
        for (const QString& name : source.entryList(QDir::Files)) {
            QFile::copy(source.absoluteFilePath(name), path(name));
        }
    }
    QString directory() const { return m_dir.path(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QJsonObject readJson(const QString& id) const {
        QFile file(path(id + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the copy of %s", qPrintable(id));
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    void writeJson(const QString& id, const QJsonObject& object) const {
        writeRaw(id + QStringLiteral(".json"), QJsonDocument(object).toJson());
    }
    void writeRaw(const QString& name, const QByteArray& bytes) const {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qFatal("cannot write %s", qPrintable(name));
        }
        file.write(bytes);
    }
    QString loadError() const {
        QString error;
        if (KnowledgeBase::load(directory(), &error)) {
            return QString();
        }
        return error;
    }

  private:
    QTemporaryDir m_dir;
};

QJsonObject firstRemedy(const QJsonObject& problem) {
    return problem.value(QStringLiteral("remedies")).toArray().first().toObject();
}
QJsonObject withFirstRemedy(QJsonObject problem, const QJsonObject& remedy) {
    QJsonArray remedies = problem.value(QStringLiteral("remedies")).toArray();
    remedies.replace(0, remedy);
    problem.insert(QStringLiteral("remedies"), remedies);
    return problem;
}

}  // namespace

class TestKnowledgeBase : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void loadsShippedData() {
        QString error;
        const std::optional<KnowledgeBase> knowledge =
            KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge.has_value(), qPrintable(error));
        // One problem per entry of the table, numbered 1..N.
        const qsizetype count = problemRegistry().size();
        QVERIFY(count > 0);
        QCOMPARE(knowledge->problems().size(), count);
        QStringList ids;
        for (const ProblemInfo& problem : knowledge->problems()) {
            ids << problem.id;
        }
        ids.sort();
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, knownProblemIds());
        for (int number = 1; number <= count; ++number) {
            QCOMPARE(knowledge->problems().at(number - 1).number, number);
        }
        QCOMPARE(knowledge->problem(QStringLiteral("2"))->id, QStringLiteral("loop-write-hang"));
        QCOMPARE(knowledge->problem(QStringLiteral("cfr-linux68-eopnotsupp"))->number, 4);
        QVERIFY(knowledge->problem(QString::number(count + 1)) == nullptr);
        QVERIFY(knowledge->problem(QStringLiteral("no-such-problem")) == nullptr);
    }

    void theTableListsEveryDetectorOnce() {
        QStringList ids;
        for (const DetectorRegistration& entry : problemRegistry()) {
            QVERIFY(entry.detect != nullptr);
            ids << QString::fromLatin1(entry.problemId);
            QVERIFY(detectorFor(ids.last()) == entry.detect);
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, knownProblemIds());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QVERIFY(detectorFor(QStringLiteral("no-such-problem")) == nullptr);
    }

    void loadDefaultUsesDataDirectory() {
        // CTest sets ZFS_DOCTOR_DATA_DIR to the source resources; make sure
        // of it when the test runs by hand too.
        qputenv("ZFS_DOCTOR_DATA_DIR", QByteArray(ZD_SOURCE_DIR "/resources"));
        QString error;
        QVERIFY2(KnowledgeBase::loadDefault(&error).has_value(), qPrintable(error));
    }

    void shippedRangesMatchTheFacts() {
        const ProblemInfo& sysext = test::shippedProblem(QStringLiteral("sysext-odirect-einval"));
        QCOMPARE(sysext.zfsAffected, QList<VersionRange>{range(">=2.3.0 <2.4.0")});
        QVERIFY(sysext.anyKernel());
        const ProblemInfo& hang = test::shippedProblem(QStringLiteral("loop-write-hang"));
        QCOMPARE(hang.zfsAffected, (QList<VersionRange>{range("<2.2.8"), range(">=2.3.0 <2.3.3")}));
        // 6.12.25 (78253d44e9d3), 6.14.4 (55e66dee6d32), mainline 6.15-rc3 (f2fed441c69b).
        QCOMPARE(hang.kernelAffected,
                 (QList<VersionRange>{range(">=6.12.25 <6.13"), range(">=6.14.4 <6.15"),
                                      range(">=6.15.0-rc3")}));
        QVERIFY(hang.kernelUnconfirmed.isEmpty());
        QCOMPARE(hang.ranges(QStringLiteral("zfs-dio-loop-write")),
                 QList<VersionRange>{range(">=2.3.1 <2.3.3")});
        QCOMPARE(hang.probe.safety, ProbeInfo::Safety::Never);
        const ProblemInfo& eagain = test::shippedProblem(QStringLiteral("dio-always-cfr-eagain"));
        QCOMPARE(eagain.zfsAffected, QList<VersionRange>{range(">=2.3.0 <2.3.1")});
        QCOMPARE(eagain.probe.safety, ProbeInfo::Safety::Gated);
        QVERIFY(!eagain.confidenceNotes.filter(QStringLiteral("UNCONFIRMED")).isEmpty());
        const ProblemInfo& eopnotsupp =
            test::shippedProblem(QStringLiteral("cfr-linux68-eopnotsupp"));
        QCOMPARE(eopnotsupp.zfsAffected, QList<VersionRange>{range(">=2.2.0 <2.2.4")});
        QCOMPARE(eopnotsupp.kernelAffected, QList<VersionRange>{range(">=6.8")});
        const ProblemInfo& oops = test::shippedProblem(QStringLiteral("loop-dio-always-oops"));
        QCOMPARE(oops.severity, Severity::Critical);
        QCOMPARE(oops.probe.safety, ProbeInfo::Safety::Never);
    }

    void shippedRemediesAreComplete() {
        for (const QString& id : knownProblemIds()) {
            const ProblemInfo& problem = test::shippedProblem(id);
            QVERIFY2(!problem.sources.isEmpty(), qPrintable(id));
            int previousRank = 0;
            for (const RemedyInfo& remedy : problem.remedies) {
                QVERIFY2(knownRemedyIds().contains(remedy.id), qPrintable(remedy.id));
                QVERIFY(!remedy.guidanceTemplate({}).isEmpty());
                QVERIFY(remedy.rank > previousRank);  // sorted, safest first, no ties
                previousRank = remedy.rank;
                // An automatic remedy has a command wherever it is automatic.
                QVERIFY(!remedy.automatic || !remedy.commands.isEmpty());
            }
            // Guidance only, never automatic (the brief of the helper).
            if (const RemedyInfo* upgrade = problem.remedy(QStringLiteral("upgrade-zfs"))) {
                QVERIFY(!upgrade->automatic);
            }
            for (const ReferenceInfo& reference : problem.references) {
                QVERIFY(reference.url.startsWith(QLatin1String("https://github.com/")));
            }
        }
        const RemedyInfo* pin = test::shippedProblem(QStringLiteral("loop-write-hang"))
                                    .remedy(QStringLiteral("kernel-pin"));
        QVERIFY(pin);
        QVERIFY(pin->commandTemplate({QStringLiteral("fedora")})
                    .contains(QLatin1String("sudo dnf versionlock add")));
        QVERIFY(pin->commandTemplate({QStringLiteral("fedora")})
                    .contains(QLatin1String("sudo grubby --set-default")));
        QVERIFY(pin->commandTemplate({QStringLiteral("debian")})
                    .startsWith(QLatin1String("sudo apt-mark hold")));
        // Proxmox VE pins with its own tool and never falls back to Debian's commands.
        QVERIFY(pin->commandTemplate({QStringLiteral("proxmox")})
                    .startsWith(QLatin1String("sudo proxmox-boot-tool kernel pin {kernel}")));
        const RemedyInfo* upgrade = test::shippedProblem(QStringLiteral("loop-write-hang"))
                                        .remedy(QStringLiteral("upgrade-zfs"));
        QVERIFY(!upgrade->commandTemplate({QStringLiteral("proxmox")})
                     .contains(QLatin1String("zfs-dkms")));
        // No command where none fits: Arch and unknown systems get guidance only.
        QVERIFY(pin->commandTemplate({QStringLiteral("other")}).isEmpty());
        QVERIFY(upgrade->commandTemplate({QStringLiteral("other")}).isEmpty());
    }

    // Every command shown to a user works as pasted by an admin using sudo:
    // each step starts with sudo or feeds `sudo tee`, and nothing is
    // redirected into /etc, /sys or /proc by the unprivileged shell.
    void commandsWorkWithSudo() {
        static const QRegularExpression bareRedirect(QStringLiteral(">\\s*/(etc|sys|proc)/"));
        // A command substitution runs unprivileged on purpose (it only reads).
        static const QRegularExpression substitution(QStringLiteral("\\$\\([^)]*\\)"));
        for (const QString& id : knownProblemIds()) {
            for (const RemedyInfo& remedy : test::shippedProblem(id).remedies) {
                QMap<QString, QString> all = remedy.commands;
                for (auto it = remedy.undo.cbegin(); it != remedy.undo.cend(); ++it) {
                    all.insert(QStringLiteral("undo ") + it.key(), it.value());
                }
                for (auto it = all.cbegin(); it != all.cend(); ++it) {
                    const QString what = QStringLiteral("%1 %2 %3").arg(id, remedy.id, it.key());
                    QVERIFY2(!bareRedirect.match(it.value()).hasMatch(), qPrintable(what));
                    QString outer = it.value();
                    outer.replace(substitution, QStringLiteral("X"));
                    for (const QString& step : outer.split(QStringLiteral(" && "))) {
                        const QString trimmed = step.trimmed();
                        QVERIFY2(trimmed.startsWith(QLatin1String("sudo ")) ||
                                     trimmed.contains(QLatin1String("| sudo tee ")),
                                 qPrintable(what + QStringLiteral(": ") + trimmed));
                    }
                }
            }
        }
    }

    void explanationsInBothLanguages() {
        QString error;
        const std::optional<KnowledgeBase> knowledge =
            KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge, qPrintable(error));
        for (const QString& id : knownProblemIds()) {
            const QString english = knowledge->explanation(id);
            const QString chinese = knowledge->explanation(id, QStringLiteral("zh_CN"));
            QVERIFY2(english.contains(QLatin1String("## What you see")), qPrintable(id));
            QVERIFY(english.contains(QLatin1String("## Why it happens")));
            QVERIFY(english.contains(QLatin1String("### Details")));
            QVERIFY(english.contains(QLatin1String("## What to do")));
            QVERIFY(english.contains(QLatin1String("## How it will be verified")));
            QVERIFY(english.contains(QLatin1String("## References")));
            const QString german = knowledge->explanation(id, QStringLiteral("de"));
            QVERIFY2(chinese != english, qPrintable(id));
            QVERIFY2(german != english, qPrintable(id));
            // Every upstream reference of the data is cited in every text.
            for (const ReferenceInfo& reference : knowledge->problem(id)->references) {
                QVERIFY2(english.contains(reference.url),
                         qPrintable(id + QLatin1Char(' ') + reference.url));
                QVERIFY2(chinese.contains(reference.url),
                         qPrintable(id + QLatin1Char(' ') + reference.url));
                QVERIFY2(german.contains(reference.url),
                         qPrintable(id + QLatin1Char(' ') + reference.url));
            }
            QVERIFY(chinese.contains(QStringLiteral("## 您会看到什么")));
            QVERIFY(german.contains(QStringLiteral("## Was Sie sehen")));
            QCOMPARE(knowledge->explanation(id, QStringLiteral("zh_CN.UTF-8")), chinese);
            // A regional locale finds its language's text.
            QCOMPARE(knowledge->explanation(id, QStringLiteral("de_DE")), german);
            QCOMPARE(knowledge->explanation(id, QStringLiteral("de_AT.UTF-8")), german);
            // No translation: English.
            QCOMPARE(knowledge->explanation(id, QStringLiteral("fr_FR")), english);
            QCOMPARE(knowledge->explanation(id, QStringLiteral("en_US")), english);
        }
        QVERIFY(knowledge->explanation(QStringLiteral("no-such-problem")).isEmpty());
        QVERIFY(knowledge->explanation(QStringLiteral("1")).isEmpty());  // ids only
    }

    void malformedDataFailsWithTheFileNamed_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing field") << "missing-title"
                                       << "sysext-odirect-einval.json: title: missing";
        QTest::newRow("bad range") << "bad-range"
                                   << "zfs.affected: bad version range \">=2.3.0 <2.x\"";
        QTest::newRow("inverted range") << "inverted-range"
                                        << "not below the upper bound";
        QTest::newRow("unknown remedy id") << "unknown-remedy"
                                           << "unknown remedy id \"reboot-and-pray\"";
        QTest::newRow("unknown field") << "unknown-field"
                                       << "severty: unknown field";
        QTest::newRow("bad severity") << "bad-severity"
                                      << "severity: must be low, medium, high or critical";
        QTest::newRow("repeated number") << "wrong-number"
                                         << "numbers must run 1 to";
        QTest::newRow("unknown placeholder") << "unknown-placeholder"
                                             << "unknown placeholder {datset}";
        QTest::newRow("no default guidance") << "no-default-variant"
                                             << "guidance: needs a non-empty \"default\" variant";
        QTest::newRow("undo without command") << "undo-without-command"
                                              << "an undo for a variant without a command";
        QTest::newRow("automatic without command") << "automatic-without-command"
                                                   << "a remedy without a command cannot be "
                                                      "automatic";
        QTest::newRow("no sources") << "no-sources"
                                    << "sources: must not be empty";
        QTest::newRow("http source") << "http-source"
                                     << "is not an https:// address";
        QTest::newRow("bad named range") << "bad-named-range"
                                         << "ranges.zfs-dio-loop-write: bad version range";
        QTest::newRow("duplicate remedy") << "duplicate-remedy"
                                          << "listed twice";
        QTest::newRow("rank zero") << "rank-zero"
                                   << "rank: must be an integer from 1 to 99";
        QTest::newRow("fixed inside range") << "fixed-in-range"
                                            << "2.3.5 lies inside an affected range";
        QTest::newRow("http reference") << "http-reference"
                                        << "must be an https:// address";
        QTest::newRow("not json") << "not-json"
                                  << "sysext-odirect-einval.json: not valid JSON";
        QTest::newRow("json array") << "json-array"
                                    << "the top level must be a JSON object";
        QTest::newRow("id differs from file name") << "renamed"
                                                   << "does not match the file name";
        QTest::newRow("explanation missing") << "no-markdown"
                                             << "loop-write-hang.md is missing";
        QTest::newRow("problem missing") << "no-problem-4"
                                         << "no data file for problem \"cfr-linux68-eopnotsupp\"";
        QTest::newRow("problem without a detector") << "extra-problem"
                                                    << "unknown problem id \"new-bug\": there is "
                                                       "no detector for it";
        QTest::newRow("never probe with name") << "never-probe-named"
                                               << "has no name or errors";
        // A problem with affected releases has a fixing one; only "*" may have none.
        QTest::newRow("empty fixedIn") << "empty-fixed-in"
                                       << "zfs.fixedIn: must not be empty";
        QTest::newRow("kernelSupport unknown field")
            << "support-unknown-field"
            << "kernelSupport[1].linuxMaximum: unknown field";
        QTest::newRow("kernelSupport bad series")
            << "support-bad-series"
            << "kernelSupport[1].linuxMax: \"6.x\" is not a kernel series";
        QTest::newRow("kernelSupport patch level as series")
            << "support-patch-series"
            << "kernelSupport[1].linuxMax: \"6.14.3\" is not a kernel series";
        QTest::newRow("kernelSupport bad release")
            << "support-bad-release"
            << "kernelSupport[1].zfs: \"2.3\" is not a release number";
        QTest::newRow("kernelSupport packaged release")
            << "support-packaged-release"
            << "kernelSupport[1].zfs: \"2.3.2-1\" is not a release number";
        QTest::newRow("kernelSupport listed twice")
            << "support-duplicate"
            << "kernelSupport[1].zfs: 2.3.2 is listed twice";
        QTest::newRow("kernelSupport minimum above maximum")
            << "support-min-above-max"
            << "kernelSupport[1].linuxMin: 6.15 is above linuxMax 6.14";
        QTest::newRow("kernelSupport http source")
            << "support-http"
            << "kernelSupport[1].source: \"http://example.org/META\" is not "
               "an https:// address";
        QTest::newRow("kernelSupport missing field") << "support-missing"
                                                     << "kernelSupport[1].source: missing";
        QTest::newRow("kernelSupport empty") << "support-empty"
                                             << "kernelSupport: must not be empty";
    }
    void malformedDataFailsWithTheFileNamed() {
        QFETCH(QString, mutation);
        QFETCH(QString, expected);
        KnowledgeCopy copy;
        QVERIFY(copy.loadError().isEmpty());  // the copy loads before it is broken
        const QString sysext = QStringLiteral("sysext-odirect-einval");
        QJsonObject problem = copy.readJson(sysext);
        QJsonObject remedy = firstRemedy(problem);
        if (mutation == QLatin1String("missing-title")) {
            problem.remove(QStringLiteral("title"));
        } else if (mutation == QLatin1String("bad-range") ||
                   mutation == QLatin1String("inverted-range")) {
            QJsonObject zfs = problem.value(QStringLiteral("zfs")).toObject();
            zfs.insert(QStringLiteral("affected"),
                       QJsonArray{mutation == QLatin1String("bad-range")
                                      ? QStringLiteral(">=2.3.0 <2.x")
                                      : QStringLiteral(">=2.4.0 <2.3.0")});
            problem.insert(QStringLiteral("zfs"), zfs);
        } else if (mutation == QLatin1String("unknown-remedy")) {
            remedy.insert(QStringLiteral("id"), QStringLiteral("reboot-and-pray"));
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("unknown-field")) {
            problem.insert(QStringLiteral("severty"), QStringLiteral("high"));
        } else if (mutation == QLatin1String("bad-severity")) {
            problem.insert(QStringLiteral("severity"), QStringLiteral("urgent"));
        } else if (mutation == QLatin1String("wrong-number")) {
            problem.insert(QStringLiteral("number"), 3);
        } else if (mutation == QLatin1String("unknown-placeholder")) {
            remedy.insert(QStringLiteral("command"),
                          QStringLiteral("zfs set direct=disabled {datset}"));
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("no-default-variant")) {
            remedy.insert(QStringLiteral("guidance"),
                          QJsonObject{{QStringLiteral("fedora"), QStringLiteral("words")}});
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("undo-without-command")) {
            remedy.insert(QStringLiteral("undo"),
                          QJsonObject{{QStringLiteral("fedora"), QStringLiteral("sudo true")}});
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("automatic-without-command")) {
            remedy.remove(QStringLiteral("command"));
            remedy.remove(QStringLiteral("undo"));
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("no-sources")) {
            problem.insert(QStringLiteral("sources"), QJsonArray());
        } else if (mutation == QLatin1String("http-source")) {
            problem.insert(
                QStringLiteral("sources"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("claim"), QStringLiteral("a claim")},
                    {QStringLiteral("urls"), QJsonArray{QStringLiteral("http://example.org/")}}}});
        } else if (mutation == QLatin1String("bad-named-range")) {
            problem.insert(QStringLiteral("ranges"),
                           QJsonObject{{QStringLiteral("zfs-dio-loop-write"),
                                        QJsonArray{QStringLiteral("2.3.1 to 2.3.3")}}});
        } else if (mutation == QLatin1String("duplicate-remedy")) {
            QJsonArray remedies = problem.value(QStringLiteral("remedies")).toArray();
            remedies.append(remedy);
            problem.insert(QStringLiteral("remedies"), remedies);
        } else if (mutation == QLatin1String("rank-zero")) {
            remedy.insert(QStringLiteral("rank"), 0);
            problem = withFirstRemedy(problem, remedy);
        } else if (mutation == QLatin1String("fixed-in-range")) {
            QJsonObject zfs = problem.value(QStringLiteral("zfs")).toObject();
            zfs.insert(QStringLiteral("fixedIn"), QJsonArray{QStringLiteral("2.3.5")});
            problem.insert(QStringLiteral("zfs"), zfs);
        } else if (mutation == QLatin1String("http-reference")) {
            problem.insert(QStringLiteral("references"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("url"), QStringLiteral("http://example.org/")},
                               {QStringLiteral("title"), QStringLiteral("plain http")}}});
        } else if (mutation == QLatin1String("never-probe-named")) {
            problem.insert(
                QStringLiteral("probe"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("odirect-alignment")},
                            {QStringLiteral("safety"), QStringLiteral("never")},
                            {QStringLiteral("note"), QStringLiteral("x")}});
        }
        if (mutation == QLatin1String("empty-fixed-in")) {
            QJsonObject zfs = problem.value(QStringLiteral("zfs")).toObject();
            zfs.insert(QStringLiteral("fixedIn"), QJsonArray());
            problem.insert(QStringLiteral("zfs"), zfs);
        }
        if (mutation.startsWith(QLatin1String("support-"))) {
            // A good row first, then the broken one (the error names its index).
            const auto row = [](const char* zfs, const char* min, const char* max) {
                return QJsonObject{
                    {QStringLiteral("zfs"), QString::fromLatin1(zfs)},
                    {QStringLiteral("linuxMin"), QString::fromLatin1(min)},
                    {QStringLiteral("linuxMax"), QString::fromLatin1(max)},
                    {QStringLiteral("source"),
                     QStringLiteral("https://github.com/openzfs/zfs/blob/zfs-2.3.2/META")}};
            };
            QJsonObject broken = row("2.3.3", "4.18", "6.15");
            if (mutation == QLatin1String("support-unknown-field")) {
                broken.insert(QStringLiteral("linuxMaximum"), QStringLiteral("6.15"));
            } else if (mutation == QLatin1String("support-bad-series")) {
                broken.insert(QStringLiteral("linuxMax"), QStringLiteral("6.x"));
            } else if (mutation == QLatin1String("support-patch-series")) {
                broken.insert(QStringLiteral("linuxMax"), QStringLiteral("6.14.3"));
            } else if (mutation == QLatin1String("support-bad-release")) {
                broken.insert(QStringLiteral("zfs"), QStringLiteral("2.3"));
            } else if (mutation == QLatin1String("support-packaged-release")) {
                broken.insert(QStringLiteral("zfs"), QStringLiteral("2.3.2-1"));
            } else if (mutation == QLatin1String("support-duplicate")) {
                broken = row("2.3.2", "4.18", "6.14");
            } else if (mutation == QLatin1String("support-min-above-max")) {
                broken = row("2.3.3", "6.15", "6.14");
            } else if (mutation == QLatin1String("support-http")) {
                broken.insert(QStringLiteral("source"), QStringLiteral("http://example.org/META"));
            } else if (mutation == QLatin1String("support-missing")) {
                broken.remove(QStringLiteral("source"));
            }
            problem.insert(QStringLiteral("kernelSupport"),
                           mutation == QLatin1String("support-empty")
                               ? QJsonArray()
                               : QJsonArray{row("2.3.2", "4.18", "6.14"), broken});
        }
        copy.writeJson(sysext, problem);
        if (mutation == QLatin1String("not-json")) {
            copy.writeRaw(sysext + QStringLiteral(".json"), "{\"id\": \"sysext-odirect-einval\",");
        }
        if (mutation == QLatin1String("json-array")) {
            copy.writeRaw(sysext + QStringLiteral(".json"), "[1, 2]");
        }
        if (mutation == QLatin1String("renamed")) {
            QFile::remove(copy.path(sysext + QStringLiteral(".json")));
            copy.writeJson(QStringLiteral("sysext"), problem);
        }
        if (mutation == QLatin1String("no-markdown")) {
            QFile::remove(copy.path(QStringLiteral("loop-write-hang.md")));
        }
        if (mutation == QLatin1String("no-problem-4")) {
            QFile::remove(copy.path(QStringLiteral("cfr-linux68-eopnotsupp.json")));
        }
        if (mutation == QLatin1String("extra-problem")) {
            QJsonObject extra = problem;
            extra.insert(QStringLiteral("id"), QStringLiteral("new-bug"));
            copy.writeJson(QStringLiteral("new-bug"), extra);
        }
        const QString error = copy.loadError();
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(copy.directory()), qPrintable(error));
    }

    void missingDirectoryIsAnError() {
        QString error;
        QVERIFY(!KnowledgeBase::load(QStringLiteral("/nonexistent/knowledge"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/knowledge")), qPrintable(error));
    }

    void evaluateRunsEveryDetectorInOrder() {
        QString error;
        const std::optional<KnowledgeBase> knowledge =
            KnowledgeBase::load(test::shippedKnowledgeDirectory(), &error);
        QVERIFY2(knowledge, qPrintable(error));
        const Facts facts = FactsBuilder()
                                .distro(DistroFamily::Fedora)
                                .kernel(QStringLiteral("6.12.25-200.fc41.x86_64"))
                                .zfsModule(QStringLiteral("2.3.1-1"))
                                .dataset(QStringLiteral("tank/ext"))
                                .sysextImageOnZfs(QStringLiteral("/var/lib/extensions/debug.raw"),
                                                  QStringLiteral("tank/ext"))
                                .build();
        const QList<Finding> findings = evaluate(facts, *knowledge);
        QCOMPARE(findings.size(), problemRegistry().size());
        for (int i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).number, i + 1);
        }
        QCOMPARE(findings.at(0).status, FindingStatus::Affected);  // 2.3.1 + sysext on standard
        // 6.12.25 + 2.3.1 but no loop device: latent, not a warning.
        QCOMPARE(findings.at(1).status, FindingStatus::NotAffected);
        QVERIFY(findings.at(1).latent);
        QCOMPARE(findings.at(2).status, FindingStatus::NotAffected);  // not 2.3.0
        QVERIFY(!findings.at(2).latent);
        QCOMPARE(findings.at(3).status, FindingStatus::NotAffected);  // not 2.2.x
        QCOMPARE(findings.at(4).status, FindingStatus::NotAffected);  // not 2.3.0
    }

    void fillsTemplates() {
        const QMap<QString, QString> values{
            {QStringLiteral("dataset"), QStringLiteral("tank/ext")}};
        QCOMPARE(fillTemplate(QStringLiteral("zfs set direct=disabled {dataset}"), values),
                 QStringLiteral("zfs set direct=disabled tank/ext"));
        // A missing value stays visible instead of becoming an empty gap.
        QCOMPARE(fillTemplate(QStringLiteral("zfs inherit direct {dataset} {loop}"), values),
                 QStringLiteral("zfs inherit direct tank/ext {loop}"));
        QCOMPARE(fillTemplate(QStringLiteral("printf '[Service]\\n'"), values),
                 QStringLiteral("printf '[Service]\\n'"));
        QCOMPARE(templatePlaceholders(QStringLiteral("{a} x {kernel_package}")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("kernel_package")}));
    }

    void findingToJson() {
        Finding finding;
        finding.id = QStringLiteral("loop-write-hang");
        finding.number = 2;
        finding.status = FindingStatus::Unknown;
        finding.unknownReason = QStringLiteral("kernel release not known");
        finding.severity = Severity::Critical;
        finding.confidence = Confidence::RestsOnUnconfirmed;
        finding.evidence << FindingEvidence{
            QStringLiteral("running kernel"), QStringLiteral("?"), true, {}};
        RemedyOption pin;
        pin.id = QStringLiteral("kernel-pin");
        pin.target = QStringLiteral("6.12.24");
        pin.command = QStringLiteral("c");
        pin.guidance = QStringLiteral("g");
        pin.conflict = QStringLiteral("it would trigger problem 9");
        pin.rank = 1;
        pin.automatic = true;
        finding.remedies << pin;
        const QJsonObject json = toJson(finding);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(json.value(QStringLiteral("confidence")).toString(),
                 QStringLiteral("rests-on-unconfirmed"));
        QCOMPARE(json.value(QStringLiteral("unknownReason")).toString(), finding.unknownReason);
        QCOMPARE(json.value(QStringLiteral("evidence"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("deciding"))
                     .toBool(),
                 true);
        const QJsonObject remedy =
            json.value(QStringLiteral("remedies")).toArray().first().toObject();
        QCOMPARE(remedy.value(QStringLiteral("target")).toString(), QStringLiteral("6.12.24"));
        QCOMPARE(remedy.value(QStringLiteral("guidance")).toString(), QStringLiteral("g"));
        QCOMPARE(remedy.value(QStringLiteral("conflict")).toString(), pin.conflict);
        QCOMPARE(json.value(QStringLiteral("latent")).toBool(), false);
        QVERIFY(!json.contains(QStringLiteral("nextStep")));
        finding.status = FindingStatus::AtRisk;
        finding.nextStep = QStringLiteral("the next boot starts kernel 6.12.30");
        QCOMPARE(toJson(finding).value(QStringLiteral("nextStep")).toString(), finding.nextStep);
        finding.status = FindingStatus::NotAffected;
        finding.latent = true;
        QCOMPARE(toJson(finding).value(QStringLiteral("latent")).toBool(), true);
        QCOMPARE(statusName(FindingStatus::AtRisk), QStringLiteral("at-risk"));
        QCOMPARE(statusName(FindingStatus::NotAffected), QStringLiteral("not-affected"));
        QCOMPARE(confidenceName(Confidence::ConfirmedByProbe),
                 QStringLiteral("confirmed-by-probe"));
        QCOMPARE(severityName(Severity::Low), QStringLiteral("low"));
    }

    void probeResultRoundTrips() {
        for (const ProbeResult& original :
             {test::ranProbe(QStringLiteral("odirect-alignment"), QStringLiteral("tank/ext"),
                             QStringLiteral("EINVAL"), 22, 0),
              test::ranProbe(QStringLiteral("copy-file-range"), QStringLiteral("tank"), {}, 0,
                             4096),
              test::refusedProbe(QStringLiteral("copy-file-range-unaligned"),
                                 QStringLiteral("tank"),
                                 QStringLiteral("kernel not known to be safe"))}) {
            QString error;
            const std::optional<ProbeResult> back =
                ProbeResult::fromJson(original.toJson(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, original);
        }
    }

    void malformedProbeResultIsRejected_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no probe") << QByteArray(
                                         R"({"dataset":"t","ran":false,"refusedReason":"x"})")
                                  << "\"probe\"";
        QTest::newRow("ran not bool")
            << QByteArray(R"({"probe":"p","dataset":"t","ran":"yes"})") << "\"ran\"";
        QTest::newRow("negative errno")
            << QByteArray(R"({"probe":"p","dataset":"t","ran":true,"errno":-1,"bytes":0})")
            << "\"errno\"";
        QTest::newRow("errno without name")
            << QByteArray(R"({"probe":"p","dataset":"t","ran":true,"errno":22,"bytes":0})")
            << "\"errorName\"";
        QTest::newRow("refused without reason")
            << QByteArray(R"({"probe":"p","dataset":"t","ran":false})") << "refusedReason";
        QTest::newRow("dataset not string")
            << QByteArray(R"({"probe":"p","dataset":3,"ran":false,"refusedReason":"x"})")
            << "\"dataset\"";
    }
    void malformedProbeResultIsRejected() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ProbeResult::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "test_knowledge_base.moc"
