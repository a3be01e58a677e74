#pragma once
// The segment computation shared by the Segments, Recommendations and
// Customers pages: runs computeSegments() in the background for the open
// project, keeps the result, and holds what the user edits on top of it (the
// RFM rule table, the value x risk grid and the two playbooks). Edits
// re-derive segments from the cached scores and predictions on the GUI
// thread (they are cheap) and are saved into the open project, which gives
// them back when it is opened again.

#include "pages/segments/SegmentComputation.h"
#include "segments/Playbook.h"
#include "segments/RfmRules.h"
#include "segments/SegmentSettings.h"
#include "segments/ValueRisk.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace ltv::ui {

class JobRunner;
class ProjectSession;

class SegmentsSession : public QObject
{
    Q_OBJECT
public:
    SegmentsSession(ProjectSession *project, JobRunner *runner, QObject *parent = nullptr);

    ProjectSession *project() const { return project_; }
    // The runner of its jobs, for computations that build on its result.
    JobRunner *runner() const { return runner_; }

    // Starts (or restarts: latest request wins) the computation.
    void compute(const SegmentsOptions &options);
    // Computes with the last options when a project is open and there is no
    // current result and no computation running. Pages call it when shown.
    void ensureComputed();
    bool isComputing() const { return computing_; }
    SegmentsOptions options() const { return options_; }
    // The default options for the open project (horizon and discount from the settings).
    static SegmentsOptions defaultOptions();

    // Null until a computation succeeded; cleared when the project changes.
    std::shared_ptr<const SegmentsData> data() const { return data_; }
    QString lastError() const { return error_; }

    const segments::RfmRuleTable &rules() const { return rules_; }
    // Renaming a rule renames its playbook row too (unless a row has the new name).
    void setRules(const segments::RfmRuleTable &rules);
    // RFM scores and segments under the current rules (empty without data).
    const segments::RfmResult &rfm() const { return rfm_; }

    const segments::ValueRiskConfig &grid() const { return grid_; }
    void setGrid(const segments::ValueRiskConfig &grid);
    // The value x risk grid of the predictions under the current grid settings (empty without data).
    const segments::ValueRiskResult &valueRisk() const { return valueRisk_; }

    const segments::Playbook &rfmPlaybook() const { return rfmPlaybook_; }
    const segments::Playbook &valueRiskPlaybook() const { return valueRiskPlaybook_; }
    void setRfmPlaybook(const segments::Playbook &playbook);
    void setValueRiskPlaybook(const segments::Playbook &playbook);

    // Back to the defaults, forgetting what the project saved.
    void resetRules();
    void resetGrid();
    void resetRfmPlaybook();
    void resetValueRiskPlaybook();
    void resetToDefaults(); // all four

    // Edits not yet written because another connection held the project's
    // write lock; they are retried shortly. flushSettings() tries again now
    // and returns whether nothing is left.
    bool hasUnsavedSettings() const { return !pending_.empty(); }
    bool flushSettings();
    // Problems met reading the project's saved settings or writing edits (translated).
    QStringList settingsProblems() const { return settingsProblems_; }

signals:
    void computationStarted();
    void computed(); // data() is new
    void failed(const QString &message);
    void cleared();          // data() became null (project closed, switched or changed)
    void rfmChanged();       // rules edited: rfm() is new
    void valueRiskChanged(); // grid edited: valueRisk() is new
    void playbookChanged();
    // Rules, grid and playbooks were replaced as a whole (project opened or a
    // reset): editors reload them from the session.
    void settingsReplaced();
    // A playbook changed by the session itself (a rule was renamed), not by its editor.
    void playbookReplaced();
    void settingsProblem(const QString &message);

private:
    void invalidate();
    void loadSettings();
    void rescoreRfm();
    void regrid();
    // Queues a write of key (nullopt: remove it) and flushes.
    void saveSetting(const QString &key, std::optional<QJsonObject> value);

    ProjectSession *project_;
    JobRunner *runner_;
    SegmentsOptions options_;
    std::shared_ptr<const SegmentsData> data_;
    QString error_;
    bool computing_ = false;
    quint64 jobId_ = 0;
    bool failedForCurrent_ = false;
    segments::RfmRuleTable rules_;
    segments::RfmResult rfm_;
    segments::ValueRiskConfig grid_;
    segments::ValueRiskResult valueRisk_;
    segments::Playbook rfmPlaybook_;
    segments::Playbook valueRiskPlaybook_;
    std::map<QString, std::optional<QJsonObject>> pending_;
    QTimer retry_;
    QStringList settingsProblems_;
};

} // namespace ltv::ui
