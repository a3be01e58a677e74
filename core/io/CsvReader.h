#pragma once
// Streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and
// newlines inside quotes, CRLF or LF, and a last line without a newline.
// Also reads whitespace-aligned columns (runs of spaces/tabs separate fields).
// Input is converted to UTF-8 chunk by chunk, so memory stays bounded by the
// chunk size and the longest record, whatever the file size.

#include "io/Sha256.h"
#include "io/TextEncoding.h"

#include <QIODevice>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ltv::io {

struct CsvDialect
{
    char delimiter = ',';
    // Fields are separated by runs of spaces and tabs; leading/trailing blanks ignored.
    bool whitespace = false;
};

struct CsvRecord
{
    std::int64_t line = 0;                // 1-based physical line where the record starts
    std::vector<std::string_view> fields; // UTF-8, valid until the next call to next()
    // Set when the record is malformed (an unterminated quote at the end of input).
    QString error;
};

class CsvReader
{
public:
    static constexpr qint64 kDefaultChunkSize = 1 << 20;

    // The device must be open for reading; encoding Auto is treated as UTF-8
    // (detect first with detectEncoding()).
    CsvReader(QIODevice &device, TextEncoding encoding, CsvDialect dialect, qint64 chunkSize = kDefaultChunkSize);

    // Reads the next record; false at the end of input. Empty lines are
    // skipped and counted in blankLines().
    bool next(CsvRecord &record);

    // Every raw byte read is also fed to hash (for content hashing in one pass).
    void setHash(Sha256 *hash) { hash_ = hash; }
    qint64 bytesRead() const { return bytesRead_; }
    std::int64_t blankLines() const { return blankLines_; }
    bool hadDecodingErrors() const { return converter_.hadErrors(); }

private:
    bool fill();
    bool parseRecord(CsvRecord &record);
    bool parseWhitespaceRecord(CsvRecord &record);

    QIODevice &device_;
    Utf8Converter converter_;
    CsvDialect dialect_;
    qint64 chunkSize_;
    QByteArray chunk_;
    Sha256 *hash_ = nullptr;
    std::string buffer_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    qint64 bytesRead_ = 0;
    std::int64_t line_ = 1;
    std::int64_t blankLines_ = 0;
    std::string storage_;
    std::vector<std::size_t> ends_;
};

} // namespace ltv::io
