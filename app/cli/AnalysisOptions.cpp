#include "AnalysisOptions.h"

#include "SegmentOptions.h"

#include <cmath>

namespace ltv::cli {

void addAnalysisOptions(QCommandLineParser &parser, const QString &defaultCalibrationEnd,
                        const QString &defaultProtocol)
{
    const QString calibrationHelp =
        defaultCalibrationEnd.isEmpty()
            ? QStringLiteral(
                  "Last day of the calibration period (yyyy-MM-dd); default: the last day minus the horizon.")
            : QStringLiteral("Last day of the calibration period (yyyy-MM-dd); default %1.").arg(defaultCalibrationEnd);
    parser.addOptions({
        {QStringLiteral("calibration-end"), calibrationHelp, QStringLiteral("date"), defaultCalibrationEnd},
        {QStringLiteral("horizon"), QStringLiteral("Holdout and prediction length, e.g. 39w, 273d, 9m (default 39w)."),
         QStringLiteral("length"), QStringLiteral("39w")},
        {QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month (default week)."),
         QStringLiteral("unit"), QStringLiteral("week")},
        {QStringLiteral("discount-rate"),
         QStringLiteral("Annual discount rate of the forward LTV, e.g. 0.1 (default 0)."), QStringLiteral("rate"),
         QStringLiteral("0")},
        {QStringLiteral("models"),
         QStringLiteral("Comma-separated models to compare (default bgnbd,pnbd,linear,xgboost)."),
         QStringLiteral("ids"), QStringLiteral("bgnbd,pnbd,linear,xgboost")},
        {QStringLiteral("protocol"),
         QStringLiteral("ML training protocol: auto, shifted or customer-split (default %1; auto takes the shifted "
                        "window when it leaves enough customers and outcomes to train on, else the customer split).")
             .arg(defaultProtocol),
         QStringLiteral("name"), defaultProtocol},
        {QStringLiteral("segment-model"),
         QStringLiteral("BTYD model of the forward predictions and segments: bgnbd, mbgnbd or pnbd."),
         QStringLiteral("id"), QStringLiteral("bgnbd")},
    });
    addBudgetOptions(parser);
}

bool parseHorizonDays(const QString &text, std::int32_t *days)
{
    QString number = text.trimmed().toLower();
    double perUnit = 7.0;
    if (number.endsWith(QLatin1Char('d')))
        perUnit = 1.0;
    else if (number.endsWith(QLatin1Char('m')))
        perUnit = daysPerUnit(TimeUnit::Month);
    if (number.endsWith(QLatin1Char('d')) || number.endsWith(QLatin1Char('w')) || number.endsWith(QLatin1Char('m')))
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value <= 0)
        return false;
    *days = static_cast<std::int32_t>(std::lround(value * perUnit));
    return true;
}

bool readAnalysisOptions(const QCommandLineParser &parser, const QString &command, pipeline::AnalysisSettings *settings,
                         QTextStream &err)
{
    const QString prefix = QStringLiteral("ltv ") + command + QStringLiteral(": ");
    const QString calibrationEnd = parser.value(QStringLiteral("calibration-end"));
    if (!calibrationEnd.isEmpty()) {
        Day day = 0;
        if (!dayFromIso(calibrationEnd, &day)) {
            err << prefix << "--calibration-end must be a date yyyy-MM-dd, not " << calibrationEnd << "\n";
            return false;
        }
        settings->calibrationEnd = day;
    }
    if (!parseHorizonDays(parser.value(QStringLiteral("horizon")), &settings->horizonDays)) {
        err << prefix << "--horizon must look like 39w, 273d or 9m\n";
        return false;
    }
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &settings->unit)) {
        err << prefix << "--unit must be day, week or month\n";
        return false;
    }
    if (!pipeline::parseTrainingProtocol(parser.value(QStringLiteral("protocol")), &settings->protocol)) {
        err << prefix << "--protocol must be auto, shifted or customer-split\n";
        return false;
    }
    settings->models.clear();
    for (const QString &id : parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        settings->models << id.trimmed();
    if (settings->models.isEmpty()) {
        err << prefix << "--models needs at least one model id\n";
        return false;
    }
    settings->segmentModel = parser.value(QStringLiteral("segment-model"));
    bool okRate = false;
    settings->annualDiscountRate = parser.value(QStringLiteral("discount-rate")).toDouble(&okRate);
    if (!okRate || settings->annualDiscountRate < 0) {
        err << prefix << "--discount-rate must be a number >= 0\n";
        return false;
    }
    return readBudgetOptions(parser, command, &settings->budget, err);
}

} // namespace ltv::cli
