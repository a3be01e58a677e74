#include "pipeline/EvaluationCharts.h"

#include "features/Splits.h"
#include "features/Summarize.h"
#include "models/btyd/BtydModel.h"
#include "pipeline/Evaluation.h"

#include <algorithm>
#include <cmath>

namespace ltv::pipeline {
namespace {

// Columns 0..max of the matrices: the 99th percentile of the calibration
// frequency keeps the rare heavy buyers from shrinking every cell.
int matrixMaxFrequency(const features::CustomerSummary &summary)
{
    if (summary.size() == 0)
        return 10;
    std::vector<double> f = summary.frequency;
    const auto at = f.begin() + static_cast<std::ptrdiff_t>(0.99 * static_cast<double>(f.size() - 1));
    std::nth_element(f.begin(), at, f.end());
    return std::clamp(static_cast<int>(std::ceil(*at)), 6, 20);
}

// Age T of the matrices and the number of recency steps: a whole number of
// units that the steps divide evenly (readable row labels), as close below
// the oldest customer's age as possible; 12 steps of the exact age otherwise.
std::pair<double, int> matrixGrid(double oldestAge)
{
    const int whole = static_cast<int>(std::floor(oldestAge));
    for (int T = whole; T >= std::max(1, static_cast<int>(0.95 * whole)); --T)
        for (int steps = 16; steps >= 6; --steps)
            if (T % steps == 0)
                return {static_cast<double>(T), steps};
    return {oldestAge, 12};
}

constexpr int kCalibrationMaxFrequency = 7; // the classic plot's "7+" bucket

BtydChartData btydCharts(const models::btyd::BtydModel &btyd, const features::TransactionSet &set,
                         const EvaluationData &data, const EvaluationRequest &request, const JobContext &job)
{
    const models::btyd::TransactionModel &model = *btyd.transactionModel();
    const features::CustomerSummary &calibration = data.calibration;
    BtydChartData out;
    out.model = btyd.id();
    out.unit = request.unit;
    out.horizon = static_cast<double>(request.horizonDays) / daysPerUnit(request.unit);
    out.calibrationEnd = request.calibrationEnd;

    // Calibration vs holdout on the evaluated customers (all of them under the
    // shifted window, the test customers under the customer split).
    std::vector<std::ptrdiff_t> rowOf(static_cast<std::size_t>(std::max(0, set.customerCount())), -1);
    for (std::size_t i = 0; i < calibration.size(); ++i)
        if (calibration.customer[i] >= 0 && static_cast<std::size_t>(calibration.customer[i]) < rowOf.size())
            rowOf[static_cast<std::size_t>(calibration.customer[i])] = static_cast<std::ptrdiff_t>(i);
    std::vector<std::size_t> rows;
    std::vector<double> holdoutPurchases;
    for (std::size_t i = 0; i < data.holdout.size(); ++i) {
        const std::int32_t c = data.holdout.customer[i];
        if (c < 0 || static_cast<std::size_t>(c) >= rowOf.size() || rowOf[static_cast<std::size_t>(c)] < 0)
            continue;
        rows.push_back(static_cast<std::size_t>(rowOf[static_cast<std::size_t>(c)]));
        holdoutPurchases.push_back(data.holdout.purchases[i]);
    }
    out.calibrationMaxFrequency = kCalibrationMaxFrequency;
    out.calibration = models::btyd::calibrationVsHoldout(model, features::selectRows(calibration, rows),
                                                         holdoutPurchases, out.horizon, kCalibrationMaxFrequency);
    job.setProgress(0.2);
    job.throwIfCancelled();

    const Day holdoutEnd = request.calibrationEnd + request.horizonDays;
    const RepeatPurchaseDays days = repeatPurchaseDays(set, calibration, holdoutEnd);
    if (!days.firstPurchase.empty()) {
        const Day from = *std::min_element(days.firstPurchase.begin(), days.firstPurchase.end());
        out.tracking = models::btyd::trackingSeries(model, request.unit, days.firstPurchase, days.repeatDays, from,
                                                    holdoutEnd, trackingStepDays(from, holdoutEnd));
    }
    job.setProgress(0.6);
    job.throwIfCancelled();

    double oldest = 0.0;
    for (double T : calibration.age)
        oldest = std::max(oldest, T);
    const auto [age, steps] = matrixGrid(oldest);
    const int maxFrequency = matrixMaxFrequency(calibration);
    out.pAlive = models::btyd::probabilityAliveMatrix(model, age, maxFrequency, steps);
    out.expectedPurchases = models::btyd::expectedPurchasesMatrix(model, age, out.horizon, maxFrequency, steps);
    job.setProgress(1.0);
    return out;
}

} // namespace

const BtydChartData *EvaluationCharts::btydOf(const QString &model) const
{
    for (const BtydChartData &d : btyd)
        if (d.model == model)
            return &d;
    return nullptr;
}

const ImportanceChartData *EvaluationCharts::importanceOf(const QString &model) const
{
    for (const ImportanceChartData &d : importance)
        if (d.model == model)
            return &d;
    return nullptr;
}

RepeatPurchaseDays repeatPurchaseDays(const features::TransactionSet &set, const features::CustomerSummary &customers,
                                      Day to)
{
    std::vector<std::ptrdiff_t> rowOf(static_cast<std::size_t>(std::max(0, set.customerCount())), -1);
    for (std::size_t i = 0; i < customers.size(); ++i)
        if (customers.customer[i] >= 0 && static_cast<std::size_t>(customers.customer[i]) < rowOf.size())
            rowOf[static_cast<std::size_t>(customers.customer[i])] = static_cast<std::ptrdiff_t>(i);
    std::vector<std::vector<Day>> days(customers.size());
    for (std::size_t line = 0; line < set.size(); ++line) {
        const std::int32_t c = set.customer[line];
        if (set.day[line] > to || features::isReturnLine(set, line) || c < 0 ||
            static_cast<std::size_t>(c) >= rowOf.size() || rowOf[static_cast<std::size_t>(c)] < 0)
            continue;
        days[static_cast<std::size_t>(rowOf[static_cast<std::size_t>(c)])].push_back(set.day[line]);
    }
    RepeatPurchaseDays out;
    for (std::vector<Day> &d : days) {
        if (d.empty())
            continue;
        std::sort(d.begin(), d.end());
        d.erase(std::unique(d.begin(), d.end()), d.end());
        out.firstPurchase.push_back(d.front());
        out.repeatDays.insert(out.repeatDays.end(), d.begin() + 1, d.end());
    }
    return out;
}

int trackingStepDays(Day from, Day to)
{
    const int span = std::max(0, to - from);
    return std::max(7, 7 * static_cast<int>(std::ceil(span / (7.0 * 260.0))));
}

void collectChartData(const models::Model &model, const features::TransactionSet &set, const EvaluationData &data,
                      const EvaluationRequest &request, EvaluationCharts &charts, const JobContext &job)
{
    if (model.family() == models::ModelFamily::Btyd) {
        const auto *btyd = dynamic_cast<const models::btyd::BtydModel *>(&model);
        if (btyd && btyd->transactionModel())
            charts.btyd.push_back(btydCharts(*btyd, set, data, request, job));
        return;
    }
    QList<models::FeatureImportance> importance = model.importance();
    if (!importance.isEmpty())
        charts.importance.push_back({model.id(), std::move(importance)});
}

} // namespace ltv::pipeline
