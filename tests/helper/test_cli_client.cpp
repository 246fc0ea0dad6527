// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The CLI's helper commands (app/cli/helper_commands.cpp, through the core's
// helper client) against the real helper binary on a private bus:
// review-then-apply, refusal without --yes off a terminal, the real journal
// records as the CLI prints them, polkit denial as a sentence and exit code
// 3, history, undo; the helper's sentences in the user's language (it sends
// codes besides its English, remedy/remedy_text.h); and without a helper or
// without any bus, a sentence and exit code 3 at once instead of a wait.
#include <QtTest>

#include "fake_services.h"
#include "private_bus.h"
#include "real_helper.h"

using namespace zd::helper;
using namespace zd::helper::test;

class CliClientTest : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString output;
    };

    // The CLI alone, with `busAddress` as its system bus.
    static Run cliOn(const QString& busAddress, const QStringList& arguments,
                     const QString& language = QStringLiteral("en")) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), busAddress);
        environment.insert(QStringLiteral("LANGUAGE"), language);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ZD_CLI_BINARY), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    // The helper exits when its caller leaves, so each CLI run gets a fresh one
    // (on a real system D-Bus activation starts it).
    Run cli(const QStringList& arguments, const QString& language = QStringLiteral("en")) {
        RealHelper helper(*m_bus, m_temporary->path() + QStringLiteral("/root"),
                          m_temporary->path() + QStringLiteral("/state"));
        if (!helper.waitUntilOnBus()) {
            return {};
        }
        return cliOn(m_bus->address(), arguments, language);
    }

  private Q_SLOTS:
    void init() {
        m_bus = std::make_unique<PrivateBus>();
        QString error;
        QVERIFY2(m_bus->start(&error), qPrintable(error));
        m_fakes = std::make_unique<FakeServices>(m_bus->address(), true, true);
        QVERIFY(m_fakes->ok());
        m_temporary = std::make_unique<QTemporaryDir>();
    }
    void cleanup() {
        m_fakes.reset();
        m_bus.reset();
    }

    void fixHistoryUndo() {
        Run run = cli({QStringLiteral("history")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QStringLiteral("no changes")), qPrintable(run.output));

        run = cli({QStringLiteral("fix"), QStringLiteral("sysext-dropin")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("systemctl daemon-reload")),
                 qPrintable(run.output));
        QVERIFY(run.output.contains(QStringLiteral("Nothing was changed")));

        run =
            cli({QStringLiteral("fix"), QStringLiteral("sysext-dropin"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        // The helper's real journal record, read into a ChangeRecord and printed.
        static const QRegularExpression header(QStringLiteral(
            "Change (\\d{8}T\\d{6}Z-[0-9a-f]{8}) \\(sysext-dropin\\): applied and read back"));
        const QRegularExpressionMatch applied = header.match(run.output);
        QVERIFY2(applied.hasMatch(), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("  [done] ")), qPrintable(run.output));

        run = cli({QStringLiteral("history")});
        QVERIFY2(run.output.contains(applied.captured(1)), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("applied and read back  sysext-dropin  (uid ")),
                 qPrintable(run.output));

        run = cli({QStringLiteral("undo"), QStringLiteral("--all")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QStringLiteral("undone")), qPrintable(run.output));
    }

    // The helper (root, no locale) words its outcome in English and sends the
    // same sentences as codes; `fix`, `undo` and `history` show them in the
    // user's language, the paths in them verbatim.
    void helperSentencesInTheUsersLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("applied");
        QTest::addColumn<QString>("undone");
        // The progress lines: the step's name translated, its command verbatim.
        QTest::addColumn<QString>("writeStep");
        QTest::addColumn<QString>("removeStep");
        // The change's and a step's status in words.
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("stepDone");
        const QString dropin = QStringLiteral(
            "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf");
        QTest::newRow("de") << "de"
                            << "Betroffen sind nur Loop-Geräte, die nach dieser Änderung "
                               "angehängt werden; der sysext-Schritt der initrd nicht."
                            << dropin + " ist vorhanden und von systemd neu geladen."
                            << dropin + " ist entfernt."
                            << "  ... Drop-in schreiben: write " + dropin + "\n"
                            << "  ... Drop-in entfernen: rm " + dropin + "\n"
                            << "): angewendet und zurückgelesen\n"
                            << "  [erledigt] write " + dropin;
        QTest::newRow("zh_CN") << "zh_CN"
                               << "只有在此更改之后挂接的 loop 设备会受影响，initrd 中的 "
                                  "sysext 步骤不受影响。"
                               << dropin + " 已就位，systemd 已重新加载它。" << dropin + " 已删除。"
                               << "  ... 写入 drop-in: write " + dropin + "\n"
                               << "  ... 删除 drop-in: rm " + dropin + "\n"
                               << "）：已应用并读回确认\n"
                               << "  [已完成] write " + dropin;
    }
    void helperSentencesInTheUsersLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, warning);
        QFETCH(QString, applied);
        QFETCH(QString, undone);
        QFETCH(QString, writeStep);
        QFETCH(QString, removeStep);
        QFETCH(QString, status);
        QFETCH(QString, stepDone);
        Run run =
            cli({QStringLiteral("fix"), QStringLiteral("sysext-dropin"), QStringLiteral("--yes")},
                language);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(warning), qPrintable(run.output));
        QVERIFY2(run.output.contains(applied), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("is in place and systemd has reloaded it")),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(writeStep), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("write drop-in")), qPrintable(run.output));
        QVERIFY2(run.output.contains(status), qPrintable(run.output));
        QVERIFY2(run.output.contains(stepDone), qPrintable(run.output));
        static const QRegularExpression id(QStringLiteral("\\d{8}T\\d{6}Z-[0-9a-f]{8}"));
        const QString change = id.match(run.output).captured(0);
        QVERIFY2(!change.isEmpty(), qPrintable(run.output));

        run = cli({QStringLiteral("history")}, language);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(applied), qPrintable(run.output));
        QVERIFY2(run.output.contains(status.mid(2, status.size() - 3) +
                                     QStringLiteral("  sysext-dropin")),
                 qPrintable(run.output));

        run = cli({QStringLiteral("undo"), change}, language);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(undone), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral(" is removed.")), qPrintable(run.output));
        QVERIFY2(run.output.contains(removeStep), qPrintable(run.output));

        run = cli({QStringLiteral("history")}, language);
        QVERIFY2(run.output.contains(undone), qPrintable(run.output));
        // The journal itself keeps the helper's English.
        run = cli({QStringLiteral("history"), QStringLiteral("--json")}, language);
        QVERIFY2(run.output.contains(QStringLiteral(" is removed.")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("\"dropin-removed\"")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("\"remove drop-in\"")), qPrintable(run.output));
    }

    void missingHelperIsASentence() {
        // A bus without the helper (not installed, activation fails).
        QElapsedTimer timer;
        timer.start();
        const Run run = cliOn(m_bus->address(), {QStringLiteral("history")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QStringLiteral("helper is not installed")),
                 qPrintable(run.output));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void noSystemBusIsASentence() {
        // No bus at all (a container, a broken DBUS_SYSTEM_BUS_ADDRESS): the
        // client fails at once instead of waiting for a timeout.
        for (const char* command : {"history", "fix"}) {
            QStringList arguments{QLatin1String(command)};
            if (arguments.first() == QLatin1String("fix")) {
                arguments << QStringLiteral("sysext-dropin") << QStringLiteral("--yes");
            }
            QElapsedTimer timer;
            timer.start();
            const Run run =
                cliOn(QStringLiteral("unix:path=/nonexistent/zfs-doctor-test-bus"), arguments);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.output.contains(QStringLiteral("system bus cannot be reached")),
                     qPrintable(run.output));
            QVERIFY2(run.output.contains(QStringLiteral("Nothing was changed")),
                     qPrintable(run.output));
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        }
    }

    void denialIsASentence() {
        m_fakes->polkit()->setAnswer(PolkitAnswer::Deny);
        const Run run =
            cli({QStringLiteral("fix"), QStringLiteral("sysext-dropin"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(
                     QStringLiteral("Not authorized: polkit denied org.zfsdoctor.preview "
                                    "for this user. Nothing was changed.")),
                 qPrintable(run.output));
    }

    void hostileTargetIsRefused() {
        const Run run = cli({QStringLiteral("fix"), QStringLiteral("dataset-direct-standard"),
                             QStringLiteral("tank/$(reboot)"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QStringLiteral("not allow")), qPrintable(run.output));
    }

  private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeServices> m_fakes;
    std::unique_ptr<QTemporaryDir> m_temporary;
};

QTEST_GUILESS_MAIN(CliClientTest)
#include "test_cli_client.moc"
