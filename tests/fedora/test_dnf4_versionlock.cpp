// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// dnf4's versionlock.list read like dnf-plugins-core's versionlock plugin
// reads it (plugins/versionlock.py: _read_locklist, pkgtup2spec), and one
// lock taken out of it without touching anything else (the kernel pin's undo).
#include <QFile>
#include <QTest>

#include "dnf/dnf4_versionlock.h"

using namespace zd::dnf;

namespace {

// tests/fixtures/kernel/versionlock.list (its README says where it comes from).
QString kernelFixture() {
    QFile file(QStringLiteral(ZD_KERNEL_FIXTURES "/versionlock.list"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read versionlock.list");
    }
    return QString::fromUtf8(file.readAll());
}

const QString kName = QStringLiteral("kernel-core");
const QString kVersionRelease = QStringLiteral("6.12.24-200.fc41");
const QString kArch = QStringLiteral("x86_64");

}  // namespace

class TestDnf4Versionlock : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void readsEntriesLikeThePlugin() {
        const QList<Dnf4LockEntry> entries = parseDnf4Versionlock(kernelFixture());
        QCOMPARE(entries, (QList<Dnf4LockEntry>{
                              {QStringLiteral("kernel-core-0:6.12.24-200.fc41.*"), false},
                              {QStringLiteral("kernel-modules-0:6.12.24-200.fc41.*"), false},
                              {QStringLiteral("kernel-core-0:6.12.25-200.fc41.*"), true},
                              {QStringLiteral("bash-0:5.2.15-5.fc39.*"), false}}));
        QVERIFY(parseDnf4Versionlock(QString()).isEmpty());
    }

    void exactVersionRelease_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as dnf versionlock add writes it")
            << "kernel-core-0:6.12.24-200.fc41.*" << kVersionRelease;
        QTest::newRow("no epoch, no arch") << "kernel-core-6.12.24-200.fc41" << kVersionRelease;
        QTest::newRow("this arch") << "kernel-core-6.12.24-200.fc41.x86_64" << kVersionRelease;
        QTest::newRow("another arch") << "kernel-core-6.12.24-200.fc41.aarch64" << QString();
        QTest::newRow("exclude") << "!kernel-core-0:6.12.24-200.fc41.*" << QString();
        QTest::newRow("another package") << "kernel-modules-0:6.12.24-200.fc41.*" << QString();
        QTest::newRow("a longer name") << "kernel-core-debug-0:6.12.24-200.fc41.*" << QString();
        QTest::newRow("epoch 1") << "kernel-core-1:6.12.24-200.fc41.*" << QString();
        QTest::newRow("version glob") << "kernel-core-0:6.12.*-200.fc41.*" << QString();
        QTest::newRow("name only") << "kernel-core" << QString();
        QTest::newRow("name and version") << "kernel-core-6.12.24" << QString();
    }
    void exactVersionRelease() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QList<Dnf4LockEntry> entries = parseDnf4Versionlock(line);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().exactVersionRelease(kName, kArch), expected);
    }

    // What one `dnf versionlock add` appended goes; the admin's lines before
    // and after stay byte for byte.
    void removesWhatOneAddWrote() {
        const QString before = kernelFixture();
        const QString added = QStringLiteral(
            "\n# Added lock on Tue Dec  1 11:00:00 2026\nkernel-core-0:6.12.24-200.fc41.*\n");
        const QString later =
            QStringLiteral("\n# Added lock on Tue Dec  1 12:00:00 2026\nzsh-0:5.9-9.fc41.*\n");
        // The fixture locks kernel-core 6.12.24 itself; remove from a list without it.
        QString own = before;
        own.remove(QStringLiteral("kernel-core-0:6.12.24-200.fc41.*\n"));
        QCOMPARE(withoutDnf4Lock(own + added + later, kName, kVersionRelease, kArch),
                 std::optional<QString>(own + later));
        QCOMPARE(withoutDnf4Lock(added, kName, kVersionRelease, kArch),
                 std::optional<QString>(QString()));
    }
    void keepsACommentThatIntroducesOtherEntries() {
        const QString text = QStringLiteral(
            "# Added lock on Sat Nov 21 10:00:00 2026\nkernel-core-0:6.12.24-200.fc41.*\n"
            "bash-0:5.2.15-5.fc39.*\n");
        QCOMPARE(withoutDnf4Lock(text, kName, kVersionRelease, kArch),
                 std::optional<QString>(QStringLiteral(
                     "# Added lock on Sat Nov 21 10:00:00 2026\nbash-0:5.2.15-5.fc39.*\n")));
    }
    void removesTheLastOfTwoEqualLocks() {
        const QString text = QStringLiteral(
            "kernel-core-0:6.12.24-200.fc41.*\nbash-0:5.2.15-5.fc39.*\n"
            "kernel-core-6.12.24-200.fc41.x86_64\n");
        QCOMPARE(withoutDnf4Lock(text, kName, kVersionRelease, kArch),
                 std::optional<QString>(
                     QStringLiteral("kernel-core-0:6.12.24-200.fc41.*\nbash-0:5.2.15-5.fc39.*\n")));
    }
    void removesNoExcludeOrOtherVersion() {
        const QString text = QStringLiteral(
            "!kernel-core-0:6.12.24-200.fc41.*\nkernel-core-0:6.12.25-200.fc41.*\n"
            "# kernel-core-0:6.12.24-200.fc41.*\n");
        QCOMPARE(withoutDnf4Lock(text, kName, kVersionRelease, kArch), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDnf4Versionlock)
#include "test_dnf4_versionlock.moc"
