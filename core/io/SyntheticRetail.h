#pragma once
// A synthetic Online-Retail-style transaction file for demos and benchmarks:
// Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,Country.
// Purchases follow a BG/NBD process (Poisson purchasing at a gamma-distributed
// rate, beta-distributed dropout after each purchase) and invoice values a
// Gamma-Gamma spend model; a small share of invoices is later cancelled
// ("C" invoices with negative quantities), as in the real data set.

#include <QIODevice>

#include <cstdint>

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::io {

struct SyntheticRetailOptions
{
    std::int64_t customers = 1000;
    std::uint64_t seed = 1;
    // Stop after this many data lines (negative: no limit).
    std::int64_t maxLines = -1;
    // Population parameters (daily time scale).
    double r = 0.75, alpha = 60.0;         // purchase rate ~ Gamma(r, 1/alpha) per day
    double a = 0.8, b = 4.0;               // dropout probability ~ Beta(a, b)
    double p = 6.0, q = 4.0, gamma = 40.0; // Gamma-Gamma invoice value
    int observationDays = 730;             // from 2009-12-01
    double linesPerInvoice = 12.0;         // mean lines per invoice
    double cancelShare = 0.02;             // invoices later cancelled
};

struct SyntheticRetailStats
{
    std::int64_t lines = 0; // data lines (without the header)
    std::int64_t invoices = 0;
    std::int64_t customers = 0; // customers with at least one line written
    std::int64_t bytes = 0;
};

SyntheticRetailStats writeSyntheticRetail(QIODevice &out, const SyntheticRetailOptions &options,
                                          const pipeline::JobContext &job);

} // namespace ltv::io
