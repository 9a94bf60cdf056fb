// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for driving the real widgets in the GUI tests.
#pragma once
#include "TestSupport.h"

#include <QTest>
#include <QWidget>

namespace gui_test {
template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
/** Types \a text key by key, as a Thai keyboard would (QTest::keyClicks handles Latin-1 only). */
inline void type(QWidget* w, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}
} // namespace gui_test
using namespace gui_test;
