// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Report formatting: the quiet healthy line, the zpool-status-like blocks,
// JSON/Markdown/HTML documents, and the terminal rendering of Markdown.

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "report/scan_report.h"
#include "report/terminal_markdown.h"

using namespace zd;

namespace {

Finding finding(int number, const char* id, FindingStatus status) {
    Finding f;
    f.id = QLatin1String(id);
    f.number = number;
    f.title = QStringLiteral("Title of %1").arg(QLatin1String(id));
    f.status = status;
    f.severity = Severity::High;
    f.summary = QStringLiteral("Summary of %1.").arg(QLatin1String(id));
    return f;
}

Finding affectedSysext() {
    Finding f = finding(1, "sysext-odirect-einval", FindingStatus::Affected);
    f.evidence = {{QStringLiteral("ZFS kernel module"), QStringLiteral("2.3.0-1"), true,
                   QStringLiteral("affected '>=2.3.0 <2.4.0'")},
                  {QStringLiteral("zfs_dio_enabled"), QStringLiteral("1"), false, QString()}};
    for (int rank = 1; rank <= 4; ++rank) {
        RemedyOption remedy;
        remedy.id = QStringLiteral("remedy-%1").arg(rank);
        remedy.target = QStringLiteral("tank/ext");
        remedy.title = QStringLiteral("Remedy number %1").arg(rank);
        remedy.command = QStringLiteral("sudo zfs set direct=disabled tank/ext");
        remedy.risk = QStringLiteral("low");
        remedy.undo = QStringLiteral("sudo zfs inherit direct tank/ext");
        remedy.guidance = QStringLiteral("Guidance number %1.").arg(rank);
        remedy.rank = rank;
        remedy.automatic = rank == 1;
        f.remedies.append(remedy);
    }
    f.references = {QStringLiteral("https://github.com/openzfs/zfs/issues/17027"),
                    QStringLiteral("https://github.com/openzfs/zfs/pull/17218")};
    return f;
}

ScanResult result(QList<Finding> findings) {
    ScanResult r;
    r.facts.zfs.moduleLoaded = Tri::Yes;
    r.facts.zfs.userlandInstalled = Tri::Yes;
    r.facts.zfs.kmodVersion = QStringLiteral("2.3.0-1");
    r.facts.kernel.release = QStringLiteral("6.11.4-301.fc41.x86_64");
    r.findings = std::move(findings);
    r.source = QStringLiteral("this machine");
    return r;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void healthyIsOneLine() {
        const ScanResult r = result({finding(1, "a", FindingStatus::NotAffected),
                                     finding(2, "b", FindingStatus::NotAffected)});
        QCOMPARE(textReport(r),
                 QStringLiteral("no known OpenZFS compatibility problems affect this system\n"));
        QCOMPARE(countNeedingAttention(r.findings), 0);
    }

    void noZfsGetsAHint() {
        ScanResult r = result({finding(1, "a", FindingStatus::NotAffected)});
        r.facts.zfs = ZfsFacts{};
        // Unknown is not absent.
        QVERIFY(!zfsAbsent(r.facts));
        r.facts.zfs.moduleLoaded = Tri::No;
        r.facts.zfs.userlandInstalled = Tri::No;
        QVERIFY(zfsAbsent(r.facts));
        const QString text = textReport(r);
        QVERIFY(text.startsWith(healthyLine() + QLatin1Char('\n')));
        QVERIFY(text.contains(QLatin1String("hint: ZFS is not installed here")));
    }

    void undecidedProblemsAreMentioned() {
        Finding unknown = finding(4, "cfr-linux68-eopnotsupp", FindingStatus::Unknown);
        unknown.unknownReason = QStringLiteral("the kernel release is unknown");
        const QString text = textReport(result({unknown}));
        QVERIFY(text.startsWith(healthyLine()));
        QVERIFY2(
            text.contains(QLatin1String("could not decide 1 problem(s):\n  4 "
                                        "cfr-linux68-eopnotsupp: the kernel release is unknown")),
            qPrintable(text));
    }

    // A finding whose version has the bug but nothing triggers it: healthy,
    // with one quiet line, and exit 0.
    void latentIsHealthyWithOneLine() {
        Finding latent = finding(2, "loop-write-hang", FindingStatus::NotAffected);
        latent.latent = true;
        Finding other = finding(1, "sysext-odirect-einval", FindingStatus::NotAffected);
        other.latent = true;
        ScanResult r = result({other, latent, finding(3, "c", FindingStatus::NotAffected)});
        QCOMPARE(textReport(r),
                 healthyLine() +
                     QStringLiteral("\nlatent: 1 sysext-odirect-einval, 2 loop-write-hang (this "
                                    "ZFS has the bugs; nothing here triggers them)\n"));
        QCOMPARE(scanOutcome(r), ScanOutcome::Healthy);
        r.findings = {latent};
        QCOMPARE(latentLine(r.findings),
                 QStringLiteral("latent: 2 loop-write-hang (this ZFS has the bug; nothing here "
                                "triggers it)"));
        QVERIFY(
            textReport(r, 1).contains(QLatin1String("2 loop-write-hang: not affected (latent).")));
        const QJsonObject summary = jsonReport(r).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("latent")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("healthy")).toBool(), true);
    }

    void atRiskNamesTheNextStep() {
        Finding risk = finding(2, "loop-write-hang", FindingStatus::AtRisk);
        risk.nextStep = QStringLiteral("the next boot starts kernel 6.12.30-100.fc41.x86_64");
        const ScanResult r = result({risk});
        const QString text = textReport(r);
        QVERIFY2(text.contains(QLatin1String("          next step: the next boot starts kernel")),
                 qPrintable(text));
        QCOMPARE(scanOutcome(r), ScanOutcome::Attention);
        QVERIFY(markdownReport(r).contains(QLatin1String("**Next step:** the next boot")));
        QVERIFY(htmlReport(r).contains(QLatin1String("<p>Next step: the next boot")));
    }

    void conflictingRemedyIsMarked() {
        Finding f = affectedSysext();
        f.remedies[1].conflict =
            QStringLiteral("On this system it would trigger problem 2, loop-write-hang (Title).");
        const QString text = textReport(result({f}));
        QVERIFY2(text.contains(QLatin1String("conflict: On this system it would trigger problem "
                                             "2,")),
                 qPrintable(text));
        QVERIFY(markdownReport(result({f})).contains(QLatin1String("   Conflict: On this system")));
    }

    void remedyWithoutCommandShowsItsGuidance() {
        Finding f = affectedSysext();
        f.remedies[0].command.clear();
        f.remedies[0].undo.clear();
        f.remedies[0].automatic = false;
        const QString text = textReport(result({f}));
        QVERIFY2(text.contains(QLatin1String("Guidance number 1.")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Guidance number 2.")));
    }

    // Without the kernel and ZFS records no verdict is trusted: exit 3.
    void incompleteScan() {
        ScanResult r = result(
            {finding(1, "a", FindingStatus::Unknown), finding(2, "b", FindingStatus::NotAffected)});
        r.source = QStringLiteral("snapshot x.json");
        r.facts.notes = {{QStringLiteral("kernel"), QStringLiteral("kernel-release-unreadable"),
                          QStringLiteral("The running kernel's release was not recorded in this "
                                         "snapshot."),
                          QStringLiteral("/proc/sys/kernel/osrelease"), FactArea::KernelRelease},
                         {QStringLiteral("zfs"), QStringLiteral("zfs-module-unreadable"),
                          QStringLiteral("Whether the zfs module is loaded was not recorded."),
                          QStringLiteral("/sys/module/zfs"), FactArea::ZfsModule}};
        r.facts.zfs.moduleLoaded = Tri::Unknown;
        r.facts.zfs.userlandInstalled = Tri::Unknown;
        QCOMPARE(missingEssentialRecords(r.facts).size(), 2);
        QCOMPARE(scanOutcome(r), ScanOutcome::Incomplete);
        const QString text = textReport(r);
        QVERIFY2(text.startsWith(QLatin1String("incomplete: snapshot x.json lacks what every "
                                               "verdict needs")),
                 qPrintable(text));
        QVERIFY(!text.contains(healthyLine()));
        QVERIFY(!text.contains(QLatin1String("could not decide")));
        const QJsonObject summary = jsonReport(r).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("healthy")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("missing_records")).toArray().size(), 2);
        // Not read is not "not installed": neither true nor false.
        QVERIFY(summary.value(QStringLiteral("zfs_installed")).isNull());
        QVERIFY(summary.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("incomplete")));
    }

    void undecidedOutcome() {
        Finding unknown = finding(4, "cfr-linux68-eopnotsupp", FindingStatus::Unknown);
        unknown.unknownReason = QStringLiteral("why");
        QCOMPARE(scanOutcome(result({unknown})), ScanOutcome::Undecided);
        QCOMPARE(scanOutcome(result({unknown, finding(1, "a", FindingStatus::Affected)})),
                 ScanOutcome::Attention);
    }

    void findingBlocksLikeZpoolStatus() {
        const QString text =
            textReport(result({finding(2, "loop-write-hang", FindingStatus::AtRisk),
                               affectedSysext(), finding(3, "c", FindingStatus::NotAffected)}));
        QVERIFY2(
            text.startsWith(QLatin1String("2 of 3 known problems need attention on this machine:")),
            qPrintable(text));
        // Affected comes first, then at risk.
        QVERIFY(text.indexOf(QLatin1String("sysext-odirect-einval")) <
                text.indexOf(QLatin1String("loop-write-hang")));
        QVERIFY(
            text.contains(QLatin1String(" problem: 1 sysext-odirect-einval (severity high)\n")));
        QVERIFY(text.contains(QLatin1String("  status: AFFECTED\n")));
        QVERIFY(text.contains(
            QLatin1String("     why: ZFS kernel module: 2.3.0-1 (affected '>=2.3.0 <2.4.0')\n")));
        QVERIFY(!text.contains(QLatin1String("zfs_dio_enabled")));  // not deciding
        QVERIFY(text.contains(QLatin1String("  action: 1. Remedy number 1 [tank/ext]\n")));
        QVERIFY(text.contains(
            QLatin1String("               $ sudo zfs set direct=disabled tank/ext\n")));
        // With a command, the scan summary leaves the words to `explain`.
        QVERIFY(!text.contains(QLatin1String("Guidance number 1.")));
        QVERIFY(text.contains(QLatin1String("          3. Remedy number 3")));
        QVERIFY(!text.contains(QLatin1String("Remedy number 4")));
        QVERIFY(text.contains(QLatin1String("(1 more: zfs-doctor explain sysext-odirect-einval)")));
        QVERIFY(!text.contains(QLatin1String("undo:")));
        QVERIFY(
            text.contains(QLatin1String("     see: https://github.com/openzfs/zfs/issues/17027\n"
                                        "          https://github.com/openzfs/zfs/pull/17218\n")));
        QVERIFY(!text.contains(QLatin1String(" c ")));
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.size() <= 80 || line.contains(QLatin1String("$ ")), qPrintable(line));
        }
    }

    void verboseShowsEverything() {
        const QString text =
            textReport(result({affectedSysext(), finding(3, "c", FindingStatus::NotAffected)}), 2);
        QVERIFY(text.contains(QLatin1String("Remedy number 4")));
        QVERIFY(text.contains(QLatin1String("undo: sudo zfs inherit direct tank/ext")));
        QVERIFY(text.contains(QLatin1String("Guidance number 1.")));
        QVERIFY(text.contains(QLatin1String("zfs_dio_enabled: 1")));
        QVERIFY(text.contains(QLatin1String("not affected:\n  3 c: not affected. Summary of c.")));
        QVERIFY(text.contains(QLatin1String("  kernel: 6.11.4-301.fc41.x86_64")));
    }

    void jsonReportHasFactsFindingsNotes() {
        ScanResult r = result({affectedSysext(), finding(2, "b", FindingStatus::AtRisk)});
        r.facts.notes = {
            {QStringLiteral("kernel"), QStringLiteral("x"), QStringLiteral("msg"), QString()}};
        const QJsonObject json =
            QJsonDocument::fromJson(QJsonDocument(jsonReport(r)).toJson()).object();
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("affected"));
        QCOMPARE(json.value(QStringLiteral("facts")).toObject(), toJson(r.facts));
        QCOMPARE(json.value(QStringLiteral("notes")).toArray().size(), 1);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("affected")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("at_risk")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("healthy")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("zfs_installed")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("latent")).toInt(), 0);
    }

    void markdownAndHtml() {
        Finding f = affectedSysext();
        f.title = QStringLiteral("<script>alert(1)</script> & more");
        const ScanResult r = result({f});
        const QString markdown = markdownReport(r);
        QVERIFY(markdown.startsWith(QLatin1String("# ZFS Doctor report\n")));
        QVERIFY(markdown.contains(QLatin1String(
            "| 1 | <script>alert(1)</script> & more (`sysext-odirect-einval`) | affected |")));
        QVERIFY(
            markdown.contains(QLatin1String("- <https://github.com/openzfs/zfs/issues/17027>")));
        const QString html = htmlReport(r);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</body></html>")));
    }

    // The exported reports give ids human labels (issue: "the exported report
    // says at-risk and inferred-from-versions"); the HTML class keeps the id.
    void reportsShowHumanLabels() {
        Finding f = affectedSysext();
        f.status = FindingStatus::AtRisk;
        f.nextStep = QStringLiteral("the next boot starts kernel 6.12.30");
        Finding g = finding(3, "dio-always-cfr-eagain", FindingStatus::NotAffected);
        g.latent = true;
        g.confidence = Confidence::RestsOnUnconfirmed;
        const ScanResult r = result({f, g});
        const QString markdown = markdownReport(r);
        QVERIFY2(markdown.contains(
                     QLatin1String("| at risk | inferred from versions and configuration |")),
                 qPrintable(markdown));
        QVERIFY2(markdown.contains(QLatin1String(
                     "| not affected (latent) | rests on an unconfirmed upstream fact |")),
                 qPrintable(markdown));
        QVERIFY(!markdown.contains(QLatin1String("at-risk")));
        QVERIFY(!markdown.contains(QLatin1String("inferred-from-versions")));
        const QString html = htmlReport(r);
        QVERIFY2(html.contains(QLatin1String("<td class=\"at-risk\">at risk</td>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QLatin1String(">at-risk<")));
        QVERIFY(!html.contains(QLatin1String("inferred-from-versions")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        // The terminal's confidence tag is a phrase too.
        g.status = FindingStatus::AtRisk;
        g.nextStep = QStringLiteral("x");
        QVERIFY(findingText(g).contains(QLatin1String("[rests on an unconfirmed upstream fact]")));
    }

    void terminalMarkdown() {
        const QString markdown = QStringLiteral(
            "# What happens\n\nsystemd-sysext reads **images** through a `loop` device; see "
            "[the report](https://github.com/openzfs/zfs/issues/17027).\n\n"
            "## Fix\n\n- first item that is long enough to need wrapping at forty columns wide\n"
            "- second\n\n1. one\n2. two\n\n```\nzfs set direct=disabled tank/ext\n```\n");
        const QString text = renderMarkdownForTerminal(markdown, 40);
        QCOMPARE(
            text,
            QStringLiteral(
                "What happens\n============\n\nsystemd-sysext reads images through a\n"
                "loop device; see the report\n<https://github.com/openzfs/zfs/issues/17027>.\n\n"
                "Fix\n---\n\n  - first item that is long enough to\n    need wrapping at forty "
                "columns wide\n"
                "  - second\n\n  1. one\n  2. two\n\n    zfs set direct=disabled tank/ext\n"));
    }

    void wrapKeepsLongWords() {
        QCOMPARE(wrapText(QStringLiteral("a verylongword b"), 5, QStringLiteral("> "),
                          QStringLiteral("  ")),
                 QStringLiteral("> a\n  verylongword\n  b"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
