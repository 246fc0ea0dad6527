// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/recorded_state.h"

#include <QJsonValue>
#include <QRegularExpression>

#include "helper/contract.h"
#include "remedy/direct_property.h"
#include "remedy/validators.h"

namespace zd {

namespace {

using helper::RemedyClass;

constexpr qsizetype kMaxContent = 1024 * 1024;

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

// Text a file may hold: no control characters but newline and tab.
bool isTextContent(const QString& content, const QString& what, QString* error) {
    if (content.size() > kMaxContent) {
        return fail(error, QStringLiteral("%1 is larger than 1 MiB").arg(what));
    }
    for (const QChar c : content) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f) {
            return fail(error, QStringLiteral("%1 contains a control character").arg(what));
        }
    }
    return true;
}

// The field must be there and be a boolean / a string; returns false otherwise.
bool boolField(const QJsonObject& object, const char* key, QString* error) {
    return object.value(QLatin1String(key)).isBool() ||
           fail(error, QStringLiteral("'%1' is missing or not true/false").arg(QLatin1String(key)));
}

std::optional<QString> stringField(const QJsonObject& object, const char* key, QString* error) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        fail(error, QStringLiteral("'%1' is missing or not a string").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return value.toString();
}

bool equalsTarget(const QJsonObject& before, const char* key, const QString& target,
                  QString* error) {
    const auto value = stringField(before, key, error);
    return value && (*value == target ||
                     fail(error, QStringLiteral("'%1' is '%2', not the change's target '%3'")
                                     .arg(QLatin1String(key), value->left(64), target)));
}

// A recorded file: whether it existed and, when it did, content passing `check`.
template <typename Check>
bool fileField(const QJsonObject& before, const char* existedKey, const char* contentKey,
               Check check, QString* error) {
    if (!boolField(before, existedKey, error)) {
        return false;
    }
    const auto content = stringField(before, contentKey, error);
    if (!content) {
        return false;
    }
    if (!before.value(QLatin1String(existedKey)).toBool()) {
        return content->isEmpty() ||
               fail(error, QStringLiteral("'%1' holds content for a file that did not exist")
                               .arg(QLatin1String(contentKey)));
    }
    return check(*content, error);
}

bool datasetDirect(const QString& target, const QJsonObject& before, QString* error) {
    const auto value = stringField(before, "direct", error);
    const auto source = value ? stringField(before, "source", error) : std::nullopt;
    return equalsTarget(before, "dataset", target, error) && value && source &&
           isRestorableDirectState({*value, *source}, error);
}

bool loopDio(const QString& target, const QJsonObject& before, QString* error) {
    const auto dio = stringField(before, "dio", error);
    const auto backing = dio ? stringField(before, "backingFile", error) : std::nullopt;
    if (!equalsTarget(before, "device", target, error) || !dio || !backing) {
        return false;
    }
    if (*dio != QLatin1String("0") && *dio != QLatin1String("1")) {
        return fail(error, QStringLiteral("'dio' is '%1', not 0 or 1").arg(dio->left(20)));
    }
    return (backing->size() <= 4096 && !backing->contains(QLatin1Char('\n')) &&
            isTextContent(*backing, QStringLiteral("'backingFile'"), error)) ||
           fail(error, QStringLiteral("'backingFile' is not a path"));
}

bool sysextDropin(const QJsonObject& before, QString* error) {
    static const QStringList states = {
        QStringLiteral("active"),      QStringLiteral("reloading"),  QStringLiteral("inactive"),
        QStringLiteral("failed"),      QStringLiteral("activating"), QStringLiteral("deactivating"),
        QStringLiteral("maintenance"), QStringLiteral("refreshing")};
    const auto state = stringField(before, "unitActiveState", error);
    if (!state) {
        return false;
    }
    if (!states.contains(*state)) {
        return fail(error, QStringLiteral("'unitActiveState' is '%1', not a systemd unit state")
                               .arg(state->left(40)));
    }
    return fileField(
        before, "existed", "content",
        [](const QString& content, QString* e) {
            return isRestorableDropinContent(content.toUtf8(), e);
        },
        error);
}

// A module parameter's old value and the modprobe.d file before the change.
bool moduleParameter(const QJsonObject& before, QString* error) {
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,10}$"));
    const auto parameter = stringField(before, "parameter", error);
    if (!parameter) {
        return false;
    }
    if (!number.match(*parameter).hasMatch()) {
        return fail(error,
                    QStringLiteral("'parameter' is '%1', not a number").arg(parameter->left(20)));
    }
    return fileField(
        before, "modprobeExisted", "modprobeContent",
        [](const QString& content, QString* e) {
            return isRestorableModprobeContent(content.toUtf8(), e);
        },
        error);
}

// A recorded KEY=VALUE line of a shell-sourced file: present or not, and its value.
bool shellLine(const QJsonObject& before, const char* presentKey, const char* valueKey,
               QString* error) {
    return fileField(
        before, presentKey, valueKey,
        [](const QString& value, QString* e) { return isPlainShellValue(value, e); }, error);
}

