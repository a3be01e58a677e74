#pragma once
// Guesses how a file is written from its first bytes: encoding, delimiter
// (comma, semicolon, tab, pipe or whitespace-aligned columns) and whether the
// first record is a header.

#include "io/CsvReader.h"

#include <QByteArray>
#include <QStringList>

#include <string>
#include <vector>

namespace ltv::io {

struct CsvSample
{
    TextEncoding encoding = TextEncoding::Utf8;
    CsvDialect dialect;
    bool hasHeader = false;
    // Column names: the header's fields, or "column 1", "column 2", ... without one.
    QStringList columns;
    // Up to maxRows data records (after the header), as UTF-8 strings.
    std::vector<std::vector<std::string>> rows;
};

// Bytes read from the start of a file for sniffing.
constexpr qsizetype kSniffBytes = 256 * 1024;

// Reads the sample records from bytes in a given encoding/dialect.
std::vector<std::vector<std::string>> readSampleRecords(const QByteArray &bytes, TextEncoding encoding,
                                                        CsvDialect dialect, int maxRows, bool dropLastPartial);

// Chooses the delimiter whose field count is most consistent over the sample.
CsvDialect sniffDialect(const QByteArray &bytes, TextEncoding encoding, bool truncated);
// True when the first record looks like names: no field in it is a number or
// date while some column below it holds numbers or dates.
bool sniffHeader(const std::vector<std::vector<std::string>> &records);
// A value that reads as a number or a date (used by header and mapping heuristics).
bool looksNumericOrDate(std::string_view value);

} // namespace ltv::io
