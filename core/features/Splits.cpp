#include "features/Splits.h"

#include "features/SplitMix64.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ltv::features {

namespace {

// Whole phrases per case, so each language can word them its own way.
QString summaryDescription(TimeUnit unit, bool countFirstPurchase)
{
    switch (unit) {
    case TimeUnit::Day:
        return countFirstPurchase
                   ? QCoreApplication::translate("SplitProtocol", "unit day, first purchase counted, top-value q = %1")
                   : QCoreApplication::translate("SplitProtocol",
                                                 "unit day, first purchase not counted, top-value q = %1");
    case TimeUnit::Week:
        return countFirstPurchase
                   ? QCoreApplication::translate("SplitProtocol", "unit week, first purchase counted, top-value q = %1")
                   : QCoreApplication::translate("SplitProtocol",
                                                 "unit week, first purchase not counted, top-value q = %1");
    case TimeUnit::Month:
        break;
    }
    return countFirstPurchase
               ? QCoreApplication::translate("SplitProtocol", "unit month, first purchase counted, top-value q = %1")
               : QCoreApplication::translate("SplitProtocol",
                                             "unit month, first purchase not counted, top-value q = %1");
}

// The protocol of a split by time: features up to calibrationEnd (or a horizon
// earlier), labels over the horizon after it.
SplitProtocol windowProtocol(SplitKind kind, Day calibrationEnd, std::int32_t horizonDays,
                             const SummaryOptions &summary, double topFraction)
{
    SplitProtocol protocol;
    protocol.kind = kind;
    protocol.calibrationEnd = calibrationEnd;
    protocol.horizonDays = horizonDays;
    protocol.topFraction = topFraction;
    protocol.summary = summary;
    return protocol;
}

} // namespace

Day SplitProtocol::trainingAsOf() const
{
    return kind == SplitKind::ShiftedWindow ? calibrationEnd - horizonDays : calibrationEnd;
}

QString SplitProtocol::describe() const
{
    const QString common =
        summaryDescription(summary.unit, summary.countFirstPurchase).arg(QString::number(topFraction, 'g', 4));
    switch (kind) {
    case SplitKind::CalibrationHoldout:
        return QCoreApplication::translate("SplitProtocol",
                                           "calibration/holdout: features up to %1, labels %2 to %3 (%4 days); %5")
            .arg(isoFromDay(calibrationEnd), isoFromDay(calibrationEnd + 1), isoFromDay(holdoutEnd()))
            .arg(horizonDays)
            .arg(common);
    case SplitKind::ShiftedWindow:
        return QCoreApplication::translate("SplitProtocol",
                                           "shifted window: training features up to %1 with labels %2 to %3; "
                                           "prediction features up to %3, evaluated %4 to %5 (%6 days); %7")
            .arg(isoFromDay(trainingAsOf()), isoFromDay(trainingAsOf() + 1), isoFromDay(calibrationEnd),
                 isoFromDay(calibrationEnd + 1), isoFromDay(holdoutEnd()))
            .arg(horizonDays)
            .arg(common);
    case SplitKind::CustomerSplit:
        return QCoreApplication::translate("SplitProtocol",
                                           "customer split: %1 % of customers held out for testing (seed %2), "
                                           "features up to %3, labels %4 to %5 (%6 days); %7")
            .arg(QString::number(testFraction * 100.0, 'g', 4))
            .arg(seed)
            .arg(isoFromDay(calibrationEnd), isoFromDay(calibrationEnd + 1), isoFromDay(holdoutEnd()))
            .arg(horizonDays)
            .arg(common);
    }
    return {};
}

Labels horizonLabels(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day from, Day to,
                     double topFraction)
{
    const auto offsets = set.customerOffsets();
    Labels labels;
    const std::size_t n = customers.size();
    labels.customer = customers;
    labels.purchases.assign(n, 0.0);
    labels.revenue.assign(n, 0.0);
    labels.active.assign(n, 0);
    labels.topValue.assign(n, 0);
    for (std::size_t r = 0; r < n; ++r) {
        const auto c = static_cast<std::size_t>(customers[r]);
        const auto dayBegin = set.day.begin();
        auto i =
            static_cast<std::size_t>(std::upper_bound(dayBegin + static_cast<std::ptrdiff_t>(offsets[c]),
                                                      dayBegin + static_cast<std::ptrdiff_t>(offsets[c + 1]), from) -
                                     dayBegin);
        Day lastPurchaseDay = from;
        for (; i < offsets[c + 1] && set.day[i] <= to; ++i) {
            if (isReturnLine(set, i)) {
                labels.revenue[r] -= std::abs(set.amount[i]);
                continue;
            }
            labels.revenue[r] += set.amount[i];
            if (set.day[i] != lastPurchaseDay) {
                labels.purchases[r] += 1.0;
                lastPurchaseDay = set.day[i];
            }
        }
        labels.active[r] = labels.purchases[r] > 0.0 ? 1 : 0;
    }
    if (n > 0 && topFraction > 0.0) {
        const auto k = static_cast<std::size_t>(std::ceil(std::min(1.0, topFraction) * double(n) - 1e-9));
        if (k > 0) {
            std::vector<double> sorted = labels.revenue;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(k - 1), sorted.end(),
                             std::greater<>());
            const double threshold = sorted[k - 1];
            for (std::size_t r = 0; r < n; ++r)
                labels.topValue[r] = labels.revenue[r] >= threshold && labels.revenue[r] > 0.0 ? 1 : 0;
        }
    }
    return labels;
}

