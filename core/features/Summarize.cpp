#include "features/Summarize.h"

#include "pipeline/JobContext.h"

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>

namespace ltv::features {

bool isSortedByCustomerAndDay(const TransactionSet &set)
{
    for (std::size_t i = 1; i < set.size(); ++i) {
        if (set.customer[i - 1] > set.customer[i] ||
            (set.customer[i - 1] == set.customer[i] && set.day[i - 1] > set.day[i]))
            return false;
    }
    return true;
}

namespace {

// Accumulates one customer's lines up to asOf, merging same-day purchases.
struct CustomerAccumulator
{
    std::int32_t purchaseDays = 0;
    Day first = 0;
    Day last = 0;
    double firstValue = 0.0;
    double repeatValue = 0.0; // sum of the values of purchase days after the first
    double purchaseValue = 0.0;
    double returnValue = 0.0;
    std::int32_t returnCount = 0;

    void addDay(Day day, double value)
    {
        if (purchaseDays == 0) {
            first = day;
            firstValue = value;
        } else {
            repeatValue += value;
        }
        last = day;
        purchaseValue += value;
        ++purchaseDays;
    }
};

CustomerAccumulator accumulate(const TransactionSet &set, std::size_t begin, std::size_t end, Day asOf)
{
    CustomerAccumulator acc;
    std::size_t i = begin;
    while (i < end && set.day[i] <= asOf) {
        const Day day = set.day[i];
        bool bought = false;
        double value = 0.0;
        for (; i < end && set.day[i] == day; ++i) {
            if (isReturnLine(set, i)) {
                ++acc.returnCount;
                acc.returnValue += std::abs(set.amount[i]);
            } else {
                bought = true;
                value += set.amount[i];
            }
        }
        if (bought)
            acc.addDay(day, value);
    }
    return acc;
}

} // namespace

CustomerSummary summarize(const TransactionSet &set, Day asOf, const SummaryOptions &options)
{
    return summarize(set, asOf, options, pipeline::JobContext());
}

CustomerSummary summarize(const TransactionSet &set, Day asOf, const SummaryOptions &options,
                          const pipeline::JobContext &job)
{
    if (!isSortedByCustomerAndDay(set))
        throw std::invalid_argument("summarize: transactions must be sorted by customer and day");

    CustomerSummary s;
    s.asOf = asOf;
    s.unit = options.unit;
    s.countsFirstPurchase = options.countFirstPurchase;
    const double unitDays = daysPerUnit(options.unit);
    const auto offsets = set.customerOffsets();
    const std::int32_t customers = set.customerCount();

    for (std::int32_t c = 0; c < customers; ++c) {
        if ((c & 0xffff) == 0) {
            job.throwIfCancelled();
            job.setProgress(double(c) / std::max(1, customers),
                            QCoreApplication::translate("Summarize", "Summarising customers"));
        }
        const CustomerAccumulator acc = accumulate(set, offsets[c], offsets[c + 1], asOf);
        if (acc.purchaseDays == 0)
            continue;
        const int repeats = acc.purchaseDays - 1;
        const double recency = (acc.last - acc.first) / unitDays;
        s.customer.push_back(c);
        if (options.countFirstPurchase) {
            s.frequency.push_back(acc.purchaseDays);
            s.monetary.push_back(acc.purchaseValue / acc.purchaseDays);
        } else {
            s.frequency.push_back(repeats);
            s.monetary.push_back(repeats > 0 ? acc.repeatValue / repeats : 0.0);
        }
        s.recency.push_back(recency);
        s.age.push_back((asOf - acc.first) / unitDays);
        s.totalRevenue.push_back(acc.purchaseValue - acc.returnValue);
        s.purchaseDays.push_back(acc.purchaseDays);
        s.firstPurchase.push_back(acc.first);
        s.lastPurchase.push_back(acc.last);
        s.meanInterPurchase.push_back(repeats > 0 ? recency / repeats : 0.0);
        s.returnCount.push_back(acc.returnCount);
        s.returnValue.push_back(acc.returnValue);
        s.firstOrderValue.push_back(acc.firstValue);
    }
    job.setProgress(1.0);
    return s;
}

} // namespace ltv::features
