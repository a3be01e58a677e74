#pragma once
// The three LTV network architectures behind one interface, so the trainer
// can run any of them. A batch carries static features (features x batch)
// and/or a time-major sequence batch (channels x steps*batch, see Tensor.h).

#include "models/nn/Convolution.h"
#include "models/nn/Gru.h"
#include "models/nn/Layers.h"

#include <memory>

namespace ltv::models::nn {

struct Batch
{
    Matrix features; // features x batch; 0 rows when unused
    Matrix sequence; // channels x steps*batch; empty when unused
    Matrix mask;     // steps x batch, 1 for real steps
    int steps = 0;
    int size = 0;
};

class Network
{
public:
    virtual ~Network() = default;
    virtual Matrix forward(const Batch &batch, bool training) = 0; // outputs x batch
    virtual void backward(const Matrix &dOutput) = 0;
    virtual ParamList params() = 0;
    virtual std::unique_ptr<Network> clone() const = 0;
    // Reseeds the dropout masks (each training replica has its own stream).
    virtual void reseedDropout(std::uint64_t seed) = 0;
};

// Dense stack on top of a representation: hidden layers with activation and
// dropout, then a linear head.
class DenseHead
{
public:
    DenseHead() = default;
    DenseHead(int inputs, int hidden, int layers, int outputs, double dropout, Rng &rng);

    Matrix forward(const Matrix &x, bool training);
    Matrix backward(const Matrix &dy);
    ParamList params();
    void reseedDropout(std::uint64_t seed);

private:
    std::vector<Dense> hidden_;
    std::vector<Activation> activations_;
    std::vector<Dropout> dropouts_;
    Dense output_;
};

struct NetworkShape
{
    int features = 0; // static inputs
    int channels = 0; // sequence channels
    int steps = 0;    // sequence length
    int hidden = 64;  // dense width / GRU state size
    int layers = 2;   // dense hidden layers
    int filters = 16; // CNN filters per convolution
    int kernel = 3;   // CNN kernel width (steps)
    int outputs = 3;  // 3 for ZILN, 1 for MSE
    double dropout = 0.1;
};

// Tabular features -> dense stack.
std::unique_ptr<Network> makeMlp(const NetworkShape &shape, std::uint64_t seed);
// Activity image (steps x channels) -> conv -> ReLU -> max-pool(2) -> conv ->
// ReLU -> global average over time -> dense stack.
std::unique_ptr<Network> makeCnn(const NetworkShape &shape, std::uint64_t seed);
// Sequence -> GRU final state, concatenated with the static features -> dense stack.
std::unique_ptr<Network> makeGru(const NetworkShape &shape, std::uint64_t seed);

} // namespace ltv::models::nn
