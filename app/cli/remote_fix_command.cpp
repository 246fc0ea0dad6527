// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote_fix_command.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>
#include <cstdio>
#include <functional>
#include <memory>

#include "../../helper/contract.h"
#include "cli_target.h"
#include "cli_text.h"
#include "collect/collect.h"
#include "remedy/change_journal.h"
#include "remote/host_spec.h"
#include "remote/remote_fix.h"
#include "remote/remote_target.h"

namespace zd::cli {

namespace {

// The host as the journal spells it ("admin@nas:2222"); main() has already
// refused a spec that does not parse.
QString canonicalHost(const GlobalOptions& options) {
    const std::optional<HostSpec> host = HostSpec::parse(options.host, nullptr);
    return host ? host->toString() : options.host;
}

// Opens the connection and learns what the remote is. Only the distribution
// decides what may be done there (TrueNAS or not); the plan reads the
// property it changes itself, so the rest of a scan is not needed.
struct RemoteSession {
    std::unique_ptr<RemoteSource> source;
    Facts facts;
};

std::optional<RemoteSession> openSession(const GlobalOptions& options, QString* error) {
    RemoteSession session;
    session.source = connectRemote(options.host, error);
    if (!session.source) {
        return std::nullopt;
    }
    collectDistro(*session.source, session.facts);
    if (!session.source->connectionError().isEmpty()) {
        *error = session.source->connectionError();
        return std::nullopt;
    }
    return session;
}

QString stateText(const DirectState& state) {
    return Text::tr("direct=%1 (%2)").arg(state.value, state.source);
}

ChangeJournal remoteJournal() {
    return ChangeJournal(RemoteFixer::defaultJournalDirectory(), ChangeRecord::Origin::RemoteHost);
}

// What a person reads before saying yes: the exact remote command and every
// warning. With --json the review goes to stderr so stdout stays one JSON
// document; the warnings are shown either way.
void printReview(const RemoteFixPlan& plan, const QString& headline, bool json) {
    QString text = headline + QLatin1Char('\n');
    text += Text::tr("  now:            %1\n").arg(stateText(plan.current));
    text += Text::tr("  after:          %1\n").arg(plan.afterText);
    text += Text::tr("  remote command: %1\n").arg(plan.remoteCommand);
    for (const QString& warning : plan.warnings) {
        text += Text::tr("  warning: %1\n").arg(warning);
    }
    if (json) {
        printErr(text);
    } else {
        printOut(text);
    }
}

enum class Consent { Given, Declined, NotAsked };

// --yes, or a "y" typed on a terminal after the review was shown. On TrueNAS
// either one is also the acknowledgement of the middleware warning, which
// printReview() has just printed (see docs/cli.md for why there is no
// separate flag for it).
Consent consent(const RemoteFixPlan& plan, bool yes) {
    if (yes) {
        return Consent::Given;
    }
    if (!::isatty(STDIN_FILENO)) {
        printError(
            Text::tr("not applying without --yes when standard input is not a "
                     "terminal. Nothing was changed."));
        return Consent::NotAsked;
    }
    const QString question = plan.needsAcknowledgement
                                 ? Text::tr("Apply this change despite the warning above?")
                                 : Text::tr("Apply this change?");
    if (askYesNo(question)) {
        return Consent::Given;
    }
    printOut(Text::tr("Nothing was changed.\n"));
    return Consent::Declined;
}

bool isSuccess(const ChangeRecord& entry) {
    return entry.status == QLatin1String("verified") || entry.status == QLatin1String("undone");
}

int report(const ChangeRecord& entry, bool json) {
    if (json) {
        printJson(entry.toJson());
    } else {
        QString text =
            Text::tr("Change %1 on %2 (%3 direct on %4): %5\n")
                .arg(entry.id, entry.host,
                     entry.undoSteps.isEmpty() ? QStringLiteral("set") : Text::tr("undo of"),
                     entry.target, entry.status);
        if (!entry.message.isEmpty()) {
            text += QStringLiteral("  %1\n").arg(entry.message);
        }
        if (entry.status == QLatin1String("verified")) {
            text +=
                Text::tr("  Undo with: zfs-doctor --host %1 undo %2\n").arg(entry.host, entry.id);
        }
        printOut(text);
    }
    return isSuccess(entry) ? kExitHealthy : kExitError;
}

// The `direct` value a dataset remedy sets (kRemedies); empty for any other remedy.
QString directValueFor(const QString& remedy) {
    const helper::RemedyVerb* row = helper::findRemedy(remedy);
    return row && row->remedyClass == helper::RemedyClass::DatasetDirect
               ? QLatin1String(row->parameter)
               : QString();
}

// Everything but a dataset property: refused before anything is run on the
// remote. The connection is opened only to tell TrueNAS (whose vendor does
// not support base-system changes at all) from other systems.
int refuseBaseSystemRemedy(const QString& remedy, const GlobalOptions& options) {
    printError(Text::tr("fix %1 is not made over --host: on a remote machine ZFS Doctor "
                        "only changes dataset properties (%2, %3). Nothing was changed.")
                   .arg(remedy, QLatin1String(helper::kFixDatasetDirectStandard),
                        QLatin1String(helper::kFixDatasetDirectDisabled)));
    QString error;
    const std::optional<RemoteSession> session = openSession(options, &error);
    if (!session) {
        // Which advice applies depends on what the remote runs; say both.
        Facts trueNas;
        trueNas.distro.family = DistroFamily::TrueNasScale;
        printError(Text::tr("could not check which system %1 runs (%2). If it is TrueNAS "
                            "SCALE: %3 Otherwise: %4")
                       .arg(canonicalHost(options), error, RemoteFixer::baseSystemGuidance(trueNas),
                            RemoteFixer::baseSystemGuidance(Facts{})));
        return kExitUsage;
    }
    printErr(QStringLiteral("%1\n").arg(RemoteFixer::baseSystemGuidance(session->facts)));
    return kExitUsage;
}

// Connects, plans, shows the review, asks where it must, applies, reports.
// A fix always asks (or needs --yes); an undo - like a local undo, restoring
// what ZFS Doctor changed - asks only to acknowledge a warning (TrueNAS,
// restoring "always").
int planReviewApply(const GlobalOptions& options, const QString& what, bool yes, bool json,
                    const std::function<std::optional<RemoteFixPlan>(RemoteFixer&, const Facts&,
                                                                     QString*)>& makePlan,
                    const std::function<QString(const RemoteFixPlan&)>& headline) {
    QString error;
    std::optional<RemoteSession> session = openSession(options, &error);
    if (!session) {
        printError(error);
        return kExitError;
    }
    ChangeJournal journal = remoteJournal();
    RemoteFixer fixer(session->source->connection(), journal);
    const std::optional<RemoteFixPlan> plan = makePlan(fixer, session->facts, &error);
    if (!plan) {
        printError(Text::tr("%1 on %2: %3. Nothing was changed.")
                       .arg(what, canonicalHost(options), error));
        return kExitError;
    }
    printReview(*plan, headline(*plan), json);
    const bool isUndo = !plan->undoOf.isEmpty();
    if (!isUndo || !plan->warnings.isEmpty()) {
        if (const Consent answer = consent(*plan, yes); answer != Consent::Given) {
            return answer == Consent::Declined ? kExitHealthy : kExitUsage;
        }
    }
    const std::optional<ChangeRecord> entry = fixer.apply(*plan, true, &error);
    if (!entry) {
        printError(Text::tr("%1 on %2: %3").arg(what, plan->host, error));
        return kExitError;
    }
    return report(*entry, json);
}

}  // namespace

int remoteFixCommand(const RemoteFixRequest& request, const GlobalOptions& options) {
    if (!helper::fixVerbs().contains(request.remedy)) {
        printError(Text::tr("unknown remedy '%1' (one of: %2)")
                       .arg(request.remedy, helper::fixVerbs().join(QStringLiteral(", "))));
        return kExitUsage;
    }
    const QString value = directValueFor(request.remedy);
    if (value.isEmpty()) {
        return refuseBaseSystemRemedy(request.remedy, options);
    }
    if (request.dataset.isEmpty()) {
        printError(Text::tr("fix %1 needs a dataset: --target POOL/DATASET").arg(request.remedy));
        return kExitUsage;
    }

    return planReviewApply(
        options, Text::tr("fix %1").arg(request.remedy), request.yes, request.json,
        [&](RemoteFixer& fixer, const Facts& facts, QString* error) {
            return fixer.planSetDirect(facts, request.dataset, value, error);
        },
        [&](const RemoteFixPlan& plan) {
            return Text::tr("This will change dataset %1 on %2 (%3):")
                .arg(plan.dataset, plan.host, request.remedy);
        });
}

int remoteUndoCommand(const QString& journalId, bool yes, bool json, const GlobalOptions& options) {
    return planReviewApply(
        options, Text::tr("undo %1").arg(journalId), yes, json,
        [&](RemoteFixer& fixer, const Facts& facts, QString* error) {
            return fixer.planUndo(facts, journalId, error);
        },
        [&](const RemoteFixPlan& plan) {
            return Text::tr("This will undo change %1 on dataset %2 of %3:")
                .arg(journalId, plan.dataset, plan.host);
        });
}

int remoteHistoryCommand(bool json, const GlobalOptions& options) {
    const QString host = canonicalHost(options);
    const ChangeJournal journal = remoteJournal();
    QStringList problems;
    QList<ChangeRecord> forHost;
    for (const ChangeRecord& entry : journal.all(&problems)) {
        if (entry.host == host) {
            forHost << entry;
        }
    }
    for (const QString& problem : problems) {
        printError(Text::tr("skipped in %1: %2").arg(journal.directory(), problem));
    }
    if (json) {
        QJsonArray changes;
        for (const ChangeRecord& entry : forHost) {
            changes.append(entry.toJson());
        }
        printJson({{QStringLiteral("host"), host},
                   {QStringLiteral("journal"), journal.directory()},
                   {QStringLiteral("changes"), changes},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
        return kExitHealthy;
    }
    if (forHost.isEmpty()) {
        printOut(Text::tr("ZFS Doctor has made no changes on %1 (journal: %2).\n")
                     .arg(host, journal.directory()));
        return kExitHealthy;
    }
    QString text;
    for (const ChangeRecord& entry : forHost) {
        const helper::RemedyVerb* row = helper::findRemedy(entry.verb);
        text += Text::tr("%1  %2  %3 %4 direct=%5 (was %6, %7)\n")
                    .arg(entry.id, entry.time.left(19), entry.status.leftJustified(11),
                         entry.target, row ? QLatin1String(row->parameter) : QString(),
                         entry.before.value(QStringLiteral("direct")).toString(),
                         entry.before.value(QStringLiteral("source")).toString());
    }
    printOut(text);
    return kExitHealthy;
}

int remoteProbeRefusal(const GlobalOptions& options) {
    printError(Text::tr("probe is not run over --host: a probe performs real I/O on a "
                        "dataset through the privileged helper (zfs-doctor-helper) of the "
                        "machine it runs on. Run `zfs-doctor probe ...` on %1 itself. "
                        "Nothing was run.")
                   .arg(canonicalHost(options)));
    return kExitUsage;
}

}  // namespace zd::cli
