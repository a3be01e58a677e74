// `ltv quality --project P.ltv`: the data-quality report of a project's
// transactions (missing values, outliers, duplicates, non-positive amounts,
// future dates), with the cleaning options it would apply.

#include "Command.h"

#include "features/Cohorts.h"
#include "features/DataQuality.h"
#include "store/Project.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.ltv)."), QStringLiteral("P.ltv")});
    parser.addOption({QStringLiteral("imputation"),
                      QStringLiteral("Missing amounts/quantities: none (drop the lines), mean, median, interpolate."),
                      QStringLiteral("method"), QStringLiteral("median")});
    parser.addOption({QStringLiteral("outliers"),
                      QStringLiteral("Outlier rule for purchase amounts: iqr, sigma, none."), QStringLiteral("rule"),
                      QStringLiteral("iqr")});
    parser.addOption({QStringLiteral("outlier-action"), QStringLiteral("flag, cap (winsorise) or exclude."),
                      QStringLiteral("action"), QStringLiteral("flag")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("Dates after this day (yyyy-MM-dd) are future dates (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("cohorts"),
                      QStringLiteral("Also write the acquisition cohort table (cleaned data) to this CSV."),
                      QStringLiteral("F.csv")});
}

bool writeCohorts(const features::CohortTable &t, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream csv(&file);
    csv << "cohort,size,months_since,retention_percent,cumulative_revenue_per_customer\n";
    for (std::size_t k = 0; k < t.cohortCount(); ++k)
        for (int m = 0; m < t.months; ++m) {
            if (std::isnan(t.retentionAt(k, m)))
                continue;
            csv << t.cohortLabel(k) << ',' << t.size[k] << ',' << m << ','
                << QString::number(t.retentionAt(k, m), 'f', 4) << ',' << QString::number(t.revenueAt(k, m), 'f', 4)
                << '\n';
        }
    csv.flush();
    return file.error() == QFileDevice::NoError;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        err << "ltv quality: usage: ltv quality --project P.ltv [options]\n";
        return ExitUsage;
    }
    features::QualityOptions options;
    if (!features::parseImputation(parser.value(QStringLiteral("imputation")), &options.imputation)) {
        err << "ltv quality: --imputation must be none, mean, median or interpolate\n";
        return ExitUsage;
    }
    if (!features::parseOutlierRule(parser.value(QStringLiteral("outliers")), &options.outlierRule)) {
        err << "ltv quality: --outliers must be iqr, sigma or none\n";
        return ExitUsage;
    }
    if (!features::parseOutlierAction(parser.value(QStringLiteral("outlier-action")), &options.outlierAction)) {
        err << "ltv quality: --outlier-action must be flag, cap or exclude\n";
        return ExitUsage;
    }
    Day today = static_cast<Day>(QDate(1970, 1, 1).daysTo(QDate::currentDate()));
    if (parser.isSet(QStringLiteral("today")) && !dayFromIso(parser.value(QStringLiteral("today")), &today)) {
        err << "ltv quality: --today must be a date as yyyy-MM-dd\n";
        return ExitUsage;
    }
    options.today = today;
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (!QFileInfo::exists(projectPath)) {
        err << "ltv quality: no project file " << projectPath << "\n";
        return ExitFailure;
    }
    try {
        const store::Project project = store::Project::open(projectPath, false);
        const features::TransactionSet set = project.loadTransactionSet();
        const features::QualityResult result = features::checkQuality(set, options);
        out << "Data quality of " << projectPath << "\n";
        for (const QString &line : result.report.toText())
            out << "  " << line << "\n";
        if (parser.isSet(QStringLiteral("cohorts"))) {
            const Day lastDay = result.cleaned.dayRange().second;
            const features::CohortTable cohorts = features::buildCohortTable(result.cleaned, lastDay);
            if (!writeCohorts(cohorts, parser.value(QStringLiteral("cohorts")))) {
                err << "ltv quality: cannot write " << parser.value(QStringLiteral("cohorts")) << "\n";
                return ExitFailure;
            }
            out << "Cohort table (" << cohorts.cohortCount() << " cohorts) written to "
                << parser.value(QStringLiteral("cohorts")) << "\n";
        }
    } catch (const std::exception &e) {
        err << "ltv quality: " << e.what() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("quality"),
                                        QStringLiteral("Data-quality report of a project's transactions"), configure,
                                        run});

} // namespace
} // namespace ltv::cli
