// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/sysext_dropin.h"

#include <QFileInfo>

#include "system/file_util.h"

namespace zd::helper {

QString SysextDropinRemedy::dropinPath() {
    return QStringLiteral(
        "/etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf");
}

QByteArray SysextDropinRemedy::dropinContent(const QString& changeId) {
    return QStringLiteral(
               "# Written by ZFS Doctor (zfs-doctor-helper), change %1.\n"
               "# systemd-sysext attaches extension images to loop devices with direct I/O;\n"
               "# OpenZFS 2.3.x rejects their unaligned direct reads (openzfs/zfs#17027).\n"
               "# Undo with: zfs-doctor undo %1\n"
               "[Service]\n"
               "Environment=SYSTEMD_LOOP_DIRECT_IO=0\n")
        .arg(changeId)
        .toUtf8();
}

bool SysextDropinRemedy::contentDisablesLoopDirectIo(const QByteArray& content) {
    bool inService = false;
    bool disabled = false;
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            inService = line == "[Service]";
        } else if (inService && line.startsWith("Environment=")) {
            disabled = disabled ||
                       line.split(' ').contains("Environment=SYSTEMD_LOOP_DIRECT_IO=0") ||
                       line.contains(" SYSTEMD_LOOP_DIRECT_IO=0");
        }
    }
    return disabled;
}

bool SysextDropinRemedy::plan(const QString&, RemedyPlan* plan, HelperError* error) {
    const QString path = m_context.root.path(dropinPath());
    QString readError;
    const auto existing = readSmallFile(path, &readError);
    if (!existing && !readError.isEmpty()) {
        return setError(error, kErrorFailed, readError);
    }
    QString systemdError;
    const auto state = m_context.systemd.activeState(unitName(), &systemdError);
    if (!state) {
        return setError(
            error, kErrorFailed,
            QStringLiteral("Could not ask systemd about %1: %2").arg(unitName(), systemdError));
    }
    const bool active = *state == QLatin1String("active");
    plan->before = {
        {QStringLiteral("path"), dropinPath()},
        {QStringLiteral("existed"), existing.has_value()},
        {QStringLiteral("content"), existing ? QString::fromUtf8(*existing) : QString()},
        {QStringLiteral("unitActiveState"), *state}};
    plan->after = {{QStringLiteral("path"), dropinPath()},
                   {QStringLiteral("existed"), true},
                   {QStringLiteral("content"),
                    QString::fromUtf8(dropinContent(QStringLiteral("<change id>")))},
                   {QStringLiteral("unitActiveState"), *state}};
    plan->commands = {QStringLiteral("write %1 with [Service] Environment=SYSTEMD_LOOP_DIRECT_IO=0")
                          .arg(dropinPath()),
                      QStringLiteral("systemctl daemon-reload")};
    if (active) {
        plan->commands.append(QStringLiteral("systemctl restart %1").arg(unitName()));
    }
    plan->warnings.append(RemedyText::make(RemedyTextCode::DropinNewLoopDevicesOnly));
    if (existing && contentDisablesLoopDirectIo(*existing)) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::DropinAlreadyPresent, {dropinPath()});
    } else if (existing) {
        plan->warnings.append(RemedyText::make(RemedyTextCode::DropinReplacesFile, {dropinPath()}));
    }
    return true;
}

QList<RemedyStep> SysextDropinRemedy::reloadAndRestart(const QJsonObject& before) {
    QList<RemedyStep> steps;
    steps.append({RemedyStepCode::DaemonReload, QStringLiteral("systemctl daemon-reload"),
                  [this](QString* detail) {
                      if (!m_context.systemd.reload(detail)) {
                          return false;
                      }
                      *detail = QStringLiteral("systemd reloaded its units");
                      return true;
                  }});
    if (before.value(QStringLiteral("unitActiveState")).toString() == QLatin1String("active")) {
        steps.append({RemedyStepCode::RestartSysext,
                      QStringLiteral("systemctl restart %1").arg(unitName()),
                      [this](QString* detail) {
                          if (!m_context.systemd.restartUnit(unitName(), detail)) {
                              return false;
                          }
                          *detail = QStringLiteral("restart of %1 queued").arg(unitName());
                          return true;
                      }});
    }
    return steps;
}

