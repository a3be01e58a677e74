#pragma once
// Reads, parses and validates a transaction file on a worker thread while
// the caller stores the rows: the file is hashed, tokenised and converted to
// typed rows (customer and product resolved to ids, new ones numbered after
// the project's largest id) in batches of a few thousand rows. At most
// kBatches batches exist, so memory stays bounded however far the reader
// could run ahead.

#include "io/ImportLayout.h"
#include "io/ImportReport.h"
#include "io/RowParser.h"

#include <QByteArray>
#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace ltv::store {
class Database;
}

namespace ltv::io {

struct TextSpan
{
    std::size_t offset = 0;
    std::size_t size = 0;
};

struct BatchRow
{
    std::int64_t line = 0;       // 1-based physical line where the record starts
    std::int32_t rejection = -1; // index into RowBatch::rejections; -1 when the row parsed
    std::int64_t customerId = 0;
    std::int64_t productId = 0; // 0 when the row names no product
    std::int64_t amountMinor = 0;
    double quantity = 0.0;
    Day day = 0;
    bool isReturn = false;
    TextSpan invoice;
    std::uint64_t identityHash = 0; // rowIdentityHash() of the parsed row, when asked for
    std::size_t firstAttribute = 0; // index into RowBatch::attributes of this row's attribute values
};

struct NewKey
{
    std::int64_t id = 0;
    TextSpan text;
};

struct RowBatch
{
    std::vector<BatchRow> rows;
    std::vector<RejectedRow> rejections;
    // One value per mapped attribute column and parsed row; empty when the field is empty or missing.
    std::vector<TextSpan> attributes;
    // Customers (external id or pseudonym) and products first seen in this batch, to be inserted with these ids.
    std::vector<NewKey> newCustomers;
    std::vector<NewKey> newProducts;
    std::string text;
    qint64 bytesRead = 0; // of the file, when the batch was complete

    std::string_view view(TextSpan span) const { return {text.data() + span.offset, span.size}; }
    TextSpan append(std::string_view s)
    {
        const TextSpan span{text.size(), s.size()};
        text.append(s);
        return span;
    }
    void clear();
};

class RowBatchReader
{
public:
    static constexpr int kBatches = 4;
    static constexpr std::size_t kBatchRows = 4096;

    // Loads the project's customer and product ids from db (on the calling
    // thread), then starts reading device from its current position. With a
    // non-empty secret, customer ids are replaced by their pseudonyms.
    // Rows get their identityHash only when identityHashes is true.
    RowBatchReader(QIODevice &device, const ImportLayout &layout, const ColumnMapping &mapping, const RowParser &parser,
                   store::Database &db, QByteArray pseudonymSecret, bool identityHashes);
    // Stops the worker if it is still running.
    ~RowBatchReader();
    RowBatchReader(const RowBatchReader &) = delete;
    RowBatchReader &operator=(const RowBatchReader &) = delete;

    // The next batch in file order, valid until the next call; nullptr at the
    // end of the file. Rethrows what the worker threw.
    const RowBatch *next();

    // Valid once next() has returned nullptr.
    QByteArray contentHash() const { return contentHash_; }
    std::int64_t blankLines() const { return blankLines_; }
    bool hadDecodingErrors() const { return decodingErrors_; }
    std::int64_t customersAdded() const { return customersAdded_; }
    std::int64_t productsAdded() const { return productsAdded_; }

private:
    class Keys;
    void run();
    RowBatch *takeFree();
    void publish(RowBatch *batch);

    QIODevice &device_;
    const ImportLayout &layout_;
    const ColumnMapping &mapping_;
    const RowParser &parser_;
    QByteArray secret_;
    bool identityHashes_;
    std::unique_ptr<Keys> customers_;
    std::unique_ptr<Keys> products_;

    std::vector<std::unique_ptr<RowBatch>> batches_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<RowBatch *> free_;
    std::deque<RowBatch *> full_;
    RowBatch *current_ = nullptr;
    bool done_ = false;
    bool stop_ = false;
    std::exception_ptr error_;

    QByteArray contentHash_;
    std::int64_t blankLines_ = 0;
    bool decodingErrors_ = false;
    std::int64_t customersAdded_ = 0;
    std::int64_t productsAdded_ = 0;

    std::thread worker_; // last: starts after everything above is initialised
};

} // namespace ltv::io
