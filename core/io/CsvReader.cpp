#include "io/CsvReader.h"

#include <QCoreApplication>

namespace ltv::io {

CsvReader::CsvReader(QIODevice &device, TextEncoding encoding, CsvDialect dialect, qint64 chunkSize)
    : device_(device)
    , converter_(encoding)
    , dialect_(dialect)
    , chunkSize_(chunkSize)
{}

bool CsvReader::fill()
{
    if (eof_)
        return false;
    // Drop what has been consumed before appending, so the buffer holds at
    // most one chunk plus the record in progress.
    if (pos_ > 0) {
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
    chunk_.resize(chunkSize_);
    const qint64 n = device_.read(chunk_.data(), chunkSize_);
    if (n <= 0) {
        eof_ = true;
        return false;
    }
    bytesRead_ += n;
    if (hash_)
        hash_->addData(QByteArrayView(chunk_.constData(), n));
    const std::size_t before = buffer_.size();
    converter_.convert(QByteArrayView(chunk_.constData(), n), buffer_);
    return buffer_.size() > before || fill();
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    record.error.clear();
    storage_.clear();
    ends_.clear();
    for (;;) {
        if (pos_ >= buffer_.size() && !fill())
            return false;
        // Skip empty lines (a bare LF or CRLF) between records.
        const char c = buffer_[pos_];
        if (c == '\n') {
            ++pos_;
            ++line_;
            ++blankLines_;
            continue;
        }
        if (c == '\r') {
            if (pos_ + 1 >= buffer_.size())
                fill();
            if (pos_ + 1 < buffer_.size() && buffer_[pos_ + 1] == '\n') {
                pos_ += 2;
                ++line_;
                ++blankLines_;
                continue;
            }
        }
        break;
    }
    record.line = line_;
    const bool ok = dialect_.whitespace ? parseWhitespaceRecord(record) : parseRecord(record);
    std::size_t begin = 0;
    record.fields.reserve(ends_.size());
    for (std::size_t end : ends_) {
        record.fields.emplace_back(storage_.data() + begin, end - begin);
        begin = end;
    }
    if (dialect_.whitespace && record.fields.empty()) { // a line of blanks only
        ++blankLines_;
        return next(record);
    }
    (void)ok;
    return true;
}

// Reads one delimited record into storage_/ends_. Returns false at a malformed end.
bool CsvReader::parseRecord(CsvRecord &record)
{
    const char delimiter = dialect_.delimiter;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    for (;;) {
        if (pos_ >= buffer_.size() && !fill()) {
            // End of input: finish the last record (a final line without newline).
            if (state == State::Quoted) {
                record.error = QCoreApplication::translate("CsvReader", "unterminated quoted field");
            }
            ends_.push_back(storage_.size());
            return state != State::Quoted;
        }
        // Copy a run of ordinary characters at once in the common unquoted case.
        if (state == State::Unquoted || state == State::FieldStart) {
            std::size_t end = pos_;
            const std::size_t size = buffer_.size();
            const char *data = buffer_.data();
            while (end < size) {
                const char ch = data[end];
                if (ch == delimiter || ch == '\n' || ch == '\r' ||
                    (ch == '"' && state == State::FieldStart && end == pos_))
                    break;
                ++end;
            }
            if (end > pos_) {
                storage_.append(data + pos_, end - pos_);
                pos_ = end;
                state = State::Unquoted;
                continue;
            }
        }
        const char c = buffer_[pos_++];
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == delimiter) {
                ends_.push_back(storage_.size());
                state = State::FieldStart;
            } else if (c == '\n') {
                ++line_;
                ends_.push_back(storage_.size());
                return true;
            } else if (c == '\r') {
                if (pos_ >= buffer_.size())
                    fill();
                if (pos_ < buffer_.size() && buffer_[pos_] == '\n')
                    ++pos_;
                ++line_;
                ends_.push_back(storage_.size());
                return true;
            } else if (c == '"') {
                // Only reached at a field's start: an opening quote.
                state = State::Quoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++line_;
                storage_.push_back(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') { // doubled quote inside a quoted field
                storage_.push_back('"');
                state = State::Quoted;
            } else {
                // Closing quote: anything up to the delimiter is kept literally.
                --pos_;
                state = State::Unquoted;
                if (c != delimiter && c != '\n' && c != '\r') {
                    storage_.push_back(c);
                    ++pos_;
                }
            }
            break;
        }
    }
}

bool CsvReader::parseWhitespaceRecord(CsvRecord &record)
{
    bool inField = false;
    bool quoted = false;
    for (;;) {
        if (pos_ >= buffer_.size() && !fill()) {
            if (quoted)
                record.error = QCoreApplication::translate("CsvReader", "unterminated quoted field");
            if (inField)
                ends_.push_back(storage_.size());
            return !quoted;
        }
        const char c = buffer_[pos_++];
        if (quoted) {
            if (c == '"') {
                if (pos_ >= buffer_.size())
                    fill();
                if (pos_ < buffer_.size() && buffer_[pos_] == '"') {
                    storage_.push_back('"');
                    ++pos_;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line_;
                storage_.push_back(c);
            }
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (inField) {
                ends_.push_back(storage_.size());
                inField = false;
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (pos_ >= buffer_.size())
                    fill();
                if (pos_ < buffer_.size() && buffer_[pos_] == '\n')
                    ++pos_;
            }
            ++line_;
            if (inField)
                ends_.push_back(storage_.size());
            return true;
        } else if (c == '"' && !inField) {
            inField = true;
            quoted = true;
        } else {
            inField = true;
            storage_.push_back(c);
        }
    }
}

} // namespace ltv::io
