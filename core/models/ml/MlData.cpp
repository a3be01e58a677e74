#include "models/ml/MlData.h"

#include "eval/Folds.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <stdexcept>

namespace ltv::models::ml {

QString checkTrainingData(const TrainingData &data)
{
    if (!data.features || !data.labels)
        return QCoreApplication::translate("MlModels", "The model needs a feature matrix and horizon labels.");
    const features::FeatureMatrix &x = *data.features;
    const features::Labels &y = *data.labels;
    if (x.rows() == 0)
        return QCoreApplication::translate("MlModels", "There are no customers to train on.");
    if (x.cols() == 0)
        return QCoreApplication::translate("MlModels", "The feature matrix has no columns.");
    if (x.values.size() != static_cast<std::size_t>(x.rows() * x.cols()))
        return QCoreApplication::translate("MlModels", "The feature matrix has %1 values for %2 x %3 cells.")
            .arg(x.values.size())
            .arg(x.rows())
            .arg(x.cols());
    if (y.customer != x.customer || y.revenue.size() != y.size() || y.purchases.size() != y.size() ||
        y.active.size() != y.size())
        return QCoreApplication::translate("MlModels",
                                           "The labels are not aligned with the rows of the feature matrix.");
    for (double v : y.revenue)
        if (!std::isfinite(v))
            return QCoreApplication::translate("MlModels", "A horizon revenue label is not a finite number.");
    return {};
}

FitReport checkedTimedFit(const TrainingData &data, const std::function<bool(FitReport &report)> &fit)
{
    QElapsedTimer timer;
    timer.start();
    FitReport report;
    report.message = checkTrainingData(data);
    if (!report.message.isEmpty())
        return report;
    if (fit(report))
        report.seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    return report;
}

std::vector<int> matchColumns(const QStringList &trainedColumns, const features::FeatureMatrix &input)
{
    std::vector<int> map;
    map.reserve(static_cast<std::size_t>(trainedColumns.size()));
    for (const QString &name : trainedColumns) {
        const int index = input.indexOf(name);
        if (index < 0)
            throw std::runtime_error(
                QCoreApplication::translate("MlModels",
                                            "The prediction features lack the column \"%1\" the model was trained on.")
                    .arg(name)
                    .toStdString());
        map.push_back(index);
    }
    return map;
}

std::vector<double> churnTarget(const features::Labels &labels)
{
    std::vector<double> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = labels.active[i] ? 0.0 : 1.0;
    return out;
}

std::vector<double> topValueTarget(const features::Labels &labels)
{
    if (labels.topValue.size() != labels.size())
        return {};
    std::vector<double> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = labels.topValue[i] ? 1.0 : 0.0;
    return out;
}

void splitValidation(std::size_t rows, double fraction, std::uint64_t seed, std::vector<std::size_t> *train,
                     std::vector<std::size_t> *validation)
{
    train->clear();
    validation->clear();
    const auto wanted = static_cast<std::size_t>(std::llround(std::max(0.0, fraction) * static_cast<double>(rows)));
    if (wanted == 0 || rows < 10 || wanted >= rows) {
        for (std::size_t i = 0; i < rows; ++i)
            train->push_back(i);
        return;
    }
    // Fold 0 of a k-fold assignment with k = 1 / fraction, trimmed to size.
    const std::vector<int> folds =
        eval::kFoldAssignment(rows, static_cast<int>(std::max<std::size_t>(2, rows / wanted)), seed);
    for (std::size_t i = 0; i < rows; ++i)
        (folds[i] == 0 ? validation : train)->push_back(i);
}

} // namespace ltv::models::ml
