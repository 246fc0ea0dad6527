// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>

namespace zd {

namespace {

constexpr int kFormatVersion = 1;

QJsonObject stateToJson(const RemotePropertyState& state) {
    return {{QStringLiteral("value"), state.value}, {QStringLiteral("source"), state.source}};
}

RemotePropertyState stateFromJson(const QJsonObject& object) {
    return {object.value(QStringLiteral("value")).toString(),
            object.value(QStringLiteral("source")).toString()};
}

}  // namespace

QJsonObject RemoteJournalEntry::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time},
            {QStringLiteral("host"), host},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("property"), property},
            {QStringLiteral("requestedValue"), requestedValue},
            {QStringLiteral("before"), stateToJson(before)},
            {QStringLiteral("after"), stateToJson(after)},
            {QStringLiteral("command"), command},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("undoTime"), undoTime},
            {QStringLiteral("undoCommand"), undoCommand}};
}

std::optional<RemoteJournalEntry> RemoteJournalEntry::fromJson(const QJsonObject& object,
                                                               QString* error) {
    RemoteJournalEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.time = object.value(QStringLiteral("time")).toString();
    entry.host = object.value(QStringLiteral("host")).toString();
    entry.dataset = object.value(QStringLiteral("dataset")).toString();
    entry.property = object.value(QStringLiteral("property")).toString();
    entry.requestedValue = object.value(QStringLiteral("requestedValue")).toString();
    entry.before = stateFromJson(object.value(QStringLiteral("before")).toObject());
    entry.after = stateFromJson(object.value(QStringLiteral("after")).toObject());
    entry.command = object.value(QStringLiteral("command")).toString();
    entry.status = object.value(QStringLiteral("status")).toString();
    entry.message = object.value(QStringLiteral("message")).toString();
    entry.undoTime = object.value(QStringLiteral("undoTime")).toString();
    entry.undoCommand = object.value(QStringLiteral("undoCommand")).toString();
    if (entry.id.isEmpty() || entry.host.isEmpty() || entry.dataset.isEmpty() ||
        entry.property.isEmpty() || entry.status.isEmpty()) {
        if (error) {
            *error =
                QStringLiteral("journal entry '%1' lacks id, host, dataset, property or status")
                    .arg(entry.id);
        }
        return std::nullopt;
    }
    return entry;
}

RemoteJournal::RemoteJournal(QString path) : m_path(path.isEmpty() ? defaultPath() : path) {}

QString RemoteJournal::defaultPath() {
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base)) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/zfs-doctor/remote-journal.json");
}

QString RemoteJournal::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RemoteJournal::now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<QList<RemoteJournalEntry>> RemoteJournal::load(QString* error) const {
    QList<RemoteJournalEntry> entries;
    QFile file(m_path);
    if (!file.exists()) {
        return entries;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = QStringLiteral("%1 is not a valid journal (%2)")
                         .arg(m_path, parseError.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        if (error) {
            *error = QStringLiteral("%1 has an unknown format version").arg(m_path);
        }
        return std::nullopt;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("entries")).toArray()) {
        const std::optional<RemoteJournalEntry> entry =
            RemoteJournalEntry::fromJson(value.toObject(), error);
        if (!entry) {
            return std::nullopt;
        }
        entries.append(*entry);
    }
    return entries;
}

std::optional<RemoteJournalEntry> RemoteJournal::find(const QString& id, QString* error) const {
    const std::optional<QList<RemoteJournalEntry>> entries = load(error);
    if (!entries) {
        return std::nullopt;
    }
    for (const RemoteJournalEntry& entry : *entries) {
        if (entry.id == id) {
            return entry;
        }
    }
    if (error) {
        *error = QStringLiteral("no remote change with id %1 in %2").arg(id, m_path);
    }
    return std::nullopt;
}

bool RemoteJournal::save(const RemoteJournalEntry& entry, QString* error) {
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        }
        return false;
    }
    // Two zfs-doctor processes must not interleave read-modify-write.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        if (error) {
            *error = QStringLiteral("%1 is locked by another zfs-doctor").arg(m_path);
        }
        return false;
    }
    std::optional<QList<RemoteJournalEntry>> entries = load(error);
    if (!entries) {
        return false;
    }
    bool replaced = false;
    for (RemoteJournalEntry& existing : *entries) {
        if (existing.id == entry.id) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced) {
        entries->append(entry);
    }
    QJsonArray array;
    for (const RemoteJournalEntry& existing : *entries) {
        array.append(existing.toJson());
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("entries"), array}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    return true;
}

}  // namespace zd
