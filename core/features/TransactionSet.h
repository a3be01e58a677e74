#pragma once
// The project's transactions in columnar, in-memory form: the input of every
// feature, model and segment computation. Filled by store::Project, or built
// directly in tests.

#include "features/Types.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace ltv::features {

struct TransactionSet
{
    // Customers: index i <-> external id (or its pseudonym).
    QStringList customerIds;
    // Customer attributes (channel, country, ...): attributeValues[a][customer].
    QStringList attributeNames;
    std::vector<QStringList> attributeValues;
    // Products: index <-> product code/name.
    QStringList productNames;

    // One entry per transaction line, sorted by (customer, day).
    std::vector<std::int32_t> customer; // index into customerIds
    std::vector<Day> day;               // days since 1970-01-01
    std::vector<double> amount;         // net amount in currency units; negative for returns
    std::vector<float> quantity;        // units; negative for returns
    std::vector<std::int32_t> product;  // index into productNames, -1 if none
    std::vector<std::int32_t> order;    // order/invoice index (unique per order), -1 if none
    std::vector<std::uint8_t> isReturn; // 1 for cancellations/returns

    std::size_t size() const { return customer.size(); }
    std::int32_t customerCount() const { return static_cast<std::int32_t>(customerIds.size()); }
    bool empty() const { return customer.empty(); }

    // Appends one line; call sortByCustomerAndDay() after bulk appends.
    void append(std::int32_t customerIndex, Day d, double amt, float qty = 1.0f, std::int32_t productIndex = -1,
                std::int32_t orderIndex = -1, bool isReturnLine = false);
    void reserve(std::size_t n);
    // Stable sort of all columns by (customer, day).
    void sortByCustomerAndDay();
    // Offsets into the sorted columns: customer c's lines are [begin[c], begin[c+1]).
    std::vector<std::size_t> customerOffsets() const;
    // First and last transaction day; {0, -1} when empty.
    std::pair<Day, Day> dayRange() const;
};

} // namespace ltv::features
