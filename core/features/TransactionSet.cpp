#include "features/TransactionSet.h"

#include <algorithm>
#include <numeric>

namespace ltv::features {

void TransactionSet::append(std::int32_t customerIndex, Day d, double amt, float qty, std::int32_t productIndex,
                            std::int32_t orderIndex, bool isReturnLine)
{
    customer.push_back(customerIndex);
    day.push_back(d);
    amount.push_back(amt);
    quantity.push_back(qty);
    product.push_back(productIndex);
    order.push_back(orderIndex);
    isReturn.push_back(isReturnLine ? 1 : 0);
}

void TransactionSet::reserve(std::size_t n)
{
    customer.reserve(n);
    day.reserve(n);
    amount.reserve(n);
    quantity.reserve(n);
    product.reserve(n);
    order.reserve(n);
    isReturn.reserve(n);
}

namespace {
template <typename T>
void applyPermutation(std::vector<T> &column, const std::vector<std::size_t> &perm)
{
    std::vector<T> sorted(column.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
        sorted[i] = column[perm[i]];
    column.swap(sorted);
}
} // namespace

void TransactionSet::sortByCustomerAndDay()
{
    const std::size_t n = size();
    bool alreadySorted = true;
    for (std::size_t i = 1; i < n && alreadySorted; ++i)
        alreadySorted = customer[i - 1] < customer[i] || (customer[i - 1] == customer[i] && day[i - 1] <= day[i]);
    if (alreadySorted)
        return;
    std::vector<std::size_t> perm(n);
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    std::stable_sort(perm.begin(), perm.end(), [this](std::size_t a, std::size_t b) {
        return customer[a] != customer[b] ? customer[a] < customer[b] : day[a] < day[b];
    });
    applyPermutation(customer, perm);
    applyPermutation(day, perm);
    applyPermutation(amount, perm);
    applyPermutation(quantity, perm);
    applyPermutation(product, perm);
    applyPermutation(order, perm);
    applyPermutation(isReturn, perm);
}

std::vector<std::size_t> TransactionSet::customerOffsets() const
{
    const auto customers = static_cast<std::size_t>(customerCount());
    std::vector<std::size_t> begin(customers + 1, 0);
    for (const std::int32_t c : customer)
        ++begin[static_cast<std::size_t>(c) + 1];
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    return begin;
}

std::pair<Day, Day> TransactionSet::dayRange() const
{
    if (day.empty())
        return {0, -1};
    const auto [lo, hi] = std::minmax_element(day.begin(), day.end());
    return {*lo, *hi};
}

} // namespace ltv::features
