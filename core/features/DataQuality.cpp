#include "features/DataQuality.h"

#include "features/Summarize.h"
#include "features/Translation.h"
#include "pipeline/JobContext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <tuple>

namespace ltv::features {

QString imputationName(Imputation imputation)
{
    switch (imputation) {
    case Imputation::None:
        return QStringLiteral("none");
    case Imputation::Mean:
        return QStringLiteral("mean");
    case Imputation::Median:
        return QStringLiteral("median");
    case Imputation::Interpolate:
        return QStringLiteral("interpolate");
    }
    return {};
}

QString outlierRuleName(OutlierRule rule)
{
    switch (rule) {
    case OutlierRule::None:
        return QStringLiteral("none");
    case OutlierRule::ThreeSigma:
        return QStringLiteral("sigma");
    case OutlierRule::Iqr:
        return QStringLiteral("iqr");
    }
    return {};
}

QString outlierActionName(OutlierAction action)
{
    switch (action) {
    case OutlierAction::Flag:
        return QStringLiteral("flag");
    case OutlierAction::Cap:
        return QStringLiteral("cap");
    case OutlierAction::Exclude:
        return QStringLiteral("exclude");
    }
    return {};
}

bool parseImputation(const QString &text, Imputation *imputation)
{
    for (const Imputation i : {Imputation::None, Imputation::Mean, Imputation::Median, Imputation::Interpolate})
        if (text.trimmed().compare(imputationName(i), Qt::CaseInsensitive) == 0) {
            *imputation = i;
            return true;
        }
    return false;
}

bool parseOutlierRule(const QString &text, OutlierRule *rule)
{
    const QString t = text.trimmed().toLower();
    if (t == u"3sigma" || t == u"three-sigma") {
        *rule = OutlierRule::ThreeSigma;
        return true;
    }
    for (const OutlierRule r : {OutlierRule::None, OutlierRule::ThreeSigma, OutlierRule::Iqr})
        if (t == outlierRuleName(r)) {
            *rule = r;
            return true;
        }
    return false;
}

bool parseOutlierAction(const QString &text, OutlierAction *action)
{
    for (const OutlierAction a : {OutlierAction::Flag, OutlierAction::Cap, OutlierAction::Exclude})
        if (text.trimmed().compare(outlierActionName(a), Qt::CaseInsensitive) == 0) {
            *action = a;
            return true;
        }
    return false;
}

namespace {
// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::features::QualityOptions", "ltv::features::QualityReport", "ltv::features"}, text);
}

QString imputationClause(Imputation imputation)
{
    switch (imputation) {
    case Imputation::None:
        return tr("Lines with a missing amount or quantity removed");
    case Imputation::Mean:
        return tr("Missing amounts and quantities filled with the mean of the known purchases");
    case Imputation::Median:
        return tr("Missing amounts and quantities filled with the median of the known purchases");
    case Imputation::Interpolate:
        return tr("Missing amounts and quantities interpolated between the customer's nearest known lines");
    }
    return imputationName(imputation);
}

// One whole clause per rule and action, so that translations can order the words freely.
QString outlierClause(const QualityOptions &o)
{
    if (o.outlierRule == OutlierRule::None)
        return tr("purchase amounts not checked for outliers");
    const bool sigma = o.outlierRule == OutlierRule::ThreeSigma;
    const QString factor = QString::number(sigma ? o.sigmas : o.iqrFactor);
    switch (o.outlierAction) {
    case OutlierAction::Flag:
        return (sigma ? tr("purchase amounts more than %1 standard deviations from the mean flagged, not changed")
                      : tr("purchase amounts more than %1 × IQR below the first or above the third quartile flagged, "
                           "not changed"))
            .arg(factor);
    case OutlierAction::Cap:
        return (sigma ? tr("purchase amounts more than %1 standard deviations from the mean capped at that limit")
                      : tr("purchase amounts more than %1 × IQR below the first or above the third quartile capped "
                           "at that limit"))
            .arg(factor);
    case OutlierAction::Exclude:
        return (sigma ? tr("purchase lines with an amount more than %1 standard deviations from the mean removed")
                      : tr("purchase lines with an amount more than %1 × IQR below the first or above the third "
                           "quartile removed"))
            .arg(factor);
    }
    return outlierRuleName(o.outlierRule);
}

QString futureDatesClause(const QualityOptions &o)
{
    if (!o.today)
        return tr("dates not checked for being in the future");
    return (o.dropFutureDates ? tr("lines dated after %1 removed") : tr("lines dated after %1 kept"))
        .arg(isoFromDay(*o.today));
}

// A column's missing values as a sentence: what was missing and what became of it.
QString missingSentence(const ColumnQuality &c, bool linesRemoved)
{
    const QString n = QString::number(c.missing);
    if (c.column == u"amount")
        return c.missing == 0  ? tr("Missing amounts: none.")
               : c.imputed > 0 ? tr("Missing amounts: %1, filled in.").arg(n)
               : linesRemoved  ? tr("Missing amounts: %1, their lines removed.").arg(n)
                               : tr("Missing amounts: %1.").arg(n);
    if (c.column == u"quantity")
        return c.missing == 0  ? tr("Missing quantities: none.")
               : c.imputed > 0 ? tr("Missing quantities: %1, filled in.").arg(n)
               : linesRemoved  ? tr("Missing quantities: %1, their lines removed.").arg(n)
                               : tr("Missing quantities: %1.").arg(n);
    if (c.column == u"product")
        return !c.present       ? tr("Products: the data have no product column.")
               : c.missing == 0 ? tr("Lines without a product: none.")
                                : tr("Lines without a product: %1, kept.").arg(n);
    // A customer attribute: counted per customer, never filled in.
    return c.missing == 0 ? tr("Customers with no %1: none.").arg(c.column)
                          : tr("Customers with no %1: %2, kept.").arg(c.column, n);
}

QString outlierSentence(const QualityReport &r)
{
    // Only amounts >= 0 are tested, so a lower limit at or below zero never applies.
    const bool noBounds = r.lowerBound == 0.0 && r.upperBound == 0.0 && r.outliers == 0;
    const QString range = r.lowerBound > 0.0
                              ? tr("below %1 or above %2").arg(r.lowerBound, 0, 'f', 2).arg(r.upperBound, 0, 'f', 2)
                              : tr("above %1").arg(r.upperBound, 0, 'f', 2);
    if (noBounds)
        return tr("Outlying purchase amounts: none.");
    if (r.outliers == 0)
        return tr("Outlying purchase amounts (%1): none.").arg(range);
    const QString n = QString::number(r.outliers);
    switch (r.options.outlierAction) {
    case OutlierAction::Flag:
        return tr("Outlying purchase amounts (%1): %2, flagged, not changed.").arg(range, n);
    case OutlierAction::Cap:
        return tr("Outlying purchase amounts (%1): %2, capped at the limit.").arg(range, n);
    case OutlierAction::Exclude:
        return tr("Outlying purchase amounts (%1): %2, their lines removed.").arg(range, n);
    }
    return {};
}
} // namespace

