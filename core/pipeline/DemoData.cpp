#include "pipeline/DemoData.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QList>

#include <stdexcept>

namespace ltv::pipeline {

QString demoDataResourcePath()
{
    return QStringLiteral(":/demo/CDNOW_sample.txt");
}

QByteArray demoDataBytes()
{
    QFile file(demoDataResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("demo data resource is missing");
    return file.readAll();
}

features::TransactionSet loadDemoTransactions()
{
    const QByteArray bytes = demoDataBytes();
    features::TransactionSet set;
    QHash<QByteArray, std::int32_t> customerIndex;
    const QDate epoch(1970, 1, 1);
    int lineNumber = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++lineNumber;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (line.trimmed().isEmpty())
            continue;
        bool okDate = false, okQty = false, okAmount = false;
        if (fields.size() != 5)
            throw std::runtime_error("demo data line " + std::to_string(lineNumber) + ": expected 5 fields");
        const QDate date = QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
        okDate = date.isValid();
        const float qty = fields[3].toFloat(&okQty);
        const double amount = fields[4].toDouble(&okAmount);
        if (!okDate || !okQty || !okAmount)
            throw std::runtime_error("demo data line " + std::to_string(lineNumber) + ": bad value");
        const QByteArray id = fields[1];
        auto it = customerIndex.find(id);
        if (it == customerIndex.end()) {
            it = customerIndex.insert(id, set.customerCount());
            // The id as the file writes it ("0001"), as the importer keeps it:
            // the demo and a project built from the same file name customers alike.
            set.customerIds << QString::fromLatin1(id);
        }
        set.append(*it, static_cast<Day>(epoch.daysTo(date)), amount, qty);
    }
    set.sortByCustomerAndDay();
    return set;
}

} // namespace ltv::pipeline
