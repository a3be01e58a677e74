#include "models/nn/Network.h"

namespace ltv::models::nn {

DenseHead::DenseHead(int inputs, int hidden, int layers, int outputs, double dropout, Rng &rng)
{
    int width = inputs;
    for (int i = 0; i < layers; ++i) {
        hidden_.emplace_back(width, hidden, Init::He, rng);
        activations_.emplace_back(ActivationKind::ReLU);
        dropouts_.emplace_back(dropout, rng());
        width = hidden;
    }
    output_ = Dense(width, outputs, Init::Xavier, rng);
}

Matrix DenseHead::forward(const Matrix &x, bool training)
{
    Matrix h = x;
    for (std::size_t i = 0; i < hidden_.size(); ++i)
        h = dropouts_[i].forward(activations_[i].forward(hidden_[i].forward(h)), training);
    return output_.forward(h);
}

Matrix DenseHead::backward(const Matrix &dy)
{
    Matrix d = output_.backward(dy);
    for (std::size_t i = hidden_.size(); i-- > 0;)
        d = hidden_[i].backward(activations_[i].backward(dropouts_[i].backward(d)));
    return d;
}

ParamList DenseHead::params()
{
    ParamList out;
    for (Dense &d : hidden_)
        for (Param *p : d.params())
            out.push_back(p);
    for (Param *p : output_.params())
        out.push_back(p);
    return out;
}

void DenseHead::reseedDropout(std::uint64_t seed)
{
    for (std::size_t i = 0; i < dropouts_.size(); ++i)
        dropouts_[i].reseed(seed * 7919u + i);
}

namespace {

ParamList concat(ParamList a, const ParamList &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

class MlpNetwork final : public Network
{
public:
    MlpNetwork(const NetworkShape &s, Rng &rng)
        : head_(s.features, s.hidden, s.layers, s.outputs, s.dropout, rng)
    {}

    Matrix forward(const Batch &batch, bool training) override { return head_.forward(batch.features, training); }
    void backward(const Matrix &dOutput) override { head_.backward(dOutput); }
    ParamList params() override { return head_.params(); }
    std::unique_ptr<Network> clone() const override { return std::make_unique<MlpNetwork>(*this); }
    void reseedDropout(std::uint64_t seed) override { head_.reseedDropout(seed); }

private:
    DenseHead head_;
};

class CnnNetwork final : public Network
{
public:
    CnnNetwork(const NetworkShape &s, Rng &rng)
        : conv1_(s.channels, s.filters, s.kernel, rng)
        , conv2_(s.filters, s.filters, s.kernel, rng)
        , head_(s.filters, s.hidden, s.layers, s.outputs, s.dropout, rng)
    {}

    Matrix forward(const Batch &batch, bool training) override
    {
        const int steps = batch.steps;
        const int pooled = pool_.outputSteps(steps);
        pooledSteps_ = pooled;
        Matrix h = act1_.forward(conv1_.forward(batch.sequence, steps, batch.size));
        h = pool_.forward(h, steps, batch.size);
        h = act2_.forward(conv2_.forward(h, pooled, batch.size));
        return head_.forward(average_.forward(h, pooled, batch.size), training);
    }

    void backward(const Matrix &dOutput) override
    {
        Matrix d = average_.backward(head_.backward(dOutput));
        d = pool_.backward(conv2_.backward(act2_.backward(d)));
        conv1_.backward(act1_.backward(d));
    }

    ParamList params() override { return concat(concat(conv1_.params(), conv2_.params()), head_.params()); }
    std::unique_ptr<Network> clone() const override { return std::make_unique<CnnNetwork>(*this); }
    void reseedDropout(std::uint64_t seed) override { head_.reseedDropout(seed); }

private:
    Conv1D conv1_;
    Activation act1_{ActivationKind::ReLU};
    MaxPool1D pool_{2};
    Conv1D conv2_;
    Activation act2_{ActivationKind::ReLU};
    GlobalAveragePool average_;
    DenseHead head_;
    int pooledSteps_ = 0;
};

class GruNetwork final : public Network
{
public:
    GruNetwork(const NetworkShape &s, Rng &rng)
        : gru_(s.channels, s.hidden, rng)
        , head_(s.hidden + s.features, s.hidden, s.layers, s.outputs, s.dropout, rng)
        , features_(s.features)
    {}

    Matrix forward(const Batch &batch, bool training) override
    {
        const Matrix state = gru_.forward(batch.sequence, batch.mask, batch.steps, batch.size);
        if (features_ == 0)
            return head_.forward(state, training);
        Matrix joined(state.rows() + features_, batch.size);
        joined << state, batch.features;
        return head_.forward(joined, training);
    }

    void backward(const Matrix &dOutput) override
    {
        const Matrix d = head_.backward(dOutput);
        gru_.backward(d.topRows(gru_.hidden()));
    }

    ParamList params() override { return concat(gru_.params(), head_.params()); }
    std::unique_ptr<Network> clone() const override { return std::make_unique<GruNetwork>(*this); }
    void reseedDropout(std::uint64_t seed) override { head_.reseedDropout(seed); }

private:
    Gru gru_;
    DenseHead head_;
    int features_ = 0;
};

} // namespace

std::unique_ptr<Network> makeMlp(const NetworkShape &shape, std::uint64_t seed)
{
    Rng rng(seed);
    return std::make_unique<MlpNetwork>(shape, rng);
}

std::unique_ptr<Network> makeCnn(const NetworkShape &shape, std::uint64_t seed)
{
    Rng rng(seed);
    return std::make_unique<CnnNetwork>(shape, rng);
}

std::unique_ptr<Network> makeGru(const NetworkShape &shape, std::uint64_t seed)
{
    Rng rng(seed);
    return std::make_unique<GruNetwork>(shape, rng);
}

} // namespace ltv::models::nn
