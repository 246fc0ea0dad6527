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

}  // namespace

DatasetDirectRemedy::DatasetDirectRemedy(RemedyContext context, QString wanted)
    : Remedy(context), m_wanted(std::move(wanted)) {}

std::optional<DirectState> DatasetDirectRemedy::readDirect(const QString& dataset, QString* error) {
    const ToolResult result =
        m_context.tools.run(QStringLiteral("zfs"),
                            {QStringLiteral("get"), QStringLiteral("-Hp"), QStringLiteral("-o"),
                             QStringLiteral("value,source"), QStringLiteral("direct"), dataset},
                            std::chrono::seconds(30));
    if (!result.ok()) {
        *error = result.errorOutput.contains(QLatin1String("invalid property"))
                     ? QStringLiteral(
                           "This ZFS has no 'direct' property (it was added in OpenZFS "
                           "2.3.0), so there is nothing to change.")
                     : result.describeFailure();
        return std::nullopt;
    }
    return parseDirectState(result.output, error);
}

RemedyStep DatasetDirectRemedy::zfsStep(const QStringList& arguments) {
    // planDirectSet and planDirectUndo run `zfs set` or `zfs inherit`.
    const RemedyStepCode code = arguments.first() == QLatin1String("inherit")
                                    ? RemedyStepCode::ZfsInherit
                                    : RemedyStepCode::ZfsSet;
    return {code, commandLine(arguments), [this, arguments](QString* detail) {
                const ToolResult result =
                    m_context.tools.run(QStringLiteral("zfs"), arguments, std::chrono::seconds(60));
                *detail = result.ok() ? result.output.trimmed() : result.describeFailure();
                return result.ok();
            }};
}

bool DatasetDirectRemedy::plan(const QString& target, RemedyPlan* plan, HelperError* error) {
    if (!checkDatasetIsFilesystem(m_context.tools, target, error)) {
        return false;
    }
    QString readError;
    const std::optional<DirectState> current = readDirect(target, &readError);
    if (!current) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not read the direct property of '%1': %2")
                            .arg(target, readError));
    }
    const DirectChange change = planDirectSet(target, *current, m_wanted);
    if (!change.refusal.isEmpty()) {
        return setError(error, kErrorRefused,
                        QStringLiteral("%1. Nothing was changed.").arg(change.refusal));
    }
    plan->before = directStateJson(target, *current);
    plan->after = directStateJson(target, {m_wanted, QStringLiteral("local")});
    plan->commands = {commandLine(change.zfsArguments)};
    plan->warnings = change.warnings;
    if (directSetIsNoop(*current, m_wanted)) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::DirectAlreadySet,
                                             {target, current->value, current->source});
    }
    if (QFileInfo::exists(m_context.root.path(QStringLiteral("/usr/bin/midclt")))) {
        plan->warnings.append(RemedyText::make(RemedyTextCode::DirectTrueNasMiddleware));
    }
    return true;
}

QList<RemedyStep> DatasetDirectRemedy::applySteps(const QString& target,
                                                  const QJsonObject& before) {
    return {zfsStep(planDirectSet(target, directStateFromJson(before), m_wanted).zfsArguments)};
}

bool DatasetDirectRemedy::verifyApplied(const QString& target, const QJsonObject&,
                                        QJsonObject* after, RemedyText* message) {
    QString error;
    const std::optional<DirectState> now = readDirect(target, &error);
    if (!now) {
        *message = RemedyText::make(RemedyTextCode::DirectUnreadable, {error});
        return false;
    }
    *after = directStateJson(target, *now);
    if (!directSetVerified(*now, m_wanted)) {
        *message = RemedyText::make(RemedyTextCode::DirectNotSet,
                                    {target, now->value, now->source, m_wanted});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::DirectSet, {target, now->value, now->source});
    return true;
}

QList<RemedyStep> DatasetDirectRemedy::undoSteps(const QString& target, const QJsonObject& before) {
    // The record was validated when it was read; a refusal here cannot
    // happen, and an empty step list would change nothing.
    const DirectChange undo = planDirectUndo(target, directStateFromJson(before));
    if (undo.zfsArguments.isEmpty()) {
        return {};
    }
    return {zfsStep(undo.zfsArguments)};
}

QList<RemedyText> DatasetDirectRemedy::undoWarnings(const QString& target,
                                                    const QJsonObject& before) {
    return planDirectUndo(target, directStateFromJson(before)).warnings;
}

bool DatasetDirectRemedy::verifyUndone(const QString& target, const QJsonObject& before,
                                       RemedyText* message) {
    QString error;
    const std::optional<DirectState> now = readDirect(target, &error);
    const DirectState was = directStateFromJson(before);
    if (!now) {
        *message = RemedyText::make(RemedyTextCode::DirectUnreadable, {error});
        return false;
    }
    if (!directUndoVerified(was, *now)) {
        *message = RemedyText::make(RemedyTextCode::DirectNotRestored,
                                    {target, now->value, now->source, was.value, was.source});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::DirectRestored,
                                {target, now->value, now->source, was.source});
    return true;
}

QStringList DatasetDirectRemedy::touches(const QString& target, const QJsonObject&) const {
    return {QStringLiteral("zfs:%1 direct").arg(target)};
}

}  // namespace zd::helper
