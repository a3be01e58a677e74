#include "models/ml/XgbHandles.h"

#include <QCoreApplication>

#include <xgboost/c_api.h>

#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

namespace ltv::models::ml::xgb {

void check(int rc, const char *what)
{
    if (rc == 0)
        return;
    throw std::runtime_error(QCoreApplication::translate("MlModels", "XGBoost failed in %1: %2")
                                 .arg(QString::fromLatin1(what), QString::fromUtf8(XGBGetLastError()))
                                 .toStdString());
}

DMatrix::DMatrix(const std::vector<float> &rowMajor, std::size_t rows, std::size_t cols, int threads)
    : rows_(rows)
{
    DMatrixHandle h = nullptr;
    check(XGDMatrixCreateFromMat_omp(rowMajor.data(), rows, cols, std::numeric_limits<float>::quiet_NaN(), &h, threads),
          "XGDMatrixCreateFromMat");
    handle_ = h;
}

DMatrix::~DMatrix()
{
    if (handle_)
        XGDMatrixFree(handle_);
}

void DMatrix::setLabels(const std::vector<float> &labels)
{
    check(XGDMatrixSetFloatInfo(handle_, "label", labels.data(), labels.size()), "XGDMatrixSetFloatInfo");
}

Booster::Booster()
{
    BoosterHandle h = nullptr;
    check(XGBoosterCreate(nullptr, 0, &h), "XGBoosterCreate");
    handle_ = h;
}

Booster::Booster(const DMatrix &training)
{
    BoosterHandle h = nullptr;
    DMatrixHandle dmats[] = {training.handle()};
    check(XGBoosterCreate(dmats, 1, &h), "XGBoosterCreate");
    handle_ = h;
}

Booster::~Booster()
{
    if (handle_)
        XGBoosterFree(handle_);
}

Booster::Booster(Booster &&other) noexcept
    : handle_(other.handle_)
{
    other.handle_ = nullptr;
}

Booster &Booster::operator=(Booster &&other) noexcept
{
    if (this != &other) {
        if (handle_)
            XGBoosterFree(handle_);
        handle_ = other.handle_;
        other.handle_ = nullptr;
    }
    return *this;
}

void Booster::setParam(const char *name, const QString &value)
{
    check(XGBoosterSetParam(handle_, name, value.toUtf8().constData()), "XGBoosterSetParam");
}

void Booster::updateOneIter(int iteration, const DMatrix &training)
{
    check(XGBoosterUpdateOneIter(handle_, iteration, training.handle()), "XGBoosterUpdateOneIter");
}

double Booster::evaluate(int iteration, const DMatrix &data)
{
    DMatrixHandle dmats[] = {data.handle()};
    const char *names[] = {"valid"};
    const char *result = nullptr;
    check(XGBoosterEvalOneIter(handle_, iteration, dmats, names, 1, &result), "XGBoosterEvalOneIter");
    // "[12]\tvalid-rmse:3.25": the number after the last ':'.
    const std::string text(result);
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos)
        throw std::runtime_error("XGBoost returned an evaluation without a value: " + text);
    return std::strtod(text.c_str() + colon + 1, nullptr);
}

Booster Booster::slice(int rounds) const
{
    BoosterHandle out = nullptr;
    check(XGBoosterSlice(handle_, 0, rounds, 1, &out), "XGBoosterSlice");
    return Booster(out);
}

int Booster::boostedRounds() const
{
    int rounds = 0;
    check(XGBoosterBoostedRounds(handle_, &rounds), "XGBoosterBoostedRounds");
    return rounds;
}

QByteArray Booster::save() const
{
    bst_ulong length = 0;
    const char *data = nullptr;
    check(XGBoosterSaveModelToBuffer(handle_, R"({"format": "ubj"})", &length, &data), "XGBoosterSaveModelToBuffer");
    return QByteArray(data, static_cast<qsizetype>(length));
}

void Booster::load(const QByteArray &bytes)
{
    check(XGBoosterLoadModelFromBuffer(handle_, bytes.constData(), static_cast<bst_ulong>(bytes.size())),
          "XGBoosterLoadModelFromBuffer");
}

std::vector<float> Booster::predict(const DMatrix &data, int type) const
{
    const QByteArray config = QStringLiteral(R"({"type": %1, "training": false, "iteration_begin": 0, )"
                                             R"("iteration_end": 0, "strict_shape": false})")
                                  .arg(type)
                                  .toUtf8();
    const bst_ulong *shape = nullptr;
    bst_ulong dims = 0;
    const float *result = nullptr;
    check(XGBoosterPredictFromDMatrix(handle_, data.handle(), config.constData(), &shape, &dims, &result),
          "XGBoosterPredictFromDMatrix");
    std::size_t size = 1;
    for (bst_ulong d = 0; d < dims; ++d)
        size *= shape[d];
    return std::vector<float>(result, result + size);
}

std::vector<double> Booster::totalGain(std::size_t features) const
{
    bst_ulong count = 0;
    const char **names = nullptr;
    bst_ulong dims = 0;
    const bst_ulong *shape = nullptr;
    const float *scores = nullptr;
    check(
        XGBoosterFeatureScore(handle_, R"({"importance_type": "total_gain"})", &count, &names, &dims, &shape, &scores),
        "XGBoosterFeatureScore");
    std::vector<double> gain(features, 0.0);
    // Without feature names XGBoost calls feature k "f<k>".
    for (bst_ulong i = 0; i < count; ++i) {
        const std::string name(names[i]);
        if (name.size() < 2 || name[0] != 'f')
            continue;
        const auto k = static_cast<std::size_t>(std::strtoul(name.c_str() + 1, nullptr, 10));
        if (k < features)
            gain[k] = static_cast<double>(scores[i]);
    }
    return gain;
}

} // namespace ltv::models::ml::xgb
