// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_fix.h"

#include <QCoreApplication>

#include <QDir>
#include <QRegularExpression>

#include <unistd.h>

#include "collect/command_failure.h"
#include "helper/contract.h"
#include "remedy/validators.h"
#include "remote/remote_command.h"
#include "remote/shell_quote.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::RemoteFix)
};

}  // namespace

namespace {

constexpr auto kZfsTimeout = std::chrono::seconds(60);

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// The dataset remedy verb that sets `value` (kRemedies, helper/contract.h).
QString verbSetting(const QString& value) {
    for (const helper::RemedyVerb& remedy : helper::kRemedies) {
        if (remedy.remedyClass == helper::RemedyClass::DatasetDirect &&
            value == QLatin1String(remedy.parameter)) {
            return QLatin1String(remedy.verb);
        }
    }
    return {};
}

QString afterTextFor(const QStringList& zfsArguments, const DirectState& before) {
    if (zfsArguments.value(0) == QLatin1String("set")) {
        return zfsArguments.value(1);
    }
    if (zfsArguments.contains(QStringLiteral("-S"))) {
        return QStringLiteral("direct=%1 (the received value)").arg(before.value);
    }
    return QStringLiteral("direct inherited from the parent or the default");
}

}  // namespace

QString displayCommandLine(const QStringList& argv) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@,+-]+$"));
    QStringList words;
    for (const QString& word : argv) {
        words << (safe.match(word).hasMatch() ? word : shellQuote(word).value_or(QString()));
    }
    return words.join(QLatin1Char(' '));
}

RemoteFixer::RemoteFixer(SshConnection& connection, ChangeJournal& journal,
                         RemotePrivilege privilege)
    : m_connection(connection), m_journal(journal), m_privilege(privilege) {}

QString RemoteFixer::defaultJournalDirectory() {
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base)) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/zfs-doctor/remote-journal");
}

bool RemoteFixer::isTrueNas(const Facts& facts) {
    return facts.distro.family == DistroFamily::TrueNasScale;
}

QString RemoteFixer::baseSystemGuidance(const Facts& facts) {
    if (isTrueNas(facts)) {
        return Text::tr(
            "This is TrueNAS SCALE, an appliance: changes to its base system (pinning or "
            "holding kernels, systemd drop-ins, modprobe options, installing packages) are "
            "unsupported by iXsystems, are blocked or undone by updates, and ZFS Doctor never "
            "makes them. The supported way to get a fixed OpenZFS or kernel is to update "
            "TrueNAS itself: System > Update in the web interface (or its API, e.g. "
            "`midclt call update.check_available`), keeping the previous boot environment to "
            "roll back to.");
    }
    return Text::tr(
        "Changes to the base system (kernel pins, systemd drop-ins, modprobe options) are not "
        "made over --host. Run ZFS Doctor on that machine itself, where the privileged helper "
        "applies them with polkit authorization, a journal and undo.");
}

std::optional<QStringList> RemoteFixer::privilegePrefix(QString* error) {
    if (m_prefix) {
        return m_prefix;
    }
    switch (m_privilege) {
        case RemotePrivilege::Root:
            m_prefix = QStringList();
            return m_prefix;
        case RemotePrivilege::Sudo:
            m_prefix = QStringList{QStringLiteral("sudo"), QStringLiteral("-n")};
            return m_prefix;
        case RemotePrivilege::Auto:
            break;
    }
    QString transport;
    const Evidence id = runRemoteCommand(m_connection, {QStringLiteral("id"), QStringLiteral("-u")},
                                         std::chrono::seconds(20), &transport);
    if (!id.ok()) {
        if (error) {
            *error = Text::tr("could not tell which user we are on %1 (%2)")
                         .arg(m_connection.host().toString(), whyFailed(id));
        }
        return std::nullopt;
    }
    if (id.output.trimmed() == QLatin1String("0")) {
        m_prefix = QStringList();
    } else {
        m_prefix = QStringList{QStringLiteral("sudo"), QStringLiteral("-n")};
    }
    return m_prefix;
}

std::optional<DirectState> RemoteFixer::readDirect(const QString& dataset, QString* error) {
    // Reading needs no privilege: ask as the login user.
    QString transport;
    const Evidence get = runRemoteCommand(
        m_connection,
        {QStringLiteral("zfs"), QStringLiteral("get"), QStringLiteral("-Hp"), QStringLiteral("-o"),
         QStringLiteral("value,source"), QStringLiteral("direct"), dataset},
        std::chrono::seconds(30), &transport);
    const QString host = m_connection.host().toString();
    if (get.failure == Evidence::Failure::NotFound) {
        if (error) {
            *error = Text::tr("zfs is not installed on %1").arg(host);
        }
        return std::nullopt;
    }
    if (!get.ok()) {
        if (error) {
            if (get.errorOutput.contains(QLatin1String("invalid property"))) {
                *error = Text::tr(
                             "the ZFS on %1 has no 'direct' property (added in OpenZFS "
                             "2.3.0): there is nothing to change")
                             .arg(host);
            } else {
                *error = Text::tr("could not read direct on %1 at %2 (%3)")
                             .arg(dataset, host, whyFailed(get));
            }
        }
        return std::nullopt;
    }
    QString parseError;
    std::optional<DirectState> state = parseDirectState(get.output, &parseError);
    if (!state && error) {
        *error = Text::tr("%1 for %2 on %3 (is it a filesystem?)").arg(parseError, dataset, host);
    }
    return state;
}

