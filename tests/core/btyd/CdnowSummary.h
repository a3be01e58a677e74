#pragma once
// Reads tests/data/cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar;
// weeks) into a CustomerSummary, the published 39-week calibration of CDNOW.

#include "TestSupport.h"
#include "features/CustomerSummary.h"

#include <QFile>
#include <QStringList>

namespace ltv::test {

inline features::CustomerSummary loadCdnowSummary()
{
    features::CustomerSummary s;
    s.unit = TimeUnit::Week;
    dayFromIso(QStringLiteral("1997-09-30"), &s.asOf);
    QFile file(dataPath(QStringLiteral("cdnow_customers_summary_with_transactions.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return s;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() != 5)
            continue;
        s.customer.push_back(f[0].toInt());
        s.frequency.push_back(f[1].toDouble());
        s.recency.push_back(f[2].toDouble());
        s.age.push_back(f[3].toDouble());
        s.monetary.push_back(f[4].toDouble());
    }
    return s;
}

} // namespace ltv::test
