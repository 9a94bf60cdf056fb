// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QThread>
#include <atomic>

class QObject;
class QTcpServer;

/**
 * A TCP relay between Sujarit and the test server, on a thread of its own, that cuts the connection around a
 * COMMIT as a network cable pulled at that moment would: before the COMMIT reaches the server, or after the server
 * has committed but before its answer gets back.
 */
class CuttingRelay
{
public:
    enum class Cut { Nothing, CommitNeverArrives, AnswerLost };

    explicit CuttingRelay(quint16 serverPort);
    ~CuttingRelay();
    CuttingRelay(const CuttingRelay&) = delete;
    CuttingRelay& operator=(const CuttingRelay&) = delete;

    /** The local port to connect to instead of the server's. */
    quint16 port() const { return m_port; }
    /** Cuts the next COMMIT as \a cut says (once; then relays again, new connections too). */
    void arm(Cut cut) { m_cut = int(cut); }
    /** True once an armed cut has happened. */
    bool hasCut() const { return m_done; }

private:
    void accept(quint16 serverPort);

    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread, with the listening socket and every relayed connection
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_cut { int(Cut::Nothing) };
    std::atomic<bool> m_done { false };
};
