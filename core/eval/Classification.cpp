#include "eval/Classification.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool usable(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores)
{
    if (labels.size() != scores.size() || labels.empty())
        return false;
    return std::all_of(scores.begin(), scores.end(), [](double s) { return std::isfinite(s); });
}

// Cumulative counts after each distinct score, highest first.
struct Step
{
    double threshold;
    std::int64_t truePositive;
    std::int64_t falsePositive;
};

std::vector<Step> steps(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    std::vector<Step> out;
    std::int64_t tp = 0, fp = 0;
    for (std::size_t i = 0; i < order.size();) {
        const double s = scores[order[i]];
        while (i < order.size() && scores[order[i]] == s) {
            if (labels[order[i]])
                ++tp;
            else
                ++fp;
            ++i;
        }
        out.push_back({s, tp, fp});
    }
    return out;
}

double safeDivide(double a, double b)
{
    return b != 0.0 ? a / b : kNaN;
}

} // namespace

std::vector<RocPoint> rocCurve(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores)
{
    if (!usable(labels, scores))
        return {};
    const auto positives = static_cast<double>(std::count_if(labels.begin(), labels.end(), [](auto l) { return l; }));
    const double negatives = static_cast<double>(labels.size()) - positives;
    std::vector<RocPoint> curve{{std::numeric_limits<double>::infinity(), 0.0, 0.0}};
    for (const Step &s : steps(labels, scores))
        curve.push_back({s.threshold, safeDivide(static_cast<double>(s.falsePositive), negatives),
                         safeDivide(static_cast<double>(s.truePositive), positives)});
    return curve;
}

double rocAuc(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores)
{
    const std::vector<RocPoint> curve = rocCurve(labels, scores);
    if (curve.size() < 2 || !std::isfinite(curve.back().fpr) || !std::isfinite(curve.back().tpr))
        return kNaN;
    // The trapezoid over each tie step gives tied pairs exactly one half.
    double area = 0.0;
    for (std::size_t i = 1; i < curve.size(); ++i)
        area += (curve[i].fpr - curve[i - 1].fpr) * (curve[i].tpr + curve[i - 1].tpr) / 2.0;
    return area;
}

double ConfusionMatrix::accuracy() const
{
    return safeDivide(static_cast<double>(truePositive + trueNegative), static_cast<double>(total()));
}

double ConfusionMatrix::precision() const
{
    return safeDivide(static_cast<double>(truePositive), static_cast<double>(truePositive + falsePositive));
}

double ConfusionMatrix::recall() const
{
    return safeDivide(static_cast<double>(truePositive), static_cast<double>(truePositive + falseNegative));
}

double ConfusionMatrix::f1() const
{
    // 2TP / (2TP + FP + FN) equals the harmonic mean and is defined when precision is not.
    const auto denominator = static_cast<double>(2 * truePositive + falsePositive + falseNegative);
    return denominator > 0.0 ? 2.0 * static_cast<double>(truePositive) / denominator : kNaN;
}

ConfusionMatrix confusionAt(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores,
                            double threshold)
{
    ConfusionMatrix m;
    m.threshold = threshold;
    if (labels.size() != scores.size())
        return m;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const bool predictedPositive = scores[i] >= threshold;
        if (labels[i])
            (predictedPositive ? m.truePositive : m.falseNegative)++;
        else
            (predictedPositive ? m.falsePositive : m.trueNegative)++;
    }
    return m;
}

QString thresholdRuleName(ThresholdRule rule)
{
    switch (rule) {
    case ThresholdRule::Fixed:
        return QStringLiteral("fixed");
    case ThresholdRule::MaxF1:
        return QStringLiteral("max-f1");
    case ThresholdRule::Youden:
        return QStringLiteral("youden");
    case ThresholdRule::MinCost:
        return QStringLiteral("min-cost");
    }
    return {};
}

bool parseThresholdRule(const QString &text, ThresholdRule *rule)
{
    for (ThresholdRule r : {ThresholdRule::Fixed, ThresholdRule::MaxF1, ThresholdRule::Youden, ThresholdRule::MinCost})
        if (text.compare(thresholdRuleName(r), Qt::CaseInsensitive) == 0) {
            *rule = r;
            return true;
        }
    return false;
}

