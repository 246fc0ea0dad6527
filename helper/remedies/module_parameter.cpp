// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/module_parameter.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

#include "system/file_util.h"

namespace zd::helper {

// What one module-parameter remedy writes and says.
struct ModuleParameterSpec {
    const char* parameter;     // "zfs_dio_enabled"
    const char* value;         // the value it sets
    const char* modprobeFile;  // its own file in /etc/modprobe.d
    const char* purpose;       // the file's comment: what the option does
    // Why the helper refuses when the module has no such parameter.
    const char* missingReason;
    RemedyStepCode setStep;
    RemedyStepCode restoreStep;
    QList<RemedyTextCode> warnings;  // besides the initramfs note every remedy gets
};

namespace {

const QList<ModuleParameterSpec>& parameterRemedies() {
    static const QList<ModuleParameterSpec> specs{
        {"zfs_dio_enabled",
         "0",
         "/etc/modprobe.d/zfs-doctor-dio.conf",
         "Turns OpenZFS Direct I/O off at every module load.",
         "the module is not loaded or older than OpenZFS 2.3.0, so there is no Direct I/O to "
         "turn off",
         RemedyStepCode::SetZfsDio,
         RemedyStepCode::RestoreZfsDio,
         {RemedyTextCode::ZfsDioAllDatasets}},
        // The tunable exists in every release since 0.7.0 (openzfs/zfs 66aca24730).
        {"zfs_dmu_offset_next_sync",
         "0",
         "/etc/modprobe.d/zfs-doctor-dmu-offset-next-sync.conf",
         "Stops strict hole reporting in recently written files (openzfs/zfs#15526) at every "
         "module load.",
         "the zfs module is not loaded",
         RemedyStepCode::SetDmuOffsetNextSync,
         RemedyStepCode::RestoreDmuOffsetNextSync,
         {RemedyTextCode::DmuOffsetHolesLater}},
    };
    return specs;
}

const ModuleParameterSpec* findSpec(const QString& parameter) {
    for (const ModuleParameterSpec& spec : parameterRemedies()) {
        if (parameter == QLatin1String(spec.parameter)) {
            return &spec;
        }
    }
    return nullptr;
}

}  // namespace

ModuleParameterRemedy::ModuleParameterRemedy(RemedyContext context, const QString& parameter)
    : Remedy(context), m_spec(findSpec(parameter)) {
    // contract.h's table and parameterRemedies() are checked against each
    // other by tests/helper (every ModuleParameter verb has a spec).
    Q_ASSERT(m_spec);
}

QString ModuleParameterRemedy::modprobePath(const QString& parameter) {
    const ModuleParameterSpec* spec = findSpec(parameter);
    return spec ? QString::fromLatin1(spec->modprobeFile) : QString();
}

QByteArray ModuleParameterRemedy::modprobeContent(const QString& parameter,
                                                  const QString& changeId) {
    const ModuleParameterSpec* spec = findSpec(parameter);
    if (!spec) {
        return {};
    }
    return QStringLiteral(
               "# Written by ZFS Doctor (zfs-doctor-helper), change %1.\n"
               "# %2\n"
               "# Undo with: zfs-doctor undo %1\n"
               "options zfs %3=%4\n")
        .arg(changeId, QLatin1String(spec->purpose), QLatin1String(spec->parameter),
             QLatin1String(spec->value))
        .toUtf8();
}

QString ModuleParameterRemedy::optionLine() const {
    return QStringLiteral("options zfs %1=%2")
        .arg(QLatin1String(m_spec->parameter), QLatin1String(m_spec->value));
}

bool ModuleParameterRemedy::hasOptionLine(const QByteArray& content) const {
    const QByteArray wanted = optionLine().toLatin1();
    for (const QByteArray& line : content.split('\n')) {
        if (line.simplified() == wanted) {
            return true;
        }
    }
    return false;
}

QString ModuleParameterRemedy::readParameter(QString* error) const {
    const QString parameter = parameterPath(QLatin1String(m_spec->parameter));
    QString readError;
    const auto content = readSmallFile(m_context.root.path(parameter), &readError, 64);
    if (!content) {
        *error =
            readError.isEmpty() ? QStringLiteral("%1 does not exist").arg(parameter) : readError;
        return {};
    }
    const QString value = QString::fromLatin1(*content).trimmed();
    bool numeric = false;
    value.toInt(&numeric);
    if (!numeric) {
        *error = QStringLiteral("unexpected value '%1' in %2").arg(value.left(20), parameter);
        return {};
    }
    return value;
}

bool ModuleParameterRemedy::writeParameter(const QString& value, QString* detail) const {
    const QString parameter = parameterPath(QLatin1String(m_spec->parameter));
    const QString path = m_context.root.path(parameter);
    // sysfs attributes are written in place (no rename into /sys).
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *detail = QStringLiteral("cannot open %1: %2")
                      .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const QByteArray bytes = value.toLatin1() + '\n';
    const ssize_t n = ::write(fd, bytes.constData(), static_cast<size_t>(bytes.size()));
    const int saved = errno;
    ::close(fd);
    if (n != bytes.size()) {
        *detail = QStringLiteral("cannot write %1: %2")
                      .arg(path, QString::fromLocal8Bit(std::strerror(saved)));
        return false;
    }
    *detail = QStringLiteral("wrote %1 to %2").arg(value, parameter);
    return true;
}

bool ModuleParameterRemedy::plan(const QString&, RemedyPlan* plan, HelperError* error) {
    const QString name = QLatin1String(m_spec->parameter);
    const QString wanted = QLatin1String(m_spec->value);
    const QString modprobe = QLatin1String(m_spec->modprobeFile);
    QString parameterError;
    const QString value = readParameter(&parameterError);
    if (value.isEmpty()) {
        return setError(error, kErrorRefused,
                        QStringLiteral("The zfs module has no %1 parameter here (%2): %3.")
                            .arg(name, parameterError, QLatin1String(m_spec->missingReason)));
    }
    QString readError;
    const auto existing = readSmallFile(m_context.root.path(modprobe), &readError);
    if (!existing && !readError.isEmpty()) {
        return setError(error, kErrorFailed, readError);
    }
    plan->before = {
        {QStringLiteral("parameter"), value},
        {QStringLiteral("modprobeExisted"), existing.has_value()},
        {QStringLiteral("modprobeContent"), existing ? QString::fromUtf8(*existing) : QString()}};
    plan->after = {{QStringLiteral("parameter"), wanted},
                   {QStringLiteral("modprobeExisted"), true},
                   {QStringLiteral("modprobeContent"),
                    QString::fromUtf8(modprobeContent(name, QStringLiteral("<change id>")))}};
    // As an admin would paste them (docs/knowledge-base.md, "Remedies").
    plan->commands = {QStringLiteral("echo %1 | sudo tee %2").arg(wanted, parameterPath(name)),
                      QStringLiteral("echo '%1' | sudo tee %2").arg(optionLine(), modprobe)};
    for (const RemedyTextCode warning : m_spec->warnings) {
        plan->warnings.append(RemedyText::make(warning));
    }
    plan->warnings.append(RemedyText::make(RemedyTextCode::ModprobeInitramfs));
    if (value == wanted && existing && hasOptionLine(*existing)) {
        plan->noop = true;
        plan->noopMessage =
            RemedyText::make(RemedyTextCode::ModuleParameterAlreadySet, {name, value, modprobe});
    }
    return true;
}

QList<RemedyStep> ModuleParameterRemedy::applySteps(const QString&, const QJsonObject&) {
    const QString name = QLatin1String(m_spec->parameter);
    const QString wanted = QLatin1String(m_spec->value);
    const QString modprobe = QLatin1String(m_spec->modprobeFile);
    const QByteArray content = modprobeContent(name, m_changeId);
    return {{m_spec->setStep, QStringLiteral("echo %1 > %2").arg(wanted, parameterPath(name)),
             [this, wanted](QString* detail) { return writeParameter(wanted, detail); }},
            {RemedyStepCode::WriteModprobe, QStringLiteral("write %1").arg(modprobe),
             [this, content, modprobe](QString* detail) {
                 const QString path = m_context.root.path(modprobe);
                 if (!ensureDirectory(m_context.root.path(QStringLiteral("/etc/modprobe.d")), 0755,
                                      detail) ||
                     !writeFileAtomically(path, content, 0644, detail)) {
                     return false;
                 }
                 *detail = QStringLiteral("wrote %1").arg(modprobe);
                 return true;
             }}};
}

bool ModuleParameterRemedy::verifyApplied(const QString&, const QJsonObject&, QJsonObject* after,
                                          RemedyText* message) {
    const QString name = QLatin1String(m_spec->parameter);
    const QString wanted = QLatin1String(m_spec->value);
    const QString modprobe = QLatin1String(m_spec->modprobeFile);
    QString error;
    const QString value = readParameter(&error);
    const auto content = readSmallFile(m_context.root.path(modprobe), &error);
    *after = {
        {QStringLiteral("parameter"), value},
        {QStringLiteral("modprobeExisted"), content.has_value()},
        {QStringLiteral("modprobeContent"), content ? QString::fromUtf8(*content) : QString()}};
    if (value != wanted) {
        *message = RemedyText::make(RemedyTextCode::ModuleParameterNotSet, {name, value, wanted});
        return false;
    }
    if (!content || !hasOptionLine(*content)) {
        *message = RemedyText::make(RemedyTextCode::ModuleParameterNoOptionLine, {modprobe});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::ModuleParameterSet, {name, value, modprobe});
    return true;
}

QList<RemedyStep> ModuleParameterRemedy::undoSteps(const QString&, const QJsonObject& before) {
    const QString name = QLatin1String(m_spec->parameter);
    const QString modprobe = QLatin1String(m_spec->modprobeFile);
    const QString oldValue = before.value(QStringLiteral("parameter")).toString();
    const bool existed = before.value(QStringLiteral("modprobeExisted")).toBool();
    const QByteArray oldContent =
        before.value(QStringLiteral("modprobeContent")).toString().toUtf8();
    return {{m_spec->restoreStep, QStringLiteral("echo %1 > %2").arg(oldValue, parameterPath(name)),
             [this, oldValue](QString* detail) { return writeParameter(oldValue, detail); }},
            {existed ? RemedyStepCode::RestoreModprobe : RemedyStepCode::RemoveModprobe,
             existed ? QStringLiteral("restore the previous %1").arg(modprobe)
                     : QStringLiteral("rm %1").arg(modprobe),
             [this, existed, oldContent, modprobe](QString* detail) {
                 const QString path = m_context.root.path(modprobe);
                 if (existed ? !writeFileAtomically(path, oldContent, 0644, detail)
                             : !removeFileDurably(path, detail)) {
                     return false;
                 }
                 *detail = existed ? QStringLiteral("restored %1").arg(modprobe)
                                   : QStringLiteral("removed %1").arg(modprobe);
                 return true;
             }}};
}

bool ModuleParameterRemedy::verifyUndone(const QString&, const QJsonObject& before,
                                         RemedyText* message) {
    const QString name = QLatin1String(m_spec->parameter);
    const QString modprobe = QLatin1String(m_spec->modprobeFile);
    QString error;
    const QString value = readParameter(&error);
    const auto content = readSmallFile(m_context.root.path(modprobe), &error);
    const QString oldValue = before.value(QStringLiteral("parameter")).toString();
    const bool existed = before.value(QStringLiteral("modprobeExisted")).toBool();
    if (value != oldValue) {
        *message =
            RemedyText::make(RemedyTextCode::ModuleParameterNotRestored, {name, value, oldValue});
        return false;
    }
    if (existed != content.has_value()) {
        *message = RemedyText::make(RemedyTextCode::FileNotAsBefore, {modprobe});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::ModuleParameterRestored, {name, value, modprobe});
    return true;
}

QStringList ModuleParameterRemedy::touches(const QString&, const QJsonObject&) const {
    return {QStringLiteral("file:") + parameterPath(QLatin1String(m_spec->parameter)),
            QStringLiteral("file:") + QLatin1String(m_spec->modprobeFile)};
}

}  // namespace zd::helper
