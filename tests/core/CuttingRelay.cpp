// SPDX-License-Identifier: GPL-3.0-or-later
#include "CuttingRelay.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

CuttingRelay::CuttingRelay(quint16 serverPort)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this, serverPort] {
            m_server = new QTcpServer(m_context);
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_context,
                             [this, serverPort] { accept(serverPort); });
        },
        Qt::BlockingQueuedConnection);
}

CuttingRelay::~CuttingRelay()
{
    QObject* context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CuttingRelay::accept(quint16 serverPort)
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, serverPort); // what the client writes meanwhile is kept
        auto awaitingAnswer = std::make_shared<bool>(false);
        auto cutBoth = [this, client, upstream] {
            m_cut = int(Cut::Nothing);
            m_done = true;
            client->abort();
            upstream->abort();
        };
        QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
            const QByteArray data = client->readAll();
            if (data.contains("COMMIT")) {
                if (m_cut == int(Cut::CommitNeverArrives))
                    return cutBoth();
                if (m_cut == int(Cut::AnswerLost))
                    *awaitingAnswer = true;
            }
            upstream->write(data);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
            const QByteArray data = upstream->readAll();
            if (*awaitingAnswer) // the server has committed and answered: the answer never arrives
                return cutBoth();
            client->write(data);
        });
        QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }
}
