#include "models/nn/Gru.h"

namespace ltv::models::nn {

Gru::Gru(int inputs, int hidden, Rng &rng)
{
    inputWeight.name = "gru.input_weight";
    hiddenWeight.name = "gru.hidden_weight";
    inputBias.name = "gru.input_bias";
    hiddenBias.name = "gru.hidden_bias";
    inputBias.decay = false;
    hiddenBias.decay = false;
    inputWeight.reset(3 * hidden, inputs);
    hiddenWeight.reset(3 * hidden, hidden);
    inputBias.reset(3 * hidden, 1);
    hiddenBias.reset(3 * hidden, 1);
    initXavierUniform(inputWeight.value, inputs, hidden, rng);
    initXavierUniform(hiddenWeight.value, hidden, hidden, rng);
}

namespace {

Matrix logistic(const Matrix &a)
{
    return a.unaryExpr([](double v) { return sigmoid(v); });
}

} // namespace

Matrix Gru::forward(const Matrix &x, const Matrix &mask, int steps, int batch)
{
    const Eigen::Index h = hidden();
    steps_ = steps;
    batch_ = batch;
    x_ = x;
    mask_ = mask;
    const Eigen::Index total = static_cast<Eigen::Index>(steps) * batch;
    previous_.resize(h, total);
    reset_.resize(h, total);
    update_.resize(h, total);
    candidate_.resize(h, total);
    hiddenCandidate_.resize(h, total);

    // The input projections of all steps in one product.
    Matrix gatesX = inputWeight.value * x;
    gatesX.colwise() += inputBias.value.col(0);

    Matrix state = Matrix::Zero(h, batch);
    Matrix gatesH(3 * h, batch);
    for (int t = 0; t < steps; ++t) {
        const Eigen::Index c0 = static_cast<Eigen::Index>(t) * batch;
        gatesH.noalias() = hiddenWeight.value * state;
        gatesH.colwise() += hiddenBias.value.col(0);
        const auto gx = gatesX.middleCols(c0, batch);
        const Matrix r = logistic(gx.topRows(h) + gatesH.topRows(h));
        const Matrix z = logistic(gx.middleRows(h, h) + gatesH.middleRows(h, h));
        const Matrix hn = gatesH.bottomRows(h);
        const Matrix n = (gx.bottomRows(h) + r.cwiseProduct(hn)).array().tanh().matrix();
        previous_.middleCols(c0, batch) = state;
        reset_.middleCols(c0, batch) = r;
        update_.middleCols(c0, batch) = z;
        candidate_.middleCols(c0, batch) = n;
        hiddenCandidate_.middleCols(c0, batch) = hn;
        const Matrix next = (1.0 - z.array()).matrix().cwiseProduct(n) + z.cwiseProduct(state);
        for (int b = 0; b < batch; ++b)
            if (mask(t, b) != 0.0)
                state.col(b) = next.col(b);
    }
    return state;
}

Matrix Gru::backward(const Matrix &dhFinal)
{
    const Eigen::Index h = hidden();
    const int batch = batch_;
    Matrix dGatesX(3 * h, static_cast<Eigen::Index>(steps_) * batch);
    Matrix dGatesH(3 * h, batch);
    Matrix dh = dhFinal;
    for (int t = steps_ - 1; t >= 0; --t) {
        const Eigen::Index c0 = static_cast<Eigen::Index>(t) * batch;
        // Padded steps pass the gradient straight to the previous state.
        Matrix dNext = dh;
        for (int b = 0; b < batch; ++b)
            if (mask_(t, b) == 0.0)
                dNext.col(b).setZero();
        dh -= dNext;
        const auto prev = previous_.middleCols(c0, batch);
        const auto r = reset_.middleCols(c0, batch);
        const auto z = update_.middleCols(c0, batch);
        const auto n = candidate_.middleCols(c0, batch);
        const auto hn = hiddenCandidate_.middleCols(c0, batch);

        const Matrix dn = dNext.cwiseProduct((1.0 - z.array()).matrix());
        const Matrix dz = dNext.cwiseProduct(prev - n);
        dh += dNext.cwiseProduct(z);
        const Matrix dnPre = dn.cwiseProduct((1.0 - n.array().square()).matrix());
        const Matrix dr = dnPre.cwiseProduct(hn);
        const Matrix drPre = dr.cwiseProduct((r.array() * (1.0 - r.array())).matrix());
        const Matrix dzPre = dz.cwiseProduct((z.array() * (1.0 - z.array())).matrix());

        auto dgx = dGatesX.middleCols(c0, batch);
        dgx.topRows(h) = drPre;
        dgx.middleRows(h, h) = dzPre;
        dgx.bottomRows(h) = dnPre;
        dGatesH.topRows(h) = drPre;
        dGatesH.middleRows(h, h) = dzPre;
        dGatesH.bottomRows(h) = dnPre.cwiseProduct(r);

        hiddenWeight.grad.noalias() += dGatesH * prev.transpose();
        hiddenBias.grad.col(0) += dGatesH.rowwise().sum();
        dh.noalias() += hiddenWeight.value.transpose() * dGatesH;
    }
    inputWeight.grad.noalias() += dGatesX * x_.transpose();
    inputBias.grad.col(0) += dGatesX.rowwise().sum();
    return inputWeight.value.transpose() * dGatesX;
}

} // namespace ltv::models::nn