QString QualityOptions::describe() const
{
    const QStringList clauses{imputationClause(imputation), outlierClause(*this),
                              dropDuplicates ? tr("duplicate lines removed, the first copy kept")
                                             : tr("duplicate lines kept"),
                              futureDatesClause(*this)};
    return clauses.join(tr("; ")) + tr(".");
}

const ColumnQuality *QualityReport::column(const QString &name) const
{
    for (const ColumnQuality &c : columns)
        if (c.column == name)
            return &c;
    return nullptr;
}

QStringList QualityReport::toText() const
{
    QStringList lines;
    lines << options.describe();
    lines << tr("Lines checked: %1; kept for the analysis: %2.").arg(linesIn).arg(linesOut);
    for (const ColumnQuality &c : columns)
        lines << missingSentence(c, missingRemoved > 0);
    if (missingRemoved > 0)
        lines << tr("Lines removed for a missing amount or quantity: %1.").arg(missingRemoved);
    if (options.outlierRule != OutlierRule::None)
        lines << outlierSentence(*this);
    lines << (duplicates == 0         ? tr("Duplicate lines: none.")
              : duplicatesRemoved > 0 ? tr("Duplicate lines: %1, removed (the first copy kept).").arg(duplicates)
                                      : tr("Duplicate lines: %1, kept.").arg(duplicates));
    lines << (nonPositiveAmounts == 0
                  ? tr("Purchases with an amount of zero or less: none.")
                  : tr("Purchases with an amount of zero or less: %1, kept.").arg(nonPositiveAmounts));
    if (!options.today)
        lines << tr("Dates in the future: not checked.");
    else {
        const QString after = isoFromDay(*options.today);
        lines << (futureDates == 0    ? tr("Lines dated after %1: none.").arg(after)
                  : futureRemoved > 0 ? tr("Lines dated after %1: %2, removed.").arg(after).arg(futureDates)
                                      : tr("Lines dated after %1: %2, kept.").arg(after).arg(futureDates));
    }
    return lines;
}

double quantileSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = (double(sorted.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return quantileSorted(values, 0.5);
}

// Fills NaNs of one numeric column; returns the number of values filled.
template <typename T>
std::int64_t impute(std::vector<T> &column, const TransactionSet &set, const std::vector<std::size_t> &offsets,
                    Imputation how)
{
    std::vector<double> known;
    for (std::size_t i = 0; i < column.size(); ++i)
        if (!std::isnan(double(column[i])) && !set.isReturn[i])
            known.push_back(std::abs(double(column[i])));
    const double mean = known.empty() ? 0.0 : std::accumulate(known.begin(), known.end(), 0.0) / double(known.size());
    const double med = known.empty() ? 0.0 : median(known);
    const double fallback = how == Imputation::Mean ? mean : med;
    std::int64_t filled = 0;
    for (std::size_t c = 0; c + 1 < offsets.size(); ++c) {
        for (std::size_t i = offsets[c]; i < offsets[c + 1]; ++i) {
            if (!std::isnan(double(column[i])))
                continue;
            const bool ret = set.isReturn[i] != 0;
            double value = fallback;
            if (how == Imputation::Interpolate) {
                // Nearest known lines of the same kind (purchase or return) of this customer.
                std::size_t before = offsets[c + 1], after = offsets[c + 1];
                for (std::size_t j = i; j-- > offsets[c];)
                    if ((set.isReturn[j] != 0) == ret && !std::isnan(double(column[j]))) {
                        before = j;
                        break;
                    }
                for (std::size_t j = i + 1; j < offsets[c + 1]; ++j)
                    if ((set.isReturn[j] != 0) == ret && !std::isnan(double(column[j]))) {
                        after = j;
                        break;
                    }
                const bool hasBefore = before < offsets[c + 1], hasAfter = after < offsets[c + 1];
                if (hasBefore && hasAfter) {
                    const double v0 = double(column[before]), v1 = double(column[after]);
                    const Day d0 = set.day[before], d1 = set.day[after];
                    value = d1 == d0 ? (v0 + v1) / 2.0 : v0 + (v1 - v0) * double(set.day[i] - d0) / double(d1 - d0);
                } else if (hasBefore || hasAfter) {
                    value = double(column[hasBefore ? before : after]);
                } else {
                    value = ret ? -med : med;
                }
            } else if (ret) {
                value = -value;
            }
            column[i] = static_cast<T>(value);
            ++filled;
        }
    }
    return filled;
}

using LineKey = std::tuple<double, float, std::int32_t, std::int32_t, std::uint8_t>;

} // namespace

QualityResult checkQuality(const TransactionSet &set, const QualityOptions &options)
{
    return checkQuality(set, options, pipeline::JobContext());
}

