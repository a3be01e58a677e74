#pragma once
// The analysis settings shared by `ltv report` and `ltv demo`: calibration
// end, horizon, unit, discount rate, models, protocol and the budget plan.

#include "pipeline/Analysis.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ltv::cli {

// defaultCalibrationEnd: empty means "last day of data minus the horizon".
void addAnalysisOptions(QCommandLineParser &parser, const QString &defaultCalibrationEnd = {},
                        const QString &defaultProtocol = QStringLiteral("auto"));

// Fills settings from the parsed options; on a bad value writes
// "ltv <command>: ..." to err and returns false.
bool readAnalysisOptions(const QCommandLineParser &parser, const QString &command, pipeline::AnalysisSettings *settings,
                         QTextStream &err);

// "39w" -> 273 days, "273d", "9m"; a bare number is in weeks.
bool parseHorizonDays(const QString &text, std::int32_t *days);

} // namespace ltv::cli