CalibrationHoldout calibrationHoldoutSplit(const TransactionSet &set, Day calibrationEnd, std::int32_t horizonDays,
                                           const SummaryOptions &summary, double topFraction)
{
    CalibrationHoldout split;
    split.protocol = windowProtocol(SplitKind::CalibrationHoldout, calibrationEnd, horizonDays, summary, topFraction);
    split.calibration = summarize(set, calibrationEnd, summary);
    split.holdout =
        horizonLabels(set, split.calibration.customer, calibrationEnd, calibrationEnd + horizonDays, topFraction);
    return split;
}

ShiftedWindow shiftedWindowSplit(const TransactionSet &set, Day calibrationEnd, std::int32_t horizonDays,
                                 const SummaryOptions &summary, double topFraction)
{
    ShiftedWindow split;
    split.protocol = windowProtocol(SplitKind::ShiftedWindow, calibrationEnd, horizonDays, summary, topFraction);
    const Day trainAsOf = split.protocol.trainingAsOf();
    split.training = summarize(set, trainAsOf, summary);
    split.trainingLabels = horizonLabels(set, split.training.customer, trainAsOf, calibrationEnd, topFraction);
    split.prediction = summarize(set, calibrationEnd, summary);
    split.predictionLabels =
        horizonLabels(set, split.prediction.customer, calibrationEnd, calibrationEnd + horizonDays, topFraction);
    return split;
}

CustomerSplit customerSplit(std::size_t rowCount, double testFraction, std::uint64_t seed, const SplitProtocol &window)
{
    CustomerSplit split;
    split.protocol = window;
    split.protocol.kind = SplitKind::CustomerSplit;
    split.protocol.testFraction = std::clamp(testFraction, 0.0, 1.0);
    split.protocol.seed = seed;
    std::vector<std::size_t> order(rowCount);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::uint64_t state = seed;
    for (std::size_t i = rowCount; i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(splitMix64Next(state) % i);
        std::swap(order[i - 1], order[j]);
    }
    const auto testCount = static_cast<std::size_t>(std::llround(split.protocol.testFraction * double(rowCount)));
    split.testRows.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(testCount));
    split.trainRows.assign(order.begin() + static_cast<std::ptrdiff_t>(testCount), order.end());
    std::sort(split.testRows.begin(), split.testRows.end());
    std::sort(split.trainRows.begin(), split.trainRows.end());
    return split;
}

namespace {
template <typename T> std::vector<T> pick(const std::vector<T> &column, const std::vector<std::size_t> &rows)
{
    std::vector<T> out;
    if (column.empty())
        return out;
    out.reserve(rows.size());
    for (const std::size_t r : rows)
        out.push_back(column[r]);
    return out;
}
} // namespace

CustomerSummary selectRows(const CustomerSummary &s, const std::vector<std::size_t> &rows)
{
    CustomerSummary out;
    out.asOf = s.asOf;
    out.unit = s.unit;
    out.countsFirstPurchase = s.countsFirstPurchase;
    out.customer = pick(s.customer, rows);
    out.frequency = pick(s.frequency, rows);
    out.recency = pick(s.recency, rows);
    out.age = pick(s.age, rows);
    out.monetary = pick(s.monetary, rows);
    out.totalRevenue = pick(s.totalRevenue, rows);
    out.purchaseDays = pick(s.purchaseDays, rows);
    out.firstPurchase = pick(s.firstPurchase, rows);
    out.lastPurchase = pick(s.lastPurchase, rows);
    out.meanInterPurchase = pick(s.meanInterPurchase, rows);
    out.returnCount = pick(s.returnCount, rows);
    out.returnValue = pick(s.returnValue, rows);
    out.firstOrderValue = pick(s.firstOrderValue, rows);
    return out;
}

Labels selectRows(const Labels &labels, const std::vector<std::size_t> &rows)
{
    Labels out;
    out.customer = pick(labels.customer, rows);
    out.purchases = pick(labels.purchases, rows);
    out.revenue = pick(labels.revenue, rows);
    out.active = pick(labels.active, rows);
    out.topValue = pick(labels.topValue, rows);
    return out;
}

} // namespace ltv::features
