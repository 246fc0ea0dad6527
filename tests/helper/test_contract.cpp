// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// One table, kRemedies in helper/contract.h, lists the remedy verbs. Every
// other place that lists them must say exactly the same: the polkit policy
// (its actions), the D-Bus contract (Version()'s verb list), the CLI help
// (`zfs-doctor fix --help`) and the bash and zsh completions.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QXmlStreamReader>

#include "contract.h"
#include "remedies/remedy.h"
#include "service_harness.h"

using namespace zd;
using namespace zd::helper;
using namespace zd::helper::test;

namespace {

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QByteArray readSource(const QString& relative) {
    QFile file(QStringLiteral(ZD_SOURCE_ROOT "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The words of the first match of `pattern`'s first capture group.
QStringList wordsOf(const QByteArray& text, const QString& pattern) {
    const QRegularExpressionMatch match =
        QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption)
            .match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1).split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                      Qt::SkipEmptyParts)
                            : QStringList();
}

}  // namespace

class ContractTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tableIsConsistent() {
        QStringList verbs;
        for (const RemedyVerb& row : kRemedies) {
            const QString verb = QLatin1String(row.verb);
            QVERIFY2(!verbs.contains(verb), qPrintable(verb));
            verbs.append(verb);
            QVERIFY(QLatin1String(row.action).startsWith(QLatin1String("org.zfsdoctor.fix.")));
            QCOMPARE(actionForFix(verb), QLatin1String(row.action));
            QCOMPARE(targetKindForFix(verb), row.target);
            // The dispatch knows every row.
            QVERIFY2(makeRemedy(verb, {m_tools, m_root, m_systemd}) != nullptr, qPrintable(verb));
        }
        QCOMPARE(fixVerbs(), verbs);
        QVERIFY(makeRemedy(QStringLiteral("no-such-verb"), {m_tools, m_root, m_systemd}) ==
                nullptr);
        QCOMPARE(actionForFix(QStringLiteral("no-such-verb")), QString());
    }

    // The policy file declares exactly the actions the helper asks for.
    void polkitPolicyListsTheTablesActions() {
        QFile policy(QStringLiteral(ZD_SOURCE_POLICY));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&policy);
        QStringList declared;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("action")) {
                declared.append(xml.attributes().value(QLatin1String("id")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The remedies' actions (one per row, shared rows once) and the fixed ones.
        QStringList expected{QLatin1String(kActionProbe), QLatin1String(kActionPreview),
                             QLatin1String(kActionUndoAll), QLatin1String(kActionReadHistory)};
        for (const RemedyVerb& row : kRemedies) {
            if (!expected.contains(QLatin1String(row.action))) {
                expected.append(QLatin1String(row.action));
            }
        }
        QCOMPARE(sorted(declared), sorted(expected));
    }

    void versionListsTheTablesVerbs() {
        ServiceHarness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QDBusMessage reply = h.call(QStringLiteral("Version"), {});
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        const QJsonObject version =
            QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
        QStringList verbs;
        for (const QJsonValue& verb : version.value(QStringLiteral("verbs")).toArray()) {
            verbs.append(verb.toString());
        }
        QCOMPARE(verbs, fixVerbs());
        QStringList probes;
        for (const QJsonValue& probe : version.value(QStringLiteral("probes")).toArray()) {
            probes.append(probe.toString());
        }
        QCOMPARE(probes, probeVerbs());
    }

    void cliHelpListsTheTablesVerbs() {
        QProcess cli;
        cli.start(QStringLiteral(ZD_CLI_BINARY), {QStringLiteral("fix"), QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray help = cli.readAllStandardOutput();
        // "REMEDY is one of:\n  a, b, c\n"
        QCOMPARE(wordsOf(help, QStringLiteral("REMEDY is one of:\\n([^\\n]*)\\n")), fixVerbs());
    }

    void completionsListTheTablesVerbs() {
        const QStringList bash =
            wordsOf(readSource(QStringLiteral("resources/completions/zfs-doctor.bash")),
                    QStringLiteral("local remedies=\"([^\"]*)\""));
        QCOMPARE(sorted(bash), sorted(fixVerbs()));
        const QStringList zsh =
            wordsOf(readSource(QStringLiteral("resources/completions/_zfs-doctor")),
                    QStringLiteral("'1:remedy:\\(([^)]*)\\)'"));
        QCOMPARE(sorted(zsh), sorted(fixVerbs()));
    }

    // The sandbox lets the helper write every parameter a remedy sets
    // (ProtectKernelTunables= makes /sys read-only otherwise).
    void serviceUnitLetsTheModuleParameterRemediesWrite() {
        const QByteArray unit =
            readSource(QStringLiteral("resources/systemd/zfs-doctor-helper.service.in"));
        QVERIFY(unit.contains("ProtectKernelTunables=yes"));
        int parameters = 0;
        for (const RemedyVerb& row : kRemedies) {
            if (row.remedyClass != RemedyClass::ModuleParameter) {
                continue;
            }
            ++parameters;
            const QByteArray line =
                QByteArray("\nReadWritePaths=-/sys/module/zfs/parameters/") + row.parameter + '\n';
            QVERIFY2(unit.contains(line), row.verb);
        }
        QCOMPARE(parameters, 2);
        QVERIFY(unit.contains("ReadWritePaths=-/etc/modprobe.d "));
    }

    // kernel-pin's tools write below /boot. ReadWritePaths= of /boot itself
    // loses against ProtectSystem=full's read-only /boot (systemd 252, VM
    // suite: update-grub "Read-only file system"); the boot loaders'
    // directories below it are writable.
    void serviceUnitLetsTheBootLoaderToolsWrite() {
        const QByteArray unit =
            readSource(QStringLiteral("resources/systemd/zfs-doctor-helper.service.in"));
        QVERIFY(unit.contains("\nProtectSystem=full\n"));
        static const QRegularExpression readWrite(QStringLiteral("^ReadWritePaths=(.*)$"),
                                                  QRegularExpression::MultilineOption);
        QStringList paths;
        for (auto it = readWrite.globalMatch(QString::fromUtf8(unit)); it.hasNext();) {
            paths << it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        for (const char* path :
             {"-/boot/grub", "-/boot/grub2", "-/etc/default", "-/etc/sysconfig"}) {
            QVERIFY2(paths.contains(QLatin1String(path)), path);
        }
        for (const QString& path : paths) {
            QVERIFY2(path != QLatin1String("-/boot") && path != QLatin1String("/boot") &&
                         path != QLatin1String("-/etc") && path != QLatin1String("/usr"),
                     qPrintable(path));
        }
    }

  private:
    RecordingToolRunner m_tools;
    SystemRoot m_root;
    struct NoSystemd final : SystemdManager {
        bool reload(QString*) override { return false; }
        std::optional<QString> activeState(const QString&, QString*) override {
            return std::nullopt;
        }
        bool restartUnit(const QString&, QString*) override { return false; }
    } m_systemd;
};

QTEST_GUILESS_MAIN(ContractTest)
#include "test_contract.moc"
