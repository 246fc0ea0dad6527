// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedies/kernel_pin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <unistd.h>
#include <climits>

#include "dnf/dnf4_versionlock.h"
#include "dnf/dnf5_versionlock.h"
#include "system/file_util.h"
#include "system/target_checks.h"

namespace zd::helper {

namespace {

const QString kSysconfigKernel = QStringLiteral("/etc/sysconfig/kernel");
const QString kDefaultGrub = QStringLiteral("/etc/default/grub");
const QString kGrubCfg = QStringLiteral("/boot/grub/grub.cfg");
const QString kLockedPackage = QStringLiteral("kernel-core");

QString lockFileFor(bool dnf5) {
    return dnf5 ? QString::fromLatin1(dnf::kDnf5VersionlockPath)
                : QString::fromLatin1(dnf::kDnf4VersionlockPath);
}

// "6.11.4-301.fc41.x86_64" -> "6.11.4-301.fc41": what a lock file records.
QString versionRelease(const QString& release) {
    static const QRegularExpression arch(QStringLiteral("\\.(x86_64|aarch64|ppc64le|s390x|i686)$"));
    QString result = release;
    result.remove(arch);
    return result;
}

// "6.11.4-301.fc41.x86_64" -> "x86_64".
QString architecture(const QString& release) {
    return release.mid(versionRelease(release).size() + 1);
}

// How many entries of the lock file hold kernel-core at exactly this
// release, read the way dnf reads the file: an exclude, another version, a
// range or an entry dnf5 ignores is no lock. nullopt (with *problem) when
// dnf5 could not read the file either.
std::optional<int> exactLocks(bool dnf5, const QString& content, const QString& release,
                              QString* problem) {
    const QString wanted = versionRelease(release);
    int count = 0;
    if (dnf5) {
        QStringList problems;
        const std::optional<dnf::Dnf5Versionlock> file =
            dnf::parseDnf5Versionlock(content, &problems);
        if (!file) {
            *problem = problems.join(QStringLiteral("; "));
            return std::nullopt;
        }
        if (!file->isSupportedVersion()) {
            return 0;  // dnf5 reads no entry of a file of another version
        }
        for (const dnf::Dnf5LockEntry& entry : file->packages) {
            if (entry.name == kLockedPackage && entry.exactVersionRelease() == wanted) {
                ++count;
            }
        }
        return count;
    }
    for (const dnf::Dnf4LockEntry& entry : dnf::parseDnf4Versionlock(content)) {
        if (entry.exactVersionRelease(kLockedPackage, architecture(release)) == wanted) {
            ++count;
        }
    }
    return count;
}

// The recorded lock file: how many locks on the release it held before the
// change (0 when unreadable, which planFedora refuses, so never recorded).
int locksBefore(const QJsonObject& before, const QString& release) {
    QString problem;
    return exactLocks(before.value(QStringLiteral("dnf5")).toBool(),
                      before.value(QStringLiteral("lockContent")).toString(), release, &problem)
        .value_or(0);
}

QString debianPackage(const QString& release) {
    return QStringLiteral("linux-image-") + release;
}

// GRUB_DEFAULT's value for a menu entry id path: double-quoted, as grub's
// own documentation writes it (the path contains '>').
QString quoted(const QString& entry) {
    return QLatin1Char('"') + entry + QLatin1Char('"');
}

QString fileText(const SystemRoot& root, const QString& path, bool* existed) {
    QString error;
    const auto content = readSmallFile(root.path(path), &error);
    *existed = content.has_value();
    return content ? QString::fromUtf8(*content) : QString();
}

// The os-release file as os-release(5) says to find it: /etc/os-release,
// else /usr/lib/os-release. /etc/os-release is a relative symlink to
// ../usr/lib/os-release on Debian, Ubuntu and Fedora, and may itself lead to
// another link, so links are followed here, resolved inside the root (the
// test seam) and at most 8 deep. readSmallFile() never follows one: it
// guards the files the helper replaces, and os-release is only read.
QString osReleaseText(const SystemRoot& root) {
    for (const QString& start :
         {QStringLiteral("/etc/os-release"), QStringLiteral("/usr/lib/os-release")}) {
        QString path = start;
        for (int depth = 0; depth < 8; ++depth) {
            char target[PATH_MAX];
            const ssize_t length = ::readlink(QFile::encodeName(root.path(path)).constData(),
                                              target, sizeof target - 1);
            if (length <= 0) {
                break;  // not a link, or missing: read (or miss) it as it is
            }
            const QString link = QFile::decodeName(QByteArray(target, int(length)));
            path = QDir::cleanPath(link.startsWith(QLatin1Char('/'))
                                       ? link
                                       : QFileInfo(path).path() + QLatin1Char('/') + link);
        }
        bool existed = false;
        const QString text = fileText(root, path, &existed);
        if (existed) {
            return text;
        }
    }
    return {};
}

}  // namespace

std::optional<QString> KernelPinRemedy::assignedValue(const QByteArray& content,
                                                      const QString& key) {
    const QByteArray prefix = key.toUtf8() + '=';
    std::optional<QString> value;
    for (const QByteArray& line : content.split('\n')) {
        if (line.trimmed().startsWith(prefix)) {
            value = QString::fromUtf8(line.trimmed().mid(prefix.size()));
        }
    }
    return value;
}

QByteArray KernelPinRemedy::withAssignment(const QByteArray& content, const QString& key,
                                           const std::optional<QString>& value) {
    QList<QByteArray> lines = content.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    const QByteArray prefix = key.toUtf8() + '=';
    const QByteArray wanted = value ? prefix + value->toUtf8() : QByteArray();
    QList<QByteArray> result;
    bool replaced = false;
    for (const QByteArray& line : lines) {
        if (!line.trimmed().startsWith(prefix)) {
            result.append(line);
        } else if (value && !replaced) {
            result.append(wanted);
            replaced = true;
        }
    }
    if (value && !replaced) {
        result.append(wanted);
    }
    return result.isEmpty() ? QByteArray() : result.join('\n') + '\n';
}

QString KernelPinRemedy::grubEntryPath(const QString& grubCfg, const QString& release) {
    static const QRegularExpression submenu(
        QStringLiteral("^\\s*submenu\\s.*\\$menuentry_id_option\\s+'(gnulinux-advanced-[^']+)'"),
        QRegularExpression::MultilineOption);
    const QRegularExpression entry(
        QStringLiteral(
            "^\\s*menuentry\\s.*\\$menuentry_id_option\\s+'(gnulinux-%1-advanced-[^']+)'")
            .arg(QRegularExpression::escape(release)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch submenuMatch = submenu.match(grubCfg);
    const QRegularExpressionMatch entryMatch = entry.match(grubCfg);
    if (!submenuMatch.hasMatch() || !entryMatch.hasMatch()) {
        return {};
    }
    return submenuMatch.captured(1) + QLatin1Char('>') + entryMatch.captured(1);
}

KernelPinRemedy::Family KernelPinRemedy::detectFamily() const {
    const QString osRelease = osReleaseText(m_context.root);
    if (QFileInfo::exists(m_context.root.path(QStringLiteral("/usr/bin/midclt"))) ||
        osRelease.contains(QLatin1String("TrueNAS"), Qt::CaseInsensitive)) {
        return Family::TrueNas;
    }
    QString id, idLike;
    for (const QString& line : osRelease.split(QLatin1Char('\n'))) {
        auto value = [&line](int prefix) {
            QString v = line.mid(prefix).trimmed();
            if (v.size() >= 2 &&
                (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\'')))) {
                v = v.mid(1, v.size() - 2);
            }
            return v;
        };
        if (line.startsWith(QLatin1String("ID="))) {
            id = value(3);
        } else if (line.startsWith(QLatin1String("ID_LIKE="))) {
            idLike = value(8);
        }
    }
    const QStringList family = QStringList{id} + idLike.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (family.contains(QLatin1String("fedora"))) {
        return Family::Fedora;
    }
    if (family.contains(QLatin1String("debian")) || family.contains(QLatin1String("ubuntu"))) {
        return Family::Debian;
    }
    return Family::Other;
}

bool KernelPinRemedy::plan(const QString& target, RemedyPlan* plan, HelperError* error) {
    const Family family = detectFamily();
    if (family == Family::TrueNas) {
        return setError(error, kErrorRefused,
                        QStringLiteral("This is TrueNAS SCALE, an appliance: ZFS Doctor does not "
                                       "pin kernels or change its base system. Use a TrueNAS "
                                       "update, or activate an earlier boot environment under "
                                       "System > Boot."));
    }
    if (!checkKernelInstalled(m_context.root, target, error)) {
        return false;
    }
    if (family == Family::Fedora) {
        return planFedora(target, plan, error);
    }
    if (family == Family::Debian) {
        return planDebian(target, plan, error);
    }
    return setError(error, kErrorRefused,
                    QStringLiteral("Kernel pinning is supported on Fedora and Debian/Ubuntu only; "
                                   "this system's /etc/os-release names neither."));
}

bool KernelPinRemedy::planFedora(const QString& release, RemedyPlan* plan, HelperError* error) {
    for (const QString& tool : {QStringLiteral("dnf"), QStringLiteral("grubby")}) {
        if (!m_context.tools.available(tool)) {
            return setError(error, kErrorToolMissing,
                            QStringLiteral("%1 is not installed; it is needed to pin a kernel on "
                                           "Fedora.")
                                .arg(tool));
        }
    }
    const ToolResult current = m_context.tools.run(
        QStringLiteral("grubby"), {QStringLiteral("--default-kernel")}, std::chrono::seconds(30));
    if (!current.ok()) {
        return setError(
            error, kErrorFailed,
            QStringLiteral("Could not read the default kernel: %1").arg(current.describeFailure()));
    }
    const bool dnf5 = m_context.tools.available(QStringLiteral("dnf5"));
    bool lockExisted = false, sysconfigExisted = false;
    const QString lockContent = fileText(m_context.root, lockFileFor(dnf5), &lockExisted);
    QString lockProblem;
    const std::optional<int> locked = exactLocks(dnf5, lockContent, release, &lockProblem);
    if (!locked) {
        return setError(error, kErrorFailed,
                        QStringLiteral("%1 is not a file dnf5 can read (%2); correct it first.")
                            .arg(lockFileFor(dnf5), lockProblem));
    }
    const QString sysconfig = fileText(m_context.root, kSysconfigKernel, &sysconfigExisted);
    const std::optional<QString> updateDefault =
        assignedValue(sysconfig.toUtf8(), QStringLiteral("UPDATEDEFAULT"));
    const QString image = QStringLiteral("/boot/vmlinuz-") + release;
    plan->before = {{QStringLiteral("family"), QStringLiteral("fedora")},
                    {QStringLiteral("release"), release},
                    {QStringLiteral("defaultKernel"), current.output.trimmed()},
                    {QStringLiteral("dnf5"), dnf5},
                    {QStringLiteral("lockExisted"), lockExisted},
                    {QStringLiteral("lockContent"), lockContent},
                    {QStringLiteral("sysconfigExisted"), sysconfigExisted},
                    {QStringLiteral("updateDefaultPresent"), updateDefault.has_value()},
                    {QStringLiteral("updateDefault"), updateDefault.value_or(QString())}};
    plan->after = plan->before;
    plan->after.insert(QStringLiteral("defaultKernel"), image);
    plan->after.insert(QStringLiteral("updateDefaultPresent"), true);
    plan->after.insert(QStringLiteral("updateDefault"), QStringLiteral("no"));
    if (*locked == 0) {
        plan->commands.append(QStringLiteral("dnf versionlock add kernel-core-%1").arg(release));
    }
    plan->commands.append(QStringLiteral("grubby --set-default %1").arg(image));
    plan->commands.append(QStringLiteral("set UPDATEDEFAULT=no in %1").arg(kSysconfigKernel));
    plan->warnings.append(RemedyText::make(RemedyTextCode::KernelPinPackageKit));
    bool confExisted = false;
    const QString dnfConf =
        fileText(m_context.root, QStringLiteral("/etc/dnf/dnf.conf"), &confExisted);
    static const QRegularExpression limit(QStringLiteral("^\\s*installonly_limit\\s*=\\s*(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = limit.match(dnfConf);
    plan->warnings.append(
        match.hasMatch()
            ? RemedyText::make(RemedyTextCode::KernelPinInstallonlyLimit, {match.captured(1)})
            : RemedyText::make(RemedyTextCode::KernelPinInstallonlyDefault));
    if (current.output.trimmed() == image && *locked > 0 && updateDefault == QLatin1String("no")) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::KernelPinAlreadyLocked, {release});
    }
    return true;
}

bool KernelPinRemedy::planDebian(const QString& release, RemedyPlan* plan, HelperError* error) {
    for (const QString& tool : {QStringLiteral("apt-mark"), QStringLiteral("update-grub")}) {
        if (!m_context.tools.available(tool)) {
            return setError(error, kErrorToolMissing,
                            QStringLiteral("%1 is not installed; it is needed to pin a kernel on "
                                           "Debian/Ubuntu.")
                                .arg(tool));
        }
    }
    const QString package = debianPackage(release);
    const ToolResult holds = m_context.tools.run(
        QStringLiteral("apt-mark"), {QStringLiteral("showhold")}, std::chrono::seconds(60));
    if (!holds.ok()) {
        return setError(
            error, kErrorFailed,
            QStringLiteral("Could not list held packages: %1").arg(holds.describeFailure()));
    }
    const bool held = holds.output.split(QLatin1Char('\n')).contains(package);
    bool grubExisted = false, cfgExisted = false;
    const QString defaultGrub = fileText(m_context.root, kDefaultGrub, &grubExisted);
    const QString grubCfg = fileText(m_context.root, kGrubCfg, &cfgExisted);
    const QString entry = grubEntryPath(grubCfg, release);
    const std::optional<QString> grubDefault =
        assignedValue(defaultGrub.toUtf8(), QStringLiteral("GRUB_DEFAULT"));
    plan->before = {{QStringLiteral("family"), QStringLiteral("debian")},
                    {QStringLiteral("release"), release},
                    {QStringLiteral("held"), held},
                    {QStringLiteral("grubEntry"), entry},
                    {QStringLiteral("grubDefaultPresent"), grubDefault.has_value()},
                    {QStringLiteral("grubDefault"), grubDefault.value_or(QString())}};
    plan->after = plan->before;
    plan->after.insert(QStringLiteral("held"), true);
    plan->commands = {QStringLiteral("apt-mark hold %1").arg(package)};
    if (entry.isEmpty()) {
        plan->warnings.append(
            RemedyText::make(RemedyTextCode::KernelPinNoGrubEntry, {release, kGrubCfg}));
    } else {
        plan->after.insert(QStringLiteral("grubDefaultPresent"), true);
        plan->after.insert(QStringLiteral("grubDefault"), quoted(entry));
        plan->commands.append(
            QStringLiteral("set GRUB_DEFAULT=\"%1\" in %2").arg(entry, kDefaultGrub));
        plan->commands.append(QStringLiteral("update-grub"));
    }
    if (held && (entry.isEmpty() || grubDefault == quoted(entry))) {
        plan->noop = true;
        plan->noopMessage = RemedyText::make(RemedyTextCode::KernelPinAlreadyHeld, {package});
    }
    return true;
}

QStringList KernelPinRemedy::dnfArguments(const QStringList& arguments) const {
    if (m_context.root.isRealRoot()) {
        return arguments;
    }
    // Test seam (--root, set only by whoever starts the helper): the root's
    // rpm database and dnf configuration, and its own versionlock plugin
    // configuration, since dnf 4 reads plugin configuration from the host's
    // pluginconfpath even with --installroot (tests/fedora/lib/dnf-root.sh).
    const QString root = m_context.root.root();
    return QStringList{QStringLiteral("--installroot=") + root,
                       QStringLiteral("--setopt=pluginconfpath=") + root +
                           QStringLiteral("/etc/dnf/plugins")} +
           arguments;
}

RemedyStep KernelPinRemedy::toolStep(RemedyStepCode step, const QString& tool,
                                     const QStringList& arguments) {
    return {
        step, tool + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')),
        [this, tool, arguments](QString* detail) {
            const ToolResult result = m_context.tools.run(tool, arguments, std::chrono::minutes(5));
            *detail = result.ok() ? result.output.trimmed().left(2000) : result.describeFailure();
            return result.ok();
        }};
}

RemedyStep KernelPinRemedy::unlockStep(const QString& release, const QJsonObject& before) {
    const bool dnf5 = before.value(QStringLiteral("dnf5")).toBool();
    const QString path = lockFileFor(dnf5);
    const int wanted = locksBefore(before, release);
    const bool createdByUs = !before.value(QStringLiteral("lockExisted")).toBool();
    return {RemedyStepCode::RemoveVersionlock,
            QStringLiteral("remove the lock of kernel-core-%1 from %2").arg(release, path),
            [this, release, path, dnf5, wanted, createdByUs](QString* detail) {
                bool existed = false;
                const QString original = fileText(m_context.root, path, &existed);
                QString content = original;
                QString problem;
                std::optional<int> now = exactLocks(dnf5, content, release, &problem);
                if (!now) {
                    *detail = QStringLiteral(
                                  "%1 is not a file dnf5 can read (%2); the lock of "
                                  "kernel-core-%3 was left in it.")
                                  .arg(path, problem, release);
                    return false;
                }
                // Only the entries this change added: the lock the admin had
                // before, and everything added later, stay as they are.
                while (*now > wanted) {
                    const std::optional<QString> fewer =
                        dnf5
                            ? dnf::withoutDnf5Lock(content, kLockedPackage, versionRelease(release))
                            : dnf::withoutDnf4Lock(content, kLockedPackage, versionRelease(release),
                                                   architecture(release));
                    if (!fewer) {
                        *detail = QStringLiteral("could not remove the lock from %1").arg(path);
                        return false;
                    }
                    content = *fewer;
                    now = *now - 1;
                }
                if (content == original) {
                    *detail = QStringLiteral("%1 holds no lock added by this change").arg(path);
                    return true;
                }
                const QString real = m_context.root.path(path);
                // A file this change created goes when nothing but its empty
                // frame is left (dnf5 writes `version = "1.0"` first).
                const QString left = content.trimmed();
                if (createdByUs && (left.isEmpty() || left == QLatin1String("version = \"1.0\""))) {
                    if (!removeFileDurably(real, detail)) {
                        return false;
                    }
                    *detail = QStringLiteral("removed %1").arg(path);
                    return true;
                }
                if (!writeFileAtomically(real, content.toUtf8(), 0644, detail)) {
                    return false;
                }
                *detail =
                    QStringLiteral("removed the lock of kernel-core-%1 from %2").arg(release, path);
                return true;
            }};
}

RemedyStep KernelPinRemedy::assignmentStep(RemedyStepCode step, const QString& path,
                                           const QString& key, const std::optional<QString>& value,
                                           bool createdByUs) {
    const QString shown = value ? QStringLiteral("set %1=%2 in %3").arg(key, *value, path)
                                : QStringLiteral("remove %1= from %2").arg(key, path);
    return {step, shown, [this, path, key, value, createdByUs, shown](QString* detail) {
                const QString real = m_context.root.path(path);
                bool existed = false;
                const QByteArray now = fileText(m_context.root, path, &existed).toUtf8();
                const QByteArray wanted = withAssignment(now, key, value);
                if (wanted.isEmpty() && createdByUs) {
                    if (!removeFileDurably(real, detail)) {
                        return false;
                    }
                } else if (!ensureDirectory(QFileInfo(real).absolutePath(), 0755, detail) ||
                           !writeFileAtomically(real, wanted, 0644, detail)) {
                    return false;
                }
                *detail = shown;
                return true;
            }};
}

QList<RemedyStep> KernelPinRemedy::applySteps(const QString& target, const QJsonObject& before) {
    QList<RemedyStep> steps;
    if (before.value(QStringLiteral("family")).toString() == QLatin1String("fedora")) {
        // A second `add` of a locked version appends a duplicate entry (the
        // plugin's _search_locklist matches "kernel-core-0:V-R.*" only as a
        // glob), which undo could then not tell from the admin's own.
        if (locksBefore(before, target) == 0) {
            steps.append(
                toolStep(RemedyStepCode::VersionlockAdd, QStringLiteral("dnf"),
                         dnfArguments({QStringLiteral("versionlock"), QStringLiteral("add"),
                                       kLockedPackage + QLatin1Char('-') + target})));
        }
        steps.append(
            toolStep(RemedyStepCode::BootDefault, QStringLiteral("grubby"),
                     {QStringLiteral("--set-default"), QStringLiteral("/boot/vmlinuz-") + target}));
        steps.append(assignmentStep(RemedyStepCode::UpdateDefaultNo, kSysconfigKernel,
                                    QStringLiteral("UPDATEDEFAULT"), QStringLiteral("no"), false));
        return steps;
    }
    steps.append(toolStep(RemedyStepCode::AptMarkHold, QStringLiteral("apt-mark"),
                          {QStringLiteral("hold"), debianPackage(target)}));
    const QString entry = before.value(QStringLiteral("grubEntry")).toString();
    if (!entry.isEmpty()) {
        steps.append(assignmentStep(RemedyStepCode::SetGrubDefault, kDefaultGrub,
                                    QStringLiteral("GRUB_DEFAULT"), quoted(entry), false));
        steps.append(toolStep(RemedyStepCode::UpdateGrub, QStringLiteral("update-grub"), {}));
    }
    return steps;
}

bool KernelPinRemedy::verifyApplied(const QString& target, const QJsonObject& before,
                                    QJsonObject* after, RemedyText* message) {
    *after = before;
    if (before.value(QStringLiteral("family")).toString() == QLatin1String("fedora")) {
        const ToolResult current =
            m_context.tools.run(QStringLiteral("grubby"), {QStringLiteral("--default-kernel")},
                                std::chrono::seconds(30));
        const QString image = QStringLiteral("/boot/vmlinuz-") + target;
        after->insert(QStringLiteral("defaultKernel"), current.output.trimmed());
        bool existed = false;
        const bool dnf5 = before.value(QStringLiteral("dnf5")).toBool();
        const QString lockContent = fileText(m_context.root, lockFileFor(dnf5), &existed);
        after->insert(QStringLiteral("lockContent"), lockContent);
        // The lock file read the way dnf reads it (app/core/dnf): `dnf
        // versionlock list` prints dnf4's raw entries (excludes too) and
        // dnf5's in another layout, and would take a second dnf start.
        QString problem;
        const std::optional<int> locked = exactLocks(dnf5, lockContent, target, &problem);
        if (!current.ok() || current.output.trimmed() != image) {
            *message = RemedyText::make(RemedyTextCode::KernelPinWrongDefault,
                                        {current.output.trimmed(), image});
            return false;
        }
        if (locked.value_or(0) == 0) {
            *message = problem.isEmpty()
                           ? RemedyText::make(RemedyTextCode::KernelPinNoLock,
                                              {lockFileFor(dnf5), versionRelease(target)})
                           : RemedyText::make(RemedyTextCode::KernelPinNoLockUnreadable,
                                              {lockFileFor(dnf5), versionRelease(target), problem});
            return false;
        }
        *message = RemedyText::make(RemedyTextCode::KernelPinLocked, {target});
        return true;
    }
    const QString package = debianPackage(target);
    const ToolResult holds = m_context.tools.run(
        QStringLiteral("apt-mark"), {QStringLiteral("showhold")}, std::chrono::seconds(60));
    const bool held = holds.ok() && holds.output.split(QLatin1Char('\n')).contains(package);
    after->insert(QStringLiteral("held"), held);
    if (!held) {
        *message = RemedyText::make(RemedyTextCode::KernelPinNotHeld, {package});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::KernelPinHeld, {package});
    return true;
}

QList<RemedyStep> KernelPinRemedy::undoSteps(const QString& target, const QJsonObject& before) {
    // Every value comes from a record that passed validateRecordedState().
    auto recordedLine = [&before](const char* present, const char* value) {
        return before.value(QLatin1String(present)).toBool()
                   ? std::optional<QString>(before.value(QLatin1String(value)).toString())
                   : std::nullopt;
    };
    QList<RemedyStep> steps;
    if (before.value(QStringLiteral("family")).toString() == QLatin1String("fedora")) {
        steps.append(unlockStep(target, before));
        const QString oldDefault = before.value(QStringLiteral("defaultKernel")).toString();
        if (!oldDefault.isEmpty()) {
            steps.append(toolStep(RemedyStepCode::BootDefault, QStringLiteral("grubby"),
                                  {QStringLiteral("--set-default"), oldDefault}));
        }
        steps.append(assignmentStep(RemedyStepCode::RestoreUpdateDefault, kSysconfigKernel,
                                    QStringLiteral("UPDATEDEFAULT"),
                                    recordedLine("updateDefaultPresent", "updateDefault"),
                                    !before.value(QStringLiteral("sysconfigExisted")).toBool()));
        return steps;
    }
    if (!before.value(QStringLiteral("held")).toBool()) {
        steps.append(toolStep(RemedyStepCode::AptMarkUnhold, QStringLiteral("apt-mark"),
                              {QStringLiteral("unhold"), debianPackage(target)}));
    }
    if (!before.value(QStringLiteral("grubEntry")).toString().isEmpty()) {
        steps.append(assignmentStep(RemedyStepCode::RestoreGrubDefault, kDefaultGrub,
                                    QStringLiteral("GRUB_DEFAULT"),
                                    recordedLine("grubDefaultPresent", "grubDefault"), false));
        steps.append(toolStep(RemedyStepCode::UpdateGrub, QStringLiteral("update-grub"), {}));
    }
    return steps;
}

bool KernelPinRemedy::verifyUndone(const QString& target, const QJsonObject& before,
                                   RemedyText* message) {
    if (before.value(QStringLiteral("family")).toString() == QLatin1String("fedora")) {
        bool existed = false;
        const bool dnf5 = before.value(QStringLiteral("dnf5")).toBool();
        const QString lock = fileText(m_context.root, lockFileFor(dnf5), &existed);
        QString problem;
        if (exactLocks(dnf5, lock, target, &problem) != locksBefore(before, target)) {
            *message = RemedyText::make(RemedyTextCode::KernelPinLockNotRestored,
                                        {lockFileFor(dnf5), target});
            return false;
        }
        *message = RemedyText::make(RemedyTextCode::KernelPinFedoraRestored, {kSysconfigKernel});
        return true;
    }
    const QString package = debianPackage(target);
    const ToolResult holds = m_context.tools.run(
        QStringLiteral("apt-mark"), {QStringLiteral("showhold")}, std::chrono::seconds(60));
    const bool held = holds.ok() && holds.output.split(QLatin1Char('\n')).contains(package);
    if (held != before.value(QStringLiteral("held")).toBool()) {
        *message = RemedyText::make(
            held ? RemedyTextCode::KernelPinStillHeld : RemedyTextCode::KernelPinHoldLost,
            {package});
        return false;
    }
    *message = RemedyText::make(RemedyTextCode::KernelPinDebianRestored, {package});
    return true;
}

QStringList KernelPinRemedy::touches(const QString& target, const QJsonObject& before) const {
    if (before.value(QStringLiteral("family")).toString() == QLatin1String("fedora")) {
        return {
            QStringLiteral("file:") + lockFileFor(before.value(QStringLiteral("dnf5")).toBool()),
            QStringLiteral("file:") + kSysconfigKernel, QStringLiteral("grubby default kernel")};
    }
    QStringList touched{QStringLiteral("apt hold ") + debianPackage(target)};
    if (!before.value(QStringLiteral("grubEntry")).toString().isEmpty()) {
        touched.append(QStringLiteral("file:") + kDefaultGrub);
    }
    return touched;
}

}  // namespace zd::helper
