// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote/remote_target.h"

namespace zd {

std::unique_ptr<RemoteSource> connectRemote(const QString& hostSpec, QString* error) {
    return connectRemote(hostSpec, SshOptions{}, error);
}

std::unique_ptr<RemoteSource> connectRemote(const QString& hostSpec, const SshOptions& options,
                                            QString* error) {
    QString specError;
    const std::optional<HostSpec> spec = HostSpec::parse(hostSpec, &specError);
    if (!spec) {
        if (error) {
            *error = QStringLiteral("--host %1: %2").arg(hostSpec, specError);
        }
        return nullptr;
    }
    auto connection = std::make_unique<SshConnection>(*spec, options);
    SshError sshError;
    if (!connection->open(&sshError)) {
        if (error) {
            *error = sshError.message;
        }
        return nullptr;
    }
    auto source = std::make_unique<RemoteSource>(std::move(connection));
    // A failed prefetch is not fatal by itself: each read is then asked for
    // separately. A dead connection is: every read would fail.
    QString prefetchError;
    if (!source->prefetch(RemoteSource::defaultPrefetch(), &prefetchError) &&
        !source->connectionError().isEmpty()) {
        if (error) {
            *error = source->connectionError();
        }
        return nullptr;
    }
    return source;
}

}  // namespace zd
