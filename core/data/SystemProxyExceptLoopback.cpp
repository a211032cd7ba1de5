#include "data/SystemProxyExceptLoopback_p.h"

#include <QHostAddress>

namespace cnnlab {

QList<QNetworkProxy> SystemProxyExceptLoopback::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace cnnlab
