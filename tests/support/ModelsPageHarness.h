#pragma once
// What the GUI tests of the Models page share: the demo project in a
// temporary folder, a Models page on it with its own job runner and sessions,
// the test's standard comparison window, and training while a GUI-thread
// probe (GuiThreadProbe) watches the event loop.

#include "EvaluationSession.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "pages/ModelsPage.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace ltv::test {

// Builds the bundled demo project as demo.ltv in dir (and names the test
// organisation so no user settings are touched); returns its path.
QString createDemoProject(const QTemporaryDir &dir);

struct TrainingRun
{
    bool started = false;   // training was running right after Train
    bool finished = false;  // within the timeout
    qint64 worstGapMs = 0;  // longest wall time between two probe ticks while training
    qint64 worstBusyMs = 0; // most GUI-thread CPU time between two ticks
    QString guiProblem;     // empty while the window stayed responsive (GuiThreadProbe)
    double seconds = 0.0;
};

class ModelsPageHarness
{
public:
    // Opens the project; check isOpen() (error() says why not).
    explicit ModelsPageHarness(const QString &projectPath);

    bool isOpen() const { return page_ != nullptr; }
    QString error() const { return error_; }
    ui::ModelsPage &page() const { return *page_; }
    ui::ProjectSession &session() { return session_; }
    ui::EvaluationSession &evaluation() { return evaluation_; }

    // Calibration end 1997-12-31, a 26-week horizon and these models.
    void useStandardWindow(const QStringList &models);
    // Presses Train and waits until it has finished, probing the GUI thread every 10 ms.
    TrainingRun trainAndProbe(int timeoutMs);

private:
    ui::JobRunner runner_;
    ui::ProjectSession session_;
    ui::EvaluationSession evaluation_;
    QString error_;
    std::unique_ptr<ui::ModelsPage> page_; // destroyed first
};

} // namespace ltv::test