double chooseThreshold(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores,
                       const ThresholdOptions &options)
{
    if (options.rule == ThresholdRule::Fixed || !usable(labels, scores))
        return options.fixedThreshold;
    const auto positives = std::count_if(labels.begin(), labels.end(), [](auto l) { return l; });
    const auto negatives = static_cast<std::int64_t>(labels.size()) - positives;
    // Objectives are compared as exact fractions num / den (den > 0) so that
    // mathematically equal values tie exactly; steps come highest threshold
    // first and a strict '>' keeps the higher threshold on ties.
    double bestNum = 0.0, bestDen = 1.0;
    bool haveBest = false;
    double bestThreshold = options.fixedThreshold;
    for (const Step &s : steps(labels, scores)) {
        const std::int64_t fn = positives - s.truePositive;
        double num = 0.0, den = 1.0;
        switch (options.rule) {
        case ThresholdRule::MaxF1:
            num = 2.0 * static_cast<double>(s.truePositive);
            den = static_cast<double>(2 * s.truePositive + s.falsePositive + fn);
            break;
        case ThresholdRule::Youden: // TPR - FPR scaled by positives * negatives: an exact integer
            num = static_cast<double>(s.truePositive * negatives - s.falsePositive * positives);
            break;
        case ThresholdRule::MinCost:
            num = -(options.costFalsePositive * static_cast<double>(s.falsePositive) +
                    options.costFalseNegative * static_cast<double>(fn));
            break;
        case ThresholdRule::Fixed:
            break;
        }
        if (den <= 0.0)
            continue;
        if (!haveBest || num * bestDen > bestNum * den) {
            haveBest = true;
            bestNum = num;
            bestDen = den;
            bestThreshold = s.threshold;
        }
    }
    return bestThreshold;
}

double logLoss(const std::vector<std::uint8_t> &labels, const std::vector<double> &probabilities)
{
    if (!usable(labels, probabilities))
        return kNaN;
    constexpr double eps = 1e-15;
    double sum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = std::clamp(probabilities[i], eps, 1.0 - eps);
        sum -= labels[i] ? std::log(p) : std::log1p(-p);
    }
    return sum / static_cast<double>(labels.size());
}

std::vector<CalibrationBin> calibrationCurve(const std::vector<std::uint8_t> &labels,
                                             const std::vector<double> &probabilities, int bins)
{
    if (bins < 1 || !usable(labels, probabilities))
        return {};
    std::vector<CalibrationBin> out(static_cast<std::size_t>(bins));
    std::vector<double> positives(static_cast<std::size_t>(bins), 0.0);
    std::vector<double> sums(static_cast<std::size_t>(bins), 0.0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = std::clamp(probabilities[i], 0.0, 1.0);
        const auto b = static_cast<std::size_t>(std::min(static_cast<int>(p * bins), bins - 1));
        ++out[b].count;
        sums[b] += p;
        positives[b] += labels[i] ? 1.0 : 0.0;
    }
    for (int b = 0; b < bins; ++b) {
        CalibrationBin &bin = out[static_cast<std::size_t>(b)];
        bin.lower = static_cast<double>(b) / bins;
        bin.upper = static_cast<double>(b + 1) / bins;
        bin.meanPredicted = bin.count > 0 ? sums[static_cast<std::size_t>(b)] / bin.count : kNaN;
        bin.observedRate = bin.count > 0 ? positives[static_cast<std::size_t>(b)] / bin.count : kNaN;
    }
    return out;
}

ClassificationMetrics evaluateClassification(const std::vector<std::uint8_t> &labels,
                                             const std::vector<double> &probabilities, const ThresholdOptions &options)
{
    ClassificationMetrics m;
    m.count = static_cast<int>(labels.size());
    m.thresholdRule = thresholdRuleName(options.rule);
    if (!usable(labels, probabilities)) {
        m.positiveRate = m.auc = m.logLoss = kNaN;
        m.confusion.threshold = kNaN;
        return m;
    }
    m.positiveRate = static_cast<double>(std::count_if(labels.begin(), labels.end(), [](auto l) { return l; })) /
                     static_cast<double>(labels.size());
    m.auc = rocAuc(labels, probabilities);
    m.logLoss = logLoss(labels, probabilities);
    m.confusion = confusionAt(labels, probabilities, chooseThreshold(labels, probabilities, options));
    m.roc = rocCurve(labels, probabilities);
    m.calibration = calibrationCurve(labels, probabilities, 10);
    return m;
}

} // namespace ltv::eval
