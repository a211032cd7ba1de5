#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the downloader tests: it serves
// fixtures from memory and misbehaves on request, path by path. One request
// per connection ("Connection: close"). Header-only and without Q_OBJECT (only
// functor connections), so any test can include it.

#include <memory>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace testutils {

class LocalHttpServer final : public QObject
{
public:
    enum class Behaviour {
        Ok,           // 200 with the body
        NotFound,     // 404
        Truncated,    // Content-Length of the whole body, half of it sent, then the connection closed
        StallHeaders, // accepts the request and never answers
        StallBody,    // headers and a quarter of the body, then nothing, connection left open
        Trickle,      // the body in small chunks with pauses (for cancelling mid-file)
    };

    explicit LocalHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:PORT/prefix/"
    QString mirror(const QString &prefix) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/").arg(port()).arg(prefix);
    }

    // `path` as requested, e.g. "/a/train-images-idx3-ubyte.gz". Unknown paths get a 404.
    void setRoute(const QString &path, Behaviour behaviour, const QByteArray &body = QByteArray())
    {
        m_routes.insert(path, Route{behaviour, body});
    }
    int hits(const QString &path) const { return m_hits.value(path); }
    int totalHits() const
    {
        int total = 0;
        for (int n : m_hits)
            total += n;
        return total;
    }
    // Trickle: `chunkBytes` every `intervalMs`.
    void setTrickle(int chunkBytes, int intervalMs)
    {
        m_trickleChunk = chunkBytes;
        m_trickleIntervalMs = intervalMs;
    }

private:
    struct Route
    {
        Behaviour behaviour = Behaviour::Ok;
        QByteArray body;
    };

    void acceptAll()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // The socket is a child of m_server: whatever is still open dies with the server.
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (socket->property("answered").toBool() || !request.contains("\r\n\r\n"))
            return;
        socket->setProperty("answered", true);
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        ++m_hits[path];
        respond(socket, m_routes.value(path, Route{Behaviour::NotFound, QByteArray()}));
    }

    static QByteArray headers(int status, const char *reason, qint64 contentLength)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
               + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
               + QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
    }

    void respond(QTcpSocket *socket, const Route &route)
    {
        const QByteArray &body = route.body;
        switch (route.behaviour) {
        case Behaviour::Ok:
            socket->write(headers(200, "OK", body.size()) + body);
            socket->disconnectFromHost(); // after the buffered bytes are written
            return;
        case Behaviour::NotFound: {
            const QByteArray page = "<html><body>Not Found</body></html>";
            socket->write(headers(404, "Not Found", page.size()) + page);
            socket->disconnectFromHost();
            return;
        }
        case Behaviour::Truncated:
            socket->write(headers(200, "OK", body.size()) + body.left(body.size() / 2));
            socket->disconnectFromHost();
            return;
        case Behaviour::StallHeaders:
            return;
        case Behaviour::StallBody:
            socket->write(headers(200, "OK", body.size()) + body.left(body.size() / 4));
            socket->flush();
            return;
        case Behaviour::Trickle: {
            socket->write(headers(200, "OK", body.size()));
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent, this] {
                socket->write(body.mid(*sent, m_trickleChunk));
                *sent += m_trickleChunk;
                if (*sent >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(m_trickleIntervalMs);
            return;
        }
        }
    }

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_hits;
    int m_trickleChunk = 16;
    int m_trickleIntervalMs = 20;
};

} // namespace testutils
