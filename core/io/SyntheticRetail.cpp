#include "io/SyntheticRetail.h"

#include "io/DateParser.h"
#include "pipeline/JobContext.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace ltv::io {

namespace {

struct Product
{
    char code[8];
    std::int64_t priceCents;
};

std::vector<Product> makeCatalogue(std::mt19937_64 &rng)
{
    std::lognormal_distribution<double> price(1.0, 0.9); // median ~2.70, long right tail
    std::vector<Product> products(3000);
    for (std::size_t i = 0; i < products.size(); ++i) {
        std::snprintf(products[i].code, sizeof products[i].code, "%05zu%c", 20000 + i * 7 % 70000,
                      i % 5 == 0 ? 'A' : (i % 7 == 0 ? 'B' : '\0'));
        products[i].priceCents = std::max<std::int64_t>(10, std::llround(price(rng) * 100.0));
    }
    return products;
}

void civilFromDays(Day z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<int>(yoe) + era * 400 + (*m <= 2 ? 1 : 0);
}

constexpr std::array<const char *, 10> kCountries = {"United Kingdom", "Germany",     "France",  "EIRE",
                                                     "Spain",          "Netherlands", "Belgium", "Switzerland",
                                                     "Portugal",       "Australia"};

} // namespace

SyntheticRetailStats writeSyntheticRetail(QIODevice &out, const SyntheticRetailOptions &o,
                                          const pipeline::JobContext &job)
{
    std::mt19937_64 rng(o.seed);
    const std::vector<Product> catalogue = makeCatalogue(rng);
    std::gamma_distribution<double> rate(o.r, 1.0 / o.alpha);
    std::gamma_distribution<double> betaA(o.a, 1.0), betaB(o.b, 1.0);
    std::gamma_distribution<double> spendScale(o.q, 1.0 / o.gamma); // nu
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::poisson_distribution<int> extraLines(std::max(0.0, o.linesPerInvoice - 1.0));
    std::uniform_int_distribution<std::size_t> pickProduct(0, catalogue.size() - 1);
    std::uniform_int_distribution<int> hour(8, 18), minute(0, 59);
    const Day start = daysFromCivil(2009, 12, 1);

    SyntheticRetailStats stats;
    std::string buffer = "Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,Country\r\n";
    std::int64_t invoiceNumber = 489434;
    const auto flush = [&](bool force) {
        if (force || buffer.size() > (1 << 20)) {
            out.write(buffer.data(), static_cast<qint64>(buffer.size()));
            stats.bytes += static_cast<std::int64_t>(buffer.size());
            buffer.clear();
        }
    };
    const auto writeLine = [&](const char *invoicePrefix, std::int64_t invoice, const Product &product,
                               std::int64_t quantity, Day day, int hh, int mm, std::int64_t customerId,
                               const char *country) {
        int y = 0;
        unsigned mo = 0, d = 0;
        civilFromDays(day, &y, &mo, &d);
        char line[160];
        const int n = std::snprintf(
            line, sizeof line, "%s%lld,%s,%lld,%04d-%02u-%02u %02d:%02d:00,%lld.%02lld,%lld,%s\r\n", invoicePrefix,
            static_cast<long long>(invoice), product.code, static_cast<long long>(quantity), y, mo, d, hh, mm,
            static_cast<long long>(product.priceCents / 100), static_cast<long long>(product.priceCents % 100),
            static_cast<long long>(customerId), country);
        buffer.append(line, static_cast<std::size_t>(n));
        ++stats.lines;
    };
    const auto full = [&] { return o.maxLines >= 0 && stats.lines >= o.maxLines; };

    for (std::int64_t c = 0; c < o.customers && !full(); ++c) {
        if ((c & 1023) == 0) {
            job.throwIfCancelled();
            job.setProgress(o.maxLines > 0 ? static_cast<double>(stats.lines) / static_cast<double>(o.maxLines)
                                           : static_cast<double>(c) / static_cast<double>(o.customers));
        }
        const std::int64_t customerId = 12346 + c;
        const double u = unit(rng);
        const char *country =
            u < 0.85 ? kCountries[0] : kCountries[1 + static_cast<std::size_t>((u - 0.85) / 0.15 * 9)];
        const double lambda = rate(rng);
        const double x = betaA(rng), yb = betaB(rng);
        const double dropout = x / (x + yb);
        const double nu = spendScale(rng);
        std::gamma_distribution<double> invoiceValue(o.p, 1.0 / nu);
        double t = unit(rng) * 365.0; // first purchase within the first year
        bool wrote = false;
        while (t < o.observationDays && !full()) {
            const Day day = start + static_cast<Day>(t);
            const int hh = hour(rng), mm = minute(rng);
            const double value = invoiceValue(rng) * 100.0; // cents
            const int lines = 1 + extraLines(rng);
            const std::int64_t invoice = invoiceNumber++;
            ++stats.invoices;
            const Product *firstProduct = nullptr;
            std::int64_t firstQuantity = 0;
            for (int l = 0; l < lines && !full(); ++l) {
                const Product &product = catalogue[pickProduct(rng)];
                const auto quantity =
                    std::max<std::int64_t>(1, std::llround(value / lines / static_cast<double>(product.priceCents)));
                writeLine("", invoice, product, quantity, day, hh, mm, customerId, country);
                if (!firstProduct) {
                    firstProduct = &product;
                    firstQuantity = quantity;
                }
                wrote = true;
            }
            if (firstProduct && unit(rng) < o.cancelShare && !full()) {
                const Day later =
                    std::min<Day>(day + 1 + static_cast<Day>(unit(rng) * 20), start + o.observationDays - 1);
                writeLine("C", invoiceNumber++, *firstProduct, -firstQuantity, later, hh, mm, customerId, country);
                ++stats.invoices;
            }
            flush(false);
            if (unit(rng) < dropout)
                break; // the customer becomes inactive after this purchase
            t += -std::log(1.0 - unit(rng)) / std::max(lambda, 1e-9);
        }
        stats.customers += wrote ? 1 : 0;
    }
    flush(true);
    return stats;
}

} // namespace ltv::io
