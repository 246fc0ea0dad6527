// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// zfs-doctor-helper: the privileged half of ZFS Doctor, a D-Bus system
// service started on demand by D-Bus activation (see docs/helper.md).
//
// Options exist for tests and are only ever set by whoever starts the
// process (root, via the activation file); no D-Bus caller can change them:
//   --root DIR          prefix for every file path (/etc, /sys, /proc, /dev, /boot)
//   --state-dir DIR     journal location (default /var/lib/zfs-doctor)
//   --idle-timeout-ms N exit after N ms without calls (default 60000)
//   --probe-timeout-ms N
//   --tool-dir DIR      look for the tools (dnf, grubby...) in DIR first
//                       (tests/fedora: the grubby fake beside the real dnf)
//   --log-stderr        log to stderr instead of syslog
// Environment (tests only): ZFS_DOCTOR_HELPER_KILL_AFTER_STEP=N makes the
// helper SIGKILL itself right after its N-th journal write.

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/sinks/syslog_sink.h>
#include <spdlog/spdlog.h>
#include <syslog.h>
#include <unistd.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <csignal>

#include "contract.h"
#include "remedy/change_journal.h"
#include "service/authorizer.h"
#include "service/helper_service.h"
#include "system/systemd_manager.h"
#include "system/tool_runner.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zfs-doctor-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Privileged D-Bus helper of ZFS Doctor (org.zfsdoctor.Helper)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QStringLiteral("Prefix for all system paths."),
                                        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption stateOption(
        QStringLiteral("state-dir"), QStringLiteral("Journal directory parent."),
        QStringLiteral("DIR"), QStringLiteral("/var/lib/zfs-doctor"));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout-ms"),
                                        QStringLiteral("Exit after this long without calls."),
                                        QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption probeOption(QStringLiteral("probe-timeout-ms"),
                                         QStringLiteral("Time limit of one probe call."),
                                         QStringLiteral("MS"), QStringLiteral("20000"));
    const QCommandLineOption stderrOption(QStringLiteral("log-stderr"),
                                          QStringLiteral("Log to stderr instead of syslog."));
    const QCommandLineOption toolDirOption(
        QStringLiteral("tool-dir"),
        QStringLiteral("Look for the tools the helper runs in DIR before the system directories."),
        QStringLiteral("DIR"));
    parser.addOptions(
        {rootOption, stateOption, idleOption, probeOption, stderrOption, toolDirOption});
    parser.process(app);

    if (parser.isSet(stderrOption)) {
        spdlog::set_default_logger(spdlog::stderr_logger_mt("zfs-doctor-helper"));
    } else {
        spdlog::set_default_logger(spdlog::syslog_logger_mt(
            "zfs-doctor-helper", "zfs-doctor-helper", LOG_PID, LOG_DAEMON));
    }
    spdlog::set_level(spdlog::level::info);
    spdlog::flush_on(spdlog::level::info);

    bool idleOk = false, probeOk = false;
    const int idleMs = parser.value(idleOption).toInt(&idleOk);
    const int probeMs = parser.value(probeOption).toInt(&probeOk);
    if (!idleOk || idleMs <= 0 || !probeOk || probeMs <= 0) {
        spdlog::error("--idle-timeout-ms and --probe-timeout-ms take a positive number");
        return 2;
    }

    // QDBusConnection::systemBus() honours DBUS_SYSTEM_BUS_ADDRESS: tests use
    // it to run this very binary on a private bus.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        spdlog::error("cannot connect to the system bus: {}",
                      bus.lastError().message().toStdString());
        return 1;
    }

    zd::helper::SystemRoot root(parser.value(rootOption));
    zd::ChangeJournal journal(parser.value(stateOption) + QStringLiteral("/journal"),
                              zd::ChangeRecord::Origin::ThisMachine);
    const int killAfter = qEnvironmentVariableIntValue("ZFS_DOCTOR_HELPER_KILL_AFTER_STEP");
    if (killAfter > 0) {
        // Dies like a power cut right after the record reached the disk.
        spdlog::warn("test hook: will SIGKILL itself after journal write {}", killAfter);
        journal.setAfterSave([killAfter, writes = 0]() mutable {
            if (++writes == killAfter) {
                ::kill(::getpid(), SIGKILL);
            }
        });
    }
    QStringList toolDirectories = zd::helper::ToolRunner::searchDirectories();
    if (parser.isSet(toolDirOption)) {
        toolDirectories.prepend(parser.value(toolDirOption));
        spdlog::warn("test option: tools are looked up in {} first",
                     parser.value(toolDirOption).toStdString());
    }
    zd::helper::ProcessToolRunner tools(toolDirectories);
    zd::helper::DBusSystemdManager systemd(bus);
    zd::helper::PolkitAuthorizer authorizer(bus);
    zd::helper::HelperService service(
        bus, {authorizer, tools, systemd, root, journal, std::chrono::milliseconds(idleMs),
              std::chrono::milliseconds(probeMs)});
    QObject::connect(&service, &zd::helper::HelperService::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);

    QString error;
    if (!service.registerObject(&error)) {
        spdlog::error("{}", error.toStdString());
        return 1;
    }
    if (!bus.registerService(QLatin1String(zd::helper::kServiceName))) {
        spdlog::error("cannot own {}: {}", zd::helper::kServiceName,
                      bus.lastError().message().toStdString());
        return 1;
    }
    spdlog::info("ready on {} (root {}, journal {})", zd::helper::kServiceName,
                 root.root().toStdString(), journal.directory().toStdString());
    const int status = app.exec();
    spdlog::info("exiting");
    return status;
}
