#pragma once
// Data-quality report and cleaning of a TransactionSet before features are built.
//
// Checks: missing values per column (NaN amount/quantity, lines without a
// product, empty customer attributes), outliers of purchase amounts (3-sigma
// or IQR rule), duplicate lines, non-positive purchase amounts and dates after
// `today`. Options say what to do about each; the options and every count are
// kept in the report so they can be stored with the features they produced.
// Nothing is dropped silently: every removed line is counted by reason.

#include "features/TransactionSet.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::features {

// How missing (NaN) amounts and quantities are filled. None removes the lines.
enum class Imputation { None, Mean, Median, Interpolate };
enum class OutlierRule { None, ThreeSigma, Iqr };
enum class OutlierAction { Flag, Cap, Exclude };

struct QualityOptions
{
    // Mean/Median: statistic of the known values of purchase lines (negated for
    // return lines). Interpolate: linear in time between the customer's nearest
    // known lines before and after (the one neighbour when only one exists, the
    // median when the customer has none).
    Imputation imputation = Imputation::Median;
    // Applied to the amounts of purchase lines (returns are not outliers).
    OutlierRule outlierRule = OutlierRule::Iqr;
    OutlierAction outlierAction = OutlierAction::Flag;
    double sigmas = 3.0;         // ThreeSigma: mean +- sigmas * sd (population sd)
    double iqrFactor = 1.5;      // Iqr: [Q1 - f * IQR, Q3 + f * IQR], quartiles by linear interpolation
    bool dropDuplicates = false; // identical lines (customer, day, amount, quantity, product, order, return)
    bool dropFutureDates = true;
    std::optional<Day> today; // lines after this day are future dates; unset: no check

    // What the options do, as one sentence for people (translatable); the
    // machine names stay with imputationName() and friends.
    QString describe() const;
};

struct ColumnQuality
{
    QString column;
    std::int64_t missing = 0;
    std::int64_t imputed = 0;
    bool present = true; // false: the data have no such column (e.g. no product was mapped)
};

struct QualityReport
{
    QualityOptions options;
    std::int64_t linesIn = 0;
    std::int64_t linesOut = 0;
    std::vector<ColumnQuality> columns; // amount, quantity, product, then one per customer attribute

    std::int64_t missingRemoved = 0;           // lines removed because of Imputation::None
    double lowerBound = 0.0, upperBound = 0.0; // outlier bounds (when a rule is set and data exist)
    std::int64_t outliers = 0;
    std::vector<std::size_t> outlierLines; // indices into the input set
    std::int64_t outliersCapped = 0;
    std::int64_t outliersRemoved = 0;
    std::int64_t duplicates = 0; // lines equal to an earlier line
    std::int64_t duplicatesRemoved = 0;
    std::int64_t nonPositiveAmounts = 0; // purchase lines (not returns) with amount <= 0
    std::int64_t futureDates = 0;
    std::int64_t futureRemoved = 0;

    const ColumnQuality *column(const QString &name) const;
    // Human-readable report, one sentence per finding, each saying what was
    // done about it; the first line is options.describe() (translatable).
    QStringList toText() const;
};

struct QualityResult
{
    TransactionSet cleaned; // same customers, products and attributes; lines kept in order
    QualityReport report;
};

QualityResult checkQuality(const TransactionSet &set, const QualityOptions &options = {});
QualityResult checkQuality(const TransactionSet &set, const QualityOptions &options, const pipeline::JobContext &job);

// Quartiles and mean/sd helpers used by the rules (exposed for tests and charts).
double quantileSorted(const std::vector<double> &sorted, double p); // linear interpolation (type 7)

QString imputationName(Imputation imputation);
QString outlierRuleName(OutlierRule rule);
QString outlierActionName(OutlierAction action);
bool parseImputation(const QString &text, Imputation *imputation);
bool parseOutlierRule(const QString &text, OutlierRule *rule);
bool parseOutlierAction(const QString &text, OutlierAction *action);

} // namespace ltv::features
