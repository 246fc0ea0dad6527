// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/change_record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include "remedy/recorded_state.h"
#include "remedy/validators.h"
#include "remote/host_spec.h"

namespace zd {

namespace {

constexpr qsizetype kMaxText = 64 * 1024;

// Every status a change record and its steps may have, with the words people
// read for it (the window and the CLI; translations/*.ts, context
// zd::ChangeStatus). The journal and JSON keep the key.
struct StatusName {
    const char* key;
    const char* text;
};
constexpr StatusName kStatuses[] = {
    {"planned", QT_TRANSLATE_NOOP("zd::ChangeStatus", "planned")},
    {"applying", QT_TRANSLATE_NOOP("zd::ChangeStatus", "applying")},
    {"applied", QT_TRANSLATE_NOOP("zd::ChangeStatus", "applied")},
    // The helper read the new state back; a rescan decides whether the problem is gone.
    {"verified", QT_TRANSLATE_NOOP("zd::ChangeStatus", "applied and read back")},
    {"failed", QT_TRANSLATE_NOOP("zd::ChangeStatus", "failed")},
    {"undoing", QT_TRANSLATE_NOOP("zd::ChangeStatus", "undoing")},
    {"undone", QT_TRANSLATE_NOOP("zd::ChangeStatus", "undone")},
    {"undo-failed", QT_TRANSLATE_NOOP("zd::ChangeStatus", "undo failed")},
};
constexpr StatusName kStepStatuses[] = {
    {"pending", QT_TRANSLATE_NOOP("zd::ChangeStatus", "pending")},
    {"running", QT_TRANSLATE_NOOP("zd::ChangeStatus", "running")},
    {"done", QT_TRANSLATE_NOOP("zd::ChangeStatus", "done")},
    {"failed", QT_TRANSLATE_NOOP("zd::ChangeStatus", "failed")},
};

template <std::size_t N>
const StatusName* findStatus(const StatusName (&names)[N], const QString& status) {
    for (const StatusName& name : names) {
        if (status == QLatin1String(name.key)) {
            return &name;
        }
    }
    return nullptr;
}

template <std::size_t N>
QString statusText(const StatusName (&names)[N], const QString& status) {
    const StatusName* name = findStatus(names, status);
    return name ? QCoreApplication::translate("zd::ChangeStatus", name->text) : status;
}

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

// A string field of at most kMaxText characters; absent reads as empty.
bool readText(const QJsonObject& object, const char* key, QString* out, QString* error) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isString() || value.toString().size() > kMaxText) {
        return fail(
            error,
            QStringLiteral("'%1' is not a string of at most 64 KiB").arg(QLatin1String(key)));
    }
    *out = value.toString();
    return true;
}

bool isIsoTime(const QString& text) {
    return text.isEmpty() || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QJsonArray stepsToJson(const QList<ChangeStep>& steps) {
    QJsonArray array;
    for (const ChangeStep& step : steps) {
        array.append(step.toJson());
    }
    return array;
}

bool stepsFromJson(const QJsonObject& object, const char* key, QList<ChangeStep>* steps,
                   QString* error) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isArray() && !value.isUndefined()) {
        return fail(error, QStringLiteral("'%1' is not a list").arg(QLatin1String(key)));
    }
    steps->clear();
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject step = item.toObject();
        ChangeStep parsed;
        if (!item.isObject() || !readText(step, "name", &parsed.name, error) ||
            !readText(step, "command", &parsed.command, error) ||
            !readText(step, "status", &parsed.status, error) ||
            !readText(step, "detail", &parsed.detail, error) ||
            !readText(step, "time", &parsed.time, error)) {
            return fail(error,
                        QStringLiteral("a step in '%1' is malformed").arg(QLatin1String(key)));
        }
        if (!findStatus(kStepStatuses, parsed.status) || !isIsoTime(parsed.time)) {
            return fail(error, QStringLiteral("a step in '%1' has the status '%2'")
                                   .arg(QLatin1String(key), parsed.status.left(20)));
        }
        steps->append(parsed);
    }
    return true;
}

}  // namespace

