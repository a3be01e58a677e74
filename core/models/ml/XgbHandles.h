#pragma once
// Small RAII wrappers over XGBoost's C API handles (DMatrix, Booster). Every
// failing call throws std::runtime_error with XGBoost's own message. Private
// to models/ml: the C API header stays out of public headers.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>
#include <vector>

namespace ltv::models::ml::xgb {

// Throws when rc is not 0, naming `what` and XGBoost's last error.
void check(int rc, const char *what);

class DMatrix
{
public:
    // Row-major values, NaN marks a missing value.
    DMatrix(const std::vector<float> &rowMajor, std::size_t rows, std::size_t cols, int threads);
    ~DMatrix();
    DMatrix(const DMatrix &) = delete;
    DMatrix &operator=(const DMatrix &) = delete;

    void setLabels(const std::vector<float> &labels);
    void *handle() const { return handle_; }
    std::size_t rows() const { return rows_; }

private:
    void *handle_ = nullptr;
    std::size_t rows_ = 0;
};

class Booster
{
public:
    Booster();                                 // an empty booster, e.g. to load into
    explicit Booster(const DMatrix &training); // ready to train on `training`
    ~Booster();
    Booster(Booster &&other) noexcept;
    Booster &operator=(Booster &&other) noexcept;
    Booster(const Booster &) = delete;
    Booster &operator=(const Booster &) = delete;

    void setParam(const char *name, const QString &value);
    void updateOneIter(int iteration, const DMatrix &training);
    // The first metric of one evaluation round on `data`.
    double evaluate(int iteration, const DMatrix &data);
    // The first `rounds` boosting rounds as a new booster.
    Booster slice(int rounds) const;
    int boostedRounds() const;

    QByteArray save() const; // universal binary JSON
    void load(const QByteArray &bytes);

    // type 0: prediction, 1: margin, 2: exact TreeSHAP contributions
    // (rows x (features + 1), last column the bias).
    std::vector<float> predict(const DMatrix &data, int type) const;
    // Total gain per feature index (features never used in a split get 0).
    std::vector<double> totalGain(std::size_t features) const;

    bool isNull() const { return handle_ == nullptr; }

private:
    explicit Booster(void *handle)
        : handle_(handle)
    {}
    void *handle_ = nullptr;
};

} // namespace ltv::models::ml::xgb
