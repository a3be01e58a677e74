#include "report/ReportCharts.h"

#include "charts/BarChart.h"
#include "charts/ChartExport.h"
#include "charts/DecileChart.h"
#include "charts/GainChart.h"
#include "charts/HistogramChart.h"
#include "charts/RocChart.h"

#include "eval/DecileTable.h"
#include "eval/GainCurve.h"
#include "segments/SegmentNames.h"

#include "report/ReportTexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <memory>

namespace ltv::ui::report {
namespace {

constexpr qreal kScale = 2.0;

ReportChart render(charts::Chart *chart, const QString &fileName, const QString &title, const QString &caption,
                   const QSize &size)
{
    ReportChart c;
    c.fileName = fileName;
    c.title = title;
    c.caption = caption;
    c.logicalSize = size;
    c.image = charts::renderChartImage(chart, size, kScale);
    c.image.setDevicePixelRatio(1.0);
    return c;
}

// Holdout revenue and predicted LTV of one model, matched by customer.
struct ValuePairs
{
    std::vector<double> actual;
    std::vector<double> predicted;
};

ValuePairs matchHoldout(const models::Predictions &p, const features::Labels &holdout)
{
    QHash<std::int32_t, std::size_t> row;
    for (std::size_t i = 0; i < p.size(); ++i)
        row.insert(p.customer[i], i);
    ValuePairs pairs;
    for (std::size_t i = 0; i < holdout.size(); ++i) {
        const auto it = row.constFind(holdout.customer[i]);
        if (it == row.constEnd() || !std::isfinite(p.ltv[*it]))
            continue;
        pairs.actual.push_back(holdout.revenue[i]);
        pairs.predicted.push_back(p.ltv[*it]);
    }
    return pairs;
}

// The leaderboard row with the highest finite Gini, or -1.
int bestByGini(const eval::Leaderboard &board)
{
    const std::vector<std::size_t> best = board.best(QStringLiteral("gini"));
    return best.empty() ? -1 : static_cast<int>(best.front());
}

} // namespace

QString horizonText(const pipeline::AnalysisSettings &settings)
{
    const double n = settings.horizonInUnit();
    const QString number = QLocale().toString(n, 'f', std::abs(n - std::round(n)) < 1e-9 ? 0 : 1);
    switch (settings.unit) {
    case TimeUnit::Day:
        return ReportTexts::tr("%1 days").arg(number);
    case TimeUnit::Week:
        return ReportTexts::tr("%1 weeks").arg(number);
    case TimeUnit::Month:
        return ReportTexts::tr("%1 months").arg(number);
    }
    return number;
}

std::vector<ReportChart> renderReportCharts(const pipeline::Analysis &analysis, const pipeline::JobContext &job)
{
    std::vector<ReportChart> out;
    const eval::Leaderboard &board = analysis.evaluation.leaderboard;
    const features::Labels &holdout = analysis.evaluation.data.holdout;
    const QString horizon = horizonText(analysis.settings);

    std::vector<charts::RocCurveSeries> rocCurves;
    for (const eval::LeaderboardRow &row : board.rows)
        if (std::isfinite(row.churn.auc) && !row.churn.roc.empty())
            rocCurves.push_back({row.displayName, row.churn.roc, row.churn.auc});
    if (!rocCurves.empty()) {
        auto chart = std::make_unique<charts::RocChart>();
        chart->setCurves(rocCurves, ReportTexts::tr("Churn in the holdout: ROC curves"));
        out.push_back(render(
            chart.get(), QStringLiteral("charts/roc.png"), ReportTexts::tr("ROC curves of the churn predictions"),
            ReportTexts::tr("How well each model ranks customers who made no purchase in the holdout above "
                            "those who did; the area under the curve (AUC) is in the legend, 0.5 is chance."),
            {920, 600}));
    }
    job.setProgress(0.25);
    job.throwIfCancelled();

    const int best = bestByGini(board);
    if (best >= 0) {
        const eval::LeaderboardRow &row = board.rows[static_cast<std::size_t>(best)];
        auto chart = std::make_unique<charts::DecileChart>();
        chart->setTable(row.value.deciles, ReportTexts::tr("Holdout revenue per customer"),
                        ReportTexts::tr("%1: predicted vs actual by decile").arg(row.displayName));
        out.push_back(render(
            chart.get(), QStringLiteral("charts/deciles.png"), ReportTexts::tr("Predicted and actual value by decile"),
            ReportTexts::tr("Customers ranked by the predicted value of the best model by Gini (%1), in ten "
                            "groups; decile 1 holds the highest predictions.")
                .arg(row.displayName),
            {860, 560}));
    }
    job.setProgress(0.5);
    job.throwIfCancelled();

    std::vector<charts::GainCurveSeries> gains;
    for (std::size_t i = 0; i < board.rows.size() && i < analysis.evaluation.predictions.size(); ++i) {
        const ValuePairs pairs = matchHoldout(analysis.evaluation.predictions[i], holdout);
        eval::GainCurve curve = eval::gainCurve(pairs.actual, pairs.predicted);
        if (!curve.model.empty())
            gains.push_back({board.rows[i].displayName, std::move(curve)});
    }
    if (!gains.empty()) {
        auto chart = std::make_unique<charts::GainChart>();
        chart->setCurves(gains, ReportTexts::tr("Cumulative gain of the value predictions"));
        out.push_back(
            render(chart.get(), QStringLiteral("charts/gain.png"), ReportTexts::tr("Cumulative gain"),
                   ReportTexts::tr("The share of all holdout revenue held by the top customers of each model's "
                                   "ranking; the closer to the perfect curve, the better."),
                   {920, 600}));
    }
    job.setProgress(0.75);
    job.throwIfCancelled();

    const models::Predictions &forward = analysis.forward.predictions;
    if (forward.size() > 0) {
        auto chart = std::make_unique<charts::HistogramChart>();
        chart->setValues(forward.ltv, ReportTexts::tr("Predicted LTV per customer, next %1").arg(horizon),
                         ReportTexts::tr("Distribution of the predicted LTV"));
        out.push_back(render(chart.get(), QStringLiteral("charts/ltv-histogram.png"), ReportTexts::tr("Predicted LTV"),
                             ReportTexts::tr("Customers by predicted value over the next %1 from all history up to %2.")
                                 .arg(horizon, isoFromDay(analysis.asOf)),
                             {900, 540}));
    }
    job.throwIfCancelled();

    // Where the predicted value sits: total forward LTV per RFM segment.
    const segments::Segmentation &rfm = analysis.rfm.segmentation;
    if (rfm.size() == forward.size() && !rfm.names.isEmpty()) {
        charts::BarData bars;
        for (const QString &name : rfm.names)
            bars.categories << segments::segmentDisplayName(name);
        bars.horizontal = true;
        bars.categoryTitle = ReportTexts::tr("RFM segment");
        bars.valueTitle = ReportTexts::tr("Predicted LTV, next %1").arg(horizon);
        charts::BarSetData total{ReportTexts::tr("Predicted LTV"), std::vector<double>(rfm.names.size(), 0.0)};
        for (std::size_t i = 0; i < rfm.size(); ++i)
            if (std::isfinite(forward.ltv[i]))
                total.values[static_cast<std::size_t>(rfm.segmentOf[i])] += forward.ltv[i];
        bars.sets.push_back(std::move(total));
        auto chart = std::make_unique<charts::BarChart>();
        if (chart->setData(bars, ReportTexts::tr("Predicted value by RFM segment"))) {
            ReportChart c = render(
                chart.get(), QStringLiteral("charts/segments.png"), ReportTexts::tr("Predicted value by RFM segment"),
                ReportTexts::tr("The sum of the predicted LTV of the customers in each segment."), {900, 520});
            c.segmentChart = true;
            out.push_back(std::move(c));
        }
    }
    job.setProgress(1.0);
    return out;
}

} // namespace ltv::ui::report
