#include "models/nn/Adam.h"

#include <cmath>

namespace ltv::models::nn {

void Adam::step(const ParamList &params)
{
    if (m_.size() != params.size()) {
        m_.clear();
        v_.clear();
        for (const Param *p : params) {
            m_.push_back(Matrix::Zero(p->value.rows(), p->value.cols()));
            v_.push_back(Matrix::Zero(p->value.rows(), p->value.cols()));
        }
    }
    ++step_;
    const double correction1 = 1.0 - std::pow(options_.beta1, static_cast<double>(step_));
    const double correction2 = 1.0 - std::pow(options_.beta2, static_cast<double>(step_));
    const double lr = options_.learningRate;
    for (std::size_t i = 0; i < params.size(); ++i) {
        Param &p = *params[i];
        m_[i] = options_.beta1 * m_[i] + (1.0 - options_.beta1) * p.grad;
        v_[i] = options_.beta2 * v_[i] + (1.0 - options_.beta2) * p.grad.cwiseAbs2();
        if (p.decay && options_.weightDecay > 0.0)
            p.value *= 1.0 - lr * options_.weightDecay;
        p.value.array() -=
            lr * (m_[i].array() / correction1) / ((v_[i].array() / correction2).sqrt() + options_.epsilon);
    }
}

} // namespace ltv::models::nn