QJsonObject ChangeStep::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("command"), command},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("time"), time}};
}

bool ChangeRecord::succeeded() const {
    return status == QLatin1String("verified") || status == QLatin1String("undone") ||
           status == QLatin1String("no-op");
}

bool ChangeRecord::isInEffect() const {
    return status == QLatin1String("applied") || status == QLatin1String("verified");
}

bool ChangeRecord::canUndo() const {
    return isInEffect() || status == QLatin1String("undo-failed");
}

QStringList ChangeRecord::commands() const {
    QStringList list;
    for (const ChangeStep& step : steps) {
        if (!step.command.isEmpty()) {
            list.append(step.command);
        }
    }
    return list;
}

void ChangeRecord::setMessage(const QList<RemedyText>& texts) {
    messageTexts = texts;
    message = englishText(texts);
}

void ChangeRecord::addWarning(const RemedyText& warning) {
    const QString english = warning.english();
    if (!warnings.contains(english)) {
        warnings.append(english);
    }
    if (!warningTexts.contains(warning)) {
        warningTexts.append(warning);
    }
}

QString ChangeRecord::displayMessage() const {
    return displayRemedyText(message, messageTexts);
}

QStringList ChangeRecord::displayWarnings() const {
    return displayRemedyWarnings(warnings, warningTexts);
}

bool ChangeRecord::anyStepStarted() const {
    for (const ChangeStep& step : steps) {
        if (step.status != QLatin1String("pending")) {
            return true;
        }
    }
    return false;
}

QJsonObject ChangeRecord::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("callerUid"), static_cast<qint64>(callerUid)},
                       {QStringLiteral("verb"), verb},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("option"), option},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("steps"), stepsToJson(steps)},
                       {QStringLiteral("undoSteps"), stepsToJson(undoSteps)}};
    if (!host.isEmpty()) {
        object.insert(QStringLiteral("host"), host);
    }
    // Only when there are codes: a record without them reads as before.
    if (!messageTexts.isEmpty()) {
        object.insert(QStringLiteral("messageTexts"), remedyTextsToJson(messageTexts));
    }
    if (!warningTexts.isEmpty()) {
        object.insert(QStringLiteral("warningTexts"), remedyTextsToJson(warningTexts));
    }
    return object;
}

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject& object, Origin origin,
                                                   QString* error) {
    ChangeRecord record;
    QString why;
    auto refuse = [&](const QString& field) {
        fail(error, QStringLiteral("change record '%1' is refused: %2 (%3)")
                        .arg(record.id.left(40), field, why));
        return std::nullopt;
    };
    if (!readText(object, "id", &record.id, &why) || !validateChangeId(record.id, &why)) {
        return refuse(QStringLiteral("bad id"));
    }
    if (!readText(object, "time", &record.time, &why) || record.time.isEmpty() ||
        !isIsoTime(record.time)) {
        return refuse(QStringLiteral("bad time"));
    }
    const QJsonValue uid = object.value(QStringLiteral("callerUid"));
    if (!uid.isDouble() || uid.toDouble() < 0 || uid.toDouble() >= 4294967295.0 ||
        uid.toDouble() != static_cast<double>(uid.toInteger())) {
        why = QStringLiteral("not a user id");
        return refuse(QStringLiteral("bad callerUid"));
    }
    record.callerUid = uid.toInteger();
    if (!readText(object, "host", &record.host, &why)) {
        return refuse(QStringLiteral("bad host"));
    }
    if (origin == Origin::ThisMachine && !record.host.isEmpty()) {
        why = QStringLiteral("it names the remote host '%1'").arg(record.host.left(80));
        return refuse(QStringLiteral("not a change of this machine"));
    }
    if (origin == Origin::RemoteHost && !HostSpec::parse(record.host, &why)) {
        return refuse(QStringLiteral("bad host"));
    }
    if (!readText(object, "verb", &record.verb, &why) || !isRemedyVerb(record.verb)) {
        why = QStringLiteral("'%1' is not a remedy verb").arg(record.verb.left(64));
        return refuse(QStringLiteral("bad verb"));
    }
    if (!readText(object, "target", &record.target, &why) ||
        !validateRemedyTarget(record.verb, record.target, &why)) {
        return refuse(QStringLiteral("bad target"));
    }
    if (!readText(object, "option", &record.option, &why) || !record.option.isEmpty()) {
        why = QStringLiteral("options are reserved");
        return refuse(QStringLiteral("bad option"));
    }
    if (!readText(object, "status", &record.status, &why) ||
        !findStatus(kStatuses, record.status)) {
        why = QStringLiteral("'%1' is not a status").arg(record.status.left(20));
        return refuse(QStringLiteral("bad status"));
    }
    if (!readText(object, "message", &record.message, &why)) {
        return refuse(QStringLiteral("bad message"));
    }
    const QJsonValue warnings = object.value(QStringLiteral("warnings"));
    for (const QJsonValue& warning : warnings.toArray()) {
        if (!warning.isString() || warning.toString().size() > kMaxText) {
            why = QStringLiteral("a warning is not a string");
            return refuse(QStringLiteral("bad warnings"));
        }
        record.warnings.append(warning.toString());
    }
    if (!readRemedyTexts(object.value(QStringLiteral("messageTexts")), &record.messageTexts,
                         &why)) {
        return refuse(QStringLiteral("bad messageTexts"));
    }
    if (!readRemedyTexts(object.value(QStringLiteral("warningTexts")), &record.warningTexts,
                         &why)) {
        return refuse(QStringLiteral("bad warningTexts"));
    }
    if (!object.value(QStringLiteral("before")).isObject() ||
        !object.value(QStringLiteral("after")).isObject()) {
        why = QStringLiteral("not an object");
        return refuse(QStringLiteral("bad before/after"));
    }
    record.before = object.value(QStringLiteral("before")).toObject();
    record.after = object.value(QStringLiteral("after")).toObject();
    if (!validateRecordedState(record.verb, record.target, record.before, &why)) {
        return refuse(QStringLiteral("bad before"));
    }
    if (!stepsFromJson(object, "steps", &record.steps, &why) ||
        !stepsFromJson(object, "undoSteps", &record.undoSteps, &why)) {
        return refuse(QStringLiteral("bad steps"));
    }
    return record;
}

