#pragma once
// Turns one CSV record into a typed transaction row (day, amount in minor
// units, quantity, return flag) or a rejection with column and reason.

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/DateParser.h"
#include "io/ImportLayout.h"
#include "io/NumberParser.h"

#include <QString>

#include <string_view>

namespace ltv::io {

struct ParsedRow
{
    // Views into the record's fields: valid until the reader's next record.
    std::string_view customer;
    std::string_view invoice;
    std::string_view product;
    Day day = 0;
    std::int64_t amountMinor = 0;
    double quantity = 1.0;
    bool isReturn = false;
};

// A field with surrounding blanks removed.
std::string_view trimmedField(std::string_view s);

class RowParser
{
public:
    RowParser(const ImportLayout &layout, const ColumnMapping &mapping, DateOrder order, DecimalSeparator decimal);

    // Fills row, or returns false with (column, reason) set.
    bool parse(const CsvRecord &record, ParsedRow *row, QString *column, QString *reason) const;
    // The column's header name, or "column N".
    QString name(int index) const;

private:
    const ImportLayout &layout_;
    const ColumnMapping &m_;
    DateOrder order_;
    DecimalSeparator decimal_;
};

} // namespace ltv::io
