// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Terminal text in every shipped language: English wraps at spaces exactly as
// before; Chinese, which has no spaces, wraps between characters within the
// width (two columns per character), never before its closing punctuation,
// and source line breaks inside a Chinese paragraph add no space.

#include <QtTest>

#include "report/terminal_markdown.h"

using namespace zd;

class TestTerminalText : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void englishWrapsAtSpaces() {
        QCOMPARE(wrapText(QStringLiteral("writes through loop devices backed by files on ZFS hang"),
                          24, QStringLiteral("  - "), QStringLiteral("    ")),
                 QStringLiteral("  - writes through loop\n    devices backed by\n    files on ZFS "
                                "hang"));
        // A word longer than the width stays whole, hyphens and slashes too.
        QCOMPARE(wrapText(QStringLiteral("a /sys/block/loop0/queue/logical_block_size b"), 10,
                          QString(), QString()),
                 QStringLiteral("a\n/sys/block/loop0/queue/logical_block_size\nb"));
    }

    void displayWidthCountsWideCharacters() {
        QCOMPARE(displayWidth(QStringLiteral("ZFS")), 3);
        QCOMPARE(displayWidth(QStringLiteral("数据集")), 6);
        QCOMPARE(displayWidth(QStringLiteral("（ZFS）")), 7);
    }

    void chineseWrapsBetweenCharacters() {
        const QString text = QStringLiteral(
            "在该数据集上的两个临时文件之间，从偏移 1 处 copy_file_range 100 字节：块克隆永远"
            "无法满足这样的范围，ZFS 必须真正复制。");
        const QString wrapped = wrapText(text, 30, QStringLiteral("  "), QStringLiteral("  "));
        const QStringList lines = wrapped.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 2, qPrintable(wrapped));
        QString joined;
        for (const QString& line : lines) {
            QVERIFY2(displayWidth(line) <= 30, qPrintable(line));
            QVERIFY2(!line.trimmed().startsWith(QStringLiteral("，")) &&
                         !line.trimmed().startsWith(QStringLiteral("。")),
                     qPrintable(wrapped));
            joined += line.mid(2);
        }
        // Nothing lost and no space added where a line was broken.
        QCOMPARE(joined.remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
    }

    void chineseMarkdownJoinsLinesWithoutSpaces() {
        const QString rendered = renderMarkdownForTerminal(
            QStringLiteral("## 为什么会发生\n\n第一行文字\n第二行文字 ZFS\n"), 80);
        QVERIFY2(rendered.contains(QStringLiteral("第一行文字第二行文字 ZFS")),
                 qPrintable(rendered));
        // The underline is as wide as the heading on screen.
        QVERIFY2(rendered.contains(QStringLiteral("为什么会发生\n------------\n")),
                 qPrintable(rendered));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminal_text.moc"
