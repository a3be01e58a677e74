// `ltv summary --project P.ltv --as-of DATE [--unit week] --out F.csv`: the
// per-customer RFM summary as of a date (the input of the BTYD models).

#include "Command.h"

#include "features/Summarize.h"
#include "store/Project.h"

#include <QFile>
#include <QFileInfo>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.ltv)."), QStringLiteral("P.ltv")});
    parser.addOption({QStringLiteral("as-of"),
                      QStringLiteral("Last day observed (yyyy-MM-dd), e.g. the calibration end."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("unit"), QStringLiteral("Time unit: day, week (days/7) or month (days/30.4375)."),
                      QStringLiteral("unit"), QStringLiteral("week")});
    parser.addOption(
        {QStringLiteral("count-first"), QStringLiteral("Count the first purchase in frequency and monetary value.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("F.csv")});
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("as-of")) ||
        !parser.isSet(QStringLiteral("out"))) {
        err << "ltv summary: usage: ltv summary --project P.ltv --as-of DATE [--unit week] --out F.csv\n";
        return ExitUsage;
    }
    Day asOf = 0;
    if (!dayFromIso(parser.value(QStringLiteral("as-of")), &asOf)) {
        err << "ltv summary: --as-of must be a date as yyyy-MM-dd\n";
        return ExitUsage;
    }
    features::SummaryOptions options;
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &options.unit)) {
        err << "ltv summary: --unit must be day, week or month\n";
        return ExitUsage;
    }
    options.countFirstPurchase = parser.isSet(QStringLiteral("count-first"));
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (!QFileInfo::exists(projectPath)) {
        err << "ltv summary: no project file " << projectPath << "\n";
        return ExitFailure;
    }
    try {
        const store::Project project = store::Project::open(projectPath, false);
        const features::TransactionSet set = project.loadTransactionSet();
        const features::CustomerSummary s = features::summarize(set, asOf, options);

        const QString outPath = parser.value(QStringLiteral("out"));
        QFile file(outPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "ltv summary: cannot write " << outPath << "\n";
            return ExitFailure;
        }
        QTextStream csv(&file);
        csv << "customer_id,frequency,recency,T,monetary,total_revenue,purchase_days,first_purchase,last_purchase,"
               "mean_interpurchase,return_count,return_value,first_order_value\n";
        for (std::size_t i = 0; i < s.size(); ++i) {
            QString id = set.customerIds[s.customer[i]];
            if (id.contains(u',') || id.contains(u'"'))
                id = u'"' + id.replace(u'"', QStringLiteral("\"\"")) + u'"';
            csv << id << ',' << number(s.frequency[i]) << ',' << number(s.recency[i]) << ',' << number(s.age[i]) << ','
                << number(s.monetary[i]) << ',' << number(s.totalRevenue[i]) << ',' << s.purchaseDays[i] << ','
                << isoFromDay(s.firstPurchase[i]) << ',' << isoFromDay(s.lastPurchase[i]) << ','
                << number(s.meanInterPurchase[i]) << ',' << s.returnCount[i] << ',' << number(s.returnValue[i]) << ','
                << number(s.firstOrderValue[i]) << '\n';
        }
        csv.flush();
        if (file.error() != QFileDevice::NoError) {
            err << "ltv summary: cannot write " << outPath << "\n";
            return ExitFailure;
        }
        const std::int64_t notYet = std::int64_t(set.customerCount()) - std::int64_t(s.size());
        out << "Summary as of " << isoFromDay(asOf) << " in " << timeUnitName(options.unit) << "s ("
            << (options.countFirstPurchase ? "first purchase counted" : "repeat purchases") << "): " << s.size()
            << " customers written to " << outPath << "\n";
        if (notYet > 0)
            out << notYet << " customers without a purchase on or before " << isoFromDay(asOf)
                << " are not in the summary\n";
    } catch (const std::exception &e) {
        err << "ltv summary: " << e.what() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("summary"),
                                        QStringLiteral("Per-customer RFM summary as of a date, as CSV"), configure,
                                        run});

} // namespace
} // namespace ltv::cli
