// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client/helper_reply.h"

#include <QCoreApplication>

#include "helper/contract.h"

namespace zd {

namespace {

bool isOneOf(const QString& name, std::initializer_list<const char*> names) {
    for (const char* candidate : names) {
        if (name == QLatin1String(candidate)) {
            return true;
        }
    }
    return false;
}

// The helper runs as root without the user's locale, so its own sentences
// are English. Each of its stable error names gets a sentence in the user's
// language here; the helper's sentence follows as the technical detail.
// QT_TRANSLATE_NOOP marks each sentence for lupdate.
struct ErrorSentence {
    const char* name;
    const char* sentence;
};
constexpr ErrorSentence kErrorSentences[] = {
    {helper::kErrorNotAuthorized,
     QT_TRANSLATE_NOOP("zd::HelperReply", "Authorization was denied. Nothing was changed.")},
    {helper::kErrorCancelled,
     QT_TRANSLATE_NOOP("zd::HelperReply", "Authorization was cancelled. Nothing was changed.")},
    {helper::kErrorAuthorizationUnavailable,
     QT_TRANSLATE_NOOP("zd::HelperReply",
                       "The authorization service (polkit) could not be "
                       "asked, so the helper did nothing.")},
    {helper::kErrorInvalidArgument,
     QT_TRANSLATE_NOOP("zd::HelperReply",
                       "The helper rejected the request as not valid and did nothing.")},
    {helper::kErrorUnknownVerb,
     QT_TRANSLATE_NOOP("zd::HelperReply",
                       "The installed helper does not know this remedy or "
                       "probe; it may be older than this ZFS Doctor.")},
    {helper::kErrorNotFound,
     QT_TRANSLATE_NOOP("zd::HelperReply", "The helper could not find what the request names.")},
    {helper::kErrorUnknownChange,
     QT_TRANSLATE_NOOP("zd::HelperReply", "The change history has no such change.")},
    {helper::kErrorRefused,
     QT_TRANSLATE_NOOP("zd::HelperReply", "The helper refused to carry this out.")},
    {helper::kErrorToolMissing,
     QT_TRANSLATE_NOOP("zd::HelperReply", "A program the helper needs for this is not installed.")},
    {helper::kErrorBusy, QT_TRANSLATE_NOOP("zd::HelperReply",
                                           "The helper is busy: too many requests are waiting "
                                           "for authorization. Try again in a moment.")},
    {helper::kErrorFailed,
     QT_TRANSLATE_NOOP("zd::HelperReply",
                       "The helper could not complete the request. The change history "
                       "(zfs-doctor history, or the History page) shows whether anything was "
                       "changed.")},
};

// Empty for a name this client does not know (a newer helper).
QString helperErrorSentence(const QString& name) {
    for (const ErrorSentence& known : kErrorSentences) {
        if (name == QLatin1String(known.name)) {
            return QCoreApplication::translate("zd::HelperReply", known.sentence);
        }
    }
    return {};
}

// D-Bus activation could not start the helper, or nobody owns its name.
bool helperMissing(const QString& name) {
    return isOneOf(name, {"org.freedesktop.DBus.Error.ServiceUnknown",
                          "org.freedesktop.DBus.Error.NameHasNoOwner"}) ||
           name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
}

}  // namespace

HelperReply HelperReply::success(const QJsonObject& result) {
    HelperReply reply;
    reply.ok = true;
    reply.result = result;
    return reply;
}

HelperReply HelperReply::failure(const QString& name, const QString& message) {
    HelperReply reply;
    reply.errorName = name;
    reply.errorMessage = message;
    return reply;
}

bool HelperReply::notAuthorized() const {
    return errorName == QLatin1String(helper::kErrorNotAuthorized);
}

bool HelperReply::cancelled() const {
    return errorName == QLatin1String(helper::kErrorCancelled);
}

bool HelperReply::refused() const {
    return errorName == QLatin1String(helper::kErrorRefused);
}

bool HelperReply::timedOut() const {
    return isOneOf(errorName, {kClientErrorTimeout, "org.freedesktop.DBus.Error.NoReply",
                               "org.freedesktop.DBus.Error.Timeout"});
}

bool HelperReply::unreachable() const {
    return !ok && (timedOut() || helperMissing(errorName) ||
                   isOneOf(errorName, {kClientErrorNoBus, "org.freedesktop.DBus.Error.NoServer",
                                       "org.freedesktop.DBus.Error.Disconnected"}));
}

QString HelperReply::displayMessage() const {
    // Literal translate() calls, so that lupdate finds every sentence.
    if (ok) {
        return {};
    }
    if (helperMissing(errorName)) {
        return QCoreApplication::translate(
            "zd::HelperReply",
            "The ZFS Doctor helper is not installed or could not be started (D-Bus "
            "service org.zfsdoctor.Helper), so nothing was probed or changed.");
    }
    if (isOneOf(errorName, {kClientErrorNoBus, "org.freedesktop.DBus.Error.NoServer",
                            "org.freedesktop.DBus.Error.Disconnected"})) {
        return QCoreApplication::translate(
                   "zd::HelperReply",
                   "The system bus cannot be reached, so the ZFS Doctor helper cannot be asked "
                   "(%1). Nothing was changed.")
            .arg(errorMessage.isEmpty() ? errorName : errorMessage);
    }
    if (timedOut()) {
        return QCoreApplication::translate(
            "zd::HelperReply",
            "The helper did not answer in time. If a change was requested, the change "
            "history (zfs-doctor history, or the History page) shows whether it was made.");
    }
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")) {
        return QCoreApplication::translate(
                   "zd::HelperReply",
                   "The system bus refused the call to the helper (%1). Nothing was changed.")
            .arg(errorMessage);
    }
    // The helper's errors: a sentence chosen by the error name, then the
    // helper's own (English) sentence, never dropped.
    if (const QString sentence = helperErrorSentence(errorName); !sentence.isEmpty()) {
        return errorMessage.isEmpty()
                   ? sentence
                   : QCoreApplication::translate("zd::HelperReply", "%1 The helper says: %2")
                         .arg(sentence, errorMessage);
    }
    // An error name of a newer helper, and the client's unreadable-answer
    // error (translated where it is made), are complete sentences already.
    if (errorName.startsWith(QLatin1String("org.zfsdoctor."))) {
        return errorMessage.isEmpty() ? errorName : errorMessage;
    }
    return QCoreApplication::translate("zd::HelperReply", "The helper call failed: %1 (%2).")
        .arg(errorMessage, errorName);
}

}  // namespace zd
