#pragma once
// The explainable model behind the Customers page's feature contributions.
// When the segments computation has predictions and the page asks for it,
// an ML model (XGBoost) is fitted in the background on the same customers
// and as-of day (pipeline::explainForward) and its exact per-customer
// contributions are kept. A new segments result (other data, day or horizon)
// makes the explanation stale; it is recomputed when next asked for.

#include "pages/segments/SegmentComputation.h"
#include "pipeline/ForwardExplanation.h"

#include <QObject>

#include <memory>

namespace ltv::ui {

class JobRunner;
class SegmentsSession;

class ContributionSession : public QObject
{
    Q_OBJECT
public:
    ContributionSession(SegmentsSession *segments, JobRunner *runner, QObject *parent = nullptr);

    // The model to explain with (an explainable ML model id); "xgboost" by default.
    QString modelId() const { return modelId_; }
    void setModelId(const QString &id);

    // Starts the fit once the segments have predictions, unless the current
    // explanation belongs to them or a fit is running or failed for them (a
    // cancelled fit starts again).
    void ensureComputed();
    bool isComputing() const { return computing_; }
    // Null until a fit for the current segments result succeeded.
    std::shared_ptr<const pipeline::ForwardExplanation> explanation() const { return explanation_; }
    QString lastError() const { return error_; }

signals:
    void computationStarted();
    void computed();
    void failed(const QString &message);
    void cleared(); // explanation() became null

private:
    void segmentsChanged();
    void start();

    SegmentsSession *segments_;
    JobRunner *runner_;
    QString modelId_ = QStringLiteral("xgboost");
    // The segments result the explanation (or the running fit) is for.
    std::shared_ptr<const SegmentsData> source_;
    std::shared_ptr<const pipeline::ForwardExplanation> explanation_;
    QString error_;
    bool computing_ = false;
    bool failedForSource_ = false;
    bool wanted_ = false;
    quint64 jobId_ = 0;
};

} // namespace ltv::ui
