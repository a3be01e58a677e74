#pragma once
// Drives the window into a requested state (demo project loaded, a page, a
// tab, the import wizard on a file) and saves a PNG once everything that was
// started has finished, then quits. Used for docs and tests.

#include <QObject>
#include <QString>
#include <QStringList>

namespace ltv::ui {
class MainWindow;
}

struct ScreenshotRequest
{
    QString file;          // PNG to write
    QString page;          // page id, empty: current
    QString dataTab;       // transactions, customers, imports, quality, cohorts
    QString wizardCsv;     // open the import wizard on this file and shoot its mapping step
    bool demo = false;     // build and open the demo project first
    bool train = false;    // train the Models page's default selection before shooting
    QString evaluationTab; // roc, confusion, deciles, gain, distribution, calibration, tracking, palive,
                           // expected, importance
    QString customersTab;  // history, palive, value, contributions
    QStringList models;    // with train: these model ids instead of the default selection
    QString segmentsTab;   // sizes, grid, rfm, clusters
};

class ScreenshotDriver : public QObject
{
    Q_OBJECT
public:
    ScreenshotDriver(ltv::ui::MainWindow *window, ScreenshotRequest request);
    // Starts; the application exits with 0 after the PNG is written, 1 on failure.
    void start();

private:
    void afterProject();
    void shootWhenIdle(QWidget *target);
    ltv::ui::MainWindow *window_;
    ScreenshotRequest request_;
};
