#pragma once
// Settles a file's date order and decimal mark before rows are read.

#include "io/DateParser.h"
#include "io/ImportLayout.h"

namespace ltv::io {

// Uses options.dateFormat when given; otherwise votes over the sample and,
// when the sample is ambiguous, over the whole column. Returns false with a
// translated error asking for --date-format when the column stays ambiguous
// or holds no dates.
bool resolveDateOrder(QIODevice &device, const ImportLayout &layout, int column, const ImportOptions &options,
                      DateOrder *order, QString *error);

// Uses options.decimalSeparator when given; otherwise looks at the sample's
// values in the given columns. Returns false when they disagree.
bool resolveDecimalSeparator(const ImportLayout &layout, const std::vector<int> &columns, const ImportOptions &options,
                             DecimalSeparator *separator, QString *error);

} // namespace ltv::io
