// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_fix.h"

#include <QRegularExpression>

#include "remote/remote_command.h"
#include "remote/shell_quote.h"
#include "remote/zfs_dataset_name.h"

namespace zd {

namespace {

constexpr auto kZfsTimeout = std::chrono::seconds(60);

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString describeFailure(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None) {
        return evidence.message;
    }
    const QString stderrLine = firstLine(evidence.errorOutput);
    return stderrLine.isEmpty()
               ? QStringLiteral("exit status %1").arg(evidence.exitCode)
               : QStringLiteral("exit status %1: %2").arg(evidence.exitCode).arg(stderrLine);
}

QStringList setArgv(const QString& value, const QString& dataset) {
    return {QStringLiteral("zfs"), QStringLiteral("set"), QStringLiteral("direct=") + value,
            dataset};
}

QStringList inheritArgv(const QString& dataset) {
    return {QStringLiteral("zfs"), QStringLiteral("inherit"), QStringLiteral("direct"), dataset};
}

bool isInheritedOrDefault(const QString& source) {
    return source == QLatin1String("default") || source.startsWith(QLatin1String("inherited"));
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

RemoteFixer::RemoteFixer(SshConnection& connection, RemoteJournal& journal,
                         RemotePrivilege privilege)
    : m_connection(connection), m_journal(journal), m_privilege(privilege) {}

bool RemoteFixer::isTrueNas(const Facts& facts) {
    return facts.distro.family == DistroFamily::TrueNasScale;
}

QString RemoteFixer::baseSystemGuidance(const Facts& facts) {
    if (isTrueNas(facts)) {
        return QStringLiteral(
            "This is TrueNAS SCALE, an appliance: changes to its base system (pinning or "
            "holding kernels, systemd drop-ins, modprobe options, installing packages) are "
            "unsupported by iXsystems, are blocked or undone by updates, and ZFS Doctor never "
            "makes them. The supported way to get a fixed OpenZFS or kernel is to update "
            "TrueNAS itself: System > Update in the web interface (or its API, e.g. "
            "`midclt call update.check_available`), keeping the previous boot environment to "
            "roll back to.");
    }
    return QStringLiteral(
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
            *error = QStringLiteral("could not tell which user we are on %1 (%2)")
                         .arg(m_connection.host().toString(), describeFailure(id));
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

std::optional<RemotePropertyState> RemoteFixer::readDirect(const QString& dataset, QString* error) {
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
            *error = QStringLiteral("zfs is not installed on %1").arg(host);
        }
        return std::nullopt;
    }
    if (!get.ok()) {
        if (error) {
            if (get.errorOutput.contains(QLatin1String("invalid property"))) {
                *error = QStringLiteral(
                             "the ZFS on %1 has no 'direct' property (added in OpenZFS "
                             "2.3.0): there is nothing to change")
                             .arg(host);
            } else {
                *error = QStringLiteral("could not read direct on %1 at %2 (%3)")
                             .arg(dataset, host, describeFailure(get));
            }
        }
        return std::nullopt;
    }
    const QStringList lines = get.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList fields =
        lines.size() == 1 ? lines.first().split(QLatin1Char('\t')) : QStringList();
    static const QStringList known{QStringLiteral("standard"), QStringLiteral("always"),
                                   QStringLiteral("disabled")};
    if (fields.size() != 2 || !known.contains(fields.at(0)) || fields.at(1).isEmpty()) {
        if (error) {
            *error = QStringLiteral(
                         "unexpected answer from `zfs get direct %1` on %2: '%3' (is it "
                         "a filesystem?)")
                         .arg(dataset, host, get.output.trimmed().left(200));
        }
        return std::nullopt;
    }
    return RemotePropertyState{fields.at(0), fields.at(1)};
}

std::optional<RemoteFixPlan> RemoteFixer::finishPlan(const Facts& facts, RemoteFixPlan plan,
                                                     QString* error) {
    const std::optional<QStringList> prefix = privilegePrefix(error);
    if (!prefix) {
        return std::nullopt;
    }
    const QStringList zfsArgv = plan.action == RemoteFixPlan::Action::Set
                                    ? setArgv(plan.value, plan.dataset)
                                    : inheritArgv(plan.dataset);
    plan.remoteArgv = *prefix + zfsArgv;
    plan.remoteCommand = displayCommandLine(plan.remoteArgv);
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
    if (value != QLatin1String("standard") && value != QLatin1String("disabled")) {
        if (error) {
            *error = value == QLatin1String("always")
                         ? QStringLiteral(
                               "direct=always is never applied as a fix: on OpenZFS "
                               "2.3.0 a loop device on such a dataset crashes the "
                               "kernel")
                         : QStringLiteral(
                               "'%1' is not a value ZFS Doctor sets for direct "
                               "(standard or disabled)")
                               .arg(value);
        }
        return std::nullopt;
    }
    QString nameError;
    if (!isValidFilesystemName(dataset, &nameError)) {
        if (error) {
            *error = nameError;
        }
        return std::nullopt;
    }
    RemoteFixPlan plan;
    plan.host = m_connection.host().toString();
    plan.dataset = dataset;
    plan.action = RemoteFixPlan::Action::Set;
    plan.value = value;
    const std::optional<RemotePropertyState> current = readDirect(dataset, error);
    if (!current) {
        return std::nullopt;
    }
    plan.current = *current;
    if (current->value == value && current->source == QLatin1String("local")) {
        if (error) {
            *error = QStringLiteral("direct is already set to %1 on %2").arg(value, dataset);
        }
        return std::nullopt;
    }
    return finishPlan(facts, plan, error);
}

std::optional<RemoteFixPlan> RemoteFixer::planUndo(const Facts& facts, const QString& journalId,
                                                   QString* error) {
    const std::optional<RemoteJournalEntry> entry = m_journal.find(journalId, error);
    if (!entry) {
        return std::nullopt;
    }
    const QString host = m_connection.host().toString();
    if (entry->host != host) {
        if (error) {
            *error = QStringLiteral("change %1 was made on %2, not on %3")
                         .arg(journalId, entry->host, host);
        }
        return std::nullopt;
    }
    if (entry->status == QLatin1String("undone")) {
        if (error) {
            *error = QStringLiteral("change %1 was already undone").arg(journalId);
        }
        return std::nullopt;
    }
    QString nameError;
    if (!isValidFilesystemName(entry->dataset, &nameError)) {
        if (error) {
            *error = QStringLiteral("journal entry %1 is damaged: %2").arg(journalId, nameError);
        }
        return std::nullopt;
    }
    RemoteFixPlan plan;
    plan.host = host;
    plan.dataset = entry->dataset;
    plan.undoOf = journalId;
    const std::optional<RemotePropertyState> current = readDirect(entry->dataset, error);
    if (!current) {
        return std::nullopt;
    }
    plan.current = *current;
    if (*current == entry->before) {
        if (error) {
            *error = QStringLiteral("direct on %1 already is %2 (%3): nothing to undo")
                         .arg(entry->dataset, current->value, current->source);
        }
        return std::nullopt;
    }
    if (!entry->after.value.isEmpty() && *current != entry->after) {
        if (error) {
            *error = QStringLiteral(
                         "direct on %1 was changed again since (now %2, %3; ZFS Doctor "
                         "left it %4, %5): undoing would overwrite that change")
                         .arg(entry->dataset, current->value, current->source, entry->after.value,
                              entry->after.source);
        }
        return std::nullopt;
    }
    if (isInheritedOrDefault(entry->before.source)) {
        plan.action = RemoteFixPlan::Action::Inherit;
    } else if (entry->before.source == QLatin1String("local")) {
        plan.action = RemoteFixPlan::Action::Set;
        plan.value = entry->before.value;
        if (plan.value == QLatin1String("always")) {
            plan.warnings << QStringLiteral(
                "This restores direct=always. On OpenZFS 2.3.0 a loop device backed by a file on "
                "this dataset crashes the kernel (issue 5); check the version first.");
        }
    } else {
        if (error) {
            *error = QStringLiteral(
                         "the previous value came from '%1', which cannot be restored "
                         "with zfs set or zfs inherit")
                         .arg(entry->before.source);
        }
        return std::nullopt;
    }
    return finishPlan(facts, plan, error);
}

std::optional<RemoteJournalEntry> RemoteFixer::apply(const RemoteFixPlan& plan,
                                                     bool acknowledgeWarnings, QString* error) {
    if (plan.needsAcknowledgement && !acknowledgeWarnings) {
        if (error) {
            *error = QStringLiteral("this change needs the warnings acknowledged first: %1")
                         .arg(plan.warnings.join(QLatin1Char(' ')));
        }
        return std::nullopt;
    }
    if (plan.host != m_connection.host().toString() || plan.remoteArgv.isEmpty()) {
        if (error) {
            *error = QStringLiteral("this plan was made for %1, not %2")
                         .arg(plan.host, m_connection.host().toString());
        }
        return std::nullopt;
    }

    RemoteJournalEntry entry;
    const bool isUndo = !plan.undoOf.isEmpty();
    if (isUndo) {
        const std::optional<RemoteJournalEntry> original = m_journal.find(plan.undoOf, error);
        if (!original) {
            return std::nullopt;
        }
        entry = *original;
        entry.undoTime = RemoteJournal::now();
        entry.undoCommand = plan.remoteCommand;
        entry.status = QStringLiteral("undoing");
    } else {
        entry.id = RemoteJournal::newId();
        entry.time = RemoteJournal::now();
        entry.host = plan.host;
        entry.dataset = plan.dataset;
        entry.property = QStringLiteral("direct");
        entry.requestedValue = plan.value;
        entry.before = plan.current;
        entry.command = plan.remoteCommand;
        entry.status = QStringLiteral("applying");
    }
    // Journal first: if we die after the remote change, undo still knows the
    // state to restore.
    if (!m_journal.save(entry, error)) {
        return std::nullopt;
    }

    QString transport;
    const Evidence result =
        runRemoteCommand(m_connection, plan.remoteArgv, kZfsTimeout, &transport);
    const QString host = m_connection.host().toString();
    QString outcome;
    bool succeeded = result.ok();
    if (!succeeded) {
        outcome = describeFailure(result);
        if (result.errorOutput.contains(QLatin1String("password is required")) ||
            result.errorOutput.contains(QLatin1String("a terminal is required"))) {
            outcome = QStringLiteral(
                          "sudo on %1 wants a password, and ZFS Doctor never types "
                          "one. Log in as root, or allow this user to run zfs "
                          "through sudo without a password.")
                          .arg(host);
        } else if (result.failure == Evidence::Failure::NotFound &&
                   plan.remoteArgv.first() == QLatin1String("sudo")) {
            outcome =
                QStringLiteral("sudo is not installed on %1; log in as root instead").arg(host);
        }
    }
    // Read back whatever happened: the journal records the real state.
    QString readError;
    const std::optional<RemotePropertyState> now = readDirect(plan.dataset, &readError);
    if (now && !isUndo) {
        entry.after = *now;
    }
    if (succeeded) {
        const bool verified =
            now && (plan.action == RemoteFixPlan::Action::Set
                        ? now->value == plan.value && now->source == QLatin1String("local")
                        : isInheritedOrDefault(now->source));
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
        entry.status = succeeded ? QStringLiteral("undone") : QStringLiteral("undo-failed");
        entry.message = succeeded ? QStringLiteral("direct on %1 restored to %2 (%3)")
                                        .arg(plan.dataset, now->value, now->source)
                                  : outcome;
    } else {
        entry.status = succeeded ? QStringLiteral("verified") : QStringLiteral("failed");
        entry.message = succeeded ? QStringLiteral("direct on %1 is now %2 (%3)")
                                        .arg(plan.dataset, now->value, now->source)
                                  : outcome;
    }
    QString saveError;
    if (!m_journal.save(entry, &saveError)) {
        if (error) {
            *error = QStringLiteral("%1; and the journal could not be updated: %2")
                         .arg(entry.message, saveError);
        }
    }
    return entry;
}

}  // namespace zd
