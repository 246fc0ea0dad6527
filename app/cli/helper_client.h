// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The CLI's (and later the window's) client for zfs-doctor-helper on the
// system bus. Every call returns the helper's JSON answer or its D-Bus error;
// Progress signals, which the helper sends only to this connection, are
// passed to an optional callback.

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace zd::cli {

struct HelperReply {
    bool ok = false;
    QJsonObject result;    // the parsed JSON answer when ok
    QString errorName;     // D-Bus error name otherwise
    QString errorMessage;  // the helper's sentence (or the bus's)
};

class HelperClient : public QObject {
    Q_OBJECT
  public:
    using ProgressCallback =
        std::function<void(const QString& changeId, const QString& step, const QString& message)>;
    explicit HelperClient(QObject* parent = nullptr);
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    HelperReply probe(const QString& probe, const QString& dataset);
    HelperReply previewFix(const QString& fix, const QString& target, const QString& option);
    HelperReply applyFix(const QString& fix, const QString& target, const QString& option);
    HelperReply undo(const QString& changeId);
    HelperReply undoAll();
    HelperReply history();
    HelperReply version();

    // One sentence for people: "Not authorized: ...", "The helper is not
    // installed ...". Adds "Nothing was changed." where that is known.
    static QString describeError(const HelperReply& reply);

  private Q_SLOTS:
    void onProgress(const QString& changeId, const QString& step, const QString& message);

  private:
    HelperReply call(const QString& method, const QVariantList& arguments);
    ProgressCallback m_progress;
    bool m_subscribed = false;
};

}  // namespace zd::cli
