#pragma once
// Predictions for segmentation: fits a buy-till-you-die model (with its
// Gamma-Gamma spend model) on the customer summary at asOf and predicts the
// horizon that follows, the usual "all history in, the future out" use of
// segments and recommendations.
//
// Gamma-Gamma needs a positive mean spend for every repeat buyer. When the
// data has repeat buyers with zero or negative net spend (CDNOW has one), the
// spend model is fitted on the repeat buyers with positive spend only (the
// usual lifetimes recipe), the transaction model on everyone, and
// LTV = expected spend x expected purchases. That split is exact only without
// discounting, so with a discount rate such data is reported as an error.

#include "features/CustomerSummary.h"
#include "features/TransactionSet.h"
#include "models/Model.h"
#include "pipeline/JobContext.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace ltv::segments {

struct ModelRunOptions
{
    QString modelId = QStringLiteral("bgnbd"); // a BTYD transaction model: bgnbd, mbgnbd, pnbd
    TimeUnit unit = TimeUnit::Week;
    double horizon = 52.0; // in unit
    double annualDiscountRate = 0.0;
    QVariantMap modelOptions;
};

struct ModelRun
{
    features::CustomerSummary summary;
    models::Predictions predictions;
    models::FitReport fit;
    // The fitted model, for quantities beyond the predictions (e.g. P(alive)
    // along a customer's history); null when fitting failed.
    std::shared_ptr<const models::Model> model;
    QStringList notes; // translated remarks on how the predictions were made
    QString error;     // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

ModelRun fitAndPredict(const features::TransactionSet &transactions, Day asOf, const ModelRunOptions &options,
                       const pipeline::JobContext &job = pipeline::JobContext());

} // namespace ltv::segments
