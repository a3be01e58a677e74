#pragma once
// Runs a loop over rows on all cores in fixed blocks. Block boundaries do not
// depend on the number of threads, and reductions add block results in block
// order, so sums are bit-identical from run to run and machine to machine.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ltv::models::btyd {

inline constexpr std::size_t kRowBlock = 4096;

// Calls fn(block, begin, end) for every block of rows, in parallel.
template <typename Fn> void parallelBlocks(std::size_t rows, Fn &&fn)
{
    const std::size_t blocks = (rows + kRowBlock - 1) / kRowBlock;
    const std::size_t threads = std::min<std::size_t>(blocks, std::max(1u, std::thread::hardware_concurrency()));
    if (threads <= 1) {
        for (std::size_t b = 0; b < blocks; ++b)
            fn(b, b * kRowBlock, std::min(rows, (b + 1) * kRowBlock));
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&] {
        try {
            for (std::size_t b = next++; b < blocks; b = next++)
                fn(b, b * kRowBlock, std::min(rows, (b + 1) * kRowBlock));
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

// Sums `width` accumulators over rows: fn(begin, end, double *acc) adds the
// contribution of rows [begin, end) into acc[0..width).
template <typename Fn> std::vector<double> parallelSum(std::size_t rows, std::size_t width, Fn &&fn)
{
    const std::size_t blocks = (rows + kRowBlock - 1) / kRowBlock;
    std::vector<double> partial(blocks * width, 0.0);
    parallelBlocks(rows, [&](std::size_t block, std::size_t begin, std::size_t end) {
        fn(begin, end, partial.data() + block * width);
    });
    std::vector<double> total(width, 0.0);
    for (std::size_t b = 0; b < blocks; ++b)
        for (std::size_t k = 0; k < width; ++k)
            total[k] += partial[b * width + k];
    return total;
}

} // namespace ltv::models::btyd
