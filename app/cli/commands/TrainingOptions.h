#pragma once
// The ML training-protocol options shared by `ltv evaluate`, `ltv fit` and
// `ltv predict`, so the three commands name and check them the same way.

#include "pipeline/Evaluation.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace ltv::cli {

// Adds --protocol, --test-fraction, --seed and --hybrid.
void addTrainingOptions(QCommandLineParser &parser);

// Fills request->protocol, testFraction, seed and hybridSource. On a bad value
// writes "ltv <command>: ..." to err and returns false.
bool readTrainingOptions(const QCommandLineParser &parser, const QString &command, pipeline::EvaluationRequest *request,
                         QTextStream &err);

} // namespace ltv::cli
