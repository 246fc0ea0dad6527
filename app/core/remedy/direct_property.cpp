// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/direct_property.h"

#include "remedy/validators.h"

namespace zd {

namespace {

const QString kInheritedPrefix = QStringLiteral("inherited from ");

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

bool isDirectValue(const QString& value) {
    return value == QLatin1String("standard") || value == QLatin1String("always") ||
           value == QLatin1String("disabled");
}

RemedyText alwaysWarning(const QString& dataset) {
    return RemedyText::make(RemedyTextCode::DirectAlwaysRearmsProblem5, {dataset});
}

}  // namespace

QJsonObject directStateJson(const QString& dataset, const DirectState& state) {
    return {{QStringLiteral("dataset"), dataset},
            {QStringLiteral("direct"), state.value},
            {QStringLiteral("source"), state.source}};
}

DirectState directStateFromJson(const QJsonObject& object) {
    return {object.value(QStringLiteral("direct")).toString(),
            object.value(QStringLiteral("source")).toString()};
}

std::optional<DirectState> parseDirectState(const QString& zfsGetOutput, QString* error) {
    const QStringList lines = zfsGetOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList fields =
        lines.size() == 1 ? lines.first().split(QLatin1Char('\t')) : QStringList();
    if (fields.size() != 2 || !isDirectValue(fields.at(0)) || fields.at(1).isEmpty()) {
        fail(error, QStringLiteral("unexpected output from zfs get direct: '%1'")
                        .arg(zfsGetOutput.trimmed().left(200)));
        return std::nullopt;
    }
    return DirectState{fields.at(0), fields.at(1)};
}

DirectSource classifyDirectSource(const QString& source) {
    if (source == QLatin1String("default")) {
        return DirectSource::Default;
    }
    if (source == QLatin1String("local")) {
        return DirectSource::Local;
    }
    if (source == QLatin1String("received")) {
        return DirectSource::Received;
    }
    if (source.startsWith(kInheritedPrefix) &&
        validateDatasetName(source.mid(kInheritedPrefix.size()), nullptr)) {
        return DirectSource::Inherited;
    }
    return DirectSource::Unrestorable;
}

bool isRestorableDirectState(const DirectState& state, QString* error) {
    if (!isDirectValue(state.value)) {
        return fail(error,
                    QStringLiteral("'%1' is not a value of direct").arg(state.value.left(40)));
    }
    if (classifyDirectSource(state.source) == DirectSource::Unrestorable) {
        return fail(error, QStringLiteral("the value comes from '%1', which neither zfs set nor "
                                          "zfs inherit can restore")
                               .arg(state.source.left(80)));
    }
    return true;
}

bool isRemedyDirectValue(const QString& value) {
    return value == QLatin1String("standard") || value == QLatin1String("disabled");
}

DirectChange planDirectSet(const QString& dataset, const DirectState& current,
                           const QString& value) {
    DirectChange change;
    if (!isRemedyDirectValue(value)) {
        change.refusal = value == QLatin1String("always")
                             ? QStringLiteral(
                                   "direct=always is never applied as a remedy: on OpenZFS 2.3.0 "
                                   "a loop device on such a dataset crashes the kernel")
                             : QStringLiteral(
                                   "'%1' is not a value ZFS Doctor sets for direct "
                                   "(standard or disabled)")
                                   .arg(value.left(40));
        return change;
    }
    QString why;
    if (!isRestorableDirectState(current, &why)) {
        change.refusal = QStringLiteral("direct on %1 is %2 and %3; the change could not be undone")
                             .arg(dataset, current.value.left(40), why);
        return change;
    }
    change.zfsArguments = {QStringLiteral("set"), QStringLiteral("direct=") + value, dataset};
    return change;
}

bool directSetIsNoop(const DirectState& current, const QString& value) {
    // The effective value is what matters; an inherited one need not be pinned.
    return current.value == value;
}

bool directSetVerified(const DirectState& now, const QString& value) {
    return now.value == value && now.source == QLatin1String("local");
}

DirectChange planDirectUndo(const QString& dataset, const DirectState& before) {
    DirectChange change;
    QString why;
    if (!isRestorableDirectState(before, &why)) {
        change.refusal = QStringLiteral("the recorded state of direct on %1 cannot be restored: %2")
                             .arg(dataset, why);
        return change;
    }
    switch (classifyDirectSource(before.source)) {
        case DirectSource::Default:
        case DirectSource::Inherited:
            change.zfsArguments = {QStringLiteral("inherit"), QStringLiteral("direct"), dataset};
            break;
        case DirectSource::Received:
            change.zfsArguments = {QStringLiteral("inherit"), QStringLiteral("-S"),
                                   QStringLiteral("direct"), dataset};
            break;
        case DirectSource::Local:
            change.zfsArguments = {QStringLiteral("set"), QStringLiteral("direct=") + before.value,
                                   dataset};
            break;
        case DirectSource::Unrestorable:
            break;  // refused above
    }
    if (before.value == QLatin1String("always")) {
        change.warnings.append(alwaysWarning(dataset));
    }
    return change;
}

bool directUndoVerified(const DirectState& before, const DirectState& now) {
    const DirectSource was = classifyDirectSource(before.source);
    const DirectSource is = classifyDirectSource(now.source);
    switch (was) {
        case DirectSource::Default:
        case DirectSource::Inherited:
            // Inheriting again: the value is whatever the ancestors say now.
            return is == DirectSource::Default || is == DirectSource::Inherited;
        case DirectSource::Local:
        case DirectSource::Received:
            return is == was && now.value == before.value;
        case DirectSource::Unrestorable:
            return false;
    }
    return false;
}

}  // namespace zd
