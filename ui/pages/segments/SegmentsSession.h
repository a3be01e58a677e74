#pragma once
// The segment computation shared by the Segments, Recommendations and
// Customers pages: runs computeSegments() in the background for the open
// project, keeps the result, and holds what the user edits on top of it (the
// RFM rule table and the two playbooks). Rule and playbook edits re-derive
// segments from the cached scores on the GUI thread: they are cheap.

#include "pages/segments/SegmentComputation.h"
#include "segments/Playbook.h"
#include "segments/RfmRules.h"

#include <QObject>

#include <memory>

namespace ltv::ui {

class JobRunner;
class ProjectSession;

class SegmentsSession : public QObject
{
    Q_OBJECT
public:
    SegmentsSession(ProjectSession *project, JobRunner *runner, QObject *parent = nullptr);

    ProjectSession *project() const { return project_; }

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
    void setRules(const segments::RfmRuleTable &rules);
    // RFM scores and segments under the current rules (empty without data).
    const segments::RfmResult &rfm() const { return rfm_; }

    const segments::Playbook &rfmPlaybook() const { return rfmPlaybook_; }
    const segments::Playbook &valueRiskPlaybook() const { return valueRiskPlaybook_; }
    void setRfmPlaybook(const segments::Playbook &playbook);
    void setValueRiskPlaybook(const segments::Playbook &playbook);

signals:
    void computationStarted();
    void computed(); // data() is new
    void failed(const QString &message);
    void cleared();    // data() became null (project closed, switched or changed)
    void rfmChanged(); // rules edited: rfm() is new
    void playbookChanged();

private:
    void invalidate();

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
    segments::Playbook rfmPlaybook_;
    segments::Playbook valueRiskPlaybook_;
};

} // namespace ltv::ui