std::optional<RemoteFixPlan> RemoteFixer::finishPlan(const Facts& facts, RemoteFixPlan plan,
                                                     const DirectChange& change, QString* error) {
    if (!change.refusal.isEmpty()) {
        if (error) {
            *error = change.refusal;
        }
        return std::nullopt;
    }
    const std::optional<QStringList> prefix = privilegePrefix(error);
    if (!prefix) {
        return std::nullopt;
    }
    plan.remoteArgv = *prefix + QStringList{QStringLiteral("zfs")} + change.zfsArguments;
    plan.remoteCommand = displayCommandLine(plan.remoteArgv);
    plan.afterText = afterTextFor(change.zfsArguments, plan.current);
    // The remote journal keeps English, like the helper's (remedy/remedy_text.h).
    for (const RemedyText& warning : change.warnings) {
        plan.warnings << warning.english();
    }
    if (isTrueNas(facts)) {
        plan.needsAcknowledgement = true;
        plan.warnings << QStringLiteral(
            "This is TrueNAS SCALE: the change is made with `zfs` directly and bypasses the "
            "TrueNAS middleware. It persists in the pool, but the TrueNAS web interface and API "
            "do not know about it and may show or later set a different value. The supported "
            "way is the dataset's settings in the TrueNAS web interface, where available.");
    }
    return plan;
}

std::optional<RemoteFixPlan> RemoteFixer::planSetDirect(const Facts& facts, const QString& dataset,
                                                        const QString& value, QString* error) {
    // The value first: "always" is refused whatever the dataset.
    const DirectChange valueCheck =
        planDirectSet(dataset, {QStringLiteral("standard"), QStringLiteral("default")}, value);
    if (!valueCheck.refusal.isEmpty()) {
        if (error) {
            *error = valueCheck.refusal;
        }
        return std::nullopt;
    }
    if (!validateDatasetName(dataset, error)) {
        return std::nullopt;
    }
    RemoteFixPlan plan;
    plan.host = m_connection.host().toString();
    plan.dataset = dataset;
    plan.verb = verbSetting(value);
    plan.value = value;
    const std::optional<DirectState> current = readDirect(dataset, error);
    if (!current) {
        return std::nullopt;
    }
    plan.current = *current;
    if (directSetIsNoop(*current, value)) {
        if (error) {
            *error =
                Text::tr("direct is already %1 on %2 (%3)").arg(value, dataset, current->source);
        }
        return std::nullopt;
    }
    return finishPlan(facts, plan, planDirectSet(dataset, *current, value), error);
}

std::optional<RemoteFixPlan> RemoteFixer::planUndo(const Facts& facts, const QString& journalId,
                                                   QString* error) {
    const std::optional<ChangeRecord> record = m_journal.load(journalId, error);
    if (!record) {
        return std::nullopt;
    }
    const QString host = m_connection.host().toString();
    if (record->host != host) {
        if (error) {
            *error =
                Text::tr("change %1 was made on %2, not on %3").arg(journalId, record->host, host);
        }
        return std::nullopt;
    }
    if (record->isUndone()) {
        if (error) {
            *error = Text::tr("change %1 was already undone").arg(journalId);
        }
        return std::nullopt;
    }
    RemoteFixPlan plan;
    plan.host = host;
    plan.dataset = record->target;
    plan.verb = record->verb;
    plan.undoOf = journalId;
    const std::optional<DirectState> current = readDirect(record->target, error);
    if (!current) {
        return std::nullopt;
    }
    plan.current = *current;
    const DirectState before = directStateFromJson(record->before);
    const DirectState after = directStateFromJson(record->after);
    if (*current == before) {
        if (error) {
            *error = Text::tr("direct on %1 already is %2 (%3): nothing to undo")
                         .arg(record->target, current->value, current->source);
        }
        return std::nullopt;
    }
    if (!after.value.isEmpty() && *current != after) {
        if (error) {
            *error = Text::tr(
                         "direct on %1 was changed again since (now %2, %3; ZFS Doctor "
                         "left it %4, %5): undoing would overwrite that change")
                         .arg(record->target, current->value, current->source, after.value,
                              after.source);
        }
        return std::nullopt;
    }
    return finishPlan(facts, plan, planDirectUndo(record->target, before), error);
}