QualityResult checkQuality(const TransactionSet &set, const QualityOptions &options, const pipeline::JobContext &job)
{
    if (!isSortedByCustomerAndDay(set))
        throw std::invalid_argument("checkQuality: transactions must be sorted by customer and day");
    QualityResult result;
    QualityReport &report = result.report;
    report.options = options;
    const std::size_t n = set.size();
    report.linesIn = static_cast<std::int64_t>(n);
    std::vector<double> amount = set.amount;
    std::vector<float> quantity = set.quantity;
    std::vector<std::uint8_t> keep(n, 1);
    const auto offsets = set.customerOffsets();

    // Missing values.
    ColumnQuality amountQ{QStringLiteral("amount")}, quantityQ{QStringLiteral("quantity")},
        productQ{QStringLiteral("product")};
    for (std::size_t i = 0; i < n; ++i) {
        amountQ.missing += std::isnan(amount[i]) ? 1 : 0;
        quantityQ.missing += std::isnan(quantity[i]) ? 1 : 0;
        productQ.missing += set.product[i] < 0 ? 1 : 0;
    }
    // No line names a product: the data have no product column (nothing is missing from one).
    productQ.present = !set.productNames.isEmpty() || productQ.missing < static_cast<std::int64_t>(n);
    job.setProgress(0.2, tr("Checking missing values"));
    if (options.imputation == Imputation::None) {
        for (std::size_t i = 0; i < n; ++i)
            if (std::isnan(amount[i]) || std::isnan(quantity[i])) {
                keep[i] = 0;
                ++report.missingRemoved;
            }
    } else {
        amountQ.imputed = impute(amount, set, offsets, options.imputation);
        quantityQ.imputed = impute(quantity, set, offsets, options.imputation);
    }
    report.columns = {amountQ, quantityQ, productQ};
    for (qsizetype a = 0; a < set.attributeNames.size() && a < qsizetype(set.attributeValues.size()); ++a) {
        ColumnQuality q{set.attributeNames[a]};
        const QStringList &values = set.attributeValues[std::size_t(a)];
        for (std::int32_t c = 0; c < set.customerCount(); ++c)
            q.missing += (c >= values.size() || values[c].trimmed().isEmpty()) ? 1 : 0;
        report.columns.push_back(q);
    }
    job.throwIfCancelled();

    // Future dates.
    if (options.today) {
        for (std::size_t i = 0; i < n; ++i)
            if (keep[i] && set.day[i] > *options.today) {
                ++report.futureDates;
                if (options.dropFutureDates) {
                    keep[i] = 0;
                    ++report.futureRemoved;
                }
            }
    }

    // Duplicates: identical lines within one (customer, day) group (the set is sorted by both).
    job.setProgress(0.4, tr("Looking for duplicates"));
    std::vector<std::pair<LineKey, std::size_t>> group;
    for (std::size_t begin = 0; begin < n;) {
        std::size_t end = begin + 1;
        while (end < n && set.customer[end] == set.customer[begin] && set.day[end] == set.day[begin])
            ++end;
        if (end - begin > 1) {
            group.clear();
            for (std::size_t i = begin; i < end; ++i)
                if (keep[i])
                    group.push_back(
                        {LineKey{amount[i], quantity[i], set.product[i], set.order[i], set.isReturn[i]}, i});
            std::sort(group.begin(), group.end());
            for (std::size_t g = 1; g < group.size(); ++g)
                if (group[g].first == group[g - 1].first) {
                    ++report.duplicates;
                    if (options.dropDuplicates) {
                        keep[group[g].second] = 0;
                        ++report.duplicatesRemoved;
                    }
                }
        }
        begin = end;
    }

    for (std::size_t i = 0; i < n; ++i)
        report.nonPositiveAmounts += keep[i] && !set.isReturn[i] && amount[i] <= 0.0 ? 1 : 0;

    // Outliers of purchase amounts.
    job.setProgress(0.6, tr("Looking for outliers"));
    if (options.outlierRule != OutlierRule::None) {
        std::vector<double> values;
        for (std::size_t i = 0; i < n; ++i)
            if (keep[i] && !set.isReturn[i] && amount[i] >= 0.0)
                values.push_back(amount[i]);
        if (!values.empty()) {
            if (options.outlierRule == OutlierRule::ThreeSigma) {
                const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
                double squares = 0.0;
                for (const double v : values)
                    squares += (v - mean) * (v - mean);
                const double sd = std::sqrt(squares / double(values.size()));
                report.lowerBound = mean - options.sigmas * sd;
                report.upperBound = mean + options.sigmas * sd;
            } else {
                std::sort(values.begin(), values.end());
                const double q1 = quantileSorted(values, 0.25), q3 = quantileSorted(values, 0.75);
                report.lowerBound = q1 - options.iqrFactor * (q3 - q1);
                report.upperBound = q3 + options.iqrFactor * (q3 - q1);
            }
            for (std::size_t i = 0; i < n; ++i) {
                if (!keep[i] || set.isReturn[i] || amount[i] < 0.0)
                    continue;
                if (amount[i] >= report.lowerBound && amount[i] <= report.upperBound)
                    continue;
                ++report.outliers;
                report.outlierLines.push_back(i);
                if (options.outlierAction == OutlierAction::Cap) {
                    amount[i] = std::clamp(amount[i], report.lowerBound, report.upperBound);
                    ++report.outliersCapped;
                } else if (options.outlierAction == OutlierAction::Exclude) {
                    keep[i] = 0;
                    ++report.outliersRemoved;
                }
            }
        }
    }
    job.throwIfCancelled();

    // The cleaned set keeps every customer, product and attribute; only lines go.
    TransactionSet &out = result.cleaned;
    out.customerIds = set.customerIds;
    out.attributeNames = set.attributeNames;
    out.attributeValues = set.attributeValues;
    out.productNames = set.productNames;
    const auto kept = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), std::uint8_t{1}));
    out.reserve(kept);
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            out.append(set.customer[i], set.day[i], amount[i], quantity[i], set.product[i], set.order[i],
                       set.isReturn[i] != 0);
    report.linesOut = static_cast<std::int64_t>(kept);
    job.setProgress(1.0);
    return result;
}

} // namespace ltv::features