QList<RemedyStep> SysextDropinRemedy::applySteps(const QString&, const QJsonObject& before) {
    const QByteArray content = dropinContent(m_changeId);
    QList<RemedyStep> steps;
    steps.append({RemedyStepCode::WriteDropin, QStringLiteral("write %1").arg(dropinPath()),
                  [this, content](QString* detail) {
                      const QString path = m_context.root.path(dropinPath());
                      if (!ensureDirectory(QFileInfo(path).absolutePath(), 0755, detail) ||
                          !writeFileAtomically(path, content, 0644, detail)) {
                          return false;
                      }
                      *detail = QStringLiteral("wrote %1").arg(dropinPath());
                      return true;
                  }});
    steps.append(reloadAndRestart(before));
    return steps;
}

bool SysextDropinRemedy::verifyApplied(const QString&, const QJsonObject& before,
                                       QJsonObject* after, RemedyText* message) {
    QString error;
    const auto content = readSmallFile(m_context.root.path(dropinPath()), &error);
    *after = before;
    after->insert(QStringLiteral("existed"), content.has_value());
    after->insert(QStringLiteral("content"), content ? QString::fromUtf8(*content) : QString());
    if (!content || !contentDisablesLoopDirectIo(*content)) {
        *message = RemedyText::make(RemedyTextCode::DropinNotEffective, {dropinPath()});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::DropinInPlace, {dropinPath()});
    return true;
}

QList<RemedyStep> SysextDropinRemedy::undoSteps(const QString&, const QJsonObject& before) {
    const bool existed = before.value(QStringLiteral("existed")).toBool();
    const QByteArray oldContent = before.value(QStringLiteral("content")).toString().toUtf8();
    QList<RemedyStep> steps;
    if (existed) {
        steps.append({RemedyStepCode::RestoreDropin,
                      QStringLiteral("restore the previous %1").arg(dropinPath()),
                      [this, oldContent](QString* detail) {
                          if (!writeFileAtomically(m_context.root.path(dropinPath()), oldContent,
                                                   0644, detail)) {
                              return false;
                          }
                          *detail = QStringLiteral("restored %1").arg(dropinPath());
                          return true;
                      }});
    } else {
        steps.append({RemedyStepCode::RemoveDropin, QStringLiteral("rm %1").arg(dropinPath()),
                      [this](QString* detail) {
                          if (!removeFileDurably(m_context.root.path(dropinPath()), detail)) {
                              return false;
                          }
                          *detail = QStringLiteral("removed %1").arg(dropinPath());
                          return true;
                      }});
    }
    steps.append(reloadAndRestart(before));
    return steps;
}

bool SysextDropinRemedy::verifyUndone(const QString&, const QJsonObject& before,
                                      RemedyText* message) {
    QString error;
    const auto content = readSmallFile(m_context.root.path(dropinPath()), &error);
    const bool existed = before.value(QStringLiteral("existed")).toBool();
    if (existed != content.has_value() ||
        (existed &&
         QString::fromUtf8(*content) != before.value(QStringLiteral("content")).toString())) {
        *message = RemedyText::make(RemedyTextCode::FileNotAsBefore, {dropinPath()});
        return false;
    }
    *message = RemedyText::make(
        existed ? RemedyTextCode::DropinRestored : RemedyTextCode::DropinRemoved, {dropinPath()});
    return true;
}

QStringList SysextDropinRemedy::touches(const QString&, const QJsonObject&) const {
    return {QStringLiteral("file:") + dropinPath()};
}

}  // namespace zd::helper
