#pragma once
// Metrics of a binary probability (churn, top value): ROC, AUC, confusion
// matrix at a chosen threshold, log loss and a calibration curve. Labels are
// 1 for the positive class (e.g. "churned"), scores are P(positive).

#include <QString>

#include <cstdint>
#include <vector>

namespace ltv::eval {

struct RocPoint
{
    double threshold = 0.0; // predict positive when score >= threshold
    double fpr = 0.0;
    double tpr = 0.0;
};

// One point per distinct score (descending), starting at (0, 0) with an
// infinite threshold; tied scores move the curve diagonally.
std::vector<RocPoint> rocCurve(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores);
// Area under the ROC curve: P(score of a positive > score of a negative), ties
// counted as one half. NaN without both classes.
double rocAuc(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores);

struct ConfusionMatrix
{
    double threshold = 0.5;
    std::int64_t truePositive = 0;
    std::int64_t falsePositive = 0;
    std::int64_t trueNegative = 0;
    std::int64_t falseNegative = 0;

    std::int64_t total() const { return truePositive + falsePositive + trueNegative + falseNegative; }
    double accuracy() const;
    double precision() const; // NaN when nothing is predicted positive
    double recall() const;    // NaN without positives
    double f1() const;        // 0 when precision + recall is 0
};

ConfusionMatrix confusionAt(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores,
                            double threshold);

enum class ThresholdRule {
    Fixed,   // the given threshold
    MaxF1,   // maximises F1 (the default)
    Youden,  // maximises TPR - FPR
    MinCost, // minimises costFalsePositive * FP + costFalseNegative * FN
};

struct ThresholdOptions
{
    ThresholdRule rule = ThresholdRule::MaxF1;
    double fixedThreshold = 0.5;
    double costFalsePositive = 1.0;
    double costFalseNegative = 1.0;
};

QString thresholdRuleName(ThresholdRule rule); // "fixed", "max-f1", "youden", "min-cost"
bool parseThresholdRule(const QString &text, ThresholdRule *rule);

// The threshold chosen by the rule among the distinct scores; ties in the
// objective go to the higher threshold.
double chooseThreshold(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores,
                       const ThresholdOptions &options);

// Mean binary cross-entropy, probabilities clipped to [1e-15, 1 - 1e-15].
double logLoss(const std::vector<std::uint8_t> &labels, const std::vector<double> &probabilities);

struct CalibrationBin
{
    double lower = 0.0;
    double upper = 0.0;
    int count = 0;
    double meanPredicted = 0.0; // NaN when empty
    double observedRate = 0.0;  // NaN when empty
};

// Equal-width probability bins on [0, 1]; 1.0 falls in the last bin.
std::vector<CalibrationBin> calibrationCurve(const std::vector<std::uint8_t> &labels,
                                             const std::vector<double> &probabilities, int bins = 10);

struct ClassificationMetrics
{
    int count = 0;
    double positiveRate = 0.0;
    double auc = 0.0;
    double logLoss = 0.0;
    ConfusionMatrix confusion; // at the chosen threshold
    QString thresholdRule;
    std::vector<RocPoint> roc;
    std::vector<CalibrationBin> calibration;
};

// Everything at once; the metrics are NaN when the sizes differ, the input is
// empty or a probability is not finite.
ClassificationMetrics evaluateClassification(const std::vector<std::uint8_t> &labels,
                                             const std::vector<double> &probabilities,
                                             const ThresholdOptions &options = {});

} // namespace ltv::eval
