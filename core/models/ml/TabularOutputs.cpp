#include "models/ml/TabularOutputs.h"

#include <limits>
#include <utility>

namespace ltv::models::ml {

Predictions tabularPredictions(const features::FeatureMatrix &x, const OutputValues &values)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const auto n = static_cast<std::size_t>(x.rows());
    Predictions out;
    out.customer = x.customer;
    const std::pair<QString, std::vector<double> *> outputs[] = {
        {QStringLiteral("ltv"), &out.ltv},
        {QStringLiteral("purchases"), &out.expectedPurchases},
        {QStringLiteral("churn"), &out.churnProbability},
    };
    for (const auto &[target, dest] : outputs)
        if (!values(target, *dest))
            dest->assign(n, kNaN);
    if (!values(QStringLiteral("topValue"), out.topValueProbability))
        out.topValueProbability.clear();
    out.pAlive.assign(n, kNaN);
    out.expectedSpend.assign(n, kNaN);
    return out;
}

Contributions contributionsFrame(const QString &target, const QString &scale, const QStringList &trainedColumns,
                                 const features::FeatureMatrix &x)
{
    Contributions out;
    out.target = target;
    out.scale = scale;
    out.columns = trainedColumns;
    out.columns << QStringLiteral("bias");
    out.customer = x.customer;
    return out;
}

} // namespace ltv::models::ml
