// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Translated window text lays out without breaking a technical token: the
// German overview once showed "nicht gesetzt (Direct I/" + "O an)" in the
// systemd card. The card's row is laid out here as the window lays it out
// (rich text, a two-column table, wrapped) at every width from narrow to
// wide; "I/O" must never end up split over two lines while the token fits
// on one. The old translation is laid out too, to show the check finds it.

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

#include "app_setup.h"

namespace {

// The first width (in pixels) at which the row splits "I/O" over two lines
// although the line had room for the whole "(Direct I/O an)", or -1 when no
// width from 40 to 600 does. (Narrower than that token, any text must break
// somewhere inside it.)
int widthSplittingIo(const QString& value) {
    const qreal token = QFontMetricsF(QApplication::font())
                            .horizontalAdvance(QStringLiteral("(Direct\u00a0I/O\u00a0an)"));
    const QString html =
        QStringLiteral(
            "<table><tr><td style='padding-right:12px'><b>SYSTEMD_LOOP_DIRECT_IO</b>"
            "</td><td>%1</td></tr></table>")
            .arg(value);
    for (int width = 40; width <= 600; width += 2) {
        QTextDocument document;
        document.setDefaultFont(QApplication::font());
        document.setHtml(html);
        document.setTextWidth(width);
        document.documentLayout();  // lays it out
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout* layout = block.layout();
            const QString text = block.text();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const QString piece = text.mid(line.textStart(), line.textLength());
                if ((piece.endsWith(QLatin1String("I/")) ||
                     piece.endsWith(QStringLiteral("I/\u2060"))) &&
                    line.width() >= token) {
                    return width;
                }
            }
        }
    }
    return -1;
}

}  // namespace

class TestTranslatedLayout : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void ioStaysTogether() {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(zd::gui::installTranslations(*app, QLocale(QStringLiteral("de_DE"))));
        const QString german =
            QCoreApplication::translate("zd::gui::OverviewPage", "not set (direct I/O on)");
        QVERIFY2(german.startsWith(QLatin1String("nicht gesetzt")), qPrintable(german));
        // The old German text does split at some width: the check can fail.
        QVERIFY(widthSplittingIo(QStringLiteral("nicht gesetzt (Direct I/O an)")) > 0);
        QCOMPARE(widthSplittingIo(german), -1);
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "test_translated_layout.moc"
