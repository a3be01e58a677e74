#pragma once
// Qt fixes the screen's DPI when the application starts, so a suite checks a
// layout at another DPI by running some of its own test functions again in a
// child process with QT_FONT_DPI set.

#include <QString>
#include <QStringList>

namespace ltv::test {

struct SuiteRerun
{
    bool finished = false; // within the ten-minute limit
    bool passed = false;   // normal exit with status 0
    QString output;        // QtTest's output, with the totals line
};

SuiteRerun rerunThisSuiteAtDpi(int dpi, const QStringList &testFunctions);

} // namespace ltv::test
