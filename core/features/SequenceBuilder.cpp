#include "features/SequenceBuilder.h"

#include "features/Summarize.h"
#include "pipeline/JobContext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ltv::features {

QString SequenceOptions::describe() const
{
    return QStringLiteral("sequences: %1 periods of one %2 ending at the as-of date, left-padded")
        .arg(length)
        .arg(timeUnitName(period));
}

Sequences buildSequences(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day asOf,
                         const SequenceOptions &options)
{
    return buildSequences(set, customers, asOf, options, pipeline::JobContext());
}

Sequences buildSequences(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day asOf,
                         const SequenceOptions &options, const pipeline::JobContext &job)
{
    if (options.length <= 0)
        throw std::invalid_argument("buildSequences: length must be positive");
    if (!isSortedByCustomerAndDay(set))
        throw std::invalid_argument("buildSequences: transactions must be sorted by customer and day");
    enum Channel { Orders, Revenue, Items, Returns, ChannelCount };
    Sequences seq;
    seq.channels = {QStringLiteral("orders"), QStringLiteral("revenue"), QStringLiteral("items"),
                    QStringLiteral("returns")};
    seq.length = options.length;
    seq.customer = customers;
    const std::size_t L = static_cast<std::size_t>(options.length);
    seq.values.assign(customers.size() * L * ChannelCount, 0.0f);
    seq.mask.assign(customers.size() * L, 0);

    const double unitDays = daysPerUnit(options.period);
    const auto offsets = set.customerOffsets();
    std::vector<std::pair<std::size_t, std::int64_t>> orderKeys; // (position, order key)
    for (std::size_t r = 0; r < customers.size(); ++r) {
        if ((r & 0xffff) == 0) {
            job.throwIfCancelled();
            job.setProgress(double(r) / double(std::max<std::size_t>(1, customers.size())),
                            QCoreApplication::translate("Sequences", "Building activity sequences"));
        }
        const auto c = static_cast<std::size_t>(customers[r]);
        float *row = seq.values.data() + r * L * ChannelCount;
        orderKeys.clear();
        bool anyPurchase = false;
        Day firstPurchase = 0;
        for (std::size_t i = offsets[c]; i < offsets[c + 1] && set.day[i] <= asOf; ++i) {
            const bool isReturn = isReturnLine(set, i);
            if (!isReturn && !anyPurchase) {
                anyPurchase = true;
                firstPurchase = set.day[i];
            }
            const auto back = static_cast<std::size_t>(std::floor((asOf - set.day[i]) / unitDays));
            if (back >= L)
                continue;
            const std::size_t t = L - 1 - back;
            float *cell = row + t * ChannelCount;
            if (isReturn) {
                cell[Revenue] -= static_cast<float>(std::abs(set.amount[i]));
                cell[Returns] += 1.0f;
            } else {
                cell[Revenue] += static_cast<float>(set.amount[i]);
                cell[Items] += set.quantity[i];
                const std::int64_t key = set.order[i] >= 0 ? set.order[i] : -std::int64_t(set.day[i]) - 1;
                orderKeys.emplace_back(t, key);
            }
        }
        std::sort(orderKeys.begin(), orderKeys.end());
        orderKeys.erase(std::unique(orderKeys.begin(), orderKeys.end()), orderKeys.end());
        for (const auto &[t, key] : orderKeys)
            row[t * ChannelCount + Orders] += 1.0f;
        if (anyPurchase) {
            const auto back = static_cast<std::size_t>(std::floor((asOf - firstPurchase) / unitDays));
            const std::size_t start = back >= L ? 0 : L - 1 - back;
            std::fill(seq.mask.begin() + static_cast<std::ptrdiff_t>(r * L + start),
                      seq.mask.begin() + static_cast<std::ptrdiff_t>((r + 1) * L), std::uint8_t{1});
        }
    }
    job.setProgress(1.0);
    return seq;
}

Sequences selectRows(const Sequences &sequences, const std::vector<std::size_t> &rows)
{
    Sequences out;
    out.channels = sequences.channels;
    out.length = sequences.length;
    const auto L = static_cast<std::size_t>(sequences.length);
    const std::size_t cells = L * static_cast<std::size_t>(sequences.channels.size());
    out.customer.reserve(rows.size());
    out.values.reserve(rows.size() * cells);
    out.mask.reserve(rows.size() * L);
    for (const std::size_t r : rows) {
        out.customer.push_back(sequences.customer[r]);
        out.values.insert(out.values.end(), sequences.values.begin() + static_cast<std::ptrdiff_t>(r * cells),
                          sequences.values.begin() + static_cast<std::ptrdiff_t>((r + 1) * cells));
        out.mask.insert(out.mask.end(), sequences.mask.begin() + static_cast<std::ptrdiff_t>(r * L),
                        sequences.mask.begin() + static_cast<std::ptrdiff_t>((r + 1) * L));
    }
    return out;
}

namespace {
float signedLog(float v)
{
    return v < 0.0f ? -std::log1p(-v) : std::log1p(v);
}
} // namespace

SequenceNormalizer SequenceNormalizer::fit(const Sequences &training, bool logTransform)
{
    SequenceNormalizer n;
    n.logTransform = logTransform;
    const auto channels = static_cast<std::size_t>(training.channels.size());
    std::vector<double> sum(channels, 0.0), squares(channels, 0.0);
    std::size_t count = 0;
    for (std::size_t p = 0; p < training.mask.size(); ++p) {
        if (!training.mask[p])
            continue;
        ++count;
        for (std::size_t ch = 0; ch < channels; ++ch) {
            const float raw = training.values[p * channels + ch];
            const double v = logTransform ? signedLog(raw) : raw;
            sum[ch] += v;
            squares[ch] += v * v;
        }
    }
    n.mean.assign(channels, 0.0f);
    n.scale.assign(channels, 1.0f);
    for (std::size_t ch = 0; ch < channels && count > 0; ++ch) {
        const double mean = sum[ch] / double(count);
        const double var = std::max(0.0, squares[ch] / double(count) - mean * mean);
        n.mean[ch] = static_cast<float>(mean);
        n.scale[ch] = var > 1e-12 ? static_cast<float>(std::sqrt(var)) : 1.0f;
    }
    return n;
}

void SequenceNormalizer::apply(Sequences &sequences) const
{
    const auto channels = static_cast<std::size_t>(sequences.channels.size());
    if (channels != mean.size())
        throw std::invalid_argument("SequenceNormalizer: channel count differs from the fitted one");
    for (std::size_t p = 0; p < sequences.mask.size(); ++p) {
        if (!sequences.mask[p])
            continue;
        for (std::size_t ch = 0; ch < channels; ++ch) {
            float &v = sequences.values[p * channels + ch];
            v = ((logTransform ? signedLog(v) : v) - mean[ch]) / scale[ch];
        }
    }
}

QString SequenceNormalizer::describe() const
{
    QStringList parts;
    for (std::size_t ch = 0; ch < mean.size(); ++ch)
        parts << QStringLiteral("%1/%2").arg(double(mean[ch]), 0, 'g', 5).arg(double(scale[ch]), 0, 'g', 5);
    return QStringLiteral("sequence normalisation fitted on training data: %1, mean/sd per channel %2")
        .arg(logTransform ? QStringLiteral("signed log1p") : QStringLiteral("no transform"), parts.join(u' '));
}

} // namespace ltv::features
