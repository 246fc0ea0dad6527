// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/zfs_dio.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

#include "system/file_util.h"

namespace zd::helper {

namespace {

bool hasOptionLine(const QByteArray& content) {
    for (const QByteArray& line : content.split('\n')) {
        if (line.simplified() == "options zfs zfs_dio_enabled=0") {
            return true;
        }
    }
    return false;
}

}  // namespace

QByteArray ZfsDioRemedy::modprobeContent(const QString& changeId) {
    return QStringLiteral(
               "# Written by ZFS Doctor (zfs-doctor-helper), change %1.\n"
               "# Turns OpenZFS Direct I/O off at every module load.\n"
               "# Undo with: zfs-doctor undo %1\n"
               "options zfs zfs_dio_enabled=0\n")
        .arg(changeId)
        .toUtf8();
}

QString ZfsDioRemedy::readParameter(QString* error) const {
    QString readError;
    const auto content = readSmallFile(m_context.root.path(parameterPath()), &readError, 64);
    if (!content) {
        *error = readError.isEmpty() ? QStringLiteral("%1 does not exist").arg(parameterPath())
                                     : readError;
        return {};
    }
    const QString value = QString::fromLatin1(*content).trimmed();
    bool numeric = false;
    value.toInt(&numeric);
    if (!numeric) {
        *error = QStringLiteral("unexpected value '%1' in %2").arg(value.left(20), parameterPath());
        return {};
    }
    return value;
}

bool ZfsDioRemedy::writeParameter(const QString& value, QString* detail) const {
    const QString path = m_context.root.path(parameterPath());
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
    *detail = QStringLiteral("wrote %1 to %2").arg(value, parameterPath());
    return true;
}

bool ZfsDioRemedy::plan(const QString&, RemedyPlan* plan, HelperError* error) {
    QString parameterError;
    const QString value = readParameter(&parameterError);
    if (value.isEmpty()) {
        return setError(error, kErrorRefused,
                        QStringLiteral("The zfs module has no zfs_dio_enabled parameter here (%1): "
                                       "the module is not loaded or older than OpenZFS 2.3.0, so "
                                       "there is no Direct I/O to turn off.")
                            .arg(parameterError));
    }
    QString readError;
    const auto existing = readSmallFile(m_context.root.path(modprobePath()), &readError);
    if (!existing && !readError.isEmpty()) {
        return setError(error, kErrorFailed, readError);
    }
    plan->before = {
        {QStringLiteral("parameter"), value},
        {QStringLiteral("modprobeExisted"), existing.has_value()},
        {QStringLiteral("modprobeContent"), existing ? QString::fromUtf8(*existing) : QString()}};
    plan->after = {{QStringLiteral("parameter"), QStringLiteral("0")},
                   {QStringLiteral("modprobeExisted"), true},
                   {QStringLiteral("modprobeContent"),
                    QString::fromUtf8(modprobeContent(QStringLiteral("<change id>")))}};
    plan->commands = {
        QStringLiteral("echo 0 > %1").arg(parameterPath()),
        QStringLiteral("echo 'options zfs zfs_dio_enabled=0' > %1").arg(modprobePath())};
    plan->warnings.append(RemedyText::make(RemedyTextCode::ZfsDioAllDatasets));
    plan->warnings.append(RemedyText::make(RemedyTextCode::ZfsDioInitramfs));
    if (value == QLatin1String("0") && existing && hasOptionLine(*existing)) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::ZfsDioAlreadyOff, {modprobePath()});
    }
    return true;
}

QList<RemedyStep> ZfsDioRemedy::applySteps(const QString&, const QJsonObject&) {
    const QByteArray content = modprobeContent(m_changeId);
    return {{RemedyStepCode::SetZfsDio, QStringLiteral("echo 0 > %1").arg(parameterPath()),
             [this](QString* detail) { return writeParameter(QStringLiteral("0"), detail); }},
            {RemedyStepCode::WriteModprobe, QStringLiteral("write %1").arg(modprobePath()),
             [this, content](QString* detail) {
                 const QString path = m_context.root.path(modprobePath());
                 if (!ensureDirectory(m_context.root.path(QStringLiteral("/etc/modprobe.d")), 0755,
                                      detail) ||
                     !writeFileAtomically(path, content, 0644, detail)) {
                     return false;
                 }
                 *detail = QStringLiteral("wrote %1").arg(modprobePath());
                 return true;
             }}};
}

bool ZfsDioRemedy::verifyApplied(const QString&, const QJsonObject&, QJsonObject* after,
                                 RemedyText* message) {
    QString error;
    const QString value = readParameter(&error);
    const auto content = readSmallFile(m_context.root.path(modprobePath()), &error);
    *after = {
        {QStringLiteral("parameter"), value},
        {QStringLiteral("modprobeExisted"), content.has_value()},
        {QStringLiteral("modprobeContent"), content ? QString::fromUtf8(*content) : QString()}};
    if (value != QLatin1String("0")) {
        *message = RemedyText::make(RemedyTextCode::ZfsDioNotZero, {value});
        return false;
    }
    if (!content || !hasOptionLine(*content)) {
        *message = RemedyText::make(RemedyTextCode::ZfsDioNoOptionLine, {modprobePath()});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::ZfsDioOff, {modprobePath()});
    return true;
}

QList<RemedyStep> ZfsDioRemedy::undoSteps(const QString&, const QJsonObject& before) {
    const QString oldValue = before.value(QStringLiteral("parameter")).toString();
    const bool existed = before.value(QStringLiteral("modprobeExisted")).toBool();
    const QByteArray oldContent =
        before.value(QStringLiteral("modprobeContent")).toString().toUtf8();
    return {{RemedyStepCode::RestoreZfsDio,
             QStringLiteral("echo %1 > %2").arg(oldValue, parameterPath()),
             [this, oldValue](QString* detail) { return writeParameter(oldValue, detail); }},
            {existed ? RemedyStepCode::RestoreModprobe : RemedyStepCode::RemoveModprobe,
             existed ? QStringLiteral("restore the previous %1").arg(modprobePath())
                     : QStringLiteral("rm %1").arg(modprobePath()),
             [this, existed, oldContent](QString* detail) {
                 const QString path = m_context.root.path(modprobePath());
                 if (existed ? !writeFileAtomically(path, oldContent, 0644, detail)
                             : !removeFileDurably(path, detail)) {
                     return false;
                 }
                 *detail = existed ? QStringLiteral("restored %1").arg(modprobePath())
                                   : QStringLiteral("removed %1").arg(modprobePath());
                 return true;
             }}};
}

bool ZfsDioRemedy::verifyUndone(const QString&, const QJsonObject& before, RemedyText* message) {
    QString error;
    const QString value = readParameter(&error);
    const auto content = readSmallFile(m_context.root.path(modprobePath()), &error);
    const QString oldValue = before.value(QStringLiteral("parameter")).toString();
    const bool existed = before.value(QStringLiteral("modprobeExisted")).toBool();
    if (value != oldValue) {
        *message = RemedyText::make(RemedyTextCode::ZfsDioNotRestored, {value, oldValue});
        return false;
    }
    if (existed != content.has_value()) {
        *message = RemedyText::make(RemedyTextCode::FileNotAsBefore, {modprobePath()});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::ZfsDioRestored, {value, modprobePath()});
    return true;
}

QStringList ZfsDioRemedy::touches(const QString&, const QJsonObject&) const {
    return {QStringLiteral("file:") + parameterPath(), QStringLiteral("file:") + modprobePath()};
}

}  // namespace zd::helper
