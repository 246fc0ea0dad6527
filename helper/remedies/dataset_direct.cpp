// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/dataset_direct.h"

#include <QFileInfo>

#include "system/target_checks.h"

namespace zd::helper {

namespace {

QString commandLine(const QStringList& zfsArguments) {
    return QStringLiteral("zfs ") + zfsArguments.join(QLatin1Char(' '));
}

bool runZfs(ToolRunner& tools, const QStringList& arguments, QString* detail) {
    const ToolResult result = tools.run(QStringLiteral("zfs"), arguments, std::chrono::seconds(60));
    if (!result.ok()) {
        *detail = result.describeFailure();
        return false;
    }
    *detail = result.output.trimmed();
    return true;
}

}  // namespace

DatasetDirectRemedy::DatasetDirectRemedy(RemedyContext context, QString wanted)
    : Remedy(context), m_wanted(std::move(wanted)) {}

bool DatasetDirectRemedy::readDirect(const QString& dataset, QString* value, QString* source,
                                     QString* error) {
    const ToolResult result =
        m_context.tools.run(QStringLiteral("zfs"),
                            {QStringLiteral("get"), QStringLiteral("-Hp"), QStringLiteral("-o"),
                             QStringLiteral("value,source"), QStringLiteral("direct"), dataset},
                            std::chrono::seconds(30));
    if (!result.ok()) {
        if (result.errorOutput.contains(QLatin1String("invalid property"))) {
            *error = QStringLiteral(
                "This ZFS has no 'direct' property (it was added in OpenZFS "
                "2.3.0), so there is nothing to change.");
        } else {
            *error = result.describeFailure();
        }
        return false;
    }
    const QStringList lines = result.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList fields =
        lines.size() == 1 ? lines.first().split(QLatin1Char('\t')) : QStringList();
    static const QStringList known = {QStringLiteral("standard"), QStringLiteral("always"),
                                      QStringLiteral("disabled")};
    if (fields.size() != 2 || !known.contains(fields.at(0)) || fields.at(1).isEmpty()) {
        *error = QStringLiteral("Unexpected output from zfs get direct: '%1'.")
                     .arg(result.output.trimmed().left(200));
        return false;
    }
    *value = fields.at(0);
    *source = fields.at(1);
    return true;
}

bool DatasetDirectRemedy::plan(const QString& target, RemedyPlan* plan, HelperError* error) {
    if (!checkDatasetIsFilesystem(m_context.tools, target, error)) {
        return false;
    }
    QString value, source, readError;
    if (!readDirect(target, &value, &source, &readError)) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not read the direct property of '%1': %2")
                            .arg(target, readError));
    }
    plan->before = {{QStringLiteral("dataset"), target},
                    {QStringLiteral("direct"), value},
                    {QStringLiteral("source"), source}};
    plan->after = {{QStringLiteral("dataset"), target},
                   {QStringLiteral("direct"), m_wanted},
                   {QStringLiteral("source"), QStringLiteral("local")}};
    plan->commands = {
        commandLine({QStringLiteral("set"), QStringLiteral("direct=") + m_wanted, target})};
    if (value == m_wanted) {
        plan->noop = true;
        plan->noopMessage = QStringLiteral(
                                "'%1' already has direct=%2 (source: %3); nothing to "
                                "change.")
                                .arg(target, value, source);
    }
    if (!source.startsWith(QLatin1String("inherited")) && source != QLatin1String("default") &&
        source != QLatin1String("local") && source != QLatin1String("received")) {
        plan->warnings.append(QStringLiteral("The current value comes from '%1'; undo will set "
                                             "direct=%2 locally.")
                                  .arg(source, value));
    }
    if (QFileInfo::exists(m_context.root.path(QStringLiteral("/usr/bin/midclt")))) {
        plan->warnings.append(
            QStringLiteral("On TrueNAS this change persists in the pool but "
                           "bypasses the middleware (it is not shown in the "
                           "web interface)."));
    }
    return true;
}

QList<RemedyStep> DatasetDirectRemedy::applySteps(const QString& target, const QJsonObject&) {
    const QStringList arguments = {QStringLiteral("set"), QStringLiteral("direct=") + m_wanted,
                                   target};
    return {{QStringLiteral("zfs set"), commandLine(arguments), [this, arguments](QString* detail) {
                 return runZfs(m_context.tools, arguments, detail);
             }}};
}

bool DatasetDirectRemedy::verifyApplied(const QString& target, const QJsonObject&,
                                        QJsonObject* after, QString* message) {
    QString value, source, error;
    if (!readDirect(target, &value, &source, &error)) {
        *message = QStringLiteral("Could not read the property back: %1").arg(error);
        return false;
    }
    *after = {{QStringLiteral("dataset"), target},
              {QStringLiteral("direct"), value},
              {QStringLiteral("source"), source}};
    if (value != m_wanted) {
        *message = QStringLiteral("After the change '%1' reports direct=%2, not %3.")
                       .arg(target, value, m_wanted);
        return false;
    }
    *message = QStringLiteral("'%1' now has direct=%2 (source: %3).").arg(target, value, source);
    return true;
}

QStringList DatasetDirectRemedy::undoArguments(const QString& dataset, const QJsonObject& before) {
    const QString value = before.value(QStringLiteral("direct")).toString();
    const QString source = before.value(QStringLiteral("source")).toString();
    if (source == QLatin1String("default") || source.startsWith(QLatin1String("inherited"))) {
        return {QStringLiteral("inherit"), QStringLiteral("direct"), dataset};
    }
    // `zfs inherit -S` reverts to the received value, which `zfs set` would
    // have turned into a local override.
    if (source == QLatin1String("received")) {
        return {QStringLiteral("inherit"), QStringLiteral("-S"), QStringLiteral("direct"), dataset};
    }
    return {QStringLiteral("set"), QStringLiteral("direct=") + value, dataset};
}

QList<RemedyStep> DatasetDirectRemedy::undoSteps(const QString& target, const QJsonObject& before) {
    const QStringList arguments = undoArguments(target, before);
    return {{QStringLiteral("zfs ") + arguments.first(), commandLine(arguments),
             [this, arguments](QString* detail) {
                 return runZfs(m_context.tools, arguments, detail);
             }}};
}

bool DatasetDirectRemedy::verifyUndone(const QString& target, const QJsonObject& before,
                                       QString* message) {
    QString value, source, error;
    if (!readDirect(target, &value, &source, &error)) {
        *message = QStringLiteral("Could not read the property back: %1").arg(error);
        return false;
    }
    const QString oldValue = before.value(QStringLiteral("direct")).toString();
    const QString oldSource = before.value(QStringLiteral("source")).toString();
    if (value != oldValue) {
        *message = QStringLiteral("After undo '%1' reports direct=%2, expected %3.")
                       .arg(target, value, oldValue);
        return false;
    }
    *message = QStringLiteral("'%1' is back to direct=%2 (source: %3; before: %4).")
                   .arg(target, value, source, oldSource);
    return true;
}

}  // namespace zd::helper
