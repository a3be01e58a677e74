#include "segments/Segmentation.h"

#include "io/CsvWriter.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>

namespace ltv::segments {

std::vector<std::size_t> Segmentation::counts() const
{
    std::vector<std::size_t> result(static_cast<std::size_t>(names.size()), 0);
    for (const std::int32_t s : segmentOf)
        if (s >= 0 && static_cast<std::size_t>(s) < result.size())
            ++result[static_cast<std::size_t>(s)];
    return result;
}

std::vector<std::int32_t> Segmentation::segmentByCustomer() const
{
    std::int32_t maxCustomer = -1;
    for (const std::int32_t c : customer)
        maxCustomer = std::max(maxCustomer, c);
    std::vector<std::int32_t> result(static_cast<std::size_t>(maxCustomer + 1), -1);
    for (std::size_t i = 0; i < customer.size(); ++i)
        if (customer[i] >= 0)
            result[static_cast<std::size_t>(customer[i])] = segmentOf[i];
    return result;
}

QByteArray toCsv(const Table &table)
{
    QString out = io::csvRow(table.header);
    for (const QStringList &row : table.rows)
        out += io::csvRow(row);
    return out.toUtf8();
}

QString toText(const Table &table)
{
    std::vector<qsizetype> width(static_cast<std::size_t>(table.header.size()), 0);
    const auto measure = [&width](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && static_cast<std::size_t>(i) < width.size(); ++i)
            width[static_cast<std::size_t>(i)] = std::max(width[static_cast<std::size_t>(i)], cells[i].size());
    };
    measure(table.header);
    for (const QStringList &row : table.rows)
        measure(row);
    QString out;
    const auto print = [&out, &width](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size() && static_cast<std::size_t>(i) < width.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += cells[i].leftJustified(width[static_cast<std::size_t>(i)]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    };
    print(table.header);
    for (const QStringList &row : table.rows)
        print(row);
    return out;
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("nan");
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-') && text.toDouble() == 0.0)
        text.remove(0, 1); // no "-0.00"
    return text;
}

} // namespace ltv::segments
