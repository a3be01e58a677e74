#pragma once
// Realistic inputs for the chart gallery, computed from the bundled CDNOW
// sample with simple, transparent baselines (no fitted BTYD or ML model is
// needed to judge how the charts look): calibration to 1997-09-30, holdout to
// 1998-06-30 (39 weeks), a run-rate value prediction, a recency-decayed
// variant, a recency-only churn score and a logistic-regression churn score
// trained by gradient descent (whose loss per epoch feeds the loss chart).

#include "features/TransactionSet.h"
#include "features/Types.h"
#include "pipeline/DemoData.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

namespace gallery {

struct CustomerRow
{
    ltv::Day first = 0;
    ltv::Day lastCalibration = 0;
    int calibrationDays = 0; // distinct purchase days up to the calibration end
    double calibrationSpend = 0;
    int holdoutDays = 0; // distinct purchase days in the holdout
    double holdoutSpend = 0;
};

struct LossPoint
{
    int epoch;
    double training;
    double validation;
};

struct GalleryData
{
    ltv::Day calibrationEnd = 0;
    ltv::Day holdoutEnd = 0;
    std::vector<CustomerRow> customers;
    std::vector<std::uint8_t> churned;  // no purchase in the holdout
    std::vector<double> recencyScore;   // P(churn) from recency alone
    std::vector<double> logisticScore;  // P(churn) from the logistic regression
    std::vector<double> runRate;        // predicted holdout spend
    std::vector<double> decayedRunRate; // run rate times a recency decay
    std::vector<double> actualSpend;    // holdout spend
    std::vector<double> coefficients;   // logistic weights of the standardised features
    std::vector<LossPoint> loss;
    // Repeat transactions (distinct customer-days after the first) per week.
    std::vector<ltv::Day> weekEnd;
    std::vector<double> actualWeekly;
    std::vector<double> expectedWeekly;
};

inline double weeks(ltv::Day days)
{
    return days / 7.0;
}

inline GalleryData buildGalleryData()
{
    GalleryData g;
    ltv::dayFromIso(QStringLiteral("1997-09-30"), &g.calibrationEnd);
    ltv::dayFromIso(QStringLiteral("1998-06-30"), &g.holdoutEnd);
    const ltv::features::TransactionSet tx = ltv::pipeline::loadDemoTransactions();
    const std::vector<std::size_t> offsets = tx.customerOffsets();
    const double holdoutWeeks = weeks(g.holdoutEnd - g.calibrationEnd);

    std::vector<std::set<ltv::Day>> repeatDays(static_cast<std::size_t>(tx.customerCount()));
    for (std::int32_t c = 0; c < tx.customerCount(); ++c) {
        CustomerRow row;
        std::set<ltv::Day> days;
        const std::size_t begin = offsets[static_cast<std::size_t>(c)];
        const std::size_t end = offsets[static_cast<std::size_t>(c) + 1];
        row.first = tx.day[begin];
        for (std::size_t i = begin; i < end; ++i) {
            days.insert(tx.day[i]);
            if (tx.day[i] <= g.calibrationEnd) {
                row.calibrationSpend += tx.amount[i];
                row.lastCalibration = std::max(row.lastCalibration, tx.day[i]);
            } else if (tx.day[i] <= g.holdoutEnd) {
                row.holdoutSpend += tx.amount[i];
            }
        }
        for (ltv::Day d : days) {
            if (d <= g.calibrationEnd)
                ++row.calibrationDays;
            else if (d <= g.holdoutEnd)
                ++row.holdoutDays;
            if (d != row.first)
                repeatDays[static_cast<std::size_t>(c)].insert(d);
        }
        g.customers.push_back(row);
    }

    // Features for the churn scores: weeks since last purchase, repeat days, log spend.
    const std::size_t n = g.customers.size();
    std::vector<std::array<double, 3>> features(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CustomerRow &r = g.customers[i];
        const double age = std::max(1.0, weeks(g.calibrationEnd - r.first + 1));
        const double sinceLast = weeks(g.calibrationEnd - r.lastCalibration);
        g.churned.push_back(r.holdoutDays == 0 ? 1 : 0);
        g.recencyScore.push_back(1.0 - std::exp(-sinceLast / 20.0));
        const double rate = (r.calibrationDays - 1) / age;
        g.runRate.push_back(r.calibrationSpend / age * holdoutWeeks);
        g.decayedRunRate.push_back(g.runRate.back() * std::exp(-sinceLast / 26.0) + 1e-3 * rate);
        g.actualSpend.push_back(r.holdoutSpend);
        features[i] = {sinceLast, static_cast<double>(r.calibrationDays - 1), std::log1p(r.calibrationSpend)};
    }
    // Standardise, then fit the logistic regression on even rows, validate on odd rows.
    for (int f = 0; f < 3; ++f) {
        double mean = 0, sq = 0;
        for (const auto &x : features)
            mean += x[static_cast<std::size_t>(f)];
        mean /= static_cast<double>(n);
        for (const auto &x : features)
            sq += std::pow(x[static_cast<std::size_t>(f)] - mean, 2);
        const double sd = std::sqrt(sq / static_cast<double>(n));
        for (auto &x : features)
            x[static_cast<std::size_t>(f)] = (x[static_cast<std::size_t>(f)] - mean) / sd;
    }
    std::vector<double> w = {0, 0, 0, 0}; // bias + 3
    const auto predict = [&](std::size_t i) {
        const double z = w[0] + w[1] * features[i][0] + w[2] * features[i][1] + w[3] * features[i][2];
        return 1.0 / (1.0 + std::exp(-z));
    };
    const auto lossOf = [&](std::size_t parity) {
        double sum = 0;
        int count = 0;
        for (std::size_t i = parity; i < n; i += 2) {
            const double p = std::clamp(predict(i), 1e-12, 1 - 1e-12);
            sum -= g.churned[i] ? std::log(p) : std::log(1 - p);
            ++count;
        }
        return sum / count;
    };
    for (int epoch = 1; epoch <= 60; ++epoch) {
        std::vector<double> grad(4, 0.0);
        int count = 0;
        for (std::size_t i = 0; i < n; i += 2) {
            const double e = predict(i) - g.churned[i];
            grad[0] += e;
            for (int f = 0; f < 3; ++f)
                grad[static_cast<std::size_t>(f) + 1] += e * features[i][static_cast<std::size_t>(f)];
            ++count;
        }
        for (std::size_t k = 0; k < 4; ++k)
            w[k] -= 0.5 * grad[k] / count;
        g.loss.push_back({epoch, lossOf(0), lossOf(1)});
    }
    for (std::size_t i = 0; i < n; ++i)
        g.logisticScore.push_back(predict(i));
    g.coefficients = {w[1], w[2], w[3]};

    // Weekly repeat transactions, actual and expected from each customer's calibration rate.
    const ltv::Day start = 9862; // 1997-01-01
    for (ltv::Day weekStart = start; weekStart <= g.holdoutEnd; weekStart += 7) {
        const ltv::Day weekLast = std::min<ltv::Day>(weekStart + 6, g.holdoutEnd);
        double actual = 0, expected = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto &days = repeatDays[i];
            actual += static_cast<double>(std::distance(days.lower_bound(weekStart), days.upper_bound(weekLast)));
            const CustomerRow &r = g.customers[i];
            const double age = std::max(1.0, weeks(g.calibrationEnd - r.first + 1));
            const double rate = (r.calibrationDays - 1) / age; // repeat days per week
            const ltv::Day from = std::max<ltv::Day>(weekStart, r.first + 1);
            if (from <= weekLast)
                expected += rate * (weekLast - from + 1) / 7.0;
        }
        g.weekEnd.push_back(weekLast);
        g.actualWeekly.push_back(actual);
        g.expectedWeekly.push_back(expected);
    }
    return g;
}

} // namespace gallery
