// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "fake_helper.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "helper/contract.h"

namespace zd::gui::test {
namespace {
QString text(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
}  // namespace

FakeHelper::~FakeHelper() {
    if (!m_connectionName.isEmpty()) {
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
}

bool FakeHelper::registerOn(const QString& address, QString* error) {
    m_connectionName = QStringLiteral("zd-fake-helper");
    QDBusConnection connection = QDBusConnection::connectToBus(address, m_connectionName);
    if (!connection.isConnected()) {
        *error = connection.lastError().message();
        return false;
    }
    if (!connection.registerObject(QLatin1String(helper::kObjectPath), this,
                                   QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register the helper object");
        return false;
    }
    if (!connection.registerService(QLatin1String(helper::kServiceName))) {
        *error = connection.lastError().message();
        return false;
    }
    return true;
}

bool FakeHelper::record(const QString& method, const QStringList& arguments) {
    calls << QStringLiteral("%1(%2)").arg(method, arguments.join(QLatin1Char(',')));
    if (!unanswered.contains(method)) {
        return false;
    }
    setDelayedReply(true);  // and never send it
    return true;
}

QString FakeHelper::Probe(const QString& probe, const QString& dataset) {
    if (record(QStringLiteral("Probe"), {probe, dataset})) {
        return {};
    }
    if (!probeErrorName.isEmpty()) {
        sendErrorReply(probeErrorName, probeErrorMessage);
        return {};
    }
    QJsonObject result = probeResult;
    result.insert(QStringLiteral("probe"), probe);
    result.insert(QStringLiteral("dataset"), dataset);
    return text(result);
}

QString FakeHelper::PreviewFix(const QString& fix, const QString& target, const QString& option) {
    if (record(QStringLiteral("PreviewFix"), {fix, target, option})) {
        return {};
    }
    QJsonObject answer = preview ? preview(fix, target) : QJsonObject();
    answer.insert(QStringLiteral("fix"), fix);
    answer.insert(QStringLiteral("target"), target);
    return text(answer);
}

QString FakeHelper::ApplyFix(const QString& fix, const QString& target, const QString& option) {
    if (record(QStringLiteral("ApplyFix"), {fix, target, option})) {
        return {};
    }
    if (denyApply) {
        sendErrorReply(QLatin1String(helper::kErrorNotAuthorized),
                       QStringLiteral("Authorization for this change was denied."));
        return {};
    }
    const QJsonObject plan = preview ? preview(fix, target) : QJsonObject();
    QJsonArray steps;
    for (const QJsonValue& command : plan.value(QStringLiteral("commands")).toArray()) {
        steps.append(QJsonObject{{QStringLiteral("name"), fix},
                                 {QStringLiteral("command"), command},
                                 {QStringLiteral("status"), QStringLiteral("done")}});
    }
    const QJsonObject record{
        {QStringLiteral("id"), QStringLiteral("20260101T000000Z-%1").arg(journal.size() + 1)},
        {QStringLiteral("time"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("verb"), fix},
        {QStringLiteral("target"), target},
        {QStringLiteral("status"), QStringLiteral("verified")},
        {QStringLiteral("message"), QStringLiteral("The change was applied and read back.")},
        {QStringLiteral("before"), plan.value(QStringLiteral("current"))},
        {QStringLiteral("after"), plan.value(QStringLiteral("new"))},
        {QStringLiteral("steps"), steps}};
    journal.append(record);
    if (onApplied) {
        onApplied(fix, target);
    }
    return text(record);
}

QString FakeHelper::Undo(const QString& changeId) {
    if (record(QStringLiteral("Undo"), {changeId})) {
        return {};
    }
    for (QJsonObject& record : journal) {
        if (record.value(QStringLiteral("id")).toString() == changeId) {
            record.insert(QStringLiteral("status"), QStringLiteral("undone"));
            record.insert(QStringLiteral("message"),
                          QStringLiteral("The previous state was restored."));
            if (onUndone) {
                onUndone(record.value(QStringLiteral("verb")).toString(),
                         record.value(QStringLiteral("target")).toString());
            }
            return text(record);
        }
    }
    sendErrorReply(QLatin1String(helper::kErrorUnknownChange),
                   QStringLiteral("There is no change %1.").arg(changeId));
    return {};
}

QString FakeHelper::UndoAll() {
    if (record(QStringLiteral("UndoAll"), {})) {
        return {};
    }
    for (auto it = journal.rbegin(); it != journal.rend(); ++it) {
        if (it->value(QStringLiteral("status")).toString() != QLatin1String("undone")) {
            it->insert(QStringLiteral("status"), QStringLiteral("undone"));
            if (onUndone) {
                onUndone(it->value(QStringLiteral("verb")).toString(),
                         it->value(QStringLiteral("target")).toString());
            }
        }
    }
    return historyJson();
}

QString FakeHelper::History() {
    if (record(QStringLiteral("History"), {})) {
        return {};
    }
    return historyJson();
}

QString FakeHelper::Version() {
    if (record(QStringLiteral("Version"), {})) {
        return {};
    }
    return text({{QStringLiteral("version"), QStringLiteral("fake")},
                 {QStringLiteral("interface"), QLatin1String(helper::kInterfaceName)}});
}

QString FakeHelper::historyJson() const {
    QJsonArray changes;
    for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
        changes.append(*it);
    }
    return text({{QStringLiteral("changes"), changes}});
}

}  // namespace zd::gui::test
