#pragma once
// The latest model comparison of the open project, shared by the Models and
// Evaluation pages: the request that produced it and its result.

#include "pipeline/Evaluation.h"

#include <QObject>

#include <memory>

namespace ltv::ui {

class EvaluationSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool hasResult() const { return result_ != nullptr; }
    const pipeline::EvaluationResult &result() const { return *result_; }
    const pipeline::EvaluationRequest &request() const { return request_; }
    void setResult(const pipeline::EvaluationRequest &request, pipeline::EvaluationResult result)
    {
        request_ = request;
        result_ = std::make_shared<const pipeline::EvaluationResult>(std::move(result));
        emit resultChanged();
    }
    void clear()
    {
        result_.reset();
        emit resultChanged();
    }

signals:
    void resultChanged();

private:
    pipeline::EvaluationRequest request_;
    std::shared_ptr<const pipeline::EvaluationResult> result_;
};

} // namespace ltv::ui
