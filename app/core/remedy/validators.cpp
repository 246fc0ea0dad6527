// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/validators.h"

#include <QRegularExpression>

#include "helper/contract.h"

namespace zd {

namespace {

// OpenZFS valid_char(): alphanumerics and "-_.: " (space is allowed).
bool isZfsNameChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'_' || u == u'.' || u == u':' || u == u' ';
}

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

// Printable rendering of a refused character for error messages.
QString describeChar(QChar c) {
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || !c.isPrint()) {
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
    return QStringLiteral("'%1'").arg(c);
}

}  // namespace

bool validatePlainText(const QString& value, const QString& what, QString* error) {
    if (value.size() > kMaxArgumentLength) {
        return fail(error, QStringLiteral("The %1 is %2 characters long; at most %3 are accepted.")
                               .arg(what)
                               .arg(value.size())
                               .arg(kMaxArgumentLength));
    }
    if (!value.isValidUtf16()) {
        return fail(error, QStringLiteral("The %1 is not valid Unicode text.").arg(what));
    }
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            return fail(error, QStringLiteral("The %1 contains the control character %2.")
                                   .arg(what, describeChar(c)));
        }
    }
    return true;
}

bool validateDatasetName(const QString& name, QString* error) {
    if (!validatePlainText(name, QStringLiteral("dataset name"), error)) {
        return false;
    }
    if (name.isEmpty()) {
        return fail(error, QStringLiteral("No dataset name was given."));
    }
    // zfs_namecheck: the whole name must be shorter than ZFS_MAX_DATASET_NAME_LEN (256).
    if (name.size() >= 256) {
        return fail(error, QStringLiteral("The dataset name is longer than ZFS allows (255)."));
    }
    if (name.contains(QLatin1Char('@'))) {
        return fail(
            error,
            QStringLiteral("'%1' is a snapshot; this needs a filesystem dataset.").arg(name));
    }
    if (name.contains(QLatin1Char('#'))) {
        return fail(
            error,
            QStringLiteral("'%1' is a bookmark; this needs a filesystem dataset.").arg(name));
    }
    if (name.startsWith(QLatin1Char('/'))) {
        return fail(error, QStringLiteral("A dataset name does not start with '/' (it is not a "
                                          "path): '%1'.")
                               .arg(name));
    }
    if (name.endsWith(QLatin1Char('/'))) {
        return fail(error, QStringLiteral("A dataset name does not end with '/': '%1'.").arg(name));
    }
    for (const QChar c : name) {
        if (c != QLatin1Char('/') && !isZfsNameChar(c)) {
            return fail(error, QStringLiteral("The dataset name contains %1, which ZFS does not "
                                              "allow in names.")
                                   .arg(describeChar(c)));
        }
    }
    const QStringList components = name.split(QLatin1Char('/'));
    for (const QString& component : components) {
        if (component.isEmpty()) {
            return fail(
                error,
                QStringLiteral("The dataset name has an empty component ('//'): '%1'.").arg(name));
        }
        if (component == QLatin1String(".") || component == QLatin1String("..")) {
            return fail(error, QStringLiteral("The dataset name has a '%1' component, which ZFS "
                                              "does not allow.")
                                   .arg(component));
        }
    }
    const QString& pool = components.first();
    const QChar first = pool.front();
    if (!((first >= QLatin1Char('a') && first <= QLatin1Char('z')) ||
          (first >= QLatin1Char('A') && first <= QLatin1Char('Z')))) {
        return fail(error,
                    QStringLiteral("A pool name starts with a letter; '%1' does not.").arg(pool));
    }
    // pool_namecheck() plus the userland reservations in zpool_name_valid().
    static const QRegularExpression reserved(
        QStringLiteral("^(mirror|raidz|draid|spare).*$|^log$|^c[0-9].*$"));
    if (reserved.match(pool).hasMatch()) {
        return fail(
            error,
            QStringLiteral("'%1' is a reserved or disk-like name, not a pool name.").arg(pool));
    }
    // ZFS_MAX_DATASET_NAME_LEN - 2 - 2 * strlen("$ORIGIN")
    if (pool.size() >= 256 - 2 - 14) {
        return fail(error, QStringLiteral("The pool name is longer than ZFS allows."));
    }
    return true;
}

bool validateLoopDeviceName(const QString& name, QString* error) {
    if (!validatePlainText(name, QStringLiteral("loop device name"), error)) {
        return false;
    }
    static const QRegularExpression loop(QStringLiteral("^loop(0|[1-9][0-9]{0,8})$"));
    if (!loop.match(name).hasMatch()) {
        return fail(error, QStringLiteral("'%1' is not a loop device name (expected loopN, for "
                                          "example loop0; not a path).")
                               .arg(name));
    }
    return true;
}

bool validateKernelRelease(const QString& release, QString* error) {
    if (!validatePlainText(release, QStringLiteral("kernel release"), error)) {
        return false;
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9][A-Za-z0-9._+~-]{0,127}$"));
    if (!pattern.match(release).hasMatch() || release.contains(QStringLiteral(".."))) {
        return fail(error, QStringLiteral("'%1' is not a kernel release (expected what `uname -r` "
                                          "prints, for example 6.12.24-200.fc41.x86_64).")
                               .arg(release));
    }
    return true;
}

bool validateChangeId(const QString& id, QString* error) {
    if (!validatePlainText(id, QStringLiteral("change id"), error)) {
        return false;
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$"));
    if (!pattern.match(id).hasMatch()) {
        return fail(error,
                    QStringLiteral("'%1' is not a change id (see `zfs-doctor history`).").arg(id));
    }
    return true;
}

bool validateRemedyTarget(const QString& verb, const QString& target, QString* error) {
    using helper::TargetKind;
    switch (helper::targetKindForFix(verb)) {
        case TargetKind::None:
            return target.isEmpty() ||
                   fail(error, QStringLiteral("The remedy %1 takes no target, but '%2' was given.")
                                   .arg(verb, target.left(64)));
        case TargetKind::Dataset:
            return validateDatasetName(target, error);
        case TargetKind::LoopDevice:
            return validateLoopDeviceName(target, error);
        case TargetKind::KernelRelease:
            return validateKernelRelease(target, error);
    }
    return fail(error, QStringLiteral("The remedy %1 has no known target kind.").arg(verb));
}

bool isRemedyVerb(const QString& verb) {
    return helper::findRemedy(verb) != nullptr;
}
bool isProbeVerb(const QString& verb) {
    return helper::probeVerbs().contains(verb);
}

}  // namespace zd
