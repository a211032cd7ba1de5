#pragma once

#include <QNetworkProxyFactory>

namespace cnnlab {

// The system proxy configuration for everything but loopback hosts: a
// classroom mirror on this machine (and the tests' local server) must not be
// sent through a proxy that cannot reach it.
class SystemProxyExceptLoopback final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace cnnlab
