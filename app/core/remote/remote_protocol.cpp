// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_protocol.h"

#include <QRegularExpression>

#include "remote/shell_quote.h"

namespace zd {

namespace {

// Runs with `sh` (dash, bash, busybox sh...): the login shell only parses our
// quoted words, whatever it is, as long as it is POSIX-like (sh, bash, zsh).
// Positional parameters: $1 = time limit in seconds, then argv.
constexpr const char kRunProgram[] = R"(t=$1
shift
printf 'zd-start\n'
case $1 in
*/*) if [ -e "$1" ]; then if [ -f "$1" ] && [ -x "$1" ]; then :; else printf 'zd-denied\n'; exit 0; fi; else printf 'zd-notfound\n'; exit 0; fi ;;
*) if command -v "$1" >/dev/null 2>&1; then :; else printf 'zd-notfound\n'; exit 0; fi ;;
esac
if command -v timeout >/dev/null 2>&1; then timeout -k 2 "$t" "$@" </dev/null; else "$@" </dev/null; fi
r=$?
printf '\nzd-exit %d\n' "$r"
exit 0)";

// Positional parameters: pairs of (request letter, path). Output per item:
//   zd-item KIND / hex(path) / zd-data / hex(data) [/ zd-msg / hex(message)] / zd-end STATUS
// POSIX sh has no local variables: every function uses its own prefix
// (re_, ne_, wf_, lo_) so that one call cannot clobber its caller's loop.
constexpr const char kReadProgram[] = R"(hx() { od -An -v -tx1; }
hdr() { printf 'zd-item %s\n' "$1"; printf '%s' "$2" | hx; printf 'zd-data\n'; }
readf() {
hdr f "$1"
if [ -e "$1" ] || [ -L "$1" ]; then :; else printf 'zd-end notfound\n'; return; fi
if [ -d "$1" ]; then printf 'zd-end isdir\n'; return; fi
if [ -f "$1" ]; then :; else printf 'zd-end notreg\n'; return; fi
{ re_err=$(od -An -v -tx1 -- "$1" 2>&1 >&3); re_rc=$?; } 3>&1
if [ "$re_rc" -eq 0 ]; then printf 'zd-end ok\n'; return; fi
case $re_err in
*'Permission denied'*|*'Operation not permitted'*) printf 'zd-end denied\n' ;;
*'No such file'*) printf 'zd-end notfound\n' ;;
*) printf 'zd-msg\n'; printf '%s' "$re_err" | hx; printf 'zd-end error\n' ;;
esac
}
names() { for ne_e in "$1"/* "$1"/.*; do ne_n=${ne_e##*/}; case $ne_n in .|..) continue ;; esac; if [ -e "$ne_e" ] || [ -L "$ne_e" ]; then if [ "$2" = t ] && [ -d "$ne_e" ]; then ne_n="$ne_n/"; fi; printf '%s\000' "$ne_n"; fi; done; }
listd() {
hdr "$2" "$1"
if [ -d "$1" ]; then :; elif [ -e "$1" ]; then printf 'zd-end notdir\n'; return 1; else printf 'zd-end notfound\n'; return 1; fi
if [ -r "$1" ] && [ -x "$1" ]; then :; else printf 'zd-end denied\n'; return 1; fi
names "$1" "$2" | hx
printf 'zd-end ok\n'
}
withfiles() { if listd "$1" d; then for wf_e in "$1"/* "$1"/.*; do if [ -f "$wf_e" ]; then readf "$wf_e"; fi; done; fi; }
loops() {
hdr l /sys/block
for lo_e in /sys/block/loop*; do if [ -e "$lo_e/loop/backing_file" ]; then printf '%s\000' "${lo_e##*/}"; fi; done | hx
printf 'zd-end ok\n'
for lo_e in /sys/block/loop*; do
if [ -e "$lo_e/loop/backing_file" ]; then :; else continue; fi
readf "$lo_e/ro"
readf "$lo_e/size"
readf "$lo_e/queue/logical_block_size"
if listd "$lo_e/loop" d; then for lo_a in "$lo_e"/loop/*; do if [ -f "$lo_a" ]; then readf "$lo_a"; fi; done; fi
done
}
while [ $# -ge 2 ]; do
case $1 in
f) readf "$2" ;;
d) listd "$2" d ;;
t) listd "$2" t ;;
p) withfiles "$2" ;;
l) loops ;;
esac
shift 2
done
printf 'zd-done\n')";

QString cleanEnvironmentPrefix(const QString& searchPath) {
    // env -i: nothing of the login environment (aliases, LANG, a PATH with
    // user directories) leaks into what we run; C locale for stable output.
    return QStringLiteral("exec env -i PATH=%1 LC_ALL=C LANG=C sh -c ")
        .arg(shellQuote(searchPath).value_or(QStringLiteral("''")));
}

bool isHexLine(const QByteArray& line) {
    for (const char c : line) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ' ')) {
            return false;
        }
    }
    return true;
}

bool appendHex(const QByteArray& line, QByteArray* out) {
    if (!isHexLine(line)) {
        return false;
    }
    const QList<QByteArray> pairs = line.simplified().split(' ');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        if (pair.size() != 2) {
            return false;
        }
        bool ok = false;
        const int value = pair.toInt(&ok, 16);
        if (!ok) {
            return false;
        }
        out->append(char(value));
    }
    return true;
}

}  // namespace

std::optional<QString> remoteRunCommandLine(const QStringList& argv, const QString& searchPath,
                                            std::chrono::milliseconds timeout) {
    if (argv.isEmpty()) {
        return std::nullopt;
    }
    // Whole seconds, rounded up, at least 1: `timeout 0` would mean "none".
    const qint64 seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
    QStringList words{QStringLiteral("zd-run"), QString::number(seconds)};
    words << argv;
    const std::optional<QString> program = shellQuote(QLatin1String(kRunProgram));
    const std::optional<QString> arguments = shellCommandLine(words);
    if (!program || !arguments) {
        return std::nullopt;
    }
    return cleanEnvironmentPrefix(searchPath) + *program + QLatin1Char(' ') + *arguments;
}

RemoteRunOutput parseRemoteRunOutput(const QByteArray& standardOutput) {
    RemoteRunOutput result;
    // A login shell's startup files may print something before our wrapper
    // runs (bash sources ~/.bashrc for ssh commands): skip to our marker.
    static const QByteArray start("zd-start\n");
    qsizetype at = standardOutput.startsWith(start) ? 0 : standardOutput.indexOf("\n" + start);
    if (at < 0) {
        result.status = RemoteRunOutput::Status::Garbled;
        return result;
    }
    if (at > 0) {
        at += 1;
    }
    const QByteArray rest = standardOutput.mid(at + start.size());
    if (rest == "zd-notfound\n") {
        result.status = RemoteRunOutput::Status::NotFound;
        return result;
    }
    if (rest == "zd-denied\n") {
        result.status = RemoteRunOutput::Status::PermissionDenied;
        return result;
    }
    // The trailer is the LAST "\nzd-exit N\n": whatever the program printed
    // comes before it, so the program cannot forge our status.
    static const QRegularExpression trailer(QStringLiteral("\nzd-exit ([0-9]{1,3})\n$"));
    const QString tail = QString::fromLatin1(rest.right(16));
    const QRegularExpressionMatch match = trailer.match(tail);
    if (!match.hasMatch()) {
        result.status = RemoteRunOutput::Status::Truncated;
        result.output = rest;
        return result;
    }
    const qsizetype trailerLength = match.capturedLength(0);
    result.output = rest.left(rest.size() - trailerLength);
    result.exitCode = match.captured(1).toInt();
    // coreutils timeout: 124 = limit reached (TERM worked), 137 = needed KILL.
    result.status = (result.exitCode == 124 || result.exitCode == 137)
                        ? RemoteRunOutput::Status::TimedOut
                        : RemoteRunOutput::Status::Ran;
    return result;
}

std::optional<QString> remoteReadCommandLine(const QList<RemoteReadRequest>& requests) {
    QStringList words{QStringLiteral("zd-read")};
    for (const RemoteReadRequest& request : requests) {
        switch (request.kind) {
            case RemoteReadRequest::Kind::File:
                words << QStringLiteral("f") << request.path;
                break;
            case RemoteReadRequest::Kind::Directory:
                words << QStringLiteral("d") << request.path;
                break;
            case RemoteReadRequest::Kind::TypedDirectory:
                words << QStringLiteral("t") << request.path;
                break;
            case RemoteReadRequest::Kind::DirectoryWithFiles:
                words << QStringLiteral("p") << request.path;
                break;
            case RemoteReadRequest::Kind::LoopDevices:
                words << QStringLiteral("l") << QStringLiteral("-");
                break;
        }
    }
    const std::optional<QString> program = shellQuote(QLatin1String(kReadProgram));
    const std::optional<QString> arguments = shellCommandLine(words);
    if (!program || !arguments) {
        return std::nullopt;
    }
    return cleanEnvironmentPrefix(QStringLiteral("/usr/bin:/bin")) + *program + QLatin1Char(' ') +
           *arguments;
}

std::optional<QList<RemoteReadItem>> parseRemoteReadOutput(const QByteArray& standardOutput,
                                                           QString* error) {
    auto fail = [error](const QString& message) -> std::optional<QList<RemoteReadItem>> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    enum class State { Between, Path, Data, Message };
    QList<RemoteReadItem> items;
    RemoteReadItem current;
    QByteArray pathBytes;
    QByteArray messageBytes;
    State state = State::Between;
    bool done = false;
    const QList<QByteArray> lines = standardOutput.split('\n');
    // Skip whatever a login shell's startup files printed before the program ran.
    qsizetype first = 0;
    while (first < lines.size() && !lines.at(first).startsWith("zd-item ") &&
           lines.at(first) != "zd-done") {
        ++first;
    }
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (done) {
            if (!line.isEmpty() || i != lines.size() - 1) {
                return fail(QStringLiteral("unexpected output after the end marker"));
            }
            continue;
        }
        if (state == State::Between) {
            if (line == "zd-done") {
                done = true;
                continue;
            }
            if (!line.startsWith("zd-item ")) {
                return fail(QStringLiteral("expected an item header, got '%1'")
                                .arg(QString::fromUtf8(line.left(60))));
            }
            const QByteArray kind = line.mid(8);
            current = RemoteReadItem{};
            pathBytes.clear();
            messageBytes.clear();
            if (kind == "f") {
                current.kind = RemoteReadItem::Kind::File;
            } else if (kind == "d") {
                current.kind = RemoteReadItem::Kind::Directory;
            } else if (kind == "t") {
                current.kind = RemoteReadItem::Kind::TypedDirectory;
            } else if (kind == "l") {
                current.kind = RemoteReadItem::Kind::LoopList;
            } else {
                return fail(QStringLiteral("unknown item kind '%1'").arg(QString::fromUtf8(kind)));
            }
            state = State::Path;
            continue;
        }
        if (state == State::Path) {
            if (line == "zd-data") {
                current.path = QString::fromUtf8(pathBytes);
                state = State::Data;
                continue;
            }
            if (!appendHex(line, &pathBytes)) {
                return fail(QStringLiteral("malformed path encoding"));
            }
            continue;
        }
        if (line.startsWith("zd-end ")) {
            const QByteArray status = line.mid(7);
            using S = RemoteReadItem::Status;
            if (status == "ok") {
                current.status = S::Ok;
            } else if (status == "notfound") {
                current.status = S::NotFound;
            } else if (status == "denied") {
                current.status = S::PermissionDenied;
            } else if (status == "notdir") {
                current.status = S::NotADirectory;
            } else if (status == "isdir") {
                current.status = S::IsADirectory;
            } else if (status == "notreg") {
                current.status = S::NotARegularFile;
            } else if (status == "error") {
                current.status = S::Error;
            } else {
                return fail(QStringLiteral("unknown status '%1'").arg(QString::fromUtf8(status)));
            }
            current.message = QString::fromUtf8(messageBytes).trimmed();
            items.append(current);
            state = State::Between;
            continue;
        }
        if (state == State::Data && line == "zd-msg") {
            state = State::Message;
            continue;
        }
        if (state == State::Data) {
            if (!appendHex(line, &current.data)) {
                return fail(QStringLiteral("malformed data encoding"));
            }
            continue;
        }
        if (!appendHex(line, &messageBytes)) {
            return fail(QStringLiteral("malformed message encoding"));
        }
    }
    if (!done) {
        return fail(QStringLiteral("the answer ended early (connection lost?)"));
    }
    return items;
}

}  // namespace zd