std::optional<ChangeRecord> RemoteFixer::apply(const RemoteFixPlan& plan, bool acknowledgeWarnings,
                                               QString* error) {
    if (plan.needsAcknowledgement && !acknowledgeWarnings) {
        if (error) {
            *error = Text::tr("this change needs the warnings acknowledged first: %1")
                         .arg(plan.warnings.join(QLatin1Char(' ')));
        }
        return std::nullopt;
    }
    if (plan.host != m_connection.host().toString() || plan.remoteArgv.isEmpty()) {
        if (error) {
            *error = Text::tr("this plan was made for %1, not %2")
                         .arg(plan.host, m_connection.host().toString());
        }
        return std::nullopt;
    }

    const bool isUndo = !plan.undoOf.isEmpty();
    ChangeRecord record;
    const ChangeStep step{plan.remoteArgv.mid(plan.remoteArgv.indexOf(QStringLiteral("zfs")), 2)
                              .join(QLatin1Char(' ')),
                          plan.remoteCommand,
                          QStringLiteral("running"),
                          {},
                          ChangeJournal::now()};
    if (isUndo) {
        const std::optional<ChangeRecord> original = m_journal.load(plan.undoOf, error);
        if (!original) {
            return std::nullopt;
        }
        record = *original;
        record.status = QStringLiteral("undoing");
        record.undoSteps = {step};
        for (const QString& warning : plan.warnings) {
            if (!record.warnings.contains(warning)) {
                record.warnings << warning;
            }
        }
    } else {
        record.id = ChangeJournal::newId();
        record.time = ChangeJournal::now();
        record.callerUid = ::getuid();
        record.host = plan.host;
        record.verb = plan.verb;
        record.target = plan.dataset;
        record.status = QStringLiteral("applying");
        record.warnings = plan.warnings;
        record.before = directStateJson(plan.dataset, plan.current);
        record.steps = {step};
    }
    // Journal first: if we die after the remote change, undo still knows the
    // state to restore.
    if (!m_journal.save(record, error)) {
        return std::nullopt;
    }

    QString transport;
    const Evidence result =
        runRemoteCommand(m_connection, plan.remoteArgv, kZfsTimeout, &transport);
    const QString host = m_connection.host().toString();
    QString outcome;
    bool succeeded = result.ok();
    if (!succeeded) {
        outcome = whyFailed(result);
        if (result.errorOutput.contains(QLatin1String("password is required")) ||
            result.errorOutput.contains(QLatin1String("a terminal is required"))) {
            outcome = QStringLiteral(
                          "sudo on %1 wants a password, and ZFS Doctor never types "
                          "one. Log in as root, or allow this user to run the zfs commands of "
                          "docs/remote.md through sudo without a password.")
                          .arg(host);
        } else if (result.failure == Evidence::Failure::NotFound &&
                   plan.remoteArgv.first() == QLatin1String("sudo")) {
            outcome =
                QStringLiteral("sudo is not installed on %1; log in as root instead").arg(host);
        } else if (result.errorOutput.contains(QLatin1String("is not allowed to execute"))) {
            outcome = QStringLiteral("sudo on %1 does not allow this command for this user (%2)")
                          .arg(host, firstLine(result.errorOutput));
        }
    }
    ChangeStep& ran = isUndo ? record.undoSteps.first() : record.steps.first();
    ran.status = succeeded ? QStringLiteral("done") : QStringLiteral("failed");
    ran.detail = succeeded ? firstLine(result.output) : outcome;
    ran.time = ChangeJournal::now();
    // Read back whatever happened: the journal records the real state.
    QString readError;
    const std::optional<DirectState> now = readDirect(plan.dataset, &readError);
    if (now && !isUndo) {
        record.after = directStateJson(plan.dataset, *now);
    }
    if (succeeded) {
        const bool verified =
            now && (isUndo ? directUndoVerified(directStateFromJson(record.before), *now)
                           : directSetVerified(*now, plan.value));
        if (!verified) {
            succeeded = false;
            outcome = now ? QStringLiteral("the command ran but direct on %1 reads %2 (%3)")
                                .arg(plan.dataset, now->value, now->source)
                          : QStringLiteral(
                                "the command ran but direct could not be read back "
                                "(%1)")
                                .arg(readError);
        }
    }
    if (isUndo) {
        record.status = succeeded ? QStringLiteral("undone") : QStringLiteral("undo-failed");
        record.message = succeeded ? QStringLiteral("direct on %1 restored to %2 (%3)")
                                         .arg(plan.dataset, now->value, now->source)
                                   : outcome;
    } else {
        record.status = succeeded ? QStringLiteral("verified") : QStringLiteral("failed");
        record.message = succeeded ? QStringLiteral("direct on %1 is now %2 (%3)")
                                         .arg(plan.dataset, now->value, now->source)
                                   : outcome;
    }
    QString saveError;
    if (!m_journal.save(record, &saveError)) {
        if (error) {
            *error = QStringLiteral("%1; and the journal could not be updated: %2")
                         .arg(record.message, saveError);
        }
    }
    return record;
}

}  // namespace zd
