#pragma once
// Setting up a suite that works on the bundled demo project: the project in
// a temporary folder, and settings that are the test's own, not the user's.

#include <QString>

class QTemporaryDir;

namespace ltv::test {

// Builds the bundled demo project as `name` in `dir`; returns its path.
QString buildDemoProjectIn(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.ltv"));

// Keeps QSettings under the test organisation and empties them, so the suite
// starts from the defaults and never touches the user's settings.
void useClearedTestSettings();

} // namespace ltv::test
