#include "models/ml/HybridFeatures.h"

#include "features/FeatureMatrixBuilder.h"

#include <QHash>

#include <limits>

namespace ltv::models::ml {

QStringList btydFeatureColumns(const QString &modelId)
{
    return {modelId + QStringLiteral("_p_alive"), modelId + QStringLiteral("_expected_purchases"),
            modelId + QStringLiteral("_expected_spend")};
}

void appendBtydFeatures(features::FeatureMatrix &matrix, const Predictions &btyd)
{
    QHash<std::int32_t, std::size_t> rowOf;
    for (std::size_t i = 0; i < btyd.size(); ++i)
        rowOf.insert(btyd.customer[i], i);
    auto aligned = [&](const std::vector<double> &source) {
        std::vector<double> out(static_cast<std::size_t>(matrix.rows()), std::numeric_limits<double>::quiet_NaN());
        if (source.size() != btyd.size())
            return out;
        for (std::size_t r = 0; r < out.size(); ++r) {
            const auto it = rowOf.constFind(matrix.customer[r]);
            if (it != rowOf.constEnd())
                out[r] = source[*it];
        }
        return out;
    };
    const QStringList names = btydFeatureColumns(btyd.model);
    features::appendColumn(matrix, names[0], aligned(btyd.pAlive));
    features::appendColumn(matrix, names[1], aligned(btyd.expectedPurchases));
    features::appendColumn(matrix, names[2], aligned(btyd.expectedSpend));
    matrix.provenance
        << QStringLiteral("hybrid features from %1: %2").arg(btyd.model, names.join(QStringLiteral(", ")));
}

} // namespace ltv::models::ml
