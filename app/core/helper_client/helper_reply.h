// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One answer of zfs-doctor-helper as HelperClient delivers it: the method's
// JSON document, or an error name with its message. displayMessage() is the
// one place where a D-Bus error becomes a sentence for people; the CLI prints
// it and the window shows it.

#include <QJsonObject>
#include <QString>

namespace zd {

// Errors the client itself reports (the helper never sends these): the call
// could not be made or did not end in time, or its answer was unreadable.
inline constexpr const char* kClientErrorNoBus = "org.zfsdoctor.Client.Error.NoSystemBus";
inline constexpr const char* kClientErrorTimeout = "org.zfsdoctor.Client.Error.Timeout";
inline constexpr const char* kClientErrorBadReply = "org.zfsdoctor.Client.Error.BadReply";

struct HelperReply {
    bool ok = false;
    QJsonObject result;    // the method's JSON answer when ok
    QString errorName;     // D-Bus (or client) error name otherwise
    QString errorMessage;  // the helper's sentence, or the bus library's words

    static HelperReply success(const QJsonObject& result);
    static HelperReply failure(const QString& name, const QString& message);

    bool notAuthorized() const;
    bool cancelled() const;
    bool refused() const;
    // The call could not reach the helper, or got no answer in time.
    bool unreachable() const;
    bool timedOut() const;

    // Words for people, in the user's language: for the helper's errors a
    // sentence chosen by the stable error name followed by the helper's own
    // English sentence as the detail ("… The helper says: Not authorized:
    // …"); plain words for a transport failure (no system bus, helper not
    // installed, no answer in time). Empty when ok.
    QString displayMessage() const;
};

}  // namespace zd
