#include "io/RowBatchReader.h"

#include "io/Pseudonymizer.h"
#include "io/RowIdentityTable.h"
#include "store/Sqlite.h"

#include <unordered_map>

namespace ltv::io {

void RowBatch::clear()
{
    rows.clear();
    rejections.clear();
    attributes.clear();
    newCustomers.clear();
    newProducts.clear();
    text.clear();
    bytesRead = 0;
}

// Text key -> id of an (id, text UNIQUE) table: the stored rows, then keys
// this import adds, numbered after the largest stored id.
class RowBatchReader::Keys
{
public:
    Keys(store::Database &db, const char *selectAll)
    {
        store::Statement s = db.prepare(selectAll);
        while (s.step()) {
            const std::int64_t id = s.columnInt(0);
            ids_.emplace(std::string(s.columnUtf8(1)), id);
            next_ = std::max(next_, id + 1);
        }
    }
    // The id of key; a new key gets the next id and *added is set.
    std::int64_t idFor(std::string_view key, bool *added)
    {
        if (auto it = ids_.find(key); it != ids_.end())
            return it->second;
        ids_.emplace(std::string(key), next_);
        *added = true;
        return next_++;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>> ids_;
    std::int64_t next_ = 1;
};

RowBatchReader::RowBatchReader(QIODevice &device, const ImportLayout &layout, const ColumnMapping &mapping,
                               const RowParser &parser, store::Database &db, QByteArray pseudonymSecret,
                               bool identityHashes)
    : device_(device)
    , layout_(layout)
    , mapping_(mapping)
    , parser_(parser)
    , secret_(std::move(pseudonymSecret))
    , identityHashes_(identityHashes)
    , customers_(std::make_unique<Keys>(db, "SELECT id, external_id FROM customers"))
    , products_(std::make_unique<Keys>(db, "SELECT id, code FROM products"))
{
    for (int i = 0; i < kBatches; ++i) {
        batches_.push_back(std::make_unique<RowBatch>());
        batches_.back()->rows.reserve(kBatchRows);
        free_.push_back(batches_.back().get());
    }
    worker_ = std::thread([this] { run(); });
}

RowBatchReader::~RowBatchReader()
{
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    worker_.join();
}

const RowBatch *RowBatchReader::next()
{
    std::unique_lock lock(mutex_);
    if (current_) {
        free_.push_back(current_);
        current_ = nullptr;
        changed_.notify_all();
    }
    changed_.wait(lock, [this] { return !full_.empty() || done_; });
    if (!full_.empty()) {
        current_ = full_.front();
        full_.pop_front();
        return current_;
    }
    if (error_)
        std::rethrow_exception(error_);
    return nullptr;
}

RowBatch *RowBatchReader::takeFree()
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !free_.empty() || stop_; });
    if (stop_)
        return nullptr;
    RowBatch *batch = free_.back();
    free_.pop_back();
    lock.unlock();
    batch->clear();
    return batch;
}

void RowBatchReader::publish(RowBatch *batch)
{
    {
        std::lock_guard lock(mutex_);
        full_.push_back(batch);
    }
    changed_.notify_all();
}

void RowBatchReader::run()
{
    try {
        Sha256 hash;
        CsvReader reader(device_, layout_.encoding, layout_.dialect);
        reader.setHash(&hash);
        CsvRecord record;
        ParsedRow parsed;
        QString column, reason;
        bool headerPending = layout_.hasHeader;
        std::string lastCustomer;
        std::int64_t lastCustomerId = 0;
        std::unordered_map<std::string, std::int64_t> pseudonymIds; // raw id -> customer id
        RowBatch *batch = nullptr;
        while (reader.next(record)) {
            if (headerPending) {
                headerPending = false;
                continue;
            }
            if (!batch && !(batch = takeFree()))
                return; // stopped
            BatchRow &row = batch->rows.emplace_back();
            row.line = record.line;
            if (!parser_.parse(record, &parsed, &column, &reason)) {
                row.rejection = static_cast<std::int32_t>(batch->rejections.size());
                batch->rejections.push_back({record.line, column, reason});
                column.clear();
                reason.clear();
            } else {
                if (parsed.customer != lastCustomer) { // consecutive lines of one invoice share it
                    bool added = false;
                    std::int64_t id = 0;
                    if (secret_.isEmpty()) {
                        id = customers_->idFor(parsed.customer, &added);
                        if (added)
                            batch->newCustomers.push_back({id, batch->append(parsed.customer)});
                    } else {
                        std::string raw(parsed.customer);
                        auto it = pseudonymIds.find(raw);
                        if (it == pseudonymIds.end()) {
                            const std::string pseudonym = pseudonymize(raw, secret_);
                            id = customers_->idFor(pseudonym, &added);
                            if (added)
                                batch->newCustomers.push_back({id, batch->append(pseudonym)});
                            it = pseudonymIds.emplace(std::move(raw), id).first;
                        }
                        id = it->second;
                    }
                    customersAdded_ += added ? 1 : 0;
                    lastCustomer.assign(parsed.customer);
                    lastCustomerId = id;
                }
                row.customerId = lastCustomerId;
                row.productId = 0;
                if (!parsed.product.empty()) {
                    bool added = false;
                    row.productId = products_->idFor(parsed.product, &added);
                    if (added) {
                        batch->newProducts.push_back({row.productId, batch->append(parsed.product)});
                        ++productsAdded_;
                    }
                }
                row.day = parsed.day;
                row.amountMinor = parsed.amountMinor;
                row.quantity = parsed.quantity;
                row.isReturn = parsed.isReturn;
                row.invoice = batch->append(parsed.invoice);
                if (identityHashes_)
                    row.identityHash =
                        rowIdentityHash(row.customerId, row.day, row.amountMinor, parsed.invoice, row.productId);
                row.firstAttribute = batch->attributes.size();
                for (int index : mapping_.attributes) {
                    const std::string_view value = index < static_cast<int>(record.fields.size())
                                                       ? trimmedField(record.fields[static_cast<std::size_t>(index)])
                                                       : std::string_view();
                    batch->attributes.push_back(batch->append(value));
                }
            }
            if (batch->rows.size() >= kBatchRows || batch->text.size() >= (std::size_t{4} << 20)) {
                batch->bytesRead = reader.bytesRead();
                publish(batch);
                batch = nullptr;
            }
        }
        if (batch) {
            batch->bytesRead = reader.bytesRead();
            publish(batch);
        }
        // Read by the caller only after done_ is seen under the mutex.
        contentHash_ = hash.result();
        blankLines_ = reader.blankLines();
        decodingErrors_ = reader.hadDecodingErrors();
    } catch (...) {
        std::lock_guard lock(mutex_);
        error_ = std::current_exception();
    }
    {
        std::lock_guard lock(mutex_);
        done_ = true;
    }
    changed_.notify_all();
}

} // namespace ltv::io