ChangeRecord ChangeRecord::fromHelperAnswer(const QJsonObject& object) {
    auto text = [&object](const char* key) { return object.value(QLatin1String(key)).toString(); };
    auto steps = [&object](const char* key) {
        QList<ChangeStep> list;
        for (const QJsonValue& item : object.value(QLatin1String(key)).toArray()) {
            const QJsonObject step = item.toObject();
            list.append({step.value(QLatin1String("name")).toString(),
                         step.value(QLatin1String("command")).toString(),
                         step.value(QLatin1String("status")).toString(),
                         step.value(QLatin1String("detail")).toString(),
                         step.value(QLatin1String("time")).toString()});
        }
        return list;
    };
    ChangeRecord record;
    record.id = text("id");
    record.time = text("time");
    record.callerUid = object.value(QLatin1String("callerUid")).toInteger(-1);
    record.host = text("host");
    record.verb = text("verb");
    record.target = text("target");
    record.option = text("option");
    record.status = text("status");
    record.message = text("message");
    for (const QJsonValue& warning : object.value(QLatin1String("warnings")).toArray()) {
        record.warnings.append(warning.toString());
    }
    record.messageTexts = remedyTextsFromJson(object.value(QLatin1String("messageTexts")));
    record.warningTexts = remedyTextsFromJson(object.value(QLatin1String("warningTexts")));
    record.before = object.value(QLatin1String("before")).toObject();
    record.after = object.value(QLatin1String("after")).toObject();
    record.steps = steps("steps");
    record.undoSteps = steps("undoSteps");
    return record;
}

QString changeStatusText(const QString& status) {
    return statusText(kStatuses, status);
}

QString changeStepStatusText(const QString& status) {
    return statusText(kStepStatuses, status);
}

}  // namespace zd
