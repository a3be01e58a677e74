#include "pages/customers/ContributionBars.h"

#include "charts/BarChart.h"
#include "pages/EvaluationPageCharts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ltv::ui {

namespace {
class ContributionTexts
{
    Q_DECLARE_TR_FUNCTIONS(ContributionTexts)
};

// Whole numbers without decimals, the rest with two.
QString featureValue(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return charts::BarChart::formatValue(value, whole ? 0 : 2);
}
} // namespace

ContributionBars contributionBars(const pipeline::ForwardExplanation &explanation, std::size_t row, int top)
{
    ContributionBars out;
    const models::Contributions &c = explanation.contributions;
    const auto features = static_cast<std::size_t>(c.columns.size()) - 1; // the last column is the bias
    out.base = explanation.base(row);
    out.prediction = explanation.predictions.ltv[row];
    std::vector<std::size_t> order(features);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return std::abs(c.at(row, a)) > std::abs(c.at(row, b)); });
    const std::size_t shown = std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(0, top)));
    for (std::size_t k = 0; k < shown; ++k) {
        const std::size_t j = order[k];
        const QString column = c.columns[static_cast<qsizetype>(j)];
        const int matrixColumn = explanation.features.indexOf(column);
        const QString name = evaluation::featureTitle(column, explanation.request.unit);
        out.chart.features << (matrixColumn >= 0 ? ContributionTexts::tr("%1 = %2").arg(
                                                       name, featureValue(explanation.features.at(
                                                                 static_cast<std::int64_t>(row), matrixColumn)))
                                                 : name);
        out.chart.values.push_back(c.at(row, j));
        out.columns << column;
    }
    if (shown < order.size()) {
        double rest = 0.0;
        for (std::size_t k = shown; k < order.size(); ++k)
            rest += c.at(row, order[k]);
        const int others = static_cast<int>(order.size() - shown);
        out.chart.features << ContributionTexts::tr("%n other feature(s)", nullptr, others);
        out.chart.values.push_back(rest);
        out.columns << QString();
    }
    return out;
}

} // namespace ltv::ui
