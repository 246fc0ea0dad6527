// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What is sent to the remote shell, and how its answer is read back.
//
// Two small POSIX sh programs, sent inline on every call (nothing is ever
// written to the remote disk):
//
//  - the RUN wrapper runs one argv with a clean C-locale environment, reports
//    "tool not installed" in-band, bounds the run with coreutils `timeout`, and
//    appends the exit status after the output, so a program's own exit status
//    can never be confused with ssh's;
//  - the READ program answers a whole batch of file reads and directory
//    listings in one round trip. Paths and contents travel hex-encoded by
//    `od`, so any byte (newlines in names, a file that happens to contain our
//    markers) comes back exactly.
//
// Every argument is passed as a positional parameter, single-quoted by
// shellQuote(); no argument text is ever placed inside the programs.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace zd {

// ---- RUN -------------------------------------------------------------------

// The remote command line that runs `argv` on the remote (PATH = searchPath).
// nullopt when an argument contains NUL (cannot be passed at all).
std::optional<QString> remoteRunCommandLine(const QStringList& argv, const QString& searchPath,
                                            std::chrono::milliseconds timeout);

struct RemoteRunOutput {
    enum class Status {
        Ran,               // exitCode and output are the program's
        NotFound,          // no such program on the remote PATH
        PermissionDenied,  // exists but is not executable
        TimedOut,          // `timeout` killed it (exit 124/137)
        Truncated,         // the wrapper never finished: connection lost mid-run
        Garbled,           // not our wrapper's output at all
    };
    Status status = Status::Garbled;
    int exitCode = 0;
    QByteArray output;
};
RemoteRunOutput parseRemoteRunOutput(const QByteArray& standardOutput);

// ---- READ ------------------------------------------------------------------

struct RemoteReadRequest {
    enum class Kind {
        File,                // read one file
        Directory,           // list one directory
        TypedDirectory,      // list one directory, subdirectories marked with a trailing '/'
        DirectoryWithFiles,  // list a directory and read every regular file in it
        LoopDevices,         // attached /sys/block/loop*: the list, and each one's ro, size, loop/*
    };
    Kind kind = Kind::File;
    QString path;  // unused for LoopDevices
};

struct RemoteReadItem {
    enum class Kind { File, Directory, TypedDirectory, LoopList };
    enum class Status {
        Ok,
        NotFound,
        PermissionDenied,
        NotADirectory,
        IsADirectory,
        NotARegularFile,  // a FIFO, socket or device: never opened (could block)
        Error,
    };
    Kind kind = Kind::File;
    QString path;
    Status status = Status::Error;
    QByteArray data;  // file bytes; for listings the names, NUL-separated, unsorted
    QString message;  // the remote tool's complaint for Status::Error
};

std::optional<QString> remoteReadCommandLine(const QList<RemoteReadRequest>& requests);
// Parses the READ program's output. On malformed output returns nullopt and
// sets *error: nothing partial is trusted.
std::optional<QList<RemoteReadItem>> parseRemoteReadOutput(const QByteArray& standardOutput,
                                                           QString* error);

}  // namespace zd
