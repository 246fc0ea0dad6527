// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remedy/change_journal.h"

#include <spdlog/spdlog.h>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "remedy/validators.h"

namespace zd {

namespace {

constexpr qint64 kMaxRecordSize = 1024 * 1024;

bool fail(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

QString errnoText(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

// The journal directory, created 0700 if missing. An existing one must be a
// real directory (not a symlink) that only its owner can write.
bool preparedDirectory(const QString& directory, QString* error) {
    const QByteArray path = QFile::encodeName(directory);
    struct stat info {};
    if (::lstat(path.constData(), &info) != 0) {
        if (errno != ENOENT) {
            return fail(error,
                        QStringLiteral("cannot inspect %1: %2").arg(directory, errnoText(errno)));
        }
        const QString parent = QFileInfo(directory).absolutePath();
        if (!QDir().mkpath(parent) || ::mkdir(path.constData(), 0700) != 0) {
            return fail(error,
                        QStringLiteral("cannot create %1: %2").arg(directory, errnoText(errno)));
        }
        return true;
    }
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 022) != 0) {
        return fail(error,
                    QStringLiteral("%1 is not a private directory of this user").arg(directory));
    }
    return true;
}

bool syncDirectory(const QString& directory, QString* error) {
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int saved = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        return fail(error, QStringLiteral("cannot sync %1: %2").arg(directory, errnoText(saved)));
    }
    ::close(fd);
    return true;
}

// A journal file: a regular file (never a link), at most kMaxRecordSize.
std::optional<QByteArray> readRecordFile(const QString& path, QString* error, bool* missing) {
    *missing = false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *missing = errno == ENOENT;
        fail(error, QStringLiteral("cannot read %1: %2").arg(path, errnoText(errno)));
        return std::nullopt;
    }
    QFile file;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > kMaxRecordSize ||
        !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        fail(error, QStringLiteral("%1 is not a regular file of at most 1 MiB").arg(path));
        return std::nullopt;
    }
    return file.read(kMaxRecordSize + 1);
}

}  // namespace

ChangeJournal::ChangeJournal(QString directory, ChangeRecord::Origin origin)
    : m_directory(std::move(directory)), m_origin(origin) {}

bool ChangeJournal::save(const ChangeRecord& record, QString* error) {
    const QJsonObject json = record.toJson();
    QString why;
    if (!ChangeRecord::fromJson(json, m_origin, &why)) {
        return fail(error, QStringLiteral("refusing to journal a record that could not be read "
                                          "back: %1")
                               .arg(why));
    }
    if (!preparedDirectory(m_directory, error)) {
        return false;
    }
    QSaveFile file(m_directory + QLatin1Char('/') + record.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return fail(error,
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (!syncDirectory(m_directory, error)) {
        return false;
    }
    if (m_afterSave) {
        m_afterSave();
    }
    return true;
}

std::optional<ChangeRecord> ChangeJournal::load(const QString& id, QString* error) const {
    if (!validateChangeId(id, error)) {
        return std::nullopt;
    }
    const QString path = m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
    bool missing = false;
    QString readError;
    const auto content = readRecordFile(path, &readError, &missing);
    if (!content && missing) {
        fail(error, QStringLiteral("There is no change %1 in the journal.").arg(id));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        content ? QJsonDocument::fromJson(*content, &parseError) : QJsonDocument();
    QString why;
    std::optional<ChangeRecord> record;
    if (!content) {
        why = readError;
    } else if (!document.isObject()) {
        why = QStringLiteral("journal entry %1 is damaged: %2").arg(id, parseError.errorString());
    } else {
        record = ChangeRecord::fromJson(document.object(), m_origin, &why);
        if (record && record->id != id) {
            why = QStringLiteral("journal file %1.json holds change %2").arg(id, record->id);
            record.reset();
        }
    }
    if (!record) {
        spdlog::warn("journal {}: {}", path.toStdString(), why.toStdString());
        fail(error,
             QStringLiteral("Change %1 cannot be used: %2. Nothing was changed.").arg(id, why));
    }
    return record;
}

QList<ChangeRecord> ChangeJournal::all(QStringList* problems) const {
    QList<ChangeRecord> records;
    const QStringList files =
        QDir(m_directory)
            .entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString& file : files) {
        QString error;
        const auto record = load(file.chopped(5), &error);
        if (record) {
            records.append(*record);
        } else if (problems) {
            problems->append(QStringLiteral("%1: %2").arg(file, error));
        }
    }
    // Newest first; `time` has milliseconds, the id breaks ties.
    std::sort(records.begin(), records.end(), [](const ChangeRecord& a, const ChangeRecord& b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    return records;
}

QString ChangeJournal::newId() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral("-%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                     QLatin1Char('0'));
}

QString ChangeJournal::now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}  // namespace zd
