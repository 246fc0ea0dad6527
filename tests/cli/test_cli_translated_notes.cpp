// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The collectors' notes speak the user's language (issue 14, point 5): a demo
// snapshot with two records removed is scanned under LANGUAGE=en, de and
// zh_CN, and the notes those gaps make (the host name, the zfs module
// parameters), and how the kernel's upstream level was found, are the
// catalogue's sentences, while each note's code, the paths in it and the
// commands stay as they are.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_run.h"

namespace {

using Run = zd::test::CliRun;

Run zfsDoctor(const QStringList& arguments, const QString& language) {
    return zd::test::runCli(arguments, {{QStringLiteral("LANGUAGE"), language}});
}

// The Unraid demo without the records of the host name and of the zfs module
// parameters directory: a capture made by a version that did not read them.
QString snapshotWithGaps(const QTemporaryDir& dir) {
    QFile demo(QStringLiteral(ZD_DEMO_DIR "/problem2-loop-hang-unraid.json"));
    if (!demo.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray kept;
    for (const QJsonValue& record : root.value(QStringLiteral("evidence")).toArray()) {
        const QString key = record.toObject().value(QStringLiteral("key")).toString();
        if (key != QLatin1String("/proc/sys/kernel/hostname") &&
            key != QLatin1String("/sys/module/zfs/parameters")) {
            kept.append(record);
        }
    }
    root.insert(QStringLiteral("evidence"), kept);
    const QString path = dir.filePath(QStringLiteral("gaps.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0) {
        return {};
    }
    return path;
}

// The message of the note with this code, or a null string.
QString noteMessage(const QJsonObject& scan, const QString& code) {
    for (const QJsonValue& value : scan.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        if (note.value(QStringLiteral("code")).toString() == code) {
            return note.value(QStringLiteral("message")).toString();
        }
    }
    return {};
}

}  // namespace

class TestCliTranslatedNotes : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_snapshot = snapshotWithGaps(m_dir);
        QVERIFY(!m_snapshot.isEmpty());
    }

    void notesInTheUsersLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("levelSource");
        QTest::newRow("en") << "en"
                            << "The host name could not be read (not recorded in this snapshot)."
                            << "The zfs module parameters in /sys/module/zfs/parameters could not "
                               "be listed (not recorded in this snapshot)."
                            << "uname -r: Unraid builds upstream stable releases";
        QTest::newRow("de")
            << "de"
            << "Der Hostname konnte nicht gelesen werden (nicht in diesem Snapshot aufgezeichnet)."
            << "Die Parameter des zfs-Moduls in /sys/module/zfs/parameters konnten nicht "
               "aufgelistet werden (nicht in diesem Snapshot aufgezeichnet)."
            << "uname -r: Unraid baut stabile Upstream-Releases";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "无法读取主机名（此快照中没有记录）。"
                               << "无法列出 /sys/module/zfs/parameters 中的 zfs "
                                  "模块参数（此快照中没有记录）。"
                               << "uname -r：Unraid 构建上游稳定版本";
    }
    void notesInTheUsersLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, hostname);
        QFETCH(QString, parameters);
        QFETCH(QString, levelSource);
        const Run run = zfsDoctor({QStringLiteral("--snapshot"), m_snapshot, QStringLiteral("scan"),
                                   QStringLiteral("--json")},
                                  language);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1 || run.exitCode == 3, qPrintable(run.err));
        const QJsonObject scan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(!scan.isEmpty(), qPrintable(run.out + run.err));
        // The codes stay stable; only the sentences are translated.
        QCOMPARE(noteMessage(scan, QStringLiteral("hostname-unreadable")), hostname);
        QCOMPARE(noteMessage(scan, QStringLiteral("zfs-parameters-unreadable")), parameters);
        const QJsonObject kernel = scan.value(QStringLiteral("facts"))
                                       .toObject()
                                       .value(QStringLiteral("kernel"))
                                       .toObject();
        QCOMPARE(kernel.value(QStringLiteral("level")).toObject().value(QStringLiteral("source")),
                 QJsonValue(levelSource));
    }

    void verboseScanPrintsTranslatedNotes() {
        const Run run = zfsDoctor({QStringLiteral("--snapshot"), m_snapshot, QStringLiteral("scan"),
                                   QStringLiteral("-vv")},
                                  QStringLiteral("de"));
        QVERIFY2(run.out.contains(QLatin1String("[host/hostname-unreadable] Der Hostname")),
                 qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("The host name could not be read")),
                 qPrintable(run.out));
    }

  private:
    QTemporaryDir m_dir;
    QString m_snapshot;
};

QTEST_GUILESS_MAIN(TestCliTranslatedNotes)
#include "test_cli_translated_notes.moc"
