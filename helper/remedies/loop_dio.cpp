// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/loop_dio.h"

#include <QFile>

#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

#include "system/file_util.h"
#include "system/target_checks.h"

namespace zd::helper {

namespace {

QString dioPath(const QString& device) {
    return QStringLiteral("/sys/block/%1/loop/dio").arg(device);
}

}  // namespace

QString LoopDioRemedy::readDio(const QString& device, QString* error) const {
    QString readError;
    const auto content = readSmallFile(m_context.root.path(dioPath(device)), &readError);
    if (!content) {
        *error =
            readError.isEmpty() ? QStringLiteral("%1 has no dio attribute").arg(device) : readError;
        return {};
    }
    const QString value = QString::fromLatin1(*content).trimmed();
    if (value != QLatin1String("0") && value != QLatin1String("1")) {
        *error = QStringLiteral("unexpected dio value '%1'").arg(value.left(20));
        return {};
    }
    return value;
}

bool LoopDioRemedy::setDio(const QString& device, bool enabled, QString* detail) const {
    const QString node = m_context.root.path(QStringLiteral("/dev/") + device);
    // Read-only is enough: the kernel allows LOOP_SET_DIRECT_IO on a read-only
    // open for a CAP_SYS_ADMIN caller (drivers/block/loop.c lo_ioctl), and a
    // read-only open cannot change the device's data by accident.
    const int fd = ::open(QFile::encodeName(node).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *detail = QStringLiteral("cannot open %1: %2")
                      .arg(node, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const unsigned long argument = enabled ? 1UL : 0UL;
    const int rc = ::ioctl(fd, LOOP_SET_DIRECT_IO, argument);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        *detail = QStringLiteral("ioctl(%1, LOOP_SET_DIRECT_IO, %2) failed: %3")
                      .arg(node)
                      .arg(argument)
                      .arg(QString::fromLocal8Bit(std::strerror(saved)));
        return false;
    }
    *detail =
        QStringLiteral("ioctl(%1, LOOP_SET_DIRECT_IO, %2) returned 0").arg(node).arg(argument);
    return true;
}

bool LoopDioRemedy::plan(const QString& target, RemedyPlan* plan, HelperError* error) {
    if (!checkLoopDeviceExists(m_context.root, target, error)) {
        return false;
    }
    QString readError;
    const QString dio = readDio(target, &readError);
    if (dio.isEmpty()) {
        return setError(error, kErrorFailed,
                        QStringLiteral("Could not read the direct I/O state of %1: %2.")
                            .arg(target, readError));
    }
    QString backingError;
    const auto backing = readSmallFile(
        m_context.root.path(QStringLiteral("/sys/block/%1/loop/backing_file").arg(target)),
        &backingError);
    const QString backingFile = backing ? QString::fromUtf8(*backing).trimmed() : QString();
    plan->before = {{QStringLiteral("device"), target},
                    {QStringLiteral("dio"), dio},
                    {QStringLiteral("backingFile"), backingFile}};
    plan->after = {{QStringLiteral("device"), target},
                   {QStringLiteral("dio"), QStringLiteral("0")},
                   {QStringLiteral("backingFile"), backingFile}};
    plan->commands = {QStringLiteral("losetup --direct-io=off /dev/%1").arg(target)};
    plan->warnings.append(RemedyText::make(RemedyTextCode::LoopDioUntilDetached));
    if (dio == QLatin1String("0")) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::LoopDioAlreadyOff, {target});
    }
    return true;
}

QList<RemedyStep> LoopDioRemedy::applySteps(const QString& target, const QJsonObject&) {
    return {{RemedyStepCode::LoopDirectIoOff,
             QStringLiteral("losetup --direct-io=off /dev/%1").arg(target),
             [this, target](QString* detail) { return setDio(target, false, detail); }}};
}

bool LoopDioRemedy::verifyApplied(const QString& target, const QJsonObject& before,
                                  QJsonObject* after, RemedyText* message) {
    QString error;
    const QString dio = readDio(target, &error);
    *after = before;
    after->insert(QStringLiteral("dio"), dio);
    if (dio != QLatin1String("0")) {
        *message = dio.isEmpty() ? RemedyText::make(RemedyTextCode::LoopDioUnreadable, {error})
                                 : RemedyText::make(RemedyTextCode::LoopDioStillOn, {target, dio});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::LoopDioOff, {dioPath(target)});
    return true;
}

QList<RemedyStep> LoopDioRemedy::undoSteps(const QString& target, const QJsonObject& before) {
    const bool enabled = before.value(QStringLiteral("dio")).toString() == QLatin1String("1");
    const QString backingFile = before.value(QStringLiteral("backingFile")).toString();
    return {
        {enabled ? RemedyStepCode::LoopDirectIoOn : RemedyStepCode::LoopDirectIoOff,
         QStringLiteral("losetup --direct-io=%1 /dev/%2")
             .arg(enabled ? QStringLiteral("on") : QStringLiteral("off"), target),
         [this, target, enabled, backingFile](QString* detail) {
             HelperError missing;
             if (!checkLoopDeviceExists(m_context.root, target, &missing)) {
                 *detail = missing.message;
                 return false;
             }
             // Loop device names are reused: only touch the device if it
             // still has the backing file it had when the change was made.
             QString ignored;
             const auto backing = readSmallFile(
                 m_context.root.path(QStringLiteral("/sys/block/%1/loop/backing_file").arg(target)),
                 &ignored);
             const QString now = backing ? QString::fromUtf8(*backing).trimmed() : QString();
             if (now != backingFile) {
                 *detail = QStringLiteral(
                               "%1 is now attached to '%2', not '%3' as when the "
                               "change was made; leaving it alone.")
                               .arg(target, now, backingFile);
                 return false;
             }
             return setDio(target, enabled, detail);
         }}};
}

bool LoopDioRemedy::verifyUndone(const QString& target, const QJsonObject& before,
                                 RemedyText* message) {
    QString error;
    const QString dio = readDio(target, &error);
    const QString wanted = before.value(QStringLiteral("dio")).toString();
    if (dio != wanted) {
        *message = dio.isEmpty() ? RemedyText::make(RemedyTextCode::LoopDioUnreadable, {error})
                                 : RemedyText::make(RemedyTextCode::LoopDioNotRestored,
                                                    {target, dio, wanted});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::LoopDioRestored, {dioPath(target), dio});
    return true;
}

QStringList LoopDioRemedy::touches(const QString& target, const QJsonObject&) const {
    return {QStringLiteral("loop:%1 dio").arg(target)};
}

}  // namespace zd::helper
