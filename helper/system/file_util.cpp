// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "system/file_util.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#ifdef ZD_HAVE_SELINUX
#include <selinux/selinux.h>
#endif
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace zd::helper {

namespace {

QString errnoText(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

bool fsyncDirectory(const QString& directory, QString* error) {
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (error) {
            *error = QStringLiteral("cannot open %1: %2").arg(directory, errnoText(errno));
        }
        return false;
    }
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        if (error) {
            *error = QStringLiteral("cannot sync %1: %2").arg(directory, errnoText(saved));
        }
        return false;
    }
    return true;
}

// Gives the temporary file the identity of the file it replaces: mode,
// owner and group, and the SELinux context (through libselinux where it is
// built in; Fedora labels /etc/default/grub and friends, and a file created
// by rename would otherwise carry the directory's default label).
bool copyIdentity(const QByteArray& existing, int temporary, QString* error) {
    const int fd = ::open(existing.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const int saved = fd < 0 ? errno : EINVAL;
        if (fd >= 0) {
            ::close(fd);
        }
        if (error) {
            *error = QStringLiteral("%1 is not a regular file (%2); refusing to replace it")
                         .arg(QFile::decodeName(existing), errnoText(saved));
        }
        return false;
    }
    bool ok = ::fchown(temporary, info.st_uid, info.st_gid) == 0 &&
              ::fchmod(temporary, info.st_mode & 07777) == 0;
    int saved = errno;
#ifdef ZD_HAVE_SELINUX
    char* context = nullptr;
    if (ok && ::fgetfilecon_raw(fd, &context) >= 0 && context) {
        ok = ::fsetfilecon_raw(temporary, context) == 0;
        saved = errno;
        ::freecon(context);
    }
#endif
    ::close(fd);
    if (!ok && error) {
        *error = QStringLiteral("cannot give the new %1 the old one's owner, mode or label: %2")
                     .arg(QFile::decodeName(existing), errnoText(saved));
    }
    return ok;
}

}  // namespace

bool writeFileAtomically(const QString& path, const QByteArray& content, int mode, QString* error) {
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    const QString temporary =
        QStringLiteral("%1/.%2.tmp-%3")
            .arg(directory, info.fileName())
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const int fd =
        ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
               static_cast<mode_t>(mode));
    if (fd < 0) {
        if (error) {
            *error = QStringLiteral("cannot create %1: %2").arg(temporary, errnoText(errno));
        }
        return false;
    }
    qint64 written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written,
                                  static_cast<size_t>(content.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int saved = errno;
            ::close(fd);
            ::unlink(temporaryName.constData());
            if (error) {
                *error = QStringLiteral("cannot write %1: %2").arg(temporary, errnoText(saved));
            }
            return false;
        }
        written += n;
    }
    // A replaced file keeps its identity; a new one gets `mode` exactly
    // (fchmod: the umask must not weaken or strengthen it).
    const QByteArray target = QFile::encodeName(path);
    struct stat existing {};
    const bool replacing = ::lstat(target.constData(), &existing) == 0;
    if (replacing ? !copyIdentity(target, fd, error)
                  : ::fchmod(fd, static_cast<mode_t>(mode)) != 0) {
        const int saved = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        if (error && !replacing) {
            *error =
                QStringLiteral("cannot set the mode of %1: %2").arg(temporary, errnoText(saved));
        }
        return false;
    }
    if (::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        if (error) {
            *error = QStringLiteral("cannot sync %1: %2").arg(temporary, errnoText(saved));
        }
        return false;
    }
    ::close(fd);
    if (::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int saved = errno;
        ::unlink(temporaryName.constData());
        if (error) {
            *error = QStringLiteral("cannot replace %1: %2").arg(path, errnoText(saved));
        }
        return false;
    }
    return fsyncDirectory(directory, error);
}

bool removeFileDurably(const QString& path, QString* error) {
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        if (errno == ENOENT) {
            return true;
        }
        if (error) {
            *error = QStringLiteral("cannot remove %1: %2").arg(path, errnoText(errno));
        }
        return false;
    }
    return fsyncDirectory(QFileInfo(path).absolutePath(), error);
}

std::optional<QByteArray> readSmallFile(const QString& path, QString* error, qint64 limit) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno != ENOENT && error) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, errnoText(errno));
        } else if (error) {
            error->clear();
        }
        return std::nullopt;
    }
    QByteArray content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            if (error) {
                *error = QStringLiteral("cannot read %1: %2").arg(path, errnoText(saved));
            }
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        content.append(buffer, n);
        if (content.size() > limit) {
            ::close(fd);
            if (error) {
                *error = QStringLiteral("%1 is larger than expected").arg(path);
            }
            return std::nullopt;
        }
    }
    ::close(fd);
    if (error) {
        error->clear();
    }
    return content;
}

bool ensureDirectory(const QString& path, int mode, QString* error) {
    const QFileInfo info(path);
    if (info.isSymLink()) {
        if (error) {
            *error = QStringLiteral("%1 is a symbolic link; refusing to use it").arg(path);
        }
        return false;
    }
    if (info.isDir()) {
        return true;
    }
    if (!QDir().mkpath(path)) {
        if (error) {
            *error = QStringLiteral("cannot create directory %1").arg(path);
        }
        return false;
    }
    ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode));
    return true;
}

}  // namespace zd::helper
