// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace sujarit::gui {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    start();
}

void IdleLock::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleLock::start()
{
    m_paused = false;
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused && m_minutes > 0)
            m_timer.start(m_minutes * 60 * 1000);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sujarit::gui