bool kernelPin(const QString& target, const QJsonObject& before, QString* error) {
    const auto family = stringField(before, "family", error);
    if (!family || !equalsTarget(before, "release", target, error)) {
        return false;
    }
    if (*family == QLatin1String("fedora")) {
        const auto defaultKernel = stringField(before, "defaultKernel", error);
        if (!defaultKernel) {
            return false;
        }
        const QString prefix = QStringLiteral("/boot/vmlinuz-");
        if (!defaultKernel->isEmpty() &&
            !(defaultKernel->startsWith(prefix) &&
              validateKernelRelease(defaultKernel->mid(prefix.size()), nullptr))) {
            return fail(error, QStringLiteral("'defaultKernel' is '%1', not /boot/vmlinuz-RELEASE")
                                   .arg(defaultKernel->left(80)));
        }
        return boolField(before, "dnf5", error) &&
               fileField(
                   before, "lockExisted", "lockContent",
                   [](const QString& content, QString* e) {
                       return isTextContent(content, QStringLiteral("'lockContent'"), e);
                   },
                   error) &&
               boolField(before, "sysconfigExisted", error) &&
               shellLine(before, "updateDefaultPresent", "updateDefault", error);
    }
    if (*family == QLatin1String("debian")) {
        static const QRegularExpression entry(
            QStringLiteral("^([A-Za-z0-9._+~-]+(>[A-Za-z0-9._+~-]+)?)?$"));
        const auto grubEntry = stringField(before, "grubEntry", error);
        if (!grubEntry) {
            return false;
        }
        if (!entry.match(*grubEntry).hasMatch()) {
            return fail(error, QStringLiteral("'grubEntry' is '%1', not a GRUB menu entry id")
                                   .arg(grubEntry->left(80)));
        }
        return boolField(before, "held", error) &&
               shellLine(before, "grubDefaultPresent", "grubDefault", error);
    }
    return fail(error,
                QStringLiteral("'family' is '%1', not fedora or debian").arg(family->left(20)));
}

}  // namespace

bool validateRecordedState(const QString& verb, const QString& target, const QJsonObject& before,
                           QString* error) {
    const helper::RemedyVerb* remedy = helper::findRemedy(verb);
    if (!remedy) {
        return fail(error, QStringLiteral("'%1' is not a remedy verb").arg(verb.left(64)));
    }
    switch (remedy->remedyClass) {
        case RemedyClass::DatasetDirect:
            return datasetDirect(target, before, error);
        case RemedyClass::LoopDio:
            return loopDio(target, before, error);
        case RemedyClass::SysextDropin:
            return sysextDropin(before, error);
        case RemedyClass::ModuleParameter:
            return moduleParameter(before, error);
        case RemedyClass::KernelPin:
            return kernelPin(target, before, error);
    }
    return fail(error, QStringLiteral("'%1' has no recorded-state rule").arg(verb));
}

bool isRestorableDropinContent(const QByteArray& content, QString* error) {
    if (!isTextContent(QString::fromUtf8(content), QStringLiteral("the drop-in"), error)) {
        return false;
    }
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';') || line == "[Service]" ||
            line.startsWith("Environment=")) {
            continue;
        }
        return fail(error, QStringLiteral("the drop-in has the line '%1'; only comments, "
                                          "[Service] and Environment= are restored")
                               .arg(QString::fromUtf8(line.left(80))));
    }
    return true;
}

bool isRestorableModprobeContent(const QByteArray& content, QString* error) {
    static const QRegularExpression options(
        QStringLiteral("^options\\s+zfs(\\s+[A-Za-z0-9_]+=[A-Za-z0-9_.,:+-]*)+$"));
    if (!isTextContent(QString::fromUtf8(content), QStringLiteral("the modprobe.d file"), error)) {
        return false;
    }
    for (const QByteArray& raw : content.split('\n')) {
        const QString line = QString::fromUtf8(raw.trimmed());
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || options.match(line).hasMatch()) {
            continue;
        }
        return fail(error, QStringLiteral("the modprobe.d file has the line '%1'; only comments "
                                          "and `options zfs NAME=VALUE` lines are restored")
                               .arg(line.left(80)));
    }
    return true;
}

bool isPlainShellValue(const QString& value, QString* error) {
    static const QRegularExpression plain(
        QStringLiteral("^([A-Za-z0-9_.,:+/>~@%-]*|\"[^\"$`\\\\\\n]*\"|'[^'\\n]*')$"));
    if (value.size() > 256 || !plain.match(value).hasMatch() ||
        !isTextContent(value, QString(), nullptr)) {
        return fail(error, QStringLiteral("the value '%1' is not a plain word or quoted string")
                               .arg(value.left(80)));
    }
    return true;
}

}  // namespace zd
