#include "io/ImportFormats.h"

#include <QCoreApplication>

namespace ltv::io {

namespace {
QString columnName(const ImportLayout &layout, int column)
{
    return column < layout.columns.size() ? layout.columns[column]
                                          : QCoreApplication::translate("Importer", "column %1").arg(column + 1);
}

std::string firstValue(const ImportLayout &layout, int column)
{
    for (const auto &row : layout.sampleRows)
        if (column < static_cast<int>(row.size()) && !row[static_cast<std::size_t>(column)].empty())
            return row[static_cast<std::size_t>(column)];
    return {};
}
} // namespace

bool resolveDateOrder(QIODevice &device, const ImportLayout &layout, int column, const ImportOptions &options,
                      DateOrder *order, QString *error)
{
    if (!options.dateFormat.isEmpty()) {
        const DateFormat format = parseDateFormat(options.dateFormat);
        if (!format.isValid()) {
            *error = QCoreApplication::translate("Importer",
                                                 "date format '%1' not understood (use e.g. yyyy-MM-dd, dd/MM/yyyy, "
                                                 "MM/dd/yyyy, yyyyMMdd)")
                         .arg(options.dateFormat);
            return false;
        }
        *order = format.order;
        return true;
    }
    if (layout.sampleRows.empty()) { // no data rows at all: nothing will be parsed
        *order = DateOrder::YearMonthDay;
        return true;
    }
    DateOrderVotes votes;
    for (const auto &row : layout.sampleRows)
        if (column < static_cast<int>(row.size()))
            votes.add(row[static_cast<std::size_t>(column)]);
    if (votes.ambiguous()) {
        // The sample cannot tell day/month from month/day: look at the whole column.
        votes = DateOrderVotes{};
        CsvReader reader(device, layout.encoding, layout.dialect);
        CsvRecord record;
        bool first = true;
        while (reader.next(record)) {
            if (first && layout.hasHeader) {
                first = false;
                continue;
            }
            first = false;
            if (column < static_cast<int>(record.fields.size()))
                votes.add(record.fields[static_cast<std::size_t>(column)]);
            if (!votes.ambiguous())
                break;
        }
        device.seek(0);
    }
    const QString name = columnName(layout, column);
    const QString example = QString::fromStdString(firstValue(layout, column));
    if (votes.ambiguous()) {
        *error = QCoreApplication::translate(
                     "Importer", "the dates in column '%1' are ambiguous: every value (e.g. '%2') reads both as "
                                 "day/month and as month/day. Give the format, e.g. --date-format dd/MM/yyyy or "
                                 "--date-format MM/dd/yyyy")
                     .arg(name, example);
        return false;
    }
    *order = votes.decide();
    if (*order == DateOrder::Unknown) {
        *error = QCoreApplication::translate("Importer", "column '%1' holds no recognisable dates (e.g. '%2'); give "
                                                         "the format with --date-format")
                     .arg(name, example);
        return false;
    }
    return true;
}

bool resolveDecimalSeparator(const ImportLayout &layout, const std::vector<int> &columns, const ImportOptions &options,
                             DecimalSeparator *separator, QString *error)
{
    if (options.decimalSeparator != DecimalSeparator::Auto) {
        *separator = options.decimalSeparator;
        return true;
    }
    std::vector<std::string> values;
    for (int column : columns) {
        if (column < 0)
            continue;
        for (const auto &row : layout.sampleRows)
            if (column < static_cast<int>(row.size()))
                values.push_back(row[static_cast<std::size_t>(column)]);
    }
    bool conflict = false;
    *separator = detectDecimalSeparator(values, &conflict);
    if (conflict) {
        *error = QCoreApplication::translate("Importer", "the numbers mix a decimal point and a decimal comma; give "
                                                         "the convention with --decimal point or --decimal comma");
        return false;
    }
    return true;
}

} // namespace ltv::io
