#pragma once
// Shared start-up for the GUI executable and the GUI tests.

#include <QString>

class QWidget;

namespace ltv::ui {

// Application and organisation names, version, icon and the UI language
// ("" follows the saved choice, then the system locale).
void setupApplication(const QString &language = {});

// Renders a widget (normally the main window) to a PNG file, at the widget's
// current size. Returns false and fills *error when the file cannot be written.
bool saveScreenshot(QWidget *widget, const QString &path, QString *error = nullptr);

} // namespace ltv::ui
