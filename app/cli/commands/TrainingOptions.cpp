#include "TrainingOptions.h"

#include "models/ModelRegistry.h"

namespace ltv::cli {

void addTrainingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("protocol"),
         QStringLiteral("ML training protocol: auto, shifted or customer-split (default auto: the shifted window "
                        "when it leaves enough customers and outcomes to train on, else the customer split)."),
         QStringLiteral("name"), QStringLiteral("auto")},
        {QStringLiteral("test-fraction"),
         QStringLiteral("Customer split: share of test customers, between 0 and 1 (default 0.3)."),
         QStringLiteral("share"), QStringLiteral("0.3")},
        {QStringLiteral("seed"), QStringLiteral("Customer split seed (default 42)."), QStringLiteral("n"),
         QStringLiteral("42")},
        {QStringLiteral("hybrid"), QStringLiteral("Add this BTYD model's outputs as ML features."),
         QStringLiteral("id")},
    });
}

bool readTrainingOptions(const QCommandLineParser &parser, const QString &command, pipeline::EvaluationRequest *request,
                         QTextStream &err)
{
    const QString prefix = QStringLiteral("ltv ") + command + QStringLiteral(": ");
    if (!pipeline::parseTrainingProtocol(parser.value(QStringLiteral("protocol")), &request->protocol)) {
        err << prefix << "--protocol must be auto, shifted or customer-split\n";
        return false;
    }
    bool ok = false;
    const QString fraction = parser.value(QStringLiteral("test-fraction"));
    request->testFraction = fraction.trimmed().toDouble(&ok);
    if (!ok || !(request->testFraction > 0.0 && request->testFraction < 1.0)) {
        err << prefix << "--test-fraction must be a number strictly between 0 and 1, not \"" << fraction << "\"\n";
        return false;
    }
    const QString seed = parser.value(QStringLiteral("seed"));
    request->seed = seed.trimmed().toULongLong(&ok);
    if (!ok) {
        err << prefix << "--seed must be a non-negative integer, not \"" << seed << "\"\n";
        return false;
    }
    const QStringList btyd = models::ModelRegistry::builtin().ids(models::ModelFamily::Btyd);
    request->hybridSource = parser.value(QStringLiteral("hybrid")).trimmed();
    if (!request->hybridSource.isEmpty() && !btyd.contains(request->hybridSource)) {
        err << prefix << "--hybrid must name a BTYD model (" << btyd.join(QStringLiteral(", ")) << ")\n";
        return false;
    }
    return true;
}

} // namespace ltv::cli
