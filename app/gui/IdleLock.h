// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QTimer>

namespace sujarit::gui {

/**
 * Watches the keyboard and mouse of the whole application and says when nobody has touched them for a set time, so
 * that the window locks before someone else reads a case at an unattended desk.
 */
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    /** Minutes without input before idle(); 0 turns the lock off. */
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    /** Stops watching while the lock screen is up; start() again after it. */
    void pause();
    void start();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_minutes = 0;
    bool m_paused = false;
};

} // namespace sujarit::gui
