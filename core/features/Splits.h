#pragma once
// Time-based splits that keep the future out of the features.
//
// - Calibration/holdout: features from lines on or before calibrationEnd,
//   labels from the horizon (calibrationEnd, calibrationEnd + horizonDays].
// - Shifted window (for ML): the model is trained on features as of
//   calibrationEnd - horizonDays with labels from the following horizon
//   (which ends at calibrationEnd, so training never sees the holdout), and is
//   applied to features as of calibrationEnd.
// - Customer split: customers of one window split into train and test sets,
//   seeded, as in a classic train_test_split.
// The chosen protocol is a value (SplitProtocol) stored with every result.

#include "features/CustomerSummary.h"
#include "features/FeatureMatrix.h"
#include "features/Summarize.h"
#include "features/TransactionSet.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace ltv::features {

enum class SplitKind { CalibrationHoldout, ShiftedWindow, CustomerSplit };

struct SplitProtocol
{
    SplitKind kind = SplitKind::CalibrationHoldout;
    Day calibrationEnd = 0;       // last day of the calibration period
    std::int32_t horizonDays = 0; // length of the holdout / label window
    double topFraction = 0.1;     // q of the top-value label (0.1 = top 10 % of horizon revenue)
    double testFraction = 0.0;    // CustomerSplit: share of customers in the test set
    std::uint64_t seed = 0;       // CustomerSplit: shuffling seed
    SummaryOptions summary;       // unit and first-purchase convention of the features

    Day holdoutEnd() const { return calibrationEnd + horizonDays; }
    // The day the training features are taken at (calibrationEnd - horizon for
    // the shifted window, calibrationEnd otherwise).
    Day trainingAsOf() const;
    // One English line that names every parameter, e.g. for reports and CSV headers.
    QString describe() const;
};

// Labels of the horizon (from, to] for the given customers (in that order):
// purchase days, net revenue, active (at least one purchase day), and the
// top-value flag: revenue >= the k-th largest revenue with k = ceil(q * n) and
// revenue > 0 (ties at the threshold are all flagged).
Labels horizonLabels(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day from, Day to,
                     double topFraction);

struct CalibrationHoldout
{
    SplitProtocol protocol;
    CustomerSummary calibration; // as of calibrationEnd
    Labels holdout;              // aligned with calibration rows
};

CalibrationHoldout calibrationHoldoutSplit(const TransactionSet &set, Day calibrationEnd, std::int32_t horizonDays,
                                           const SummaryOptions &summary = {}, double topFraction = 0.1);

struct ShiftedWindow
{
    SplitProtocol protocol;
    CustomerSummary training;   // as of calibrationEnd - horizonDays
    Labels trainingLabels;      // (calibrationEnd - horizon, calibrationEnd], aligned with training rows
    CustomerSummary prediction; // as of calibrationEnd: what the trained model is applied to
    Labels predictionLabels;    // holdout (calibrationEnd, calibrationEnd + horizon], for evaluation only
};

// Only lines on or before calibrationEnd reach `training` and `trainingLabels`.
ShiftedWindow shiftedWindowSplit(const TransactionSet &set, Day calibrationEnd, std::int32_t horizonDays,
                                 const SummaryOptions &summary = {}, double topFraction = 0.1);

struct CustomerSplit
{
    SplitProtocol protocol;
    std::vector<std::size_t> trainRows; // row indices (into a summary / feature matrix), ascending
    std::vector<std::size_t> testRows;  // ascending
};

// Splits rows 0..rowCount-1: round(testFraction * rowCount) rows go to test,
// chosen by a seeded shuffle (same seed, same split on every platform).
CustomerSplit customerSplit(std::size_t rowCount, double testFraction, std::uint64_t seed,
                            const SplitProtocol &window = {});

// Row subsets of the aligned values.
CustomerSummary selectRows(const CustomerSummary &summary, const std::vector<std::size_t> &rows);
Labels selectRows(const Labels &labels, const std::vector<std::size_t> &rows);

} // namespace ltv::features
